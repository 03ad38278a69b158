/**
 * A dataset file, CSV spreadsheet or TimelineJS file read for curation, with the same decoding,
 * the same importers and the same notices as opening it in the reader. Runs in a worker
 * (import.worker.ts): the importers carry the validator, which the page's chunks need not load.
 */
import { parseJson } from '../dataset/json';
import type { Dataset } from '../dataset/types';
import { importCsv } from '../io/csvImport';
import type { ImportResult } from '../io/importDraft';
import { importTimelineJs } from '../io/timelineJsImport';
import { decodeText } from '../loading/decodeText';
import { detectFormat } from '../loading/detectFormat';

export type FileImport = { ok: true; dataset: Dataset; notices: string[] } | { ok: false; message: string };

export interface ImportRequest {
  name: string;
  bytes: Uint8Array;
}

export function importFile({ name, bytes }: ImportRequest): FileImport {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, message: `${name}: ${decoded.message}` };
  const notices = decoded.notice ? [decoded.notice] : [];
  const format = detectFormat(name, decoded.text);
  if (format === 'csv') return imported(importCsv(decoded.text, { fileName: name }), notices, 'CSV spreadsheet');
  const json = parseJson(decoded.text);
  if (!json.ok) {
    const { line, column } = json.problem.position;
    return { ok: false, message: `${name}, line ${line}, column ${column}: malformed JSON: ${json.problem.message}` };
  }
  if (format === 'timelinejs') {
    return imported(importTimelineJs(json.value, { fileName: name }), notices, 'TimelineJS file');
  }
  const dataset = json.value as Dataset;
  if (!dataset || typeof dataset !== 'object' || !Array.isArray(dataset.events)) {
    return { ok: false, message: `${name} is not a Sourceline dataset (it has no "events" list).` };
  }
  return {
    ok: true,
    dataset,
    notices: [...notices, `Its article texts are not in ${name}: add each source's article to check its quotes.`],
  };
}

function imported(result: ImportResult, notices: string[], kind: string): FileImport {
  if (!result.dataset) {
    const first = result.rowProblems[0]?.message;
    return { ok: false, message: `No event in this ${kind} could be converted${first ? `: ${first}` : '.'}` };
  }
  const skipped = result.rowProblems.map((problem) => problem.message);
  return {
    ok: true,
    dataset: result.dataset,
    notices: [...notices, ...skipped, `Imported from a ${kind}: add each source's article text to check its quotes.`],
  };
}
