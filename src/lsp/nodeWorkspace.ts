// The workspace port on a local disk, for the language server: the folders' candidate files (the
// service's policy: names, skipped folders, excludes, size cap), decoded as the CLI decodes them
// (UTF-8 or Shift_JIS). Changes come from the client's file watching (didChangeWatchedFiles).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { decodeBytes } from '../core/decode';
import { Disposable, FileChanges, ReadResult, relativePathIn, WorkspacePort } from '../service/workspace';
import { isCandidatePath, isExcludedFolder, isExcludedPath, MAX_WHITE_PAPER_BYTES } from '../service/whitePaperFiles';

/** One spelling per file: clients percent-encode differently (`%3A`, non-ASCII names), the service keys by URI. */
export function normaliseFileUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return pathToFileURL(fileURLToPath(uri)).href;
  } catch {
    return uri;
  }
}

/** Files beyond this many are not listed: a folder opened by mistake (a home directory) must not stall the server. */
const MAX_LISTED_FILES = 20000;

export class NodeWorkspace implements WorkspacePort {
  readonly roots: readonly string[];
  private readonly listeners = new Set<(changes: FileChanges) => void>();

  constructor(roots: readonly string[], private readonly excludes: readonly string[] = []) {
    this.roots = roots.map(normaliseFileUri).filter((r) => r.startsWith('file:')).map((r) => r.replace(/\/$/, ''));
  }

  async listFiles(): Promise<string[]> {
    const out: string[] = [];
    const visited = new Set<string>();
    const walk = async (dir: string): Promise<void> => {
      let real: string;
      let entries: fs.Dirent[];
      try {
        real = await fs.promises.realpath(dir);
        if (visited.has(real)) return;
        visited.add(real);
        entries = await fs.promises.readdir(dir, { withFileTypes: true });
      } catch {
        return; // an unreadable folder holds nothing we can read
      }
      entries.sort((a, b) => a.name.localeCompare(b.name));
      for (const e of entries) {
        if (out.length >= MAX_LISTED_FILES) return;
        const full = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (!isExcludedFolder(e.name)) await walk(full);
        } else if ((e.isFile() || e.isSymbolicLink()) && isCandidatePath(e.name)) {
          const uri = pathToFileURL(full).href;
          if (!isExcludedPath(relativePathIn(this.roots, uri), this.excludes)) out.push(uri);
        }
      }
    };
    for (const root of this.roots) await walk(fileURLToPath(root));
    return out;
  }

  async readFile(uri: string): Promise<ReadResult> {
    try {
      const file = fileURLToPath(uri);
      const stat = await fs.promises.stat(file);
      if (!stat.isFile()) return { ok: false, reason: 'not a regular file' };
      if (stat.size > MAX_WHITE_PAPER_BYTES) return { ok: false, reason: `file is too large (${stat.size} bytes; the limit is ${MAX_WHITE_PAPER_BYTES})` };
      const decoded = decodeBytes(await fs.promises.readFile(file));
      return decoded.ok ? { ok: true, text: decoded.text } : { ok: false, reason: decoded.reason };
    } catch (e) {
      return { ok: false, reason: `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
    }
  }

  onDidChangeFiles(listener: (changes: FileChanges) => void): Disposable {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** The client's file events, narrowed to the files the workspace would list. */
  notify(changes: FileChanges): void {
    const keep = (uris: readonly string[]) => uris.map(normaliseFileUri).filter((u) => isCandidatePath(u) && !isExcludedPath(relativePathIn(this.roots, u), this.excludes));
    const narrowed = { created: keep(changes.created), changed: keep(changes.changed), deleted: changes.deleted.map(normaliseFileUri) };
    if (narrowed.created.length + narrowed.changed.length + narrowed.deleted.length === 0) return;
    for (const l of this.listeners) l(narrowed);
  }
}
