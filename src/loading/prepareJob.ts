/**
 * What the loading worker does with a file's bytes, written as a plain message handler so that it
 * runs the same in the worker, in-process where there are no workers (Node), and under test.
 *
 * A dataset file is checked and indexed while it arrives (receivedFile.ts): each event as soon as
 * its bytes are in. When the last byte comes, what is left is small, and the page gets compact
 * columns (typed arrays and string tables, transferred, not copied). Any other file (a CSV or
 * TimelineJS file, another encoding, a file with problems) is read whole once it is in: decode
 * (the encoding found as decodeText finds it), parse, convert, validate (listing every problem)
 * and index. The page never parses the text or builds an object per event. The parsed events stay
 * here until the page asks for the search index (after its first paint); then this worker's job
 * is done.
 */
import { checkDatasetTextKeepingInput } from '../dataset/checkFile';
import { parseJson } from '../dataset/json';
import type { Problem } from '../dataset/problems';
import type { Dataset } from '../dataset/types';
import { buildIndexColumns, eventsInOrder, transferablesOf, type EventSource } from '../engine/buildIndex';
import type { IndexColumns } from '../engine/eventIndex';
import { buildSearchIndexDataFromText, eventText } from '../engine/searchIndex';
import { decodeText, type DecodeResult } from './decodeText';
import { importCsv } from '../io/csvImport';
import type { ImportQuestion, ImportResult } from '../io/importDraft';
import { importTimelineJs } from '../io/timelineJsImport';
import { detectFormat } from './detectFormat';
import { findEventSpans } from './eventScanner';
import { ReceivedFile } from './receivedFile';
import { sameJson } from './sameJson';
import type { ImportAnswers, ImportNotice, PrepareReply, PrepareRequest } from './protocol';

/** Problems beyond this many are counted, not sent: nobody reads a million lines. */
export const PROBLEMS_SENT = 1000;

export type Post = (reply: PrepareReply, transfer?: Transferable[]) => void;

/** Creates a handler for one load's messages; `post` sends replies to the page. */
export function createPrepareJob(post: Post): (request: PrepareRequest) => void {
  let received = new ReceivedFile();
  /** What the search index is built from, after the first paint: each event's text by ordinal. */
  let searchable: { count: number; textAt: (ordinal: number) => string; actors: Dataset['actors'] } | null = null;
  const ready = (columns: IndexColumns, notice: ImportNotice | null, textAt: (ordinal: number) => string) => {
    searchable = { count: columns.order.length, textAt, actors: columns.meta.actors };
    post({ type: 'ready', columns, notice }, transferablesOf(columns));
  };
  const reject = (message: string, problems: Problem[]) =>
    post({ type: 'rejected', message, problems: problems.slice(0, PROBLEMS_SENT), total: problems.length });
  return (request) => {
    if (request.type === 'chunk') {
      received.add(request.bytes, request.total);
      return;
    }
    if (request.type === 'index-search') {
      if (!searchable) return;
      const { count, textAt, actors } = searchable;
      const search = buildSearchIndexDataFromText(count, textAt, actors);
      post({ type: 'search', search, count }, [
        search.postingStart.buffer,
        search.postings.buffer,
        search.actorPostingStart.buffer,
        search.actorPostings.buffer,
      ] as ArrayBuffer[]);
      searchable = null;
      return;
    }
    post({ type: 'step', step: 'checking' });
    const file = received;
    received = new ReceivedFile();
    const columnar = file.columnarOpened();
    if (columnar) {
      columnar.then(
        (opened) => {
          if (!opened.ok) return reject(opened.message, opened.problems);
          post({ type: 'step', step: 'indexing' });
          // A copy: the columns' own buffers move to the page.
          const order = opened.columns.order.slice();
          ready(opened.columns, null, (ordinal) => opened.textAt(order[ordinal]!));
        },
        (error: Error) =>
          reject('It could not be checked.', [
            { kind: 'internal', message: `the columnar checks failed: ${error.message}` },
          ]),
      );
      return;
    }
    const streamed = detectFormat(request.name, file.head()) === 'dataset' ? file.streamed() : null;
    let dataset: Dataset;
    let columns: IndexColumns;
    let notice: ImportNotice | null = null;
    if (streamed) {
      post({ type: 'step', step: 'indexing' });
      dataset = streamed.dataset;
      columns = streamed.buildColumns();
    } else {
      const bytes = file.bytes();
      const decoded = decodeText(bytes);
      const opened = decoded.ok
        ? withEncodingNotice(open(request.name, bytes, decoded, request.answers ?? {}), decoded.notice)
        : { ok: false as const, message: decoded.message, problems: [] };
      if (!opened.ok && 'question' in opened) {
        post({ type: 'ask', question: opened.question });
        return;
      }
      if (!opened.ok) return reject(opened.message, opened.problems);
      post({ type: 'step', step: 'indexing' });
      ({ dataset, notice } = opened);
      columns = buildIndexColumns(dataset, opened.source);
    }
    // Search words are indexed by the same chronological ordinals.
    const ordered = eventsInOrder(dataset.events, columns.order);
    ready(columns, notice, (ordinal) => eventText(ordered[ordinal]!));
  };
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
