/**
 * What the loading worker does with a file's bytes, written as a plain message handler so that it
 * runs the same in the worker, in-process where there are no workers (Node), and under test.
 *
 * One pass, once: decode, parse, convert (CSV, TimelineJS), validate and index, then hand the page
 * compact columns (typed arrays and string tables, transferred, not copied). The page never
 * parses the text or builds an object per event. The parsed events stay here until the page asks
 * for the search index (after its first paint); then this worker's job is done.
 */
import { checkDatasetTextKeepingInput } from '../dataset/checkFile';
import { parseJson } from '../dataset/json';
import type { Problem } from '../dataset/problems';
import type { Dataset, TimelineEvent } from '../dataset/vocabulary';
import { buildIndexColumns, transferablesOf, type EventSource } from '../engine/eventIndex';
import { buildSearchIndexData } from '../engine/searchIndex';
import { importCsv } from '../io/csvImport';
import type { ImportResult } from '../io/importDraft';
import { importTimelineJs } from '../io/timelineJsImport';
import { detectFormat } from './detectFormat';
import { findEventSpans } from './eventSpans';
import { sameJson } from './sameJson';
import type { ImportNotice, PrepareReply, PrepareRequest } from './protocol';

/** Problems beyond this many are counted, not sent: nobody reads a million lines. */
export const PROBLEMS_SENT = 1000;

export type Post = (reply: PrepareReply, transfer?: Transferable[]) => void;

/** Creates a handler for one load's messages; `post` sends replies to the page. */
export function createPrepareJob(post: Post): (request: PrepareRequest) => void {
  let received = new ReceivedFile();
  let ordered: TimelineEvent[] | null = null;
  let actors: Dataset['actors'] = [];
  return (request) => {
    if (request.type === 'chunk') {
      received.add(request.bytes);
      return;
    }
    if (request.type === 'index-search') {
      if (!ordered) return;
      const search = buildSearchIndexData(ordered, actors);
      post({ type: 'search', search, count: ordered.length }, [
        search.postingStart.buffer,
        search.postings.buffer,
        search.actorPostingStart.buffer,
        search.actorPostings.buffer,
      ] as ArrayBuffer[]);
      ordered = null;
      return;
    }
    post({ type: 'step', step: 'checking' });
    const { bytes, text } = received.finish();
    received = new ReceivedFile();
    const opened = open(request.name, bytes, text);
    if (!opened.ok) {
      post({
        type: 'rejected',
        message: opened.message,
        problems: opened.problems.slice(0, PROBLEMS_SENT),
        total: opened.problems.length,
      });
      return;
    }
    post({ type: 'step', step: 'indexing' });
    const columns = buildIndexColumns(opened.dataset, opened.source);
    // Search words are indexed by the same chronological ordinals.
    ordered = Array.from(columns.order, (position) => opened.dataset.events[position]!);
    actors = opened.dataset.actors;
    post({ type: 'ready', columns, notice: opened.notice }, transferablesOf(columns));
  };
}

/**
 * The file as it arrives: each chunk is decoded at once, while the next is still downloading
 * (and decoding in pieces is itself several times faster than decoding 50 MB at once, which
 * builds one huge string), and the bytes are kept for the events' records.
 */
class ReceivedFile {
  private readonly chunks: Uint8Array[] = [];
  private readonly parts: string[] = [];
  // The decoder drops a UTF-8 byte-order mark; bytes that are not UTF-8 become U+FFFD.
  private readonly decoder = new TextDecoder();

  add(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    this.parts.push(this.decoder.decode(chunk, { stream: true }));
  }

  finish(): { bytes: Uint8Array; text: string } {
    this.parts.push(this.decoder.decode());
    return { bytes: concat(this.chunks), text: this.parts.join('') };
  }
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

type Opened =
  | { ok: true; dataset: Dataset; notice: ImportNotice | null; source?: EventSource }
  | { ok: false; message: string; problems: Problem[] };

function open(name: string, bytes: Uint8Array, text: string): Opened {
  if (text.trim() === '') return { ok: false, message: 'The file is empty.', problems: [] };
  const format = detectFormat(name, text);
  if (format !== 'dataset') return convert(name, format, text);
  // The same parse and checks as `npm run validate`, with the same messages.
  const result = checkDatasetTextKeepingInput(text);
  if (!result.ok) return { ok: false, message: describeInvalid(result.problems), problems: result.problems };
  return { ok: true, dataset: result.dataset, notice: null, source: sourceOf(bytes, result.input, result.dataset) };
}

/**
 * The file's own bytes as the events' records, where they are exactly what was validated: the
 * page then gets the bytes it would otherwise be sent in another form, at no cost to write.
 */
function sourceOf(bytes: Uint8Array, input: unknown, dataset: Dataset): EventSource | undefined {
  const raw = (input as { events?: unknown }).events;
  const spans = findEventSpans(bytes);
  if (!spans || !Array.isArray(raw) || spans.start.length !== dataset.events.length) return undefined;
  return {
    bytes,
    spanStart: spans.start,
    spanEnd: spans.end,
    exact: (position) => sameJson(raw[position], dataset.events[position]),
  };
}

/** CSV and TimelineJS files become datasets here (already validated by the importers). */
function convert(name: string, format: 'csv' | 'timelinejs', text: string): Opened {
  let result: ImportResult;
  if (format === 'csv') {
    result = importCsv(text, { fileName: name });
  } else {
    const json = parseJson(text);
    if (!json.ok) {
      return {
        ok: false,
        message: 'It is not valid JSON.',
        problems: [{ path: `line ${json.line}, column ${json.column}`, message: json.message }],
      };
    }
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
  return { ok: true, dataset: result.dataset, notice };
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
