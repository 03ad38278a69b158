/**
 * How the bundled dataset is prepared at build time (run by scripts/bundled-dataset-plugin.ts
 * through Vite's module runner): validated, indexed and search-indexed, as JSON text.
 */
import { checkDatasetText } from '../dataset/checkFile';
import { formatProblem } from '../dataset/problems';
import { buildIndexColumns, eventsInOrder } from '../engine/buildIndex';
import { buildSearchIndexData } from '../engine/searchIndex';
import { toPreparedJson } from './preparedForm';

/** The prepared form of a dataset file, as JSON text; throws with every problem if it is invalid. */
export function prepareDatasetJson(text: string, name: string): string {
  const result = checkDatasetText(text);
  if (!result.ok) {
    throw new Error(`${name} is not a valid dataset:\n${result.problems.map(formatProblem).join('\n')}`);
  }
  const columns = buildIndexColumns(result.dataset);
  const search = buildSearchIndexData(eventsInOrder(result.dataset.events, columns.order), result.dataset.actors);
  return JSON.stringify(toPreparedJson({ columns, search }));
}
