// Reading and writing files on disk without trusting what the disk says: only regular files are
// read (a FIFO would block, a device would never end), no more bytes than a cap are read whatever
// `stat` claims, and the corrections file is never reached through a symbolic link. Node only
// (the CLI, and the editor for `file:` URIs); no vscode import.
import fs from 'node:fs';
import path from 'node:path';
import { CORRECTIONS_PATH } from './core/claimCorrections';

export type ReadResult = { ok: true; bytes: Buffer } | { ok: false; reason: string; tooLarge?: true };

/** What a file that is not a regular file is, in words. */
function kindOf(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'is a folder, not a file';
  if (stat.isFIFO()) return 'is a named pipe (FIFO), not a regular file';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'is a device, not a regular file';
  if (stat.isSocket()) return 'is a socket, not a regular file';
  return 'is not a regular file';
}

/**
 * Reads at most `maxBytes` of a regular file. The file is opened without blocking (a FIFO with no
 * writer would hang the open) and refused unless the open file is regular; the read stops one byte
 * past the cap, so a file that grows, or a size `stat` gets wrong, cannot make it read without end.
 * `noFollow`: refuse a symbolic link instead of reading what it points to.
 */
export function readRegularFile(file: string, maxBytes: number, { noFollow = false } = {}): ReadResult {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | (noFollow ? fs.constants.O_NOFOLLOW : 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' && noFollow) return { ok: false, reason: 'is a symbolic link; it is not followed' };
    if (code === 'ENXIO') return { ok: false, reason: 'is a socket, not a regular file' };
    throw e;
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: kindOf(stat) };
    const read = new CappedRead(maxBytes);
    while (read.add(fs.readSync(fd, read.buffer, 0, read.buffer.length, null)));
    return read.result();
  } finally {
    fs.closeSync(fd);
  }
}

/** The bytes of one read, chunk by chunk, stopped one byte past the cap (however large the file claims to be). */
class CappedRead {
  private readonly chunks: Buffer[] = [];
  private total = 0;
  /** Where the next chunk is read to. */
  buffer: Buffer;
  constructor(private readonly maxBytes: number) {
    this.buffer = this.next();
  }
  /** Takes `n` bytes read into `buffer`; false when the file ended or the cap was passed. */
  add(n: number): boolean {
    if (n === 0) return false;
    this.chunks.push(this.buffer.subarray(0, n));
    this.total += n;
    if (this.total > this.maxBytes) return false;
    this.buffer = this.next();
    return true;
  }
  result(): ReadResult {
    if (this.total > this.maxBytes) return { ok: false, reason: `is larger than the ${formatBytes(this.maxBytes)} limit`, tooLarge: true };
    return { ok: true, bytes: Buffer.concat(this.chunks, this.total) };
  }
  private next(): Buffer {
    return Buffer.allocUnsafe(Math.min(1 << 20, this.maxBytes + 1 - this.total));
  }
}

/**
 * readRegularFile without blocking the thread: for the editor's extension host, which must go on
 * answering while the workspace is indexed. The same refusals and the same cap while reading.
 */
export async function readRegularFileAsync(file: string, maxBytes: number): Promise<ReadResult> {
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENXIO') return { ok: false, reason: 'is a socket, not a regular file' };
    throw e;
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { ok: false, reason: kindOf(stat) };
    const read = new CappedRead(maxBytes);
    while (read.add((await handle.read(read.buffer, 0, read.buffer.length, null)).bytesRead));
    return read.result();
  } finally {
    await handle.close();
  }
}

/** `64 MB`, `512 KB`: caps as people say them. */
export function formatBytes(n: number): string {
  if (n >= 1 << 20 && n % (1 << 20) === 0) return `${n / (1 << 20)} MB`;
  if (n >= 1 << 10 && n % (1 << 10) === 0) return `${n / (1 << 10)} KB`;
  return `${n} bytes`;
}

/**
 * Why the corrections file of `root` (the folder holding `.hakusho/`) must not be read or written,
 * or null when it may. Refused: `.hakusho` or the file being a symbolic link (a write through a
 * dangling link would create a file anywhere), either not being what it should (a folder, a
 * file), and a `root` that resolves neither inside `boundary` (the workspace folder) nor above it.
 */
export function correctionsFileRefusal(root: string, boundary?: string): string | null {
  return hakushoFileRefusal(root, CORRECTIONS_PATH, boundary);
}

/** The same refusal for any file under `.hakusho/` (`relativePath` such as `.hakusho/notes.json`). */
export function hakushoFileRefusal(root: string, relativePath: string, boundary?: string): string | null {
  const [folderName, fileName] = relativePath.split('/');
  const folder = path.join(root, folderName);
  const folderStat = lstatOrNull(folder);
  if (folderStat?.isSymbolicLink()) return `${folderName} is a symbolic link; it is not followed`;
  if (!folderStat) return null; // nothing to read; a new file is only ever started in the workspace folder itself
  if (!folderStat.isDirectory()) return `${folderName} is not a folder`;
  const fileStat = lstatOrNull(path.join(folder, fileName));
  if (fileStat?.isSymbolicLink()) return `${relativePath} is a symbolic link; it is not followed`;
  if (fileStat && !fileStat.isFile()) return `${relativePath} ${kindOf(fileStat)}`;
  if (boundary !== undefined) {
    const real = realOrNull(root), realBoundary = realOrNull(boundary);
    if (real && realBoundary && !isWithin(real, realBoundary) && !isWithin(realBoundary, real)) {
      return `${relativePath} resolves outside the workspace folder (${real})`;
    }
  }
  return null;
}

/** Whether `inner` is `outer` or below it. */
function isWithin(inner: string, outer: string): boolean {
  const rel = path.relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function lstatOrNull(p: string): fs.Stats | null {
  try {
    return fs.lstatSync(p);
  } catch {
    return null;
  }
}

function realOrNull(p: string): string | null {
  try {
    return fs.realpathSync(p);
  } catch {
    return null;
  }
}
