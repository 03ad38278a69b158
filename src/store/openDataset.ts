/**
 * Opening a dataset, from any door: the bundled one, a URL (`?data=`), a file (chosen or dropped;
 * a Sourceline dataset, a CSV spreadsheet or a TimelineJS file), or the file kept from last time.
 * Every door leads through the same checks. Until a new dataset is fully checked the page keeps
 * showing the one it had; if the new one fails, an alert says why and the old one stays.
 */
import bundledDatasetUrl from '../../data/events.json?url';
import type { Problem } from '../dataset/problems';
import { detectFormat } from '../loading/detectFormat';
import { fetchText, type FetchResult, type LoadFailure, type Progress } from '../loading/fetchText';
import { prepareDataset } from '../loading/prepare';
import { readFileText } from '../loading/readFile';
import { saveOpenedFile } from '../loading/savedDataset';
import { useAppStore, type DatasetOrigin, type Notice } from './store';

export const BUNDLED_DATASET_URL = bundledDatasetUrl;

/** Each open supersedes the one before: a slow download cannot overwrite a later choice. */
let current: AbortController | null = null;

function begin(): AbortController {
  current?.abort();
  current = new AbortController();
  return current;
}

export function openFromUrl(url: string): Promise<boolean> {
  const label = labelOfUrl(url);
  const attempt = (): Promise<boolean> => {
    const token = begin();
    return download(url, label, token).then((result) =>
      result.ok
        ? check(result.text, { kind: 'url', url }, label, token).then((opened) => noticeIf(opened, result.notice, null))
        : fail(label, result.failure, attempt, token),
    );
  };
  return attempt();
}

export function openBundled(): Promise<boolean> {
  const label = 'the bundled dataset';
  const attempt = (): Promise<boolean> => {
    const token = begin();
    return download(BUNDLED_DATASET_URL, label, token).then((result) =>
      result.ok ? check(result.text, { kind: 'bundled' }, label, token) : fail(label, result.failure, attempt, token),
    );
  };
  return attempt();
}

/** A file the user chose or dropped: a dataset, a CSV spreadsheet or a TimelineJS file. */
export async function openFile(file: File): Promise<boolean> {
  const token = begin();
  const label = file.name || 'the file';
  const read = await readFileText(file, { onProgress: (progress) => showProgress(label, 'reading', progress, token) });
  if (current !== token) return false;
  if (!read.ok) return fail(label, read.failure, null, token);
  const converted = await convert(file.name, read.text);
  if (current !== token) return false;
  if (!converted.ok) return reject(label, converted.message, converted.problems, converted.problems.length, token);
  const opened = await check(converted.text, { kind: 'file', name: label }, label, token);
  if (opened) {
    noticeIf(opened, read.notice, converted.notice);
    await saveOpenedFile(label, converted.text);
  }
  return opened;
}

/** What the reader should know about the dataset just opened: how its bytes were read, what an import left out. */
function noticeIf(opened: boolean, encoding: string | null | undefined, imported: Notice | null): boolean {
  if (opened && (encoding || imported)) {
    const message = [encoding, imported?.message].filter(Boolean).join(' ');
    useAppStore.getState().setNotice({ message, details: imported?.details ?? [] });
  }
  return opened;
}

/** The file kept from the last visit (already converted to a dataset). */
export function openSaved(name: string, text: string): Promise<boolean> {
  return check(text, { kind: 'file', name }, name, begin());
}

type Conversion =
  { ok: true; text: string; notice: Notice | null } | { ok: false; message: string; problems: Problem[] };

/** CSV and TimelineJS files become datasets here; datasets pass through untouched. */
async function convert(name: string, text: string): Promise<Conversion> {
  const format = detectFormat(name, text);
  if (format === 'dataset') return { ok: true, text, notice: null };
  let result;
  if (format === 'csv') {
    const { importCsv } = await import('../io/csvImport');
    result = importCsv(text, { fileName: name });
  } else {
    const { parseJson } = await import('../dataset/json');
    const json = parseJson(text);
    if (!json.ok) {
      return {
        ok: false,
        message: 'It is not valid JSON.',
        problems: [{ path: `line ${json.line}, column ${json.column}`, message: json.message }],
      };
    }
    const { importTimelineJs } = await import('../io/timelineJsImport');
    result = importTimelineJs(json.value, { fileName: name });
  }
  const kind = format === 'csv' ? 'CSV spreadsheet' : 'TimelineJS file';
  const details = result.rowProblems.map((problem) => problem.message);
  if (!result.dataset) {
    return {
      ok: false,
      message: `No event in this ${kind} could be converted.`,
      problems: details.map((message) => ({ path: 'import', message })),
    };
  }
  const count = result.dataset.events.length;
  // Notes are skipped rows, and also columns that were ignored: say "not converted", not "dropped rows".
  const notice =
    details.length === 0
      ? null
      : {
          message: `Imported ${count} event${count === 1 ? '' : 's'} from the ${kind} ${name}. What could not be converted (${details.length}):`,
          details,
        };
  return { ok: true, text: JSON.stringify(result.dataset), notice };
}

function download(url: string, label: string, token: AbortController): Promise<FetchResult> {
  showProgress(label, 'downloading', null, token);
  return fetchText(url, {
    signal: token.signal,
    onProgress: (progress) => showProgress(label, 'downloading', progress, token),
  });
}

function showProgress(
  label: string,
  phase: 'downloading' | 'reading',
  progress: Progress | null,
  token: AbortController,
): void {
  if (current === token) useAppStore.getState().setLoading({ label, phase, progress });
}

async function check(text: string, origin: DatasetOrigin, label: string, token: AbortController): Promise<boolean> {
  const store = useAppStore.getState();
  if (current !== token) return false;
  // Phases are marked for the benchmark and for anyone profiling a slow open.
  performance.mark('sourceline:dataset-read');
  store.setLoading({ label, phase: 'checking', progress: null });
  const result = await prepareDataset(text);
  performance.mark('sourceline:dataset-checked');
  if (current !== token) {
    if (result.ok) result.prepared.discard();
    return false;
  }
  if (!result.ok) return reject(label, describeInvalid(result.problems), result.problems, result.total, token);
  const { index, search, indexSearch } = result.prepared;
  store.showDataset(index, origin);
  // Index the words after the first paint of the new dataset.
  requestAnimationFrame(() => setTimeout(indexSearch, 0));
  search.then(
    (ready) => useAppStore.getState().setSearchIndex(index, ready),
    () => {
      /* Search stays unavailable; other filters work. The worker already reported why. */
    },
  );
  return true;
}

/** The headline of a validation failure, in plain words. */
function describeInvalid(problems: Problem[]): string {
  if (problems.length === 1 && problems[0]!.path.startsWith('line ')) return 'It is not valid JSON.';
  const missing = (field: string) => problems.some((p) => p.path === field && p.message === 'is required');
  if (problems.some((p) => p.path === '(root)') || (missing('events') && missing('sides'))) {
    return 'It does not look like a Sourceline dataset (there is no "events" list).';
  }
  return 'It is not a valid Sourceline dataset.';
}

function reject(label: string, message: string, problems: Problem[], total: number, token: AbortController): false {
  if (current !== token) return false;
  const store = useAppStore.getState();
  store.setLoading(null);
  store.setFailure({ label, message, problems, totalProblems: total, retry: null });
  return false;
}

function fail(
  label: string,
  failure: LoadFailure,
  retry: (() => Promise<boolean>) | null,
  token: AbortController,
): false {
  if (current !== token) return false;
  const store = useAppStore.getState();
  store.setLoading(null);
  store.setFailure({
    label,
    message: failure.message,
    problems: [],
    totalProblems: 0,
    retry: failure.retryable && retry ? () => void retry() : null,
  });
  return false;
}

function labelOfUrl(url: string): string {
  const name = url.split(/[?#]/)[0]!.split('/').filter(Boolean).pop();
  if (!name) return url;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
