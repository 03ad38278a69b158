/**
 * Export of the events on screen (after filtering) as a dataset file that Sourceline, and any
 * other tool that reads the contract, can open again.
 */
import { knownFieldsOf } from '../dataset/knownFields';
import type { Dataset } from '../dataset/types';
import { subsetDataset, type EventIds } from './subset';

/**
 * Where editors find the schema: the published file sits beside the bundled dataset. An exported
 * file saved elsewhere keeps the dataset's own `$schema` if it had one.
 */
export const DEFAULT_SCHEMA_REF = './dataset.schema.json';

/**
 * `totalEvents` is the size of the whole dataset when `dataset` holds only some of its events
 * (the page parses only the events it exports).
 */
export function exportDatasetJson(
  dataset: Dataset,
  eventIds: EventIds,
  totalEvents: number = dataset.events.length,
): string {
  // Only the contract's fields: the dataset in memory may carry whatever else its file held.
  const subset = knownFieldsOf(subsetDataset(dataset, eventIds));
  const total = totalEvents;
  const count = subset.events.length;
  // Say in the file itself that it is a part, so nobody mistakes it for the whole dataset.
  const title = count === total ? dataset.title : `${dataset.title} (filtered: ${count} of ${total} events)`;
  const { $schema, title: _title, ...rest } = subset;
  // "$schema" first, as editors and readers expect.
  const file = { $schema: $schema ?? DEFAULT_SCHEMA_REF, title, ...rest };
  return `${JSON.stringify(file, null, 2)}\n`;
}
