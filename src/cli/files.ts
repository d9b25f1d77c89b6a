// Reading white-paper files from disk for the CLI: folder walking and decoding with clear errors.
import fs from 'node:fs';
import path from 'node:path';
import { decodeBytes, TextEncoding } from '../core/decode';

export type LoadedFile =
  | { ok: true; file: string; text: string; encoding: TextEncoding }
  | { ok: false; file: string; reason: string };

const WHITE_PAPER_EXTENSIONS = new Set(['.txt', '.md', '.markdown']);
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.vscode-test', 'dist', 'out']);

/**
 * Expands folders into the .txt and .md files below them, sorted, keeping given files as they are.
 * `empty` lists the folders with no such file (a mistyped folder in CI must not pass silently).
 */
export function expandPaths(inputs: string[]): { files: string[]; missing: string[]; empty: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const empty: string[] = [];
  const walk = (dir: string) => {
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(e.name) && !e.name.startsWith('.')) walk(full);
      } else if (e.isFile() && WHITE_PAPER_EXTENSIONS.has(path.extname(e.name).toLowerCase())) {
        files.push(full);
      }
    }
  };
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch {
      missing.push(input);
      continue;
    }
    if (stat.isDirectory()) {
      const before = files.length;
      walk(input);
      if (files.length === before) empty.push(input);
    } else files.push(input);
  }
  return { files, missing, empty };
}

/** Files larger than this are refused rather than risking the process: a white-paper page is far smaller. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

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
  };
  if (code === undefined) return String(e);
  return words[code] ? `${words[code]} (${code})` : code;
}

export function loadFile(file: string): LoadedFile {
  let bytes: Buffer;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return { ok: false, file, reason: 'is a folder, not a file' };
    if (stat.size > MAX_FILE_BYTES) return { ok: false, file, reason: `file is too large (${stat.size} bytes; the limit is ${MAX_FILE_BYTES})` };
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { ok: false, file, reason: `cannot read: ${describeFsError(e)}` };
  }
  const decoded = decodeBytes(bytes);
  return decoded.ok ? { ok: true, file, text: decoded.text, encoding: decoded.encoding } : { ok: false, file, reason: decoded.reason };
}
