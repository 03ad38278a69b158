/**
 * Reading files named on the command line or by a dataset, with the limits the app has. A size
 * limit, looked at before a byte is read (a file that is a stream, such as a pipe, is read until it
 * passes the limit). An article file named by a dataset must also be a regular file inside its
 * folder: a dataset folder may come from anyone, and a link in it to `/proc/self/environ` or
 * `/etc/passwd` would otherwise put secrets into the proof's output (its "closest passage"), in CI
 * logs; a FIFO or a device would hang the command. What is refused is never read.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { tooLarge } from '../../src/loading/download';

export type LocalRead =
  | { ok: true; bytes: Uint8Array }
  /**
   * `reason` is the app's own sentence when the file is too large; a phrase otherwise: why it could
   * not be read ("no such file"), or, `refused`, what it is ("is a symbolic link").
   */
  | { ok: false; reason: string; tooLarge?: true; refused?: true };

/** Not on Windows, where the lstat check before opening stands alone. */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
/** Opening a FIFO for reading waits for a writer; this way it opens at once (and is then refused). */
const NO_WAIT = constants.O_NONBLOCK ?? 0;

/** A file named on the command line: at most `maxBytes`, whatever kind of file it is. */
export function readBounded(path: string, maxBytes: number): LocalRead {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    return { ok: false, reason: errorReason(error) };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, reason: 'is a directory' };
    if (stat.isFile() && stat.size > maxBytes)
      return { ok: false, reason: tooLarge(stat.size, maxBytes), tooLarge: true };
    return readUpTo(fd, maxBytes);
  } catch (error) {
    return { ok: false, reason: errorReason(error) };
  } finally {
    closeSync(fd);
  }
}

/**
 * The file `name` in `folder`, only if it is a regular file whose real path is in that folder: not
 * a symbolic link (even to a file beside it), not a FIFO, device, socket or directory. Null when
 * there is no such file. The reason given for a refusal never quotes the file or its target.
 */
export function readInsideFolder(folder: string, name: string, maxBytes: number): LocalRead | null {
  const path = join(folder, name);
  let entry: Stats;
  try {
    entry = lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return { ok: false, reason: errorReason(error) };
  }
  if (entry.isSymbolicLink()) return refused('is a symbolic link');
  if (!entry.isFile()) return refused(`is ${kindOf(entry)}, not a regular file`);
  try {
    if (realpathSync(path) !== join(realpathSync(folder), name)) return refused('has its real path outside the folder');
  } catch (error) {
    return { ok: false, reason: errorReason(error) };
  }
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | NO_FOLLOW | NO_WAIT);
  } catch (error) {
    // ELOOP: it became a link after it was looked at.
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') return refused('is a symbolic link');
    return { ok: false, reason: errorReason(error) };
  }
  try {
    // The file opened must be the one looked at: not swapped for another meanwhile.
    const opened = fstatSync(fd);
    if (!opened.isFile() || opened.ino !== entry.ino || opened.dev !== entry.dev) {
      return refused('changed while it was being opened');
    }
    if (opened.size > maxBytes) return { ok: false, reason: tooLarge(opened.size, maxBytes), tooLarge: true };
    return readUpTo(fd, maxBytes);
  } catch (error) {
    return { ok: false, reason: errorReason(error) };
  } finally {
    closeSync(fd);
  }
}

function refused(what: string): LocalRead {
  return { ok: false, reason: what, refused: true };
}

/** Reads to the end, giving up once more than `maxBytes` have come (a file may grow, a stream never end). */
function readUpTo(fd: number, maxBytes: number): LocalRead {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    total += read;
    if (total > maxBytes) return { ok: false, reason: tooLarge(null, maxBytes), tooLarge: true };
  }
  return { ok: true, bytes: Buffer.concat(chunks, total) };
}

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'a special file';
}

function errorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  return String(code ?? error);
}
