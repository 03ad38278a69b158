/**
 * The page's side of the checks: sends the draft, as it would be published, to the checks'
 * worker after every change, one check at a time (a change made while a check runs is checked
 * next; the ones in between are skipped), and keeps the latest result.
 */
import { createStore } from 'zustand/vanilla';
import type { PathProblem } from '../dataset/problems';
import type { CheckReply, CheckRequest } from './checkJob';
import type { DraftData } from './draft';
import { publishedFiles, DATASET_FILE, ARTICLES_FOLDER } from './publishZip';

export interface ChecksState {
  /** The data the problems are of (null before the first result). */
  checked: DraftData | null;
  problems: PathProblem[];
  counts: CheckReply['counts'];
  /** A check of a later state is under way. */
  running: boolean;
  /** The checks themselves failed (the worker crashed). */
  failure: string | null;
}

export interface CheckWorker {
  postMessage(request: CheckRequest): void;
  onmessage: ((event: { data: CheckReply }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  terminate(): void;
}

export function requestOf(seq: number, data: DraftData): CheckRequest {
  const files = publishedFiles(data);
  const articles: Record<string, string> = {};
  for (const [path, content] of files)
    if (path.startsWith(ARTICLES_FOLDER)) articles[path.slice(ARTICLES_FOLDER.length)] = content;
  // Checked as the file the CLI reads: parsed back from the published text, not the object in memory.
  return { seq, dataset: JSON.parse(files.get(DATASET_FILE)!), articles };
}

export class DraftChecker {
  readonly state = createStore<ChecksState>()(() => ({
    checked: null,
    problems: [],
    counts: { quotes: 0, articles: 0 },
    running: false,
    failure: null,
  }));
  private seq = 0;
  private inFlight: { seq: number; data: DraftData } | null = null;
  private next: DraftData | null = null;
  private worker: CheckWorker | null = null;

  constructor(private readonly createWorker: () => CheckWorker) {}

  check(data: DraftData): void {
    this.next = data;
    this.state.setState({ running: true });
    this.pump();
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  private pump(): void {
    if (this.inFlight || !this.next) return;
    const data = this.next;
    this.next = null;
    const seq = ++this.seq;
    this.inFlight = { seq, data };
    this.ensureWorker().postMessage(requestOf(seq, data));
  }

  private ensureWorker(): CheckWorker {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.onmessage = ({ data: reply }) => {
      const done = this.inFlight;
      if (!done || reply.seq !== done.seq) return;
      this.inFlight = null;
      this.state.setState({
        checked: done.data,
        problems: reply.problems,
        counts: reply.counts,
        running: this.next !== null,
        failure: null,
      });
      this.pump();
    };
    worker.onerror = (event) => {
      this.worker?.terminate();
      this.worker = null;
      this.inFlight = null;
      this.state.setState({ running: false, failure: `The checks failed: ${event.message || 'the worker stopped'}.` });
    };
    this.worker = worker;
    return worker;
  }
}

/** The checks' worker in the browser. */
export function browserCheckWorker(): CheckWorker {
  return new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' }) as unknown as CheckWorker;
}
