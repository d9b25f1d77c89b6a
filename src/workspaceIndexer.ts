// Keeps the core WorkspaceIndex current: every white-paper file of every workspace folder, indexed
// in the background (yielding between files, progress in the status bar), then updated on edit,
// create, delete and rename. Open documents are indexed from the editor's text, not from disk.
import * as vscode from 'vscode';
import { AnalysisStore, isMarkdownWhitePaperFile } from './analysisStore';
import { analyzeDocument, isMarkdownPath } from './core/analyzeDocument';
import { decodeBytes } from './core/decode';
import { looksLikeWhitePaper } from './core/detect';
import { parsePageCode } from './core/numbering';
import { WorkspaceIndex } from './core/workspaceIndex';
import { debouncePerDocument } from './debounce';

const MAX_INDEXED_BYTES = 16 * 1024 * 1024;
/** Page text, official .txt and Markdown white papers. */
const WHITE_PAPER_GLOB = '**/*.{txt,md,markdown}';

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

  constructor(private readonly store: AnalysisStore) {
    this.status.name = vscode.l10n.t('Hakusho index');
    this.subscriptions.push(
      this.status,
      vscode.workspace.onDidChangeTextDocument((e) => this.edits.schedule(e.document)),
      vscode.workspace.onDidOpenTextDocument((d) => this.fromEditor(d)),
      vscode.workspace.onDidCloseTextDocument((d) => { if (d.uri.scheme === 'file') void this.indexFile(d.uri); else this.remove(d.uri); }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.indexAll()),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('hakusho.exclude') || e.affectsConfiguration('hakusho.markdown')) void this.indexAll(); }),
    );
    const watcher = vscode.workspace.createFileSystemWatcher(WHITE_PAPER_GLOB);
    this.subscriptions.push(
      watcher,
      watcher.onDidCreate((uri) => void this.indexFile(uri)),
      watcher.onDidChange((uri) => { if (!this.isOpen(uri)) void this.indexFile(uri); }),
      watcher.onDidDelete((uri) => this.remove(uri)),
      vscode.workspace.onDidRenameFiles((e) => { for (const f of e.files) { this.remove(f.oldUri); void this.indexFile(f.newUri); } }),
    );
    this.ready = this.indexAll();
  }

  private isOpen(uri: vscode.Uri): boolean {
    return vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
  }

  /** Typing re-indexes the edited document only, once the typist pauses. */
  private readonly edits = debouncePerDocument(300, (document) => this.fromEditor(document));

  private fromEditor(document: vscode.TextDocument): void {
    if (document.languageId === 'markdown') {
      // an untitled Markdown (e.g. a conversion result) would duplicate its source's headings in the index
      if (document.uri.scheme === 'untitled') return;
      if (!this.store.isWhitePaper(document)) {
        // a Markdown file that stopped being a white paper (numbering or front matter removed) leaves the index
        if (this.index.get(document.uri.toString())) this.remove(document.uri);
        return;
      }
    } else if (document.languageId !== 'hakusho') return;
    this.index.set(this.store.get(document));
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
    const files = await vscode.workspace.findFiles(WHITE_PAPER_GLOB, excludePattern);
    const started = Date.now();
    let lastYield = Date.now();
    for (let i = 0; i < files.length && !this.cancelled; i++) {
      await this.indexFile(files[i], false);
      if (Date.now() - lastYield > 15) {
        // yield to the extension host so nothing waits on the index
        await new Promise((r) => setImmediate(r));
        lastYield = Date.now();
        if (Date.now() - started > 500) {
          this.status.text = `$(sync~spin) ${vscode.l10n.t('Hakusho: indexing {0}/{1}', i + 1, files.length)}`;
          this.status.show();
        }
      }
    }
    this.status.text = `$(book) ${vscode.l10n.t('{0} white-paper files', this.index.size)}`;
    this.status.tooltip = vscode.l10n.t('Hakusho indexed {0} files in {1} ms', this.index.size, Date.now() - started);
    if (this.index.size > 0) this.status.show();
    this.changed.fire();
  }

  private async indexFile(uri: vscode.Uri, notify = true): Promise<void> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open && (open.languageId === 'hakusho' || open.languageId === 'markdown') && open.uri.scheme !== 'untitled') {
      if (this.store.isWhitePaper(open)) this.index.set(this.store.get(open));
      else this.index.delete(uri.toString());
    } else {
      let bytes: Uint8Array;
      try {
        const stat = await vscode.workspace.fs.stat(uri);
        if (stat.size > MAX_INDEXED_BYTES) return;
        bytes = await vscode.workspace.fs.readFile(uri);
      } catch {
        this.index.delete(uri.toString());
        return;
      }
      const decoded = decodeBytes(bytes);
      if (!decoded.ok) {
        this.index.delete(uri.toString());
        return;
      }
      if (isMarkdownPath(uri.path)) {
        // Markdown: only white papers (numbered headings, `hakusho: true`, or hakusho.markdown.include)
        if (!isMarkdownWhitePaperFile(uri, decoded.text)) {
          this.index.delete(uri.toString());
          return;
        }
        this.index.set(analyzeDocument(uri.toString(), decoded.text, 'markdown'));
      } else {
        if (!parsePageCode(uri.path) && !looksLikeWhitePaper(decoded.text.slice(0, 6000))) {
          this.index.delete(uri.toString());
          return;
        }
        this.index.set(analyzeDocument(uri.toString(), decoded.text, 'page-text'));
      }
    }
    if (notify) this.fireChanged();
  }

  dispose(): void {
    this.cancelled = true;
    clearTimeout(this.changeTimer);
    this.edits.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
