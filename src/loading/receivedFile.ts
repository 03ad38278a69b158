/**
 * A dataset file as its bytes arrive in the loading worker: kept in one buffer (the page is later
 * handed byte ranges of it as the events' records), and, while they come, each event found by
 * the scanner is parsed, checked and added to the index. By the time the last byte is in, what is
 * left is the rest of the file (title, sides, sources, actors), the checks that need every id,
 * and laying out the index: the work hides behind the download.
 *
 * Any file the scanner does not read exactly as JSON.parse would, or that fails a check, or that
 * is not UTF-8, stops the streaming at once; `streamed()` then answers null and the caller reads
 * the whole file the ordinary way (which also lists the problems, with their paths and lines).
 */
import { StreamedCheck } from '../dataset/streamedCheck';
import type { Dataset } from '../dataset/types';
import { IndexBuilder, jsonRecords, type EventSource } from '../engine/buildIndex';
import type { IndexColumns } from '../engine/eventIndex';
import { EventScanner } from './eventScanner';
import { looksColumnar } from '../io/columnar';
import type { ColumnarOpened, ColumnarStream } from '../io/columnarCheck';
import { sameJson } from './sameJson';

/** Enough of the start of a file to tell a dataset from a CSV or a TimelineJS file (see detectFormat). */
const HEAD_BYTES = 256 * 1024;

export interface Streamed {
  dataset: Dataset;
  /** Lays out the index (the events were added as they came). */
  buildColumns(): IndexColumns;
}

export class ReceivedFile {
  private buffer = new Uint8Array(1 << 20);
  private length = 0;
  private streaming = true;
  private readonly scanner = new EventScanner({
    eventsOpened: (at) => this.eventsOpened(at),
    event: (start, end) => this.found.push(start, end),
  });
  /** Events found in the bytes added last (start, end, start, end, …), parsed together. */
  private found: number[] = [];
  private readonly check = new StreamedCheck();
  private readonly builder = new IndexBuilder();
  private readonly spanStart: number[] = [];
  private readonly spanEnd: number[] = [];
  /** Whether an event's JSON in the file is exactly the validated event (then it is its own record). */
  private readonly exact: boolean[] = [];
  // fatal: a byte that is not UTF-8 stops the streaming instead of becoming U+FFFD.
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

  /**
   * A columnar (Arrow) file, checked batch by batch as it arrives; null for any other. Its reader
   * (apache-arrow) is loaded only then: a JSON file's worker starts without it.
   */
  private columnar: Promise<ColumnarStream> | null = null;

  /** The next chunk; `total`, the file's size where known, sizes the buffer once (a guess is regrown). */
  add(chunk: Uint8Array, total?: number): void {
    const first = this.length < 4;
    if (this.length === 0 && total !== undefined && total > this.buffer.length) this.buffer = new Uint8Array(total);
    if (this.length + chunk.length > this.buffer.length) {
      const grown = new Uint8Array(Math.max(this.length + chunk.length, this.buffer.length * 2));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    this.buffer.set(chunk, this.length);
    this.length += chunk.length;
    if (first && this.length >= 4 && looksColumnar(this.buffer.subarray(0, this.length))) {
      const start = this.buffer.slice(0, this.length);
      this.columnar = import('../io/columnarCheck').then(({ ColumnarStream }) => {
        const stream = new ColumnarStream();
        stream.push(start);
        return stream;
      });
      this.streaming = false;
      return;
    }
    // In order: each push waits on the same promise, and they run in the order they were made.
    void this.columnar?.then((stream) => stream.push(chunk));
    if (!this.streaming) return;
    this.scanner.scan(this.buffer, this.length);
    if (!this.scanner.streamable) this.streaming = false;
    if (this.streaming && this.found.length > 0) this.events(this.found);
    this.found = [];
  }

  /** All the bytes, in a buffer of their own size (unless it is nearly that already). */
  bytes(): Uint8Array {
    const slack = this.buffer.length - this.length;
    return slack > this.length / 8 ? this.buffer.slice(0, this.length) : this.buffer.subarray(0, this.length);
  }

  /** The start of the file, decoded leniently: only to tell what kind of file it is. */
  head(): string {
    return new TextDecoder().decode(this.buffer.subarray(0, Math.min(this.length, HEAD_BYTES)));
  }

  /** The verdict on a columnar file (null: it is not one). */
  columnarOpened(): Promise<ColumnarOpened> | null {
    return this.columnar?.then((stream) => stream.finish(this.bytes())) ?? null;
  }

  /** The checked dataset and its index, if the whole file streamed through; otherwise null. */
  streamed(): Streamed | null {
    const place = this.streaming ? this.scanner.end() : null;
    if (!place) return null;
    // The file without its events: the events list written as an empty one.
    const rest = this.parse(place.from, place.open + 1, { then: [place.close, this.length] });
    if (rest === undefined) return null;
    const verdict = this.check.finish(rest);
    if (!verdict.ok) return null;
    const bytes = this.bytes();
    const exact = this.exact;
    const source: EventSource = {
      bytes,
      spanStart: Uint32Array.from(this.spanStart),
      spanEnd: Uint32Array.from(this.spanEnd),
      exact: (position) => exact[position]!,
    };
    const { events, ...meta } = verdict.dataset;
    return { dataset: verdict.dataset, buildColumns: () => this.builder.finish(meta, jsonRecords(events, source)) };
  }

  /** The top of the file, up to the events: the ids it declares there are checked against as events come. */
  private eventsOpened(at: number): void {
    const head = this.parse(0, at + 1, { tail: ']}' });
    if (head !== undefined) this.check.declaredBefore(head);
  }

  /**
   * Parses, checks and indexes the events just found. Together: one decode and one JSON.parse of
   * the bytes from the first to the last (only commas and white space lie between events, the
   * scanner has seen to it) cost far less than one of each per event.
   */
  private events(spans: number[]): void {
    const inputs = this.parse(spans[0]!, spans[spans.length - 1]!, { list: true });
    if (!Array.isArray(inputs) || inputs.length * 2 !== spans.length) {
      this.streaming = false;
      return;
    }
    for (let k = 0; k < inputs.length; k++) {
      const input: unknown = inputs[k];
      const event = this.check.add(input);
      if (!event) {
        this.streaming = false;
        return;
      }
      this.builder.add(event);
      this.spanStart.push(spans[2 * k]!);
      this.spanEnd.push(spans[2 * k + 1]!);
      this.exact.push(sameJson(input, event));
    }
  }

  /**
   * JSON.parse of bytes[from..to), as the items of a list (`list`), or followed by `tail` and by
   * bytes[then[0]..then[1]); undefined if it fails.
   */
  private parse(
    from: number,
    to: number,
    more: { list?: boolean; tail?: string; then?: [number, number] } = {},
  ): unknown {
    try {
      let text = this.decoder.decode(this.buffer.subarray(from, to));
      if (more.list) text = `[${text}]`;
      if (more.tail) text += more.tail;
      if (more.then) text += this.decoder.decode(this.buffer.subarray(...more.then));
      // A byte-order mark is not part of the JSON (the scanner has said where the JSON starts).
      return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch {
      return undefined;
    }
  }
}
