/**
 * What the loading worker does with a file's bytes, written as a plain message handler so that it
 * runs the same in the worker, in-process where there are no workers (Node), and under test.
 *
 * One pass, once: decode (the encoding found as decodeText finds it), parse, convert (CSV, TimelineJS), validate and index, then hand the page
 * compact columns (typed arrays and string tables, transferred, not copied). The page never
 * parses the text or builds an object per event. The parsed events stay here until the page asks
 * for the search index (after its first paint); then this worker's job is done.
 */
import { checkDatasetTextKeepingInput } from '../dataset/checkFile';
import { parseJson } from '../dataset/json';
import type { Problem } from '../dataset/problems';
import type { Dataset, TimelineEvent } from '../dataset/types';
import { buildIndexColumns, eventsInOrder, transferablesOf, type EventSource } from '../engine/buildIndex';
import { buildSearchIndexData } from '../engine/searchIndex';
import { decodeText, readsAsPlainUtf8, type DecodeResult } from './decodeText';
import { importCsv } from '../io/csvImport';
import type { ImportQuestion, ImportResult } from '../io/importDraft';
import { importTimelineJs } from '../io/timelineJsImport';
import { detectFormat } from './detectFormat';
import { findEventSpans } from './eventSpans';
import { sameJson } from './sameJson';
import type { ImportAnswers, ImportNotice, PrepareReply, PrepareRequest } from './protocol';

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
    const { bytes, decoded } = received.finish();
    received = new ReceivedFile();
    const opened = decoded.ok
      ? withEncodingNotice(open(request.name, bytes, decoded, request.answers ?? {}), decoded.notice)
      : { ok: false as const, message: decoded.message, problems: [] };
    if (!opened.ok && 'question' in opened) {
      post({ type: 'ask', question: opened.question });
      return;
    }
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
    ordered = eventsInOrder(opened.dataset.events, columns.order);
    actors = opened.dataset.actors;
    post({ type: 'ready', columns, notice: opened.notice }, transferablesOf(columns));
  };
}

/**
 * The file as it arrives: each chunk is decoded at once as UTF-8, while the next is still
 * downloading (and decoding in pieces is itself several times faster than decoding 50 MB at
 * once, which builds one huge string), and the bytes are kept for the events' records. UTF-8 is
 * only a first guess, strictly checked: a file that is anything else (a byte-order mark, UTF-16,
 * Windows-1252, binary) is decoded whole by decodeText, so that no character is ever replaced.
 */
class ReceivedFile {
  private readonly chunks: Uint8Array[] = [];
  private parts: string[] = [];
  // fatal: a byte that is not UTF-8 stops the guess instead of becoming U+FFFD.
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private isUtf8 = true;

  add(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    if (!this.isUtf8) return;
    try {
      this.parts.push(this.decoder.decode(chunk, { stream: true }));
    } catch {
      this.giveUpGuess();
    }
  }

  finish(): { bytes: Uint8Array; decoded: DecodeResult } {
    const bytes = concat(this.chunks);
    if (this.isUtf8) {
      try {
        this.parts.push(this.decoder.decode());
      } catch {
        this.giveUpGuess();
      }
    }
    if (this.isUtf8 && readsAsPlainUtf8(bytes)) {
      return { bytes, decoded: { ok: true, text: this.parts.join(''), encoding: 'UTF-8', notice: null } };
    }
    return { bytes, decoded: decodeText(bytes) };
  }

  private giveUpGuess(): void {
    this.isUtf8 = false;
    this.parts = [];
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
  | { ok: false; message: string; problems: Problem[] }
  | { ok: false; question: ImportQuestion };

/** How the bytes were read (e.g. not UTF-8) comes first in the notice, before what an import left out. */
function withEncodingNotice(opened: Opened, encodingNotice: string | null): Opened {
  if (!opened.ok || !encodingNotice) return opened;
  const imported = opened.notice;
  const message = imported ? `${encodingNotice} ${imported.message}` : encodingNotice;
  return { ...opened, notice: { message, details: imported?.details ?? [] } };
}

function open(
  name: string,
  bytes: Uint8Array,
  { text, encoding }: Extract<DecodeResult, { ok: true }>,
  answers: ImportAnswers,
): Opened {
  if (text.trim() === '') return { ok: false, message: 'The file is empty.', problems: [] };
  const format = detectFormat(name, text);
  if (format !== 'dataset') return convert(name, format, text, answers);
  // The same parse and checks as `npm run validate`, with the same messages.
  const result = checkDatasetTextKeepingInput(text);
  if (!result.ok) return { ok: false, message: describeInvalid(result.problems), problems: result.problems };
  // The records can be the file's own bytes only where those are UTF-8, as the page decodes them.
  const source = encoding === 'UTF-8' ? sourceOf(bytes, result.input, result.dataset) : undefined;
  return { ok: true, dataset: result.dataset, notice: null, source };
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
function convert(name: string, format: 'csv' | 'timelinejs', text: string, answers: ImportAnswers): Opened {
  let result: ImportResult;
  if (format === 'csv') {
    result = importCsv(text, { fileName: name, ...answers });
    if (result.question) return { ok: false, question: result.question };
  } else {
    const json = parseJson(text);
    if (!json.ok) return { ok: false, message: 'It is not valid JSON.', problems: [json.problem] };
    result = importTimelineJs(json.value, { fileName: name });
  }
  const kind = format === 'csv' ? 'CSV spreadsheet' : 'TimelineJS file';
  const details = result.rowProblems.map((problem) => problem.message);
  const leftOut = result.rowProblems.filter((problem) => !problem.note).length;
  if (!result.dataset) {
    return {
      ok: false,
      message: `No event in this ${kind} could be converted.`,
      problems: details.map((message) => ({ kind: 'import', message })),
    };
  }
  const count = result.dataset.events.length;
  // Details are what could not be converted (rows, ignored columns) and what was converted but
  // not quite as written (a link given https://, media not shown): the headline counts each.
  const notice =
    details.length === 0
      ? null
      : {
          message: `Imported ${count.toLocaleString('en-US')} event${count === 1 ? '' : 's'} from the ${kind} ${name}. ${noticeHeadline(leftOut, details.length - leftOut)}`,
          details,
        };
  return { ok: true, dataset: result.dataset, notice };
}

function noticeHeadline(leftOut: number, notes: number): string {
  const parts = [
    leftOut > 0 ? `${leftOut.toLocaleString('en-US')} could not be converted` : '',
    notes > 0
      ? `${notes.toLocaleString('en-US')} note${notes === 1 ? '' : 's'} on what was read with a change or is not shown`
      : '',
  ].filter((part) => part !== '');
  return `${capitalise(parts.join(' and '))}, listed below:`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The headline of a validation failure, in plain words. */
function describeInvalid(problems: Problem[]): string {
  if (problems.some((p) => p.kind === 'syntax')) return 'It is not valid JSON.';
  const atRoot = problems.some((p) => 'path' in p && p.path.length === 0);
  const missing = (field: string) =>
    problems.some((p) => p.kind === 'missing' && p.path.length === 1 && p.path[0] === field);
  if (atRoot || (missing('events') && missing('sides'))) {
    return 'It does not look like a Sourceline dataset (there is no "events" list).';
  }
  return 'It is not a valid Sourceline dataset.';
}
