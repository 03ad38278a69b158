/**
 * A dataset as the validator returns it: only the fields the contract defines, in its order.
 * The page indexes its own parse of a file that the worker validated (see loading/prepare.ts),
 * and that parse still holds whatever else the file carried: unknown keys, a "__proto__" key
 * (an own property after JSON.parse, which a spread copies along), a value nested a million
 * levels deep. Anything written back out (the JSON export) goes through here first, so what
 * leaves is what was validated. The values kept were checked already; only fields are chosen.
 */
import * as z from 'zod';
import { datasetSchema, type Dataset } from './schema';

export function knownFieldsOf(dataset: Dataset): Dataset {
  return keepKnown(datasetSchema, dataset) as Dataset;
}

function keepKnown(schema: z.core.$ZodType, value: unknown): unknown {
  if (schema instanceof z.ZodOptional) return value === undefined ? undefined : keepKnown(schema.unwrap(), value);
  if (schema instanceof z.ZodArray)
    return Array.isArray(value) ? value.map((item) => keepKnown(schema.element, item)) : value;
  if (schema instanceof z.ZodObject) {
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.core.$ZodType>)) {
      // Own properties only: nothing is read through a prototype.
      const fieldValue = Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
      if (fieldValue !== undefined) out[key] = keepKnown(field, fieldValue);
    }
    return out;
  }
  return value;
}
