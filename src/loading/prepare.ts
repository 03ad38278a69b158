/**
 * The page's side of the loading worker (see prepareJob.ts): streams it a file's bytes as they
 * arrive and gets back either the index's columns or the problems found, with the step it is on
 * meanwhile. The worker is the unit of cancelling: ending it stops whatever it was doing.
 */
import type { Problem } from '../dataset/problems';
import type { IndexColumns } from '../engine/eventIndex';
import { openSearchIndex, type SearchIndex } from '../engine/searchIndex';
import type { ImportQuestion } from '../io/importDraft';
import type { ImportAnswers, ImportNotice, PrepareReply, PrepareRequest, PrepareStep } from './protocol';

/** What a preparation needs of a worker: a real one, one running in-process, or a test's fake. */
export interface WorkerLike {
  postMessage(message: PrepareRequest, transfer?: Transferable[]): void;
  onmessage: ((event: { data: PrepareReply }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  terminate(): void;
}

export type PrepareOutcome =
  | { kind: 'ready'; columns: IndexColumns; notice: ImportNotice | null }
  | { kind: 'rejected'; message: string; problems: Problem[]; total: number }
  | { kind: 'ask'; question: ImportQuestion }
  | { kind: 'cancelled' };

export interface Preparation {
  /**
   * Hands the worker the next chunk of the file, with the file's size where it is known; its
   * buffer moves there (this thread keeps no copy).
   */
  append(chunk: Uint8Array, total?: number | null): void;
  /** All chunks are in: the worker checks the file. Settles once, with the columns, the problems or 'cancelled'. */
  finish(name: string, answers?: ImportAnswers): Promise<PrepareOutcome>;
  /** Asks for the search index (after the first paint); the worker ends once it has sent it. */
  indexSearch(): Promise<SearchIndex>;
  /** Ends the worker, whatever it is doing; pending promises settle ('cancelled', or rejected). */
  cancel(): void;
}

/** Starts a worker for one file: created before the first byte arrives, it is ready when the last does. */
export function startPreparing(
  options: { onStep?: (step: PrepareStep) => void; worker?: WorkerLike } = {},
): Preparation {
  const worker = options.worker ?? createWorker();
  let settleOutcome: (outcome: PrepareOutcome) => void = () => {};
  const outcome = new Promise<PrepareOutcome>((resolve) => (settleOutcome = resolve));
  let search: { resolve: (index: SearchIndex) => void; reject: (error: Error) => void } | null = null;
  let ended = false;
  const end = (reason: string) => {
    if (ended) return;
    ended = true;
    worker.onmessage = null;
    worker.onerror = null;
    worker.terminate();
    settleOutcome({ kind: 'cancelled' });
    search?.reject(new Error(reason));
    search = null;
  };

  worker.onmessage = ({ data }) => {
    switch (data.type) {
      case 'step':
        options.onStep?.(data.step);
        break;
      case 'rejected':
        settleOutcome({ kind: 'rejected', message: data.message, problems: data.problems, total: data.total });
        end('the dataset was rejected');
        break;
      case 'ask':
        settleOutcome({ kind: 'ask', question: data.question });
        end('the import asked a question');
        break;
      case 'ready':
        settleOutcome({ kind: 'ready', columns: data.columns, notice: data.notice });
        break;
      case 'search':
        search?.resolve(openSearchIndex(data.search, data.count));
        search = null;
        end('done');
        break;
    }
  };
  worker.onerror = (event) => {
    const message = `the dataset could not be checked: ${event.message || 'the worker failed'}`;
    settleOutcome({
      kind: 'rejected',
      message: 'It could not be checked.',
      problems: [{ kind: 'internal', message }],
      total: 1,
    });
    end(message);
  };

  return {
    append(chunk, total) {
      const message: PrepareRequest = { type: 'chunk', bytes: chunk, ...(total ? { total } : {}) };
      if (!ended) worker.postMessage(message, [chunk.buffer as ArrayBuffer]);
    },
    finish(name, answers) {
      if (!ended) worker.postMessage({ type: 'open', name, ...(answers ? { answers } : {}) });
      return outcome;
    },
    indexSearch() {
      if (ended) return Promise.reject(new Error('the worker has ended'));
      return new Promise<SearchIndex>((resolve, reject) => {
        search = { resolve, reject };
        worker.postMessage({ type: 'index-search' });
      });
    },
    cancel: () => end('cancelled'),
  };
}

function createWorker(): WorkerLike {
  // Every browser the app supports has workers; the production build leaves the fallback out.
  if (typeof Worker === 'undefined' && !import.meta.env.PROD) return new InProcessWorker();
  return new Worker(new URL('./prepare.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}

/**
 * Where there are no workers (unit tests in Node), the same job runs on this thread, answering
 * asynchronously as a worker would. (Loaded on first use: the page itself never needs it.)
 */
export class InProcessWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  private ended = false;
  private readonly handle = import('./prepareJob').then(({ createPrepareJob }) =>
    createPrepareJob((reply, transfer = []) => {
      // Cloned, its buffers moved, as a real worker posts it: what was moved is gone from here.
      const delivered = structuredClone(reply, { transfer });
      // A reply is delivered later, and never after the end, as with a real worker.
      setTimeout(() => {
        if (!this.ended) this.onmessage?.({ data: delivered });
      }, 0);
    }),
  );

  postMessage(message: PrepareRequest): void {
    void this.handle.then((handle) => {
      if (!this.ended) handle(message);
    });
  }

  terminate(): void {
    this.ended = true;
  }
}
