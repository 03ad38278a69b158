/** npm run validate -- FILE...: see cli/validateDataset.ts. */
import { main } from './cli/validateDataset';

process.exit(main(process.argv.slice(2), console));
