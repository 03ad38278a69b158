/** Reads a file the user chose or dropped, with progress and the same size limit as downloads. */
import { formatBytes, MAX_DATASET_BYTES, readStreamText, type FetchResult, type Progress } from './fetchText';

export async function readFileText(
  file: Blob & { name?: string },
  options: { onProgress?: (progress: Progress) => void; maxBytes?: number } = {},
): Promise<FetchResult> {
  const { onProgress, maxBytes = MAX_DATASET_BYTES } = options;
  if (file.size > maxBytes) {
    return fail(
      `The file is too large to open: the limit is ${formatBytes(maxBytes)}, and it is ${formatBytes(file.size)}.`,
    );
  }
  if (file.size === 0) return fail('The file is empty.');
  try {
    // The size was checked above; the limit here only guards a file that grows while read.
    const decoded = await readStreamText(file.stream(), file.size, maxBytes, onProgress);
    if (decoded === null) return fail(`The file is too large to open: the limit is ${formatBytes(maxBytes)}.`);
    if (!decoded.ok) return fail(decoded.message);
    if (decoded.text.trim() === '') return fail('The file is empty.');
    return { ok: true, text: decoded.text, notice: decoded.notice };
  } catch (error) {
    return fail(`The file could not be read: ${(error as Error).message || 'unknown error'}.`);
  }
}

function fail(message: string): FetchResult {
  return { ok: false, failure: { message, retryable: false } };
}
