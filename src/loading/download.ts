/**
 * Downloads a dataset's bytes with progress, and turns every way a download can fail into a plain
 * sentence naming the cause. The bytes are neither kept nor decoded here: each chunk goes on (to
 * the loading worker) as it arrives, so the page never holds or copies a large file. A browser reports a CORS refusal, a
 * redirect it will not follow (to `data:`, say) and an unreachable server the same way (a bare
 * TypeError), so on failure we ask again: without following redirects (a redirect answers: the
 * link led somewhere we do not load from), then in `no-cors` mode (that answers: the server is
 * there and refused to share); if neither answers, it could not be reached.
 */
export const MAX_DATASET_BYTES = 200 * 1024 * 1024;

/**
 * A columnar (Arrow) file is read where it lies, with no text parsed into objects, so it may be
 * larger: about a million events (docs/performance.md).
 */
export const MAX_COLUMNAR_BYTES = 1024 * 1024 * 1024;

/** Whether a file name or address names a columnar (Arrow) file: what decides its size limit. */
export function isColumnarName(name: string): boolean {
  return /\.(arrow|arrows|feather)$/i.test(name.split(/[?#]/)[0]!);
}

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

/** Whether the bytes all came (they went to `onChunk` as they arrived), and how many. */
export type TransferResult = { ok: true; loaded: number } | { ok: false; failure: LoadFailure };

export interface ReadOptions {
  signal?: AbortSignal;
  /**
   * Receives each chunk as it arrives, with the whole size where it is known; the chunk is the
   * receiver's (it may transfer its buffer).
   */
  onChunk: (chunk: Uint8Array, total: number | null) => void;
  onProgress?: (progress: Progress) => void;
  maxBytes?: number;
}

export interface DownloadOptions extends ReadOptions {
  /** Called with true when no bytes have come for `stallMs`, and with false when they come again. */
  onStall?: (stalled: boolean) => void;
  stallMs?: number;
  /** What the file should be, in messages: "a dataset file" unless said otherwise ("an article text"). */
  expected?: string;
}

/** The first bytes of a download are kept to tell a dataset from a web page. */
const HEAD_BYTES = 256;

export async function download(url: string, options: DownloadOptions): Promise<TransferResult> {
  const { signal, onProgress, maxBytes = MAX_DATASET_BYTES } = options;
  const watch = stallWatch(options.stallMs ?? STALL_MS, options.onStall);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal, credentials: 'omit' });
    } catch (error) {
      if (signal?.aborted) return cancelled();
      const why = await explainFetchError(url, error);
      return fail(why.message, why.retryable);
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
    const head = new Uint8Array(HEAD_BYTES);
    let headLength = 0;
    const onChunk = (chunk: Uint8Array, size: number | null) => {
      if (headLength < HEAD_BYTES) {
        const part = chunk.subarray(0, HEAD_BYTES - headLength);
        head.set(part, headLength);
        headLength += part.length;
      }
      options.onChunk(chunk, size);
    };
    if (!response.body) return fail(`${describeUrl(url)} answered with no content.`, false);
    const loaded = await readStream(response.body, total, {
      signal,
      maxBytes,
      onChunk,
      onProgress: (progress) => {
        watch.poke();
        onProgress?.(progress);
      },
    });
    if (loaded === null) return fail(tooLarge(null, maxBytes), false);
    // Many servers answer a missing file with their home page rather than a 404.
    if (looksLikeWebPage(head.subarray(0, headLength))) {
      const expected = options.expected ?? 'a dataset file';
      return fail(`${describeUrl(url)} answered with a web page, not ${expected}: is the address right?`, false);
    }
    return { ok: true, loaded };
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
 * Reads a byte stream chunk by chunk, reporting progress, and gives up (null) past `maxBytes`.
 * Returns how many bytes were read. Each chunk is handed on as it comes, with a buffer of its
 * own, so that it can be transferred to a worker rather than copied here.
 */
export async function readStream(
  stream: ReadableStream<Uint8Array>,
  total: number | null,
  options: ReadOptions,
): Promise<number | null> {
  const { signal, onChunk, onProgress, maxBytes = MAX_DATASET_BYTES } = options;
  const reader = stream.getReader();
  const abort = () => void reader.cancel().catch(() => {});
  signal?.addEventListener('abort', abort, { once: true });
  try {
    let loaded = 0;
    for (;;) {
      const { done, value } = await reader.read();
      // A cancelled read ends like a finished one: what was read so far is not the file.
      signal?.throwIfAborted();
      if (done) return loaded;
      if (loaded + value.byteLength > maxBytes) {
        await reader.cancel();
        return null;
      }
      loaded += value.byteLength;
      const own = value.byteOffset === 0 && value.byteLength === value.buffer.byteLength;
      onChunk(own ? value : value.slice(), total);
      onProgress?.({ loaded, total });
    }
  } finally {
    signal?.removeEventListener('abort', abort);
  }
}

function looksLikeWebPage(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 256));
  return /^\s*<(!doctype html|html)[\s>]/i.test(head);
}

async function explainFetchError(url: string, error: unknown): Promise<LoadFailure> {
  const target = safeUrl(url);
  const host = target?.host ?? describeUrl(url);
  try {
    const probe = await fetch(url, { redirect: 'manual', credentials: 'omit' });
    void probe.body?.cancel().catch(() => {});
    if (probe.type === 'opaqueredirect') {
      return {
        message: `The link led somewhere Sourceline does not load from: ${host} answered with a redirect to another address (one that is not a web address, or a site that does not share its files). Link to the file's own address instead.`,
        retryable: false,
      };
    }
  } catch {
    // No answer without following redirects either (or not one this page may see): go on.
  }
  const crossOrigin = target !== null && target.origin !== globalThis.location?.origin;
  if (crossOrigin) {
    try {
      await fetch(url, { mode: 'no-cors', credentials: 'omit' });
      return {
        message: `The server at ${target.host} refused to share ${describeUrl(url)} with this page (it does not allow cross-origin requests, CORS). Download the file and open it from your computer instead.`,
        retryable: true,
      };
    } catch {
      // Not reachable at all: fall through.
    }
  }
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return {
    message: `Could not reach ${host}: the network request failed${detail}. Check the address and your connection.`,
    retryable: true,
  };
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

function cancelled(): TransferResult {
  return fail('The download was cancelled.', true);
}

function fail(message: string, retryable: boolean): TransferResult {
  return { ok: false, failure: { message, retryable } };
}
