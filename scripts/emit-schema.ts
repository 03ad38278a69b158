/** Writes data/dataset.schema.json from the zod schema. `npm run schema`. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderJsonSchema } from '../src/dataset/jsonSchema';

const target = fileURLToPath(new URL('../data/dataset.schema.json', import.meta.url));
writeFileSync(target, renderJsonSchema());
console.log(`wrote ${target}`);
