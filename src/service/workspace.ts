// The workspace port: the little the service needs from wherever the files live (a disk, VS Code's
// file system, memory). Hosts implement it; connectWorkspace feeds its files and changes to the
// service, through the one policy of ./whitePaperFiles.
import { isCandidatePath, isExcludedPath } from './whitePaperFiles';

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/** What happened to files on disk (not to open documents: those come from the editor). */
export interface FileChanges {
  created: readonly string[];
  changed: readonly string[];
  deleted: readonly string[];
}

export interface Disposable { dispose(): void }

export interface WorkspacePort {
  /** The workspace folders, as URIs ending without a slash. */
  readonly roots: readonly string[];
  /** Every candidate file below the roots (isCandidatePath, outside excluded folders), as URIs. */
  listFiles(): Promise<string[]>;
  /** A file's text, decoded; files over MAX_WHITE_PAPER_BYTES are refused with a reason. */
  readFile(uri: string): Promise<ReadResult>;
  onDidChangeFiles(listener: (changes: FileChanges) => void): Disposable;
}

/** The path of `uri` relative to the workspace folder holding it, or its own path when none does. */
export function relativePathIn(roots: readonly string[], uri: string): string {
  let best = '';
  for (const root of roots) {
    const prefix = root.endsWith('/') ? root : `${root}/`;
    if (uri.startsWith(prefix) && prefix.length > best.length) best = prefix;
  }
  const rest = best ? uri.slice(best.length) : uri.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
  try {
    return decodeURIComponent(rest);
  } catch {
    return rest;
  }
}

/** Files in memory, for tests and for hosts that hold the text themselves. */
export class InMemoryWorkspace implements WorkspacePort {
  private readonly files = new Map<string, string>();
  private readonly listeners = new Set<(changes: FileChanges) => void>();

  constructor(readonly roots: readonly string[], files: Record<string, string> = {}, private readonly excludes: readonly string[] = []) {
    for (const [uri, text] of Object.entries(files)) this.files.set(uri, text);
  }

  async listFiles(): Promise<string[]> {
    return [...this.files.keys()]
      .filter((uri) => isCandidatePath(uri) && !isExcludedPath(relativePathIn(this.roots, uri), this.excludes))
      .sort();
  }

  async readFile(uri: string): Promise<ReadResult> {
    const text = this.files.get(uri);
    return text === undefined ? { ok: false, reason: 'no such file' } : { ok: true, text };
  }

  onDidChangeFiles(listener: (changes: FileChanges) => void): Disposable {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** Writes a file and tells the listeners, as a file watcher would. */
  write(uri: string, text: string): void {
    const existed = this.files.has(uri);
    this.files.set(uri, text);
    this.fire({ created: existed ? [] : [uri], changed: existed ? [uri] : [], deleted: [] });
  }

  delete(uri: string): void {
    if (this.files.delete(uri)) this.fire({ created: [], changed: [], deleted: [uri] });
  }

  private fire(changes: FileChanges): void {
    for (const l of this.listeners) l(changes);
  }
}
