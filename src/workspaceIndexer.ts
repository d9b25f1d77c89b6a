// Keeps the core WorkspaceIndex current: every white-paper file of every workspace folder, indexed
// in the background (yielding between files, progress in the status bar), then updated on edit,
// create, delete and rename. Open documents are indexed from the editor's text, not from disk.
// Which files are candidates, which are excluded and how large one may be is the service's policy
// (service/whitePaperFiles.ts), as for the CLI and the language server.
import * as vscode from 'vscode';
import { AnalysisStore, isIncludedMarkdownUri } from './analysisStore';
import { isMarkdownPath } from './core/analyzeDocument';
import { WorkspaceIndex } from './core/workspaceIndex';
import { debouncePerDocument } from './debounce';
import type { ReadResult } from './safeFiles';
import { CANDIDATE_GLOB, isCandidatePath, isExcludedPath, MAX_WHITE_PAPER_BYTES } from './service/whitePaperFiles';
import { nextTurn, yieldToHost } from './turns';

/**
 * Reads a file on the local disk without trusting it (Node's safeFiles): only a regular file, opened
 * without blocking, and never more than `maxBytes` however large it grows while being read.
 */
export type LocalFileReader = (fsPath: string, maxBytes: number) => Promise<ReadResult>;

export class WorkspaceIndexer implements vscode.Disposable {
  readonly index = new WorkspaceIndex();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires (debounced) after the index changed: views and diagnostics refresh on it. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  private readonly status = vscode.window.createStatusBarItem('hakusho.index', vscode.StatusBarAlignment.Left, 10);
  private changeTimer: NodeJS.Timeout | undefined;
  private cancelled = false;
  readonly ready: Promise<void>;

  /** `readLocalFile`: how `file:` URIs are read where the host has a disk (else through vscode.workspace.fs). */
  constructor(private readonly store: AnalysisStore, private readonly readLocalFile?: LocalFileReader) {
    this.status.name = vscode.l10n.t('Hakusho index');
    this.subscriptions.push(
      this.status,
      vscode.workspace.onDidChangeTextDocument((e) => this.edits.schedule(e.document)),
      vscode.workspace.onDidOpenTextDocument((d) => void this.fromEditor(d)),
      // a closed file stays indexed from disk only if it is one of the workspace's white-paper files
      vscode.workspace.onDidCloseTextDocument((d) => { if (this.isIndexedFile(d.uri)) void this.indexFile(d.uri); else this.remove(d.uri); }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.indexAll()),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('hakusho.exclude') || e.affectsConfiguration('hakusho.markdown')) void this.indexAll(); }),
    );
    const watcher = vscode.workspace.createFileSystemWatcher(CANDIDATE_GLOB);
    this.subscriptions.push(
      watcher,
      watcher.onDidCreate((uri) => { if (this.isIndexedFile(uri)) void this.indexFile(uri); }),
      watcher.onDidChange((uri) => { if (!this.isOpen(uri) && this.isIndexedFile(uri)) void this.indexFile(uri); }),
      watcher.onDidDelete((uri) => this.remove(uri)),
      vscode.workspace.onDidRenameFiles((e) => {
        for (const f of e.files) { this.remove(f.oldUri); if (this.isIndexedFile(f.newUri)) void this.indexFile(f.newUri); }
      }),
    );
    this.ready = this.indexAll();
  }

  /**
   * Whether the service's policy leaves a workspace file out: a skipped folder (dependencies, build
   * output, dot folders), or hakusho.exclude or files.exclude (as findFiles applies them).
   */
  private isExcluded(uri: vscode.Uri): boolean {
    const filesExclude = vscode.workspace.getConfiguration('files', uri).get<Record<string, unknown>>('exclude', {});
    const patterns = [
      // hakusho.exclude is a window setting: asked for without the resource
      ...vscode.workspace.getConfiguration('hakusho').get<string[]>('exclude', []),
      ...Object.entries(filesExclude).filter(([, on]) => on === true).map(([glob]) => glob),
    ];
    return isExcludedPath(vscode.workspace.asRelativePath(uri, false), patterns);
  }

  /** Whether a file on disk belongs in the index: a candidate name inside a workspace folder, not excluded. */
  private isIndexedFile(uri: vscode.Uri): boolean {
    return isCandidatePath(uri.path) && vscode.workspace.getWorkspaceFolder(uri) !== undefined && !this.isExcluded(uri);
  }

  /**
   * Whether an open document belongs in the index: a workspace file that is not excluded, another
   * file the user opened, or an untitled page. Not Git's originals, diff sides or other virtual
   * documents, which would duplicate the headings and claims of the files they are copies of.
   */
  private isIndexedDocument(document: vscode.TextDocument): boolean {
    const uri = document.uri;
    if (vscode.workspace.getWorkspaceFolder(uri)) return !this.isExcluded(uri);
    return uri.scheme === 'file' || uri.scheme === 'untitled';
  }

  private isOpen(uri: vscode.Uri): boolean {
    return vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
  }

  /** Typing re-indexes the edited document only, once the typist pauses. */
  private readonly edits = debouncePerDocument(300, (document) => void this.fromEditor(document));

  private async fromEditor(document: vscode.TextDocument): Promise<void> {
    if (!this.isIndexedDocument(document)) {
      if (this.index.get(document.uri.toString())) this.remove(document.uri);
      return;
    }
    if (document.languageId === 'markdown') {
      // an untitled Markdown (e.g. a conversion result) would duplicate its source's headings in the index
      if (document.uri.scheme === 'untitled') return;
      if (!this.store.isWhitePaper(document)) {
        // a Markdown file that stopped being a white paper (numbering or front matter removed) leaves the index
        if (this.index.get(document.uri.toString())) this.remove(document.uri);
        return;
      }
    } else if (document.languageId !== 'hakusho') return;
    // a Shift_JIS page opened as UTF-8 reads as mojibake: keep the index's own reading of the file
    const indexed = this.index.get(document.uri.toString());
    if (indexed && !document.isDirty && !indexed.text.includes('\uFFFD') && document.getText().includes('\uFFFD')) return;
    const version = document.version;
    const doc = await this.store.analyse(document);
    await nextTurn();
    // typed on meanwhile, or closed: the later event indexes the newer text
    if (document.isClosed || document.version !== version) return;
    this.index.set(doc);
    this.fireChanged();
  }

  private remove(uri: vscode.Uri): void {
    this.index.delete(uri.toString());
    this.fireChanged();
  }

  private fireChanged(): void {
    clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => this.changed.fire(), 200);
  }

  private async indexAll(): Promise<void> {
    const exclude = vscode.workspace.getConfiguration('hakusho').get<string[]>('exclude', []);
    const excludePattern = exclude.length ? `{${exclude.join(',')}}` : undefined;
    // findFiles honours files.exclude as well as the pattern given here
    const found = await vscode.workspace.findFiles(CANDIDATE_GLOB, excludePattern);
    // and the folders the policy skips, which findFiles does not know of
    const files = found.filter((uri) => this.isIndexedFile(uri));
    // files of a removed folder or newly excluded leave the index (open ones stay if they still belong)
    const keep = new Set(files.map((f) => f.toString()));
    for (const d of vscode.workspace.textDocuments) if (this.isIndexedDocument(d)) keep.add(d.uri.toString());
    for (const doc of [...this.index.documents()]) if (!keep.has(doc.uri)) this.index.delete(doc.uri);
    const started = Date.now();
    let lastYield = Date.now();
    for (let i = 0; i < files.length && !this.cancelled; i++) {
      await this.indexFile(files[i], false);
      if (Date.now() - lastYield > 15) {
        // yield to the extension host so nothing waits on the index
        await yieldToHost();
        lastYield = Date.now();
        if (Date.now() - started > 500) {
          this.status.text = `$(sync~spin) ${vscode.l10n.t('Hakusho: indexing {0}/{1}', i + 1, files.length)}`;
          this.status.show();
        }
      }
    }
    this.status.text = `$(book) ${vscode.l10n.t('{0} white-paper files', this.index.size)}`;
    this.status.tooltip = `${vscode.l10n.t('Hakusho indexed {0} files in {1} ms', this.index.size, Date.now() - started)}\n${this.store.whereAnalysisRuns()}`;
    if (this.index.size > 0) this.status.show();
    this.changed.fire();
  }

  private async indexFile(uri: vscode.Uri, notify = true): Promise<void> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open && (open.languageId === 'hakusho' || open.languageId === 'markdown') && open.uri.scheme !== 'untitled') {
      if (this.store.isWhitePaper(open)) this.index.set(await this.store.analyse(open));
      else this.index.delete(uri.toString());
    } else {
      const bytes = await this.readFileBytes(uri);
      if (!bytes) {
        this.index.delete(uri.toString());
        if (notify) this.fireChanged();
        return;
      }
      // decoding, the white-paper decision and the analysis run on the worker
      const markdown = isMarkdownPath(uri.path);
      const doc = await this.store.analyseFile(uri, bytes, markdown, markdown && isIncludedMarkdownUri(uri));
      // opened in the editor meanwhile: the editor's text is the one indexed
      if (this.cancelled || this.isOpen(uri)) return;
      if (doc) this.index.set(doc);
      else this.index.delete(uri.toString());
    }
    if (notify) this.fireChanged();
  }

  /**
   * A file's bytes, or undefined when it is not read: gone, not a regular file (a named pipe would
   * block the read until something writes to it, a device never ends), or over the size cap. A link is
   * followed as before; what it points to must be a regular file. On a local disk the read itself
   * refuses what is not a regular file and stops at the cap, whatever stat said a moment earlier.
   */
  private async readFileBytes(uri: vscode.Uri): Promise<Uint8Array | undefined> {
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if ((stat.type & ~vscode.FileType.SymbolicLink) !== vscode.FileType.File || stat.size > MAX_WHITE_PAPER_BYTES) return undefined;
      if (uri.scheme === 'file' && this.readLocalFile) {
        const read = await this.readLocalFile(uri.fsPath, MAX_WHITE_PAPER_BYTES);
        return read.ok ? read.bytes : undefined;
      }
      const bytes = await vscode.workspace.fs.readFile(uri);
      return bytes.byteLength > MAX_WHITE_PAPER_BYTES ? undefined : bytes;
    } catch {
      return undefined;
    }
  }

  dispose(): void {
    this.cancelled = true;
    clearTimeout(this.changeTimer);
    this.edits.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
