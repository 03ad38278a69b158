/**
 * From dataset text to a ready index: parse, validate, index, and build the search index. The
 * checking happens in a worker, so the page stays responsive and the validator (zod) is not part
 * of the page's own JavaScript; the main thread meanwhile parses its own copy (two cores, two
 * parses) and waits for the worker's verdict before showing anything: a dataset that fails
 * validation is never shown half-broken.
 */
import type { Dataset } from '../dataset/vocabulary';
import type { Problem } from '../dataset/problems';
import { assembleIndex, buildIndexArrays, type EventIndex } from '../engine/eventIndex';
import { buildSearchIndexData, openSearchIndex, type SearchIndex } from '../engine/searchIndex';
import type { WorkerReply } from './prepare.worker';

export interface Prepared {
  index: EventIndex;
  /** Resolves once words are indexed; filters other than search work before that. */
  search: Promise<SearchIndex>;
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
  return { ok: true, prepared: { index, search: Promise.resolve(search) } };
}

function prepareInWorker(text: string): Promise<PrepareResult> {
  const worker = new Worker(new URL('./prepare.worker.ts', import.meta.url), { type: 'module' });
  let resolveSearch: (search: SearchIndex) => void = () => {};
  let rejectSearch: (error: Error) => void = () => {};
  const search = new Promise<SearchIndex>((resolve, reject) => {
    resolveSearch = resolve;
    rejectSearch = reject;
  });
  return new Promise<PrepareResult>((resolve) => {
    let index: EventIndex | null = null;
    worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
      if (data.type === 'invalid') {
        worker.terminate();
        resolve({ ok: false, problems: data.problems, total: data.total });
      } else if (data.type === 'valid') {
        // The worker vouched for the text; our own parse of the same text is the same dataset.
        index = assembleIndex(parsed as Dataset, data.arrays);
        resolve({ ok: true, prepared: { index, search } });
      } else {
        worker.terminate();
        resolveSearch(openSearchIndex(data.search, index?.count ?? 0));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      const problem = {
        path: '(worker)',
        message: `the dataset could not be checked: ${event.message || 'worker failed'}`,
      };
      rejectSearch(new Error(problem.message));
      resolve({ ok: false, problems: [problem], total: 1 });
    };
    worker.postMessage({ text });
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      // The worker reports malformed JSON with its line and column.
    }
  });
}
