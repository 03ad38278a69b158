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
import { IndexBuilder, type EventSource } from '../engine/buildIndex';
import type { IndexColumns } from '../engine/eventIndex';
import { EventScanner } from './eventScanner';
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
    event: (start, end) => this.event(start, end),
  });
  private readonly check = new StreamedCheck();
  private readonly builder = new IndexBuilder();
  private readonly spanStart: number[] = [];
  private readonly spanEnd: number[] = [];
  /** Whether an event's JSON in the file is exactly the validated event (then it is its own record). */
  private readonly exact: boolean[] = [];
  // fatal: a byte that is not UTF-8 stops the streaming instead of becoming U+FFFD.
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

  add(chunk: Uint8Array): void {
    if (this.length + chunk.length > this.buffer.length) {
      const grown = new Uint8Array(Math.max(this.length + chunk.length, this.buffer.length * 2));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    this.buffer.set(chunk, this.length);
    this.length += chunk.length;
    if (!this.streaming) return;
    this.scanner.scan(this.buffer, this.length);
    if (!this.scanner.streamable) this.streaming = false;
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

  /** The checked dataset and its index, if the whole file streamed through; otherwise null. */
  streamed(): Streamed | null {
    const place = this.streaming ? this.scanner.end() : null;
    if (!place) return null;
    // The file without its events: the events list written as an empty one.
    const rest = this.parse(place.from, place.open + 1, '', place.close, this.length);
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
    return { dataset: verdict.dataset, buildColumns: () => this.builder.finish(meta, events, source) };
  }

  /** The top of the file, up to the events: the ids it declares there are checked against as events come. */
  private eventsOpened(at: number): void {
    const head = this.parse(0, at + 1, ']}');
    if (head !== undefined) this.check.declaredBefore(head);
  }

  private event(start: number, end: number): void {
    if (!this.streaming) return;
    const input = this.parse(start, end);
    const event = input === undefined ? null : this.check.add(input);
    if (!event) {
      this.streaming = false;
      return;
    }
    this.builder.add(event);
    this.spanStart.push(start);
    this.spanEnd.push(end);
    this.exact.push(sameJson(input, event));
  }

  /** JSON.parse of bytes[from..to) (and `tail`, and bytes[from2..to2)); undefined if it fails. */
  private parse(from: number, to: number, tail = '', from2 = 0, to2 = 0): unknown {
    try {
      let text = this.decoder.decode(this.buffer.subarray(from, to)) + tail;
      if (to2 > from2) text += this.decoder.decode(this.buffer.subarray(from2, to2));
      // A byte-order mark is not part of the JSON (the scanner has said where the JSON starts).
      return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch {
      return undefined;
    }
  }
}
