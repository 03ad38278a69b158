import * as z from 'zod';
import { datasetSchema } from './schema';

/** The JSON Schema that editors use for `data/*.json`, emitted from the zod schema (the one definition). */
export function buildJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(datasetSchema, { target: 'draft-2020-12', io: 'input' });
  return {
    ...generated,
    title: 'Sourceline dataset',
    description:
      'One file holds a whole Sourceline dataset: sides (lanes), sources, actors and dated events, each event traced to verbatim excerpts. Generated from src/dataset/schema.ts by `npm run schema`; do not edit by hand. Cross-references, real dates and zone offsets are checked by `npm run validate`, not by this schema.',
  };
}

export function renderJsonSchema(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}
