/**
 * Turns the text of a dataset file into a dataset or a list of problems, the way both the
 * `validate` command and the app's loader report them.
 */
import { parseJson } from './json';
import type { Problem } from './problems';
import { validateDataset } from './validate';
import type { Dataset } from './types';

/** A file's verdict: malformed JSON is one problem of kind 'syntax', with its line and column. */
export type FileCheck = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

export function checkDatasetText(text: string): FileCheck {
  const result = checkDatasetTextKeepingInput(text);
  return result.ok ? { ok: true, dataset: result.dataset } : result;
}

/** The same, and when valid also the parsed input it was validated from (the loader compares the two). */
export function checkDatasetTextKeepingInput(text: string): FileCheck & { input?: unknown } {
  // Some editors start UTF-8 files with a byte-order mark; it is not part of the JSON.
  const json = parseJson(text.startsWith('\ufeff') ? text.slice(1) : text);
  if (!json.ok) return { ok: false, problems: [json.problem] };
  const result = validateDataset(json.value);
  return result.ok ? { ...result, input: json.value } : result;
}
