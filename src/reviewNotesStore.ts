// Reviewers' notes as the editor sees them: `.hakusho/notes.json` of each workspace folder, read at
// start and whenever it changes on disk (a colleague's notes pulled through git), written when a
// reviewer adds, answers, resolves or deletes a note. Keys are paths relative to the workspace
// folder, as `hakusho notes` reads them.
import * as vscode from 'vscode';
import { WhitePaperDocument } from './core/model';
import { AnchoredNote, anchorNotes, Note, NOTES_PATH, parseNotes, serializeNotes } from './core/notes';
import { MAX_HAKUSHO_FILE_BYTES, writeHakushoFile } from './hakushoFileWriter';

interface NotesSource {
  folder: vscode.WorkspaceFolder;
  /** The file's text as last read or written; undefined when there is none. */
  text: string | undefined;
  notes: Note[];
  problems: string[];
}

export class ReviewNotesStore implements vscode.Disposable {
  private readonly sources = new Map<string, NotesSource>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Some folder's notes changed (on disk or by a write from here). */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  private readonly reported = new Set<string>();
  /** Writes run one after another: each re-reads the file the previous one wrote. */
  private queue: Promise<unknown> = Promise.resolve();
  readonly ready: Promise<void>;
  /** Bumped on every change of any notes file: anchored notes are cached per analysed document and generation. */
  private generation = 0;
  private readonly anchored = new WeakMap<WhitePaperDocument, { generation: number; notes: AnchoredNote[] }>();

  constructor() {
    this.subscriptions.push(this.changed.event(() => this.generation++));
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${NOTES_PATH}`);
    const reload = (uri: vscode.Uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (folder && uri.toString() === notesUri(folder).toString()) void this.load(folder).then((changed) => { if (changed) this.changed.fire(); });
    };
    // a file written at once into a new `.hakusho` folder can go unreported, and deleting the folder
    // reports only the folder: the folder's own events read its notes file too
    const folders = vscode.workspace.createFileSystemWatcher(`**/${NOTES_PATH.split('/')[0]}`, false, true, false);
    const fileIn = (folder: vscode.Uri) => reload(vscode.Uri.joinPath(folder, NOTES_PATH.split('/')[1]));
    this.subscriptions.push(
      watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload),
      folders, folders.onDidCreate(fileIn), folders.onDidDelete(fileIn),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.loadAll().then(() => this.changed.fire())),
      // a file watcher can miss a file that arrives with its folder, or drop events under load: a note
      // file is small, so it is read again when a reviewer comes back to the window
      vscode.window.onDidChangeWindowState((state) => { if (state.focused) void this.reloadAll(); }),
    );
    this.ready = this.loadAll().then(() => this.changed.fire());
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }

  /** The workspace folder holding `uri` and the file's key in its notes, or undefined outside the folders. */
  placeOf(uri: vscode.Uri): { folder: vscode.WorkspaceFolder; file: string } | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return undefined;
    const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
    return uri.path.startsWith(base) ? { folder, file: uri.path.slice(base.length) } : undefined;
  }

  /** The notes on the file at `uri`. */
  notesOf(uri: vscode.Uri): Note[] {
    const place = this.placeOf(uri);
    if (!place) return [];
    return (this.sources.get(place.folder.uri.toString())?.notes ?? []).filter((n) => n.target.file === place.file);
  }

  /** The notes of an analysed document, each anchored in its text (null anchor: orphaned). */
  anchoredIn(doc: WhitePaperDocument): AnchoredNote[] {
    const hit = this.anchored.get(doc);
    if (hit && hit.generation === this.generation) return hit.notes;
    const uri = vscode.Uri.parse(doc.uri);
    const place = this.placeOf(uri);
    const notes = place ? anchorNotes(this.notesOf(uri), place.file, doc.text) : [];
    this.anchored.set(doc, { generation: this.generation, notes });
    return notes;
  }

  /** Every note of every folder, with the URI of the file it is on. */
  allNotes(): { uri: vscode.Uri; note: Note }[] {
    return [...this.sources.values()].flatMap((s) => s.notes.map((note) => ({ uri: vscode.Uri.joinPath(s.folder.uri, note.target.file), note })));
  }

  notesFileOf(folder: vscode.WorkspaceFolder): vscode.Uri {
    return notesUri(folder);
  }

  /**
   * Applies `change` to the notes of the folder holding `uri` and writes the file. The file is read
   * again first (a colleague's notes may have arrived); a file with problems is never rewritten,
   * since that would drop the notes that could not be read.
   */
  update(uri: vscode.Uri, change: (notes: Note[]) => Note[]): Promise<void> {
    const run = async () => {
      await this.ready;
      const place = this.placeOf(uri);
      if (!place) throw new Error(vscode.l10n.t('Review notes are kept in .hakusho/notes.json of a workspace folder: open the folder that holds this file.'));
      if (!vscode.workspace.isTrusted) throw new Error(vscode.l10n.t('Review notes are not written in Restricted Mode: trust this workspace to add or change notes.'));
      const target = notesUri(place.folder);
      if (vscode.workspace.textDocuments.some((d) => d.isDirty && d.uri.toString() === target.toString())) {
        throw new Error(vscode.l10n.t('{0} has unsaved changes; save or revert them first.', vscode.workspace.asRelativePath(target)));
      }
      await this.load(place.folder);
      const current = this.sources.get(place.folder.uri.toString());
      if (current?.problems.length) {
        throw new Error(vscode.l10n.t('{0} has problems ({1}); fix them first.', vscode.workspace.asRelativePath(target), current.problems.join('; ')));
      }
      const notes = change(current?.notes ?? []);
      const text = serializeNotes(notes);
      await writeHakushoFile(place.folder.uri, NOTES_PATH, text);
      this.sources.set(place.folder.uri.toString(), { folder: place.folder, text, notes: parseNotes(text).notes, problems: [] });
      this.changed.fire();
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Reads the notes of the folder holding `uri` again (a page was opened); fires when they changed. */
  async reloadFor(uri: vscode.Uri): Promise<void> {
    await this.ready;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (folder && await this.load(folder)) this.changed.fire();
  }

  private async reloadAll(): Promise<void> {
    await this.ready;
    const changed = await Promise.all((vscode.workspace.workspaceFolders ?? []).map((f) => this.load(f)));
    if (changed.some(Boolean)) this.changed.fire();
  }

  private async loadAll(): Promise<void> {
    this.sources.clear();
    await Promise.all((vscode.workspace.workspaceFolders ?? []).map((f) => this.load(f)));
  }

  /** Reads a folder's notes file; whether what it holds changed. */
  private async load(folder: vscode.WorkspaceFolder): Promise<boolean> {
    const key = folder.uri.toString();
    const before = this.sources.get(key);
    let text: string | undefined;
    let problems: string[] = [];
    try {
      const bytes = await vscode.workspace.fs.readFile(notesUri(folder));
      if (bytes.length > MAX_HAKUSHO_FILE_BYTES) throw new TooLarge();
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        problems = [vscode.l10n.t('it is not UTF-8 text')];
      }
    } catch (e) {
      if (e instanceof TooLarge) problems = [vscode.l10n.t('it is larger than {0} MB, so it is not read', MAX_HAKUSHO_FILE_BYTES / 1024 / 1024)];
      else if (!(e instanceof vscode.FileSystemError && e.code === 'FileNotFound')) problems = [vscode.l10n.t('cannot read it: {0}', (e as Error).message)];
    }
    const parsed = text === undefined ? { notes: [], problems: [] } : parseNotes(text);
    const source: NotesSource = { folder, text, notes: parsed.notes, problems: [...problems, ...parsed.problems] };
    this.sources.set(key, source);
    if (source.problems.length) this.report(folder, source.problems);
    return !before || before.text !== source.text || before.problems.join('\n') !== source.problems.join('\n');
  }

  private report(folder: vscode.WorkspaceFolder, problems: string[]): void {
    const id = `${folder.uri}\n${problems.join('\n')}`;
    if (this.reported.has(id)) return;
    this.reported.add(id);
    const open = vscode.l10n.t('Open');
    const file = notesUri(folder);
    void vscode.window.showWarningMessage(
      vscode.l10n.t('Some review notes in {0} cannot be read: {1}', vscode.workspace.asRelativePath(file), problems.join('; ')), open,
    ).then((choice) => { if (choice === open) void vscode.window.showTextDocument(file); });
  }
}

/** A notes file over the cap: reported, not parsed (a team's notes for an edition stay far below it). */
class TooLarge extends Error {}

function notesUri(folder: vscode.WorkspaceFolder): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, ...NOTES_PATH.split('/'));
}
