// Reading white-paper files from disk for the CLI: folder walking and decoding with clear errors.
import fs from 'node:fs';
import path from 'node:path';
import { decodeBytes, TextEncoding } from '../core/decode';
import { readRegularFile } from '../safeFiles';
import { isCandidatePath, isExcludedFolder, MAX_WHITE_PAPER_BYTES } from '../service/whitePaperFiles';

export type LoadedFile =
  | { ok: true; file: string; text: string; encoding: TextEncoding }
  | { ok: false; file: string; reason: string };


/**
 * Expands folders into the .txt and .md files below them, sorted, keeping given files as they are.
 * Symbolic links to files and folders are followed (each folder once, so a link loop ends).
 * `empty` lists the folders with no such file (a mistyped folder in CI must not pass silently);
 * `unreadable` the paths that could not be read, with the reason in words.
 */
export function expandPaths(inputs: string[]): { files: string[]; missing: string[]; empty: string[]; unreadable: { path: string; reason: string }[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const empty: string[] = [];
  const unreadable: { path: string; reason: string }[] = [];
  const visited = new Set<string>();
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      const real = fs.realpathSync(dir);
      if (visited.has(real)) return;
      visited.add(real);
      entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    } catch (e) {
      unreadable.push({ path: dir, reason: `cannot read: ${describeFsError(e)}` });
      return;
    }
    for (const e of entries) {
      const full = path.join(dir, e.name);
      let isDirectory = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const target = fs.statSync(full);
          isDirectory = target.isDirectory();
          isFile = target.isFile();
        } catch (err) {
          if (isCandidatePath(e.name)) unreadable.push({ path: full, reason: `cannot read: ${describeFsError(err)}` });
          continue;
        }
      }
      if (isDirectory) {
        if (!isExcludedFolder(e.name)) walk(full);
      } else if (isFile && isCandidatePath(e.name)) {
        files.push(full);
      }
    }
  };
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch (e) {
      if ((e as NodeJS.ErrnoException)?.code === 'ENOENT') missing.push(input);
      else unreadable.push({ path: input, reason: `cannot read: ${describeFsError(e)}` });
      continue;
    }
    if (stat.isDirectory()) {
      const before = files.length;
      const problemsBefore = unreadable.length;
      walk(input);
      if (files.length === before && unreadable.length === problemsBefore) empty.push(input);
    } else files.push(input);
  }
  return { files, missing, empty, unreadable };
}

/** Files larger than this are refused rather than risking the process: the limit every host applies. */
export const MAX_FILE_BYTES = MAX_WHITE_PAPER_BYTES;

/** A file-system error in words, keeping the code for searching: `permission denied (EACCES)`. */
export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  const words: Record<string, string> = {
    ENOENT: 'no such file or folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'is a folder, not a file',
    ENOTDIR: 'a part of the path is not a folder',
    ENOSPC: 'no space left on the device',
    EROFS: 'the file system is read-only',
    ELOOP: 'a loop of symbolic links',
  };
  if (code === undefined) return String(e);
  return words[code] ? `${words[code]} (${code})` : code;
}

export function loadFile(file: string): LoadedFile {
  let bytes: Buffer;
  try {
    // only a regular file, and never more than the cap whatever its size claims (a device says 0)
    const read = readRegularFile(file, MAX_FILE_BYTES);
    if (!read.ok) return { ok: false, file, reason: read.reason };
    bytes = read.bytes;
  } catch (e) {
    return { ok: false, file, reason: `cannot read: ${describeFsError(e)}` };
  }
  const decoded = decodeBytes(bytes);
  return decoded.ok ? { ok: true, file, text: decoded.text, encoding: decoded.encoding } : { ok: false, file, reason: decoded.reason };
}
