/** npm run check-quotes -- DATASET [--articles DIR]: see cli/checkQuotes.ts. */
import { main } from './cli/checkQuotes';

process.exit(main(process.argv.slice(2), console));
