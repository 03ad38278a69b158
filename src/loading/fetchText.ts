/**
 * Downloads a dataset with progress, and turns every way a download can fail into a plain
 * sentence naming the cause. A browser reports a CORS refusal and an unreachable server the same
 * way (a bare TypeError), so on failure we ask again in `no-cors` mode: if that answers, the
 * server is there and refused to share; if it does not, it could not be reached.
 */
import { decodeText, type DecodeResult } from './decodeText';

export const MAX_DATASET_BYTES = 200 * 1024 * 1024;

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

/** `notice`: something the reader should know about how the bytes were read (e.g. not UTF-8). */
export type FetchResult = { ok: true; text: string; notice?: string | null } | { ok: false; failure: LoadFailure };

export async function fetchText(
  url: string,
  options: { signal?: AbortSignal; onProgress?: (progress: Progress) => void; maxBytes?: number } = {},
): Promise<FetchResult> {
  const { signal, onProgress, maxBytes = MAX_DATASET_BYTES } = options;
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'omit' });
  } catch (error) {
    if (signal?.aborted) return fail('The download was cancelled.', true);
    return fail(await explainFetchError(url, error), true);
  }
  if (!response.ok) {
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
  if (total !== null && total > maxBytes) return fail(tooLarge(total, maxBytes), false);
  try {
    const decoded = await readBody(response, total, maxBytes, onProgress);
    if (decoded === null) return fail(tooLarge(null, maxBytes), false);
    if (!decoded.ok) return fail(`${describeUrl(url)} cannot be read as text: ${decoded.message}`, false);
    const { text, notice } = decoded;
    // Many servers answer a missing file with their home page rather than a 404.
    if (/^\s*<(!doctype html|html)[\s>]/i.test(text)) {
      return fail(`${describeUrl(url)} answered with a web page, not a dataset file: is the address right?`, false);
    }
    return { ok: true, text, notice };
  } catch (error) {
    if (signal?.aborted) return fail('The download was cancelled.', true);
    return fail(`The download of ${describeUrl(url)} broke off: ${(error as Error).message || 'network error'}.`, true);
  }
}

async function readBody(
  response: Response,
  total: number | null,
  maxBytes: number,
  onProgress?: (progress: Progress) => void,
): Promise<DecodeResult | null> {
  if (!response.body) return decodeText(new Uint8Array(await response.arrayBuffer()));
  return readStreamText(response.body, total, maxBytes, onProgress);
}

/**
 * Reads a byte stream to text, reporting progress, and gives up (null) past `maxBytes`. The bytes
 * are decoded once at the end: decoding chunk by chunk and joining is several times slower (and the
 * encoding is told from the whole file; see decodeText).
 */
export async function readStreamText(
  stream: ReadableStream<Uint8Array>,
  total: number | null,
  maxBytes: number,
  onProgress?: (progress: Progress) => void,
): Promise<DecodeResult | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    if (loaded > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
    onProgress?.({ loaded, total });
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return decodeText(bytes);
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

function tooLarge(size: number | null, maxBytes: number): string {
  const actual = size === null ? 'more than that' : formatBytes(size);
  return `The file is too large to open: the limit is ${formatBytes(maxBytes)}, and it is ${actual}.`;
}

function fail(message: string, retryable: boolean): FetchResult {
  return { ok: false, failure: { message, retryable } };
}
