/// <reference lib="webworker" />
/** Checks and indexes a large dataset off the main thread; see prepare.ts. */
import { checkDatasetText } from '../dataset/checkFile';
import type { Dataset } from '../dataset/vocabulary';
import type { Problem } from '../dataset/problems';
import { buildIndexArrays } from '../engine/eventIndex';
import { buildSearchIndexData, type SearchIndexData } from '../engine/searchIndex';

export type WorkerReply =
  | { type: 'invalid'; problems: Problem[]; total: number }
  | { type: 'valid' }
  | { type: 'search'; search: SearchIndexData; count: number };

/** Problems beyond this many are counted, not sent: nobody reads a million lines. */
const PROBLEMS_SENT = 1000;

const scope = self as unknown as DedicatedWorkerGlobalScope;

export type WorkerRequest = { type: 'check'; text: string } | { type: 'index-search' };

let checked: Dataset | null = null;

scope.onmessage = ({ data }: MessageEvent<WorkerRequest>) => {
  if (data.type === 'check') check(data.text);
  else if (checked) indexSearch(checked);
};

function check(text: string): void {
  const result = checkDatasetText(text);
  if (!result.ok) {
    reply({ type: 'invalid', problems: result.problems.slice(0, PROBLEMS_SENT), total: result.problems.length });
    return;
  }
  // The search index is built when the page asks: first the page shows the dataset, and the two
  // would otherwise compete for the same cores.
  checked = result.dataset;
  reply({ type: 'valid' });
}

function indexSearch(dataset: Dataset): void {
  // Search words are indexed by the same chronological ordinals the page computes.
  const arrays = buildIndexArrays(dataset);
  const ordered = Array.from(arrays.order, (position) => dataset.events[position]!);
  const search = buildSearchIndexData(ordered, dataset.actors);
  reply({ type: 'search', search, count: ordered.length }, [
    search.postingStart.buffer,
    search.postings.buffer,
    search.actorPostingStart.buffer,
    search.actorPostings.buffer,
  ] as ArrayBuffer[]);
}

function reply(message: WorkerReply, transfer: ArrayBuffer[] = []): void {
  scope.postMessage(message, transfer);
}
