/**
 * From dataset text to a ready index: parse, validate, index, and build the search index. The
 * checking happens in a worker, so the page stays responsive and the validator (zod) is not part
 * of the page's own JavaScript; the main thread meanwhile parses its own copy (two cores, two
 * parses) and waits for the worker's verdict before showing anything: a dataset that fails
 * validation is never shown half-broken.
 */
import type { Dataset } from '../dataset/vocabulary';
import { isNestedTooDeeply } from '../dataset/json';
import type { Problem } from '../dataset/problems';
import { assembleIndex, buildIndexArrays, type EventIndex } from '../engine/eventIndex';
import { buildSearchIndexData, openSearchIndex, type SearchIndex } from '../engine/searchIndex';
import type { WorkerReply, WorkerRequest } from './prepare.worker';

export interface Prepared {
  index: EventIndex;
  /** Resolves once words are indexed; filters other than search work before that. */
  search: Promise<SearchIndex>;
  /** Starts indexing the words (call once the dataset is on screen, to keep the cores for that). */
  indexSearch: () => void;
  /** Gives up on this dataset (another one was chosen meanwhile): frees the worker. */
  discard: () => void;
}

export type PrepareResult = { ok: true; prepared: Prepared } | { ok: false; problems: Problem[]; total: number };

export async function prepareDataset(text: string): Promise<PrepareResult> {
  return typeof Worker === 'undefined' ? prepareHere(text) : prepareInWorker(text);
}

/** Where there are no workers (unit tests in Node), the same steps run here. */
async function prepareHere(text: string): Promise<PrepareResult> {
  const { checkDatasetText } = await import('../dataset/checkFile');
  const result = checkDatasetText(text);
  if (!result.ok) return { ok: false, problems: result.problems, total: result.problems.length };
  const index = assembleIndex(result.dataset, buildIndexArrays(result.dataset));
  const search = openSearchIndex(buildSearchIndexData(index.events, index.actors), index.count);
  return { ok: true, prepared: { index, search: Promise.resolve(search), indexSearch: () => {}, discard: () => {} } };
}

function spawnWorker(): Worker {
  return new Worker(new URL('./prepare.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * A worker is started as soon as the page loads, so that its script and the validator are ready
 * by the time the first dataset has downloaded; each open takes it and leaves a fresh one.
 */
let spare: Worker | null = typeof Worker === 'undefined' ? null : spawnWorker();

function takeWorker(): Worker {
  const worker = spare ?? spawnWorker();
  spare = null;
  setTimeout(() => {
    spare ??= spawnWorker();
  }, 1000);
  return worker;
}

/**
 * Two cores, two halves: the worker parses and validates (and then builds the search index), while
 * this thread parses its own copy and builds the index it will draw from. The dataset is shown only
 * once the worker has vouched for it; an index built from a text that fails is thrown away.
 */
function prepareInWorker(text: string): Promise<PrepareResult> {
  const worker = takeWorker();
  let resolveSearch: (search: SearchIndex) => void = () => {};
  let rejectSearch: (error: Error) => void = () => {};
  const search = new Promise<SearchIndex>((resolve, reject) => {
    resolveSearch = resolve;
    rejectSearch = reject;
  });
  const verdict = new Promise<{ ok: true } | { ok: false; problems: Problem[]; total: number }>((resolve) => {
    worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
      if (data.type === 'invalid') {
        worker.terminate();
        resolve({ ok: false, problems: data.problems, total: data.total });
      } else if (data.type === 'valid') {
        resolve({ ok: true });
      } else {
        worker.terminate();
        resolveSearch(openSearchIndex(data.search, data.count));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      const message = `the dataset could not be checked: ${event.message || 'the worker failed'}`;
      rejectSearch(new Error(message));
      resolve({ ok: false, problems: [{ path: '(worker)', message }], total: 1 });
    };
  });
  worker.postMessage({ type: 'check', text } satisfies WorkerRequest);
  const index = indexUnchecked(text);
  return verdict.then((result) => {
    if (!result.ok) return result;
    if (!index) {
      // Cannot happen for a text the worker accepted; said plainly rather than shown broken.
      return { ok: false, problems: [{ path: '(index)', message: 'the dataset could not be indexed' }], total: 1 };
    }
    const indexSearch = () => worker.postMessage({ type: 'index-search' } satisfies WorkerRequest);
    return { ok: true, prepared: { index, search, indexSearch, discard: () => worker.terminate() } };
  });
}

/** Parses and indexes text that is still being validated; null if it cannot be. */
function indexUnchecked(text: string): EventIndex | null {
  // Deep nesting is refused by the worker, and is where JSON.parse is slowest (seconds for a
  // million levels in 2 MB): not parsed here, where it would freeze the page.
  if (isNestedTooDeeply(text)) return null;
  try {
    const dataset = JSON.parse(text) as Dataset;
    return assembleIndex(dataset, buildIndexArrays(dataset));
  } catch {
    // Malformed or invalid: the worker's verdict will say exactly why.
    return null;
  }
}
