/** Reads a file the user chose or dropped, with progress and the same size limit as downloads. */
import { decodeChunks, formatBytes, MAX_DATASET_BYTES, type FetchResult, type Progress } from './fetchText';

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
    const reader = file.stream().getReader();
    const chunks: Uint8Array[] = [];
    let loaded = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      loaded += value.byteLength;
      chunks.push(value);
      onProgress?.({ loaded, total: file.size });
    }
    const text = decodeChunks(chunks, loaded);
    if (text.trim() === '') return fail('The file is empty.');
    return { ok: true, text };
  } catch (error) {
    return fail(`The file could not be read: ${(error as Error).message || 'unknown error'}.`);
  }
}

function fail(message: string): FetchResult {
  return { ok: false, failure: { message, retryable: false } };
}
