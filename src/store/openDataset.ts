/**
 * Opening a dataset, from any door: the bundled one (prepared at build time), a URL (`?data=`), a
 * file (chosen or dropped; a Sourceline dataset, a CSV spreadsheet or a TimelineJS file), or the
 * file kept from last time. Every door but the first leads through the loading worker's checks.
 *
 * One load at a time: each open supersedes the one before, and any load can be cancelled at any
 * point. Until a new dataset is fully checked the page keeps showing the one it had; if the new
 * one fails or is cancelled, the old one stays.
 */
import { openIndex, type EventIndex } from '../engine/eventIndex';
import { openSearchIndex, type SearchIndex } from '../engine/searchIndex';
import { loadBundledDataset } from '../loading/bundledDataset';
import {
  download,
  isColumnarName,
  MAX_COLUMNAR_BYTES,
  MAX_DATASET_BYTES,
  type LoadFailure,
  type Progress,
} from '../loading/download';
import { startPreparing, type Preparation } from '../loading/prepare';
import type { ImportAnswers, ImportNotice } from '../loading/protocol';
import { readFile } from '../loading/readFile';
import { readSavedFile, rememberFile } from '../loading/savedDataset';
import type { Problem } from '../dataset/problems';
import { useAppStore, type DatasetOrigin, type DraftPreview, type LoadingState } from './store';

interface Load {
  label: string;
  controller: AbortController;
  /** The worker that receives this load's bytes as they arrive, then checks them (none for the bundled dataset). */
  preparation: Preparation | null;
  /** Starts the same load again, where that can help (downloads). */
  retry: (() => void) | null;
  /** Progress is shown a few times a second, not for every chunk: when it last was, the latest, the timer. */
  progressShownAt: number;
  latestProgress: Progress | null;
  progressTimer: ReturnType<typeof setTimeout> | null;
}

let current: Load | null = null;
/** The worker still building the search index of the dataset shown. */
let indexing: Preparation | null = null;

const PROGRESS_INTERVAL_MS = 50;

function begin(label: string, retry: (() => void) | null, withWorker = true): Load {
  if (current) abandon(current);
  const load: Load = {
    label,
    controller: new AbortController(),
    preparation: withWorker
      ? startPreparing({
          onStep: (step) => {
            performance.mark(`sourceline:dataset-${step}`);
            show(load, { phase: step });
          },
        })
      : null,
    retry,
    progressShownAt: -Infinity,
    latestProgress: null,
    progressTimer: null,
  };
  current = load;
  // What an earlier load showed (its progress, a stall, a question) is not this one's.
  const store = useAppStore.getState();
  store.setQuestion(null);
  store.setLoading({ label, phase: 'downloading', progress: null, stalled: false, retry });
  return load;
}

function abandon(load: Load): void {
  load.controller.abort();
  load.preparation?.cancel();
}

/** Stops the load in progress; the dataset shown stays. */
export function cancelLoading(): void {
  const load = current;
  if (!load) return;
  abandon(load);
  current = null;
  const store = useAppStore.getState();
  store.setLoading(null);
  // With nothing else on the page, say what happened and offer the way back.
  if (!store.index) {
    store.setFailure({
      label: load.label,
      message: 'Opening it was cancelled.',
      problems: [],
      totalProblems: 0,
      retry: load.retry,
    });
  }
}

export function openFromUrl(url: string, answers: ImportAnswers = {}): Promise<boolean> {
  const label = labelOfUrl(url);
  const attempt = async (): Promise<boolean> => {
    const load = begin(label, () => void attempt());
    show(load, { phase: 'downloading', progress: null });
    if (isColumnarName(url)) void loadColumnar().catch(() => {}); // a failure is reported when it is needed
    const result = await download(url, {
      maxBytes: isColumnarName(url) ? MAX_COLUMNAR_BYTES : MAX_DATASET_BYTES,
      signal: load.controller.signal,
      onChunk: (chunk, total) => load.preparation!.append(chunk, total),
      onProgress: (progress) => showProgress(load, 'downloading', progress),
      onStall: (stalled) => show(load, { stalled }),
    });
    if (current !== load) return false;
    if (!result.ok) return fail(load, result.failure);
    return validateAndShow(
      load,
      label,
      { kind: 'url', url },
      answers,
      (more) => void openFromUrl(url, { ...answers, ...more }),
    );
  };
  return attempt();
}

/**
 * The site's own dataset. `refusedLink`: the `?data=` of the address, which named a place that is
 * not opened (see urlState.ts); the reader is told, rather than shown the bundled dataset silently.
 */
export function openBundled(refusedLink: string | null = null): Promise<boolean> {
  const label = 'the bundled dataset';
  const attempt = async (): Promise<boolean> => {
    const load = begin(label, () => void attempt(), false);
    show(load, { phase: 'downloading', progress: null });
    let prepared;
    try {
      prepared = await loadBundledDataset();
    } catch (error) {
      const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
      return fail(load, { message: `It could not be downloaded${detail}.`, retryable: true });
    }
    if (current !== load) return false;
    current = null;
    const index = openIndex(prepared.columns);
    const notice = refusedLink === null ? null : refusedLinkNotice(refusedLink);
    present(index, { kind: 'bundled' }, notice, openSearchIndex(prepared.search, index.count));
    return true;
  };
  return attempt();
}

function refusedLinkNotice(link: string): ImportNotice {
  // Cut to a readable length, never between the halves of a character.
  const shown = link.length > 100 ? `${link.slice(0, 99).replace(/[\ud800-\udbff]$/, '')}…` : link;
  return {
    message: `The link asked for a dataset at "${shown}", which Sourceline does not open: only a web address (http or https) or a path on this site. This is the bundled dataset instead.`,
    details: [],
  };
}

/** A file the user chose or dropped: a dataset, a CSV spreadsheet or a TimelineJS file. */
export async function openFile(
  file: Blob & { name?: string },
  options: { name?: string; remember?: boolean; draft?: DraftPreview; answers?: ImportAnswers } = {},
): Promise<boolean> {
  const label = options.name || file.name || 'the file';
  const load = begin(label, null);
  show(load, { phase: 'reading', progress: null });
  const read = await readFile(file, {
    signal: load.controller.signal,
    onChunk: (chunk, total) => load.preparation!.append(chunk, total),
    onProgress: (progress) => showProgress(load, 'reading', progress),
  });
  if (current !== load) return false;
  if (!read.ok) return fail(load, read.failure);
  const answers = options.answers ?? {};
  const origin: DatasetOrigin = options.draft
    ? { kind: 'file', name: label, draft: options.draft }
    : { kind: 'file', name: label };
  const opened = await validateAndShow(load, label, origin, answers, (more) =>
    openFile(file, { ...options, answers: { ...answers, ...more } }),
  );
  // Kept as opened (a CSV stays a CSV): reopening it goes through the same checks.
  if (opened && options.remember !== false) void rememberFile(file, label);
  return opened;
}

/** The file kept from the last visit: read from the browser's storage only now. */
export async function openSaved(name: string): Promise<boolean> {
  const file = await readSavedFile();
  if (!file) {
    const store = useAppStore.getState();
    store.setFailure({
      label: name,
      message: 'The copy kept in this browser is no longer there.',
      problems: [],
      totalProblems: 0,
      retry: null,
    });
    return false;
  }
  return openFile(file, { name, remember: false });
}

/**
 * Checks the bytes received. An import that must ask something (e.g. whether "03/04/2022" is day or
 * month first) is shown as a question; `reopen` opens the same file again with the answer.
 */
async function validateAndShow(
  load: Load,
  name: string,
  origin: DatasetOrigin,
  answers: ImportAnswers,
  reopen: (answers: ImportAnswers) => unknown,
): Promise<boolean> {
  // Phases are marked for the benchmark and for anyone profiling a slow open.
  performance.mark('sourceline:dataset-read');
  show(load, { phase: 'checking', progress: null, stalled: false });
  const preparation = load.preparation!;
  const outcome = await preparation.finish(name, answers);
  performance.mark('sourceline:dataset-checked');
  if (current !== load || outcome.kind === 'cancelled') {
    preparation.cancel();
    return false;
  }
  if (outcome.kind === 'rejected') {
    current = null;
    return reject(load, outcome.message, outcome.problems, outcome.total);
  }
  if (outcome.kind === 'ask') {
    current = null;
    const store = useAppStore.getState();
    store.setLoading(null);
    const { question } = outcome;
    store.setQuestion({
      label: load.label,
      message: question.message,
      choices: question.choices,
      answer: (value) => {
        useAppStore.getState().setQuestion(null);
        // The value is one of the choices the import offered for this option.
        void reopen({ [question.option]: value } as ImportAnswers);
      },
    });
    return false;
  }
  const { records } = outcome.columns;
  let readEvent = null;
  if ('ipc' in records) {
    // A columnar dataset's events are read from its Arrow bytes when shown: the reader comes with it.
    try {
      readEvent = await columnarReader(records.ipc);
    } catch (error) {
      return fail(load, { message: `Its reader could not be loaded (${(error as Error).message}).`, retryable: true });
    }
    if (current !== load) {
      preparation.cancel();
      return false;
    }
  }
  current = null;
  present(openIndex(outcome.columns, readEvent), origin, outcome.notice, preparation);
  return true;
}

/** The columnar reader (apache-arrow) is loaded only for a columnar dataset, while it downloads. */
const loadColumnar = () => import('../io/columnar');

async function columnarReader(ipc: Uint8Array) {
  const { columnarEventReader } = await loadColumnar();
  return columnarEventReader(ipc);
}

/** Shows a dataset; its search index is given, or built by its worker after the first paint. */
function present(
  index: EventIndex,
  origin: DatasetOrigin,
  notice: ImportNotice | null,
  search: SearchIndex | Preparation,
): void {
  indexing?.cancel();
  indexing = null;
  const store = useAppStore.getState();
  store.showDataset(index, origin);
  if (notice) store.setNotice(notice);
  if (!('indexSearch' in search)) {
    store.setSearchIndex(index, search);
    return;
  }
  indexing = search;
  afterPaint(() => {
    if (indexing !== search) return;
    search.indexSearch().then(
      (ready) => {
        if (indexing === search) indexing = null;
        useAppStore.getState().setSearchIndex(index, ready);
      },
      () => {
        // Replaced by another dataset, or the worker failed: search stays unavailable, other filters work.
      },
    );
  });
}

/** Runs `work` once the next frame has been painted, to keep the cores for the first paint. */
function afterPaint(work: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(work, 0));
  else setTimeout(work, 0);
}

function show(load: Load, change: Partial<LoadingState>): void {
  if (current !== load) return;
  const store = useAppStore.getState();
  if (store.loading) store.setLoading({ ...store.loading, ...change });
}

/** Shows progress at most every PROGRESS_INTERVAL_MS, and always the latest in the end. */
function showProgress(load: Load, phase: 'downloading' | 'reading', progress: Progress): void {
  load.latestProgress = progress;
  if (load.progressTimer !== null) return;
  const wait = load.progressShownAt + PROGRESS_INTERVAL_MS - performance.now();
  const flush = () => {
    load.progressTimer = null;
    load.progressShownAt = performance.now();
    // Only while still transferring: a later step must not be overwritten by late progress.
    const shown = useAppStore.getState().loading;
    if (shown?.phase === phase) show(load, { progress: load.latestProgress });
  };
  if (wait <= 0) flush();
  else load.progressTimer = setTimeout(flush, wait);
}

function reject(load: Load, message: string, problems: Problem[], total: number): false {
  const store = useAppStore.getState();
  store.setLoading(null);
  store.setFailure({ label: load.label, message, problems, totalProblems: total, retry: null });
  return false;
}

function fail(load: Load, failure: LoadFailure): false {
  if (current !== load) return false;
  current = null;
  load.preparation?.cancel();
  const store = useAppStore.getState();
  store.setLoading(null);
  store.setFailure({
    label: load.label,
    message: failure.message,
    problems: [],
    totalProblems: 0,
    retry: failure.retryable ? load.retry : null,
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
