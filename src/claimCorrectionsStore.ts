// Reviewers' corrections of claim kinds, as the editor sees them: `.hakusho/claims.json` of each
// workspace folder, read at start, re-read when it changes on disk, and written when a reviewer
// sets a kind. Every claims feature asks `claimsOf` here, so the view, the underlines, the status
// bar and the exports agree with `hakusho claims`.
import * as vscode from 'vscode';
import {
  ClaimCorrection, correctionsByFile, CORRECTIONS_PATH, CorrectedKind, FileCorrections, parseCorrections,
  serializeCorrections, withCorrection, withoutCorrections,
} from './core/claimCorrections';
import { claimsOf, staleCorrections } from './core/claimExtraction';
import { Claim, ClaimStrength, WhitePaperDocument } from './core/model';

interface FolderCorrections {
  /** The file's text as last read or written (undefined: no file). */
  text: string | undefined;
  list: ClaimCorrection[];
  byFile: Map<string, FileCorrections>;
  problems: string[];
}

const NONE: FolderCorrections = { text: undefined, list: [], byFile: new Map(), problems: [] };

export class ClaimCorrectionsStore implements vscode.Disposable {
  private readonly folders = new Map<string, FolderCorrections>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** The corrections of some folder changed: claims must be read again. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  /** Problems already shown, so a broken file is reported once per content, not on every read. */
  private readonly reported = new Set<string>();
  readonly ready: Promise<void>;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CORRECTIONS_PATH}`);
    const reload = (uri: vscode.Uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (!folder || correctionsUri(folder).toString() !== uri.toString()) return;
      const before = this.folders.get(folder.uri.toString())?.text;
      // our own write comes back through the watcher: nothing changed then
      void this.load(folder).then((after) => { if (after.text !== before) this.changed.fire(); });
    };
    this.subscriptions.push(
      watcher,
      watcher.onDidCreate(reload),
      watcher.onDidChange(reload),
      watcher.onDidDelete(reload),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.loadAll().then(() => this.changed.fire())),
    );
    this.ready = this.loadAll().then(() => this.changed.fire());
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }

  private async loadAll(): Promise<void> {
    this.folders.clear();
    await Promise.all((vscode.workspace.workspaceFolders ?? []).map((f) => this.load(f)));
  }

  private async load(folder: vscode.WorkspaceFolder): Promise<FolderCorrections> {
    let text: string | undefined;
    let unreadable: string | undefined;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(correctionsUri(folder)));
    } catch (e) {
      // No file: nothing corrected. A file that is there but cannot be read is a problem, so it is
      // reported and never rewritten (rewriting it would drop every entry it holds).
      if (!(e instanceof vscode.FileSystemError && e.code === 'FileNotFound')) unreadable = (e as Error).message;
    }
    const parsed = text === undefined ? undefined : parseCorrections(text);
    const loaded = parsed ? toFolder(text, parsed.corrections, parsed.problems)
      : unreadable !== undefined ? toFolder(undefined, [], [vscode.l10n.t('cannot read it: {0}', unreadable)]) : NONE;
    this.folders.set(folder.uri.toString(), loaded);
    if (loaded.problems.length) {
      const key = `${folder.uri}\n${loaded.problems.join('\n')}`;
      if (!this.reported.has(key)) {
        this.reported.add(key);
        const open = vscode.l10n.t('Open');
        void vscode.window.showWarningMessage(
          vscode.l10n.t('Some claim corrections in {0} are ignored: {1}', vscode.workspace.asRelativePath(correctionsUri(folder)), loaded.problems.join('; ')), open,
        ).then((choice) => { if (choice === open) void vscode.window.showTextDocument(correctionsUri(folder)); });
      }
    }
    return loaded;
  }

  /** The workspace folder a document belongs to and its path there, as corrections name files. */
  private place(uri: string): { folder: vscode.WorkspaceFolder; file: string } | undefined {
    const parsed = vscode.Uri.parse(uri);
    const folder = vscode.workspace.getWorkspaceFolder(parsed);
    if (!folder) return undefined;
    const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
    return parsed.path.startsWith(base) ? { folder, file: parsed.path.slice(base.length) } : undefined;
  }

  /** The corrections for the file at `uri` (the same map object until they change). */
  correctionsFor(uri: string): FileCorrections | undefined {
    const place = this.place(uri);
    return place ? this.folders.get(place.folder.uri.toString())?.byFile.get(place.file) : undefined;
  }

  /** The claims of a document with its reviewers' corrections applied. */
  claimsOf(doc: WhitePaperDocument): Claim[] {
    return claimsOf(doc, this.correctionsFor(doc.uri));
  }

  /** Corrections for this document whose sentence is no longer in it. */
  staleFor(doc: WhitePaperDocument): ClaimCorrection[] {
    return staleCorrections(doc, this.correctionsFor(doc.uri));
  }

  /** Where corrections of this document are written, or undefined outside the workspace folders. */
  fileFor(uri: string): vscode.Uri | undefined {
    const place = this.place(uri);
    return place ? correctionsUri(place.folder) : undefined;
  }

  /**
   * Sets the kind of `sentence` in the document at `uri` (null: back to the classifier's reading)
   * and writes the folder's corrections file. Returns false outside the workspace folders.
   */
  async set(uri: string, sentence: string, correction: { kind: CorrectedKind; strength?: ClaimStrength } | null): Promise<boolean> {
    return this.update(uri, (list, file) => withCorrection(list, file, sentence, correction));
  }

  /** Removes the corrections of this document that match no sentence any more; how many. */
  async removeStale(doc: WhitePaperDocument): Promise<number> {
    const stale = this.staleFor(doc).map((c) => c.sentence);
    if (stale.length === 0) return 0;
    // matched by sentence, not object: the file is read again before it is rewritten
    await this.update(doc.uri, (list, file) => withoutCorrections(list, file, stale));
    return stale.length;
  }

  private async update(uri: string, change: (list: ClaimCorrection[], file: string) => ClaimCorrection[]): Promise<boolean> {
    const place = this.place(uri);
    if (!place) return false;
    const target = correctionsUri(place.folder);
    // Writing under a reviewer's unsaved hand edits would set one version against the other on save.
    if (vscode.workspace.textDocuments.some((d) => d.isDirty && d.uri.toString() === target.toString())) {
      throw new Error(vscode.l10n.t('{0} has unsaved changes; save or revert them first.', vscode.workspace.asRelativePath(target)));
    }
    // Re-read first: the file may have been edited by hand or pulled since it was loaded.
    const current = await this.load(place.folder);
    if (current.problems.length) {
      // Rewriting would drop the entries that could not be read: a reviewer's work would be lost.
      throw new Error(vscode.l10n.t('{0} has problems ({1}); fix them first.', vscode.workspace.asRelativePath(correctionsUri(place.folder)), current.problems.join('; ')));
    }
    const list = change(current.list, place.file);
    const text = serializeCorrections(list);
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    this.folders.set(place.folder.uri.toString(), toFolder(text, list, []));
    this.changed.fire();
    return true;
  }
}

function correctionsUri(folder: vscode.WorkspaceFolder): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, ...CORRECTIONS_PATH.split('/'));
}

function toFolder(text: string | undefined, list: ClaimCorrection[], problems: string[]): FolderCorrections {
  return { text, list, byFile: correctionsByFile(list), problems };
}
