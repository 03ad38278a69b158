/**
 * Export of the events on screen (after filtering) as a dataset file that Sourceline, and any
 * other tool that reads the contract, can open again. What is written is what the validator
 * returns: only the contract's own fields (claims included), never keys a file smuggled in
 * beside them (`__proto__`, deeply nested extras).
 */
import { formatProblem, validateDataset } from '../dataset/validate';
import type { Dataset } from '../dataset/vocabulary';
import { subsetDataset, type EventIds } from './subset';

/**
 * Where editors find the schema: the published file sits beside the bundled dataset. An exported
 * file saved elsewhere keeps the dataset's own `$schema` if it had one.
 */
export const DEFAULT_SCHEMA_REF = './dataset.schema.json';

export function exportDatasetJson(dataset: Dataset, eventIds: EventIds): string {
  const subset = subsetDataset(dataset, eventIds);
  const total = dataset.events.length;
  const count = subset.events.length;
  // Say in the file itself that it is a part, so nobody mistakes it for the whole dataset.
  const title = count === total ? dataset.title : `${dataset.title} (filtered: ${count} of ${total} events)`;
  const checked = validateDataset({ ...subset, title });
  if (!checked.ok) {
    // Cannot happen for a dataset that passed validation; if it does, say what, rather than write it.
    const shown = checked.problems.slice(0, 3).map(formatProblem).join('; ');
    throw new Error(`the export is not a valid dataset: ${shown}`);
  }
  const { $schema, ...rest } = checked.dataset;
  // "$schema" first, as editors and readers expect.
  const file = { $schema: $schema ?? DEFAULT_SCHEMA_REF, ...rest };
  return `${JSON.stringify(file, null, 2)}\n`;
}
