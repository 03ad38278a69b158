/** Reads a file the user chose or dropped, with progress and the same size limit as downloads. */
import { MAX_DATASET_BYTES, readStreamBytes, tooLarge, type BytesResult, type Progress } from './download';

export async function readFileBytes(
  file: Blob,
  options: { onProgress?: (progress: Progress) => void; maxBytes?: number; signal?: AbortSignal } = {},
): Promise<BytesResult> {
  const { onProgress, maxBytes = MAX_DATASET_BYTES, signal } = options;
  if (file.size > maxBytes) return fail(tooLarge(file.size, maxBytes));
  if (file.size === 0) return fail('The file is empty.');
  try {
    // The size was checked above; the limit here only guards a file that grows while read.
    const bytes = await readStreamBytes(file.stream(), file.size, maxBytes, onProgress, signal);
    if (bytes === null) return fail(tooLarge(null, maxBytes));
    return { ok: true, bytes };
  } catch (error) {
    if (signal?.aborted) return fail('Reading the file was cancelled.');
    return fail(`The file could not be read: ${(error as Error).message || 'unknown error'}.`);
  }
}

function fail(message: string): BytesResult {
  return { ok: false, failure: { message, retryable: false } };
}
