// Reviewers' corrections of claim kinds, as the editor sees them. A file's corrections are in the
// nearest `.hakusho/claims.json` in its folder or above (inside the workspace or above it), keyed by
// the path relative to the folder holding `.hakusho/` — the same rule as `hakusho claims`, so the
// view, the underlines, the status bar and the exports agree with the command line. Corrections
// files are read at start, re-read when they change on disk, and written when a reviewer sets a kind
// (into the nearest one, or a new one in the workspace folder when there is none).
import * as vscode from 'vscode';
import {
  ClaimCorrection, correctionsByFile, CORRECTIONS_MAX_BYTES, CORRECTIONS_PATH, CorrectedKind, FileCorrections, parseCorrections,
  serializeCorrections, withCorrection, withoutCorrections,
} from './core/claimCorrections';
import { writeAtomically } from './hakushoFileWriter';
import { claimsOf, staleCorrections } from './core/claimExtraction';
import { Claim, ClaimHolder, ClaimStrength, InnerKind, WhitePaperDocument } from './core/model';

interface CorrectionsSource {
  /** The folder holding `.hakusho/`; file keys are relative to it. */
  root: vscode.Uri;
  /** The file's text as last read or written (undefined: it could not be read). */
  text: string | undefined;
  list: ClaimCorrection[];
  byFile: Map<string, FileCorrections>;
  problems: string[];
}

/**
 * Why the corrections file under `root` (a path on disk) must not be used, or null: the host's own
 * check of the disk (safeFiles.ts on Node, links and where the folder resolves). Hosts without one
 * (the browser) ask the file system about links alone.
 */
export type DiskRefusal = (root: string, boundary?: string) => string | null;

export class ClaimCorrectionsStore implements vscode.Disposable {
  /** Every corrections file known to exist, by the folder holding its `.hakusho/` (a URI string, no trailing slash). */
  private readonly sources = new Map<string, CorrectionsSource>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** The corrections of some folder changed: claims must be read again. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  /** Problems already shown, so a broken file is reported once per content, not on every read. */
  private readonly reported = new Set<string>();
  readonly ready: Promise<void>;

  constructor(private readonly diskRefusal?: DiskRefusal) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CORRECTIONS_PATH}`);
    // Deleting the whole `.hakusho` folder reports the folder, not the file in it; and a file written
    // at once into a new folder can go unreported: the folder's own events read its file too.
    const [folderName, fileName] = CORRECTIONS_PATH.split('/');
    const folders = vscode.workspace.createFileSystemWatcher(`**/${folderName}`, false, true, false);
    const fileIn = (folder: vscode.Uri) => this.reload(vscode.Uri.joinPath(folder, fileName));
    this.subscriptions.push(
      watcher,
      ...this.watch(watcher),
      folders,
      folders.onDidCreate(fileIn),
      folders.onDidDelete(fileIn),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.loadAll().then(() => this.changed.fire())),
      // Set Claim Kind becomes possible: views that offer it are drawn again
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.changed.fire()),
      vscode.window.onDidChangeWindowState((state) => {
        if (state.focused) void this.loadAbove().then((changed) => { if (changed) this.changed.fire(); });
      }),
    );
    this.ready = this.loadAll().then(() => this.changed.fire());
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }

  private watch(watcher: vscode.FileSystemWatcher): vscode.Disposable[] {
    const reload = (uri: vscode.Uri) => this.reload(uri);
    return [watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload)];
  }

  /** Reads a corrections file again after a change on disk; claims are read again only if it changed. */
  private reload(file: vscode.Uri): void {
    const root = rootOf(file);
    if (!root) return;
    const before = fingerprint(this.sources.get(key(root)));
    // our own write comes back through the watcher: nothing changed then
    void this.load(root).then((after) => { if (fingerprint(after) !== before) this.changed.fire(); });
  }

  /** Finds every corrections file in the workspace folders and above them, and reads them. */
  private async loadAll(): Promise<void> {
    this.sources.clear();
    const roots = new Map<string, vscode.Uri>();
    for (const file of await vscode.workspace.findFiles(`**/${CORRECTIONS_PATH}`)) {
      const root = rootOf(file);
      if (root) roots.set(key(root), root);
    }
    for (const folder of vscode.workspace.workspaceFolders ?? []) roots.set(key(folder.uri), folder.uri);
    await Promise.all([...roots.values()].map((root) => this.load(root)));
    await this.loadAbove();
  }

  /**
   * Reads the corrections files in the folders above the workspace folders (a repository opened at a
   * subfolder). The workspace's watcher does not reach them, so they are read again when the window
   * regains focus, and before every write.
   */
  private async loadAbove(): Promise<boolean> {
    const above = new Map<string, vscode.Uri>();
    const inside = new Set((vscode.workspace.workspaceFolders ?? []).map((f) => key(f.uri)));
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (let dir = parentOf(folder.uri); dir; dir = parentOf(dir)) if (!inside.has(key(dir))) above.set(key(dir), dir);
    }
    const before = [...above.keys()].map((k) => fingerprint(this.sources.get(k))).join('\n');
    // a folder above the workspace that cannot be read just has no corrections for it
    const after = await Promise.all([...above.values()].map((root) => this.load(root, { quiet: true })));
    return after.map(fingerprint).join('\n') !== before;
  }

  /** Reads the corrections file of `root`; undefined when there is none (`quiet`: or it cannot be read). */
  private async load(root: vscode.Uri, { quiet = false } = {}): Promise<CorrectionsSource | undefined> {
    let text: string | undefined;
    let unreadable: string | undefined;
    try {
      // refused before anything is read: a link (even one leading nowhere) or a file too large to parse
      unreadable = await refusalOf(root, this.diskRefusal) ?? await sizeProblem(correctionsUri(root));
      const bytes = unreadable ? undefined : await vscode.workspace.fs.readFile(correctionsUri(root));
      if (bytes) text = decodeCorrections(bytes);
      if (bytes && text === undefined) unreadable = bytes.byteLength > CORRECTIONS_MAX_BYTES ? tooLarge() : vscode.l10n.t('it is not UTF-8 text');
    } catch (e) {
      // No file: nothing corrected here. A file that is there but cannot be read is a problem, so it
      // is reported and never rewritten (rewriting it would drop every entry it holds).
      if (quiet || (e instanceof vscode.FileSystemError && e.code === 'FileNotFound')) {
        this.sources.delete(key(root));
        return undefined;
      }
      unreadable = vscode.l10n.t('cannot read it: {0}', (e as Error).message);
    }
    const parsed = text === undefined ? undefined : parseCorrections(text);
    const loaded = parsed ? toSource(root, text, parsed.corrections, parsed.problems) : toSource(root, undefined, [], [unreadable ?? '']);
    this.sources.set(key(root), loaded);
    if (loaded.problems.length) {
      const id = `${root}\n${loaded.problems.join('\n')}`;
      if (!this.reported.has(id)) {
        this.reported.add(id);
        const open = vscode.l10n.t('Open');
        const file = correctionsUri(root);
        void vscode.window.showWarningMessage(
          vscode.l10n.t('Some claim corrections in {0} are ignored: {1}', vscode.workspace.asRelativePath(file), loaded.problems.join('; ')), open,
        ).then((choice) => { if (choice === open) void vscode.window.showTextDocument(file); });
      }
    }
    return loaded;
  }

  /** The corrections file that applies to a document (the nearest one in its folder or above) and the document's key in it. */
  private sourceFor(uri: string): { source: CorrectionsSource; file: string } | undefined {
    const parsed = vscode.Uri.parse(uri);
    for (let dir = parentOf(parsed); dir; dir = parentOf(dir)) {
      const source = this.sources.get(key(dir));
      if (source) return { source, file: parsed.path.slice(dir.path.replace(/\/$/, '').length + 1) };
    }
    return undefined;
  }

  /** Where a correction of this document is written: the nearest corrections file, else a new one in its workspace folder. */
  private placeFor(uri: string): { root: vscode.Uri; file: string } | undefined {
    const near = this.sourceFor(uri);
    if (near) return { root: near.source.root, file: near.file };
    const parsed = vscode.Uri.parse(uri);
    const folder = vscode.workspace.getWorkspaceFolder(parsed);
    if (!folder) return undefined;
    const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
    return parsed.path.startsWith(base) ? { root: folder.uri, file: parsed.path.slice(base.length) } : undefined;
  }

  /** The corrections for the file at `uri` (the same map object until they change). */
  correctionsFor(uri: string): FileCorrections | undefined {
    const near = this.sourceFor(uri);
    return near?.source.byFile.get(near.file);
  }

  /** The claims of a document with its reviewers' corrections applied. */
  claimsOf(doc: WhitePaperDocument): Claim[] {
    return claimsOf(doc, this.correctionsFor(doc.uri));
  }

  /** Corrections for this document whose sentence is no longer in it. */
  staleFor(doc: WhitePaperDocument): ClaimCorrection[] {
    return staleCorrections(doc, this.correctionsFor(doc.uri));
  }

  /** Where corrections of this document are written, or undefined outside the workspace folders with no corrections file above. */
  fileFor(uri: string): vscode.Uri | undefined {
    const place = this.placeFor(uri);
    return place ? correctionsUri(place.root) : undefined;
  }

  /**
   * Sets the kind of `sentence` in the document at `uri` (null: back to the classifier's reading)
   * and writes the folder's corrections file. Returns false outside the workspace folders.
   */
  async set(uri: string, sentence: string, correction: { kind: CorrectedKind; strength?: ClaimStrength; inner?: InnerKind; holder?: ClaimHolder } | null): Promise<boolean> {
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
    // Restricted Mode reads corrections but never writes them: the folder's owner is not trusted yet
    if (!vscode.workspace.isTrusted) throw new Error(vscode.l10n.t('Claim corrections are not saved in Restricted Mode. Trust this workspace to save them.'));
    // every corrections file must be known before choosing where to write: writing a new one in the
    // workspace folder while the team's file above it is not read yet would hide that file
    await this.ready;
    await this.loadAbove();
    const place = this.placeFor(uri);
    if (!place) return false;
    const target = correctionsUri(place.root);
    // Writing under a reviewer's unsaved hand edits would set one version against the other on save.
    if (vscode.workspace.textDocuments.some((d) => d.isDirty && d.uri.toString() === target.toString())) {
      throw new Error(vscode.l10n.t('{0} has unsaved changes; save or revert them first.', vscode.workspace.asRelativePath(target)));
    }
    // Re-read first: the file may have been edited by hand or pulled since it was loaded.
    const inWorkspace = vscode.workspace.getWorkspaceFolder(place.root) !== undefined;
    const current = await this.load(place.root, { quiet: !inWorkspace });
    if (current?.problems.length) {
      // Rewriting would drop the entries that could not be read: a reviewer's work would be lost.
      throw new Error(vscode.l10n.t('{0} has problems ({1}); fix them first.', vscode.workspace.asRelativePath(target), current.problems.join('; ')));
    }
    const list = change(current?.list ?? [], place.file);
    const text = serializeCorrections(list);
    await writeAtomically(target, new TextEncoder().encode(text));
    this.sources.set(key(place.root), toSource(place.root, text, list, []));
    this.changed.fire();
    return true;
  }
}

/**
 * Why the corrections file of `root` must be neither read nor written, or undefined. On disk, with
 * the host's check: a link, or a folder resolving outside the workspace folder it belongs to (or is
 * above). Elsewhere (a virtual workspace, the browser) the file system says whether either is a link.
 */
async function refusalOf(root: vscode.Uri, diskRefusal: DiskRefusal | undefined): Promise<string | undefined> {
  if (root.scheme === 'file' && diskRefusal) {
    const folder = vscode.workspace.getWorkspaceFolder(root)
      ?? vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file' && (f.uri.path + '/').startsWith(root.path.replace(/\/?$/, '/')));
    const refusal = diskRefusal(root.fsPath, folder?.uri.fsPath);
    return refusal ? vscode.l10n.t('refused: {0}', refusal) : undefined;
  }
  const [folderName, fileName] = CORRECTIONS_PATH.split('/');
  for (const uri of [vscode.Uri.joinPath(root, folderName), vscode.Uri.joinPath(root, folderName, fileName)]) {
    const stat = await Promise.resolve(vscode.workspace.fs.stat(uri)).catch(() => undefined);
    if (stat && stat.type & vscode.FileType.SymbolicLink) return vscode.l10n.t('refused: {0}', vscode.l10n.t('{0} is a symbolic link; it is not followed', vscode.workspace.asRelativePath(uri)));
  }
  return undefined;
}

/** A problem when the file is over the cap, checked before it is read (stat throws when there is no file). */
async function sizeProblem(file: vscode.Uri): Promise<string | undefined> {
  const stat = await vscode.workspace.fs.stat(file);
  return stat.size > CORRECTIONS_MAX_BYTES ? tooLarge() : undefined;
}

/** The text of the file, or undefined when it is not UTF-8 or grew past the cap since its size was read. */
function decodeCorrections(bytes: Uint8Array): string | undefined {
  if (bytes.byteLength > CORRECTIONS_MAX_BYTES) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

const tooLarge = () => vscode.l10n.t('it is larger than {0} MB, so it is not read; remove corrections of files that are gone, or split it by folder', CORRECTIONS_MAX_BYTES / (1024 * 1024));

function correctionsUri(root: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(root, ...CORRECTIONS_PATH.split('/'));
}

/** The folder holding `.hakusho/` for a corrections file's URI. */
function rootOf(file: vscode.Uri): vscode.Uri | undefined {
  const hakusho = parentOf(file);
  return hakusho ? parentOf(hakusho) : undefined;
}

function parentOf(uri: vscode.Uri): vscode.Uri | undefined {
  const path = uri.path.replace(/\/+$/, '');
  const i = path.lastIndexOf('/');
  if (i < 0 || path === '') return undefined;
  return uri.with({ path: i === 0 ? '/' : path.slice(0, i) });
}

const key = (root: vscode.Uri) => root.with({ path: root.path.replace(/\/+$/, '') || '/' }).toString();

/** What a watcher event compares to decide whether claims must be read again. */
const fingerprint = (s: CorrectionsSource | undefined) => (s ? `file:${s.text ?? ''}\n${s.problems.join('\n')}` : 'none');

function toSource(root: vscode.Uri, text: string | undefined, list: ClaimCorrection[], problems: string[]): CorrectionsSource {
  return { root, text, list, byFile: correctionsByFile(list), problems };
}
