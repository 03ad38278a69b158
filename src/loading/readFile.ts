/** Reads a file the user chose or dropped, with progress and the same size limit as downloads. */
import {
  isColumnarName,
  MAX_COLUMNAR_BYTES,
  MAX_DATASET_BYTES,
  readStream,
  tooLarge,
  type ReadOptions,
  type TransferResult,
} from './download';

export async function readFile(file: Blob & { name?: string }, options: ReadOptions): Promise<TransferResult> {
  const columnar = isColumnarName(file.name ?? '');
  const maxBytes = options.maxBytes ?? (columnar ? MAX_COLUMNAR_BYTES : MAX_DATASET_BYTES);
  if (file.size > maxBytes) return fail(tooLarge(file.size, maxBytes));
  if (file.size === 0) return fail('The file is empty.');
  try {
    // The size was checked above; the limit here only guards a file that grows while read.
    const loaded = await readStream(file.stream(), file.size, { ...options, maxBytes });
    if (loaded === null) return fail(tooLarge(null, maxBytes));
    return { ok: true, loaded };
  } catch (error) {
    if (options.signal?.aborted) return fail('Reading the file was cancelled.');
    return fail(`The file could not be read: ${(error as Error).message || 'unknown error'}.`);
  }
}

function fail(message: string): TransferResult {
  return { ok: false, failure: { message, retryable: false } };
}
