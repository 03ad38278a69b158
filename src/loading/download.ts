/**
 * Downloads a dataset's bytes with progress, and turns every way a download can fail into a plain
 * sentence naming the cause. The bytes are not decoded here: the loading worker does that, so the
 * page never holds the text of a large file. A browser reports a CORS refusal and an unreachable
 * server the same way (a bare TypeError), so on failure we ask again in `no-cors` mode: if that
 * answers, the server is there and refused to share; if it does not, it could not be reached.
 */
export const MAX_DATASET_BYTES = 200 * 1024 * 1024;

/** A download with no new bytes for this long is reported as stalled (it goes on meanwhile). */
export const STALL_MS = 15_000;

export interface Progress {
  loaded: number;
  total: number | null;
}

export interface LoadFailure {
  /** What went wrong, in a sentence that names the cause. */
  message: string;
  /** Whether trying again could help (a network hiccup may pass; a 404 will not). */
  retryable: boolean;
}

export type BytesResult = { ok: true; bytes: Uint8Array } | { ok: false; failure: LoadFailure };

export interface DownloadOptions {
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
  maxBytes?: number;
  /** Called with true when no bytes have come for `stallMs`, and with false when they come again. */
  onStall?: (stalled: boolean) => void;
  stallMs?: number;
}

export async function downloadBytes(url: string, options: DownloadOptions = {}): Promise<BytesResult> {
  const { signal, onProgress, maxBytes = MAX_DATASET_BYTES } = options;
  const watch = stallWatch(options.stallMs ?? STALL_MS, options.onStall);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal, credentials: 'omit' });
    } catch (error) {
      if (signal?.aborted) return cancelled();
      return fail(await explainFetchError(url, error), true);
    }
    watch.poke();
    if (!response.ok) {
      void response.body?.cancel().catch(() => {});
      const reason =
        response.status === 404
          ? 'the file was not found (404)'
          : `the server answered ${response.status} ${response.statusText}`.trim();
      return fail(
        `Could not download ${describeUrl(url)}: ${reason}.`,
        response.status >= 500 || response.status === 408 || response.status === 429,
      );
    }
    const declared = Number(response.headers.get('content-length'));
    const total = Number.isFinite(declared) && declared > 0 ? declared : null;
    if (total !== null && total > maxBytes) {
      void response.body?.cancel().catch(() => {});
      return fail(tooLarge(total, maxBytes), false);
    }
    const bytes = response.body
      ? await readStreamBytes(
          response.body,
          total,
          maxBytes,
          (progress) => {
            watch.poke();
            onProgress?.(progress);
          },
          signal,
        )
      : new Uint8Array(await response.arrayBuffer());
    if (bytes === null) return fail(tooLarge(null, maxBytes), false);
    // Many servers answer a missing file with their home page rather than a 404.
    if (looksLikeWebPage(bytes)) {
      return fail(`${describeUrl(url)} answered with a web page, not a dataset file: is the address right?`, false);
    }
    return { ok: true, bytes };
  } catch (error) {
    if (signal?.aborted) return cancelled();
    return fail(`The download of ${describeUrl(url)} broke off: ${(error as Error).message || 'network error'}.`, true);
  } finally {
    watch.stop();
  }
}

/**
 * Calls `onStall(true)` when `poke` has not been called for `ms`, and `onStall(false)` at the next
 * poke after that. The timer runs on the page (where tests can drive the clock).
 */
export function stallWatch(ms: number, onStall?: (stalled: boolean) => void): { poke(): void; stop(): void } {
  if (!onStall) return { poke() {}, stop() {} };
  let stalled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stalled = true;
      onStall(true);
    }, ms);
  };
  arm();
  return {
    poke() {
      if (stalled) {
        stalled = false;
        onStall(false);
      }
      arm();
    },
    stop: () => clearTimeout(timer),
  };
}

/**
 * Reads a byte stream into one buffer, reporting progress, and gives up (null) past `maxBytes`.
 * With the size known, the buffer is allocated once and each chunk copied in as it arrives, so
 * there is no large copy at the end.
 */
export async function readStreamBytes(
  stream: ReadableStream<Uint8Array>,
  total: number | null,
  maxBytes: number,
  onProgress?: (progress: Progress) => void,
  signal?: AbortSignal,
): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const abort = () => void reader.cancel().catch(() => {});
  signal?.addEventListener('abort', abort, { once: true });
  try {
    return await readAll(reader, total, maxBytes, onProgress, signal);
  } finally {
    signal?.removeEventListener('abort', abort);
  }
}

async function readAll(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  total: number | null,
  maxBytes: number,
  onProgress: ((progress: Progress) => void) | undefined,
  signal: AbortSignal | undefined,
): Promise<Uint8Array | null> {
  let buffer = new Uint8Array(total !== null && total <= maxBytes ? total : 64 * 1024);
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    // A cancelled read ends like a finished one: what was read so far is not the file.
    signal?.throwIfAborted();
    if (done) break;
    if (loaded + value.byteLength > maxBytes) {
      await reader.cancel();
      return null;
    }
    if (loaded + value.byteLength > buffer.length) {
      const grown = new Uint8Array(Math.min(maxBytes, Math.max(loaded + value.byteLength, buffer.length * 2)));
      grown.set(buffer.subarray(0, loaded));
      buffer = grown;
    }
    buffer.set(value, loaded);
    loaded += value.byteLength;
    onProgress?.({ loaded, total });
  }
  return buffer.subarray(0, loaded);
}

function looksLikeWebPage(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 256));
  return /^\s*<(!doctype html|html)[\s>]/i.test(head);
}

async function explainFetchError(url: string, error: unknown): Promise<string> {
  const target = safeUrl(url);
  const crossOrigin = target !== null && target.origin !== globalThis.location?.origin;
  if (crossOrigin) {
    try {
      await fetch(url, { mode: 'no-cors', credentials: 'omit' });
      return `The server at ${target.host} refused to share ${describeUrl(url)} with this page (it does not allow cross-origin requests, CORS). Download the file and open it from your computer instead.`;
    } catch {
      // Not reachable at all: fall through.
    }
  }
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return `Could not reach ${target?.host ?? describeUrl(url)}: the network request failed${detail}. Check the address and your connection.`;
}

function safeUrl(url: string): URL | null {
  try {
    return new URL(url, globalThis.location?.href);
  } catch {
    return null;
  }
}

function describeUrl(url: string): string {
  return url.length > 120 ? `${url.slice(0, 117)}…` : url;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(bytes >= 10 * 1024 * 1024 ? 0 : 1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

export function tooLarge(size: number | null, maxBytes: number): string {
  const actual = size === null ? 'more than that' : formatBytes(size);
  return `The file is too large to open: the limit is ${formatBytes(maxBytes)}, and it is ${actual}.`;
}

function cancelled(): BytesResult {
  return fail('The download was cancelled.', true);
}

function fail(message: string, retryable: boolean): BytesResult {
  return { ok: false, failure: { message, retryable } };
}
