/**
 * Turns the text of a dataset file into a dataset or a list of problems, the way both the
 * `validate` command and the app's loader report them.
 */
import { parseJson } from './json';
import { validateDataset, type Problem, type ValidationResult } from './validate';

export function checkDatasetText(text: string): ValidationResult {
  const json = parseJson(text);
  if (!json.ok) {
    return {
      ok: false,
      problems: [{ path: `line ${json.line}, column ${json.column}`, message: `malformed JSON: ${json.message}` }],
    };
  }
  return validateDataset(json.value);
}

export type { Problem };
