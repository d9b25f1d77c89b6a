// Review notes: select a passage of a white paper (or right-click a claim) and add a note; reply,
// edit, delete, resolve, reopen and label it with the ordinary comment-thread gestures; re-attach a
// note whose passage is gone. The threads themselves are shown by ./reviewNoteThreads; the notes
// are kept by ReviewNotesStore (.hakusho/notes.json).
import * as vscode from 'vscode';
import { AnalysisStore } from '../analysisStore';
import { anchorNote, newNoteId, Note, NoteReply, retarget, selectorsFor } from '../core/notes';
import { headingsAt } from '../core/queries';
import { ReviewNotesStore } from '../reviewNotesStore';
import { debouncePerDocument } from '../debounce';
import { documentOf, NoteComment, NoteThreads, shorten, ThreadArg } from './reviewNoteThreads';

export { NOTES_CONTROLLER_ID } from './reviewNoteThreads';

function configuredLabels(uri?: vscode.Uri): string[] {
  return vscode.workspace.getConfiguration('hakusho', uri).get<string[]>('notes.labels', ['要確認', '出典', '表現', '数値']);
}

/**
 * The host's name for who writes a note when hakusho.notes.author is empty (git's user.name, else
 * the system's user name, on Node); undefined where the host has none (the browser).
 */
export type SystemAuthor = (folder: vscode.Uri | undefined) => Promise<string | undefined>;

/** Who writes a note: the setting, else the host's name for the user, else 「Reviewer」. */
async function authorName(folder: vscode.Uri | undefined, systemAuthor: SystemAuthor | undefined): Promise<string> {
  const configured = vscode.workspace.getConfiguration('hakusho').get<string>('notes.author', '').trim();
  if (configured) return configured;
  return (await systemAuthor?.(folder).catch(() => undefined)) || vscode.l10n.t('Reviewer');
}

async function failWith<T>(work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (e) {
    void vscode.window.showErrorMessage((e as Error).message);
    return undefined;
  }
}

const now = () => new Date().toISOString();

/** What the note commands do, from the comment widgets' menus, the palette, keyboard macros and tests. */
class ReviewNoteCommands {
  constructor(
    private readonly threads: NoteThreads, private readonly analyses: AnalysisStore, private readonly notes: ReviewNotesStore,
    private readonly systemAuthor: SystemAuthor | undefined,
  ) {}

  private noteById(id: string) {
    return this.notes.allNotes().find((n) => n.note.id === id);
  }

  private addressAt(document: vscode.TextDocument, offset: number): string[] {
    return headingsAt(this.analyses.get(document), offset).filter((h) => h.number).map((h) => h.number);
  }

  /** Creates a note on `range` of `document` with `text`; returns its id. */
  private async createNote(document: vscode.TextDocument, range: vscode.Range, text: string, label: string | null = null): Promise<string | undefined> {
    const place = this.notes.placeOf(document.uri);
    if (!place) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Review notes are kept in .hakusho/notes.json of a workspace folder: open the folder that holds this file.'));
      return undefined;
    }
    const { start, end } = passageOf(document, range);
    if (start === end) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select the passage the note is about (an empty line cannot carry a note).'));
      return undefined;
    }
    const created = new Date();
    const note: Note = {
      id: newNoteId(created), author: await authorName(place.folder.uri, this.systemAuthor), created: created.toISOString(), text, label, status: 'open', replies: [],
      target: { file: place.file, address: this.addressAt(document, start), ...selectorsFor(document.getText(), start, end) },
    };
    return failWith(async () => {
      await this.notes.update(document.uri, (list) => [...list, note]);
      return note.id;
    });
  }

  /** Changes one note (re-anchored to where its passage is now, when its document is open). */
  private changeNote(id: string, change: (note: Note) => Note | null): Promise<void | undefined> {
    const found = this.noteById(id);
    if (!found) return Promise.resolve(undefined);
    return failWith(() => this.notes.update(found.uri, (list) => list.flatMap((n) => {
      if (n.id !== id) return [n];
      const changed = change(this.refreshed(n, found.uri));
      return changed ? [changed] : [];
    })));
  }

  /** The note with its target moved to where its passage is now, when the file is open and the passage found. */
  private refreshed(note: Note, uri: vscode.Uri): Note {
    const document = documentOf(uri.toString());
    if (!document) return note;
    const anchor = anchorNote(document.getText(), note.target);
    if (!anchor || anchor.method === 'position') return note;
    return retarget(note, document.getText(), anchor.start, anchor.end, this.addressAt(document, anchor.start));
  }

  async createFromReply(reply: vscode.CommentReply): Promise<void> {
    if (this.threads.entryOf(reply.thread)) return this.replyTo(reply);
    const document = await vscode.workspace.openTextDocument(reply.thread.uri);
    const range = reply.thread.range ?? new vscode.Range(0, 0, 0, 0);
    reply.thread.dispose(); // the draft thread; the note's own thread replaces it
    const id = await this.createNote(document, range, reply.text);
    const created = id ? this.threads.get(id) : undefined;
    if (created) created.thread.collapsibleState = vscode.CommentThreadCollapsibleState.Expanded;
  }

  async replyTo(reply: vscode.CommentReply | { id: string; text: string }): Promise<void> {
    const entry = this.threads.entryOf('thread' in reply ? reply.thread : reply);
    if (!entry) return 'thread' in reply ? this.createFromReply(reply) : undefined;
    const found = this.noteById(entry.noteId);
    const folder = found ? vscode.workspace.getWorkspaceFolder(found.uri)?.uri : undefined;
    const created = new Date();
    const r: NoteReply = { id: newNoteId(created), author: await authorName(folder, this.systemAuthor), created: created.toISOString(), text: reply.text };
    await this.changeNote(entry.noteId, (n) => ({ ...n, replies: [...n.replies, r] }));
  }

  setStatus(thread: ThreadArg, status: Note['status']): void {
    const entry = this.threads.entryOf(thread);
    if (entry) void this.changeNote(entry.noteId, (n) => ({ ...n, status, updated: now() }));
  }

  async setLabel(thread: ThreadArg, chosen?: string | null): Promise<void> {
    const entry = this.threads.entryOf(thread);
    if (!entry) return;
    if (chosen !== undefined) {
      await this.changeNote(entry.noteId, (n) => ({ ...n, label: chosen, updated: now() }));
      return;
    }
    const current = this.noteById(entry.noteId)?.note.label ?? null;
    const none = vscode.l10n.t('(no label)');
    const items = [...configuredLabels(vscode.Uri.parse(entry.uri)), none].map((label) => ({ label, picked: label === (current ?? none), description: label === (current ?? none) ? vscode.l10n.t('current') : undefined }));
    const choice = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Label of this note') });
    if (choice) await this.changeNote(entry.noteId, (n) => ({ ...n, label: choice.label === none ? null : choice.label, updated: now() }));
  }

  async deleteNote(thread: ThreadArg | { id: string; confirmed: true }): Promise<void> {
    const entry = this.threads.entryOf(thread);
    if (!entry) { if ('dispose' in thread) thread.dispose(); return; }
    const yes = vscode.l10n.t('Delete');
    const confirmed = 'confirmed' in thread && thread.confirmed === true
      || await vscode.window.showWarningMessage(vscode.l10n.t('Delete this note and its replies?'), { modal: true }, yes) === yes;
    if (confirmed) await this.changeNote(entry.noteId, () => null);
  }

  async reattach(thread: ThreadArg): Promise<void> {
    const entry = this.threads.entryOf(thread);
    const editor = vscode.window.activeTextEditor;
    if (!entry || !editor || editor.document.uri.toString() !== entry.uri || editor.selection.isEmpty) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select the passage in this file that the note should be attached to, then choose Re-attach.'));
      return;
    }
    const document = editor.document;
    const start = document.offsetAt(editor.selection.start), end = document.offsetAt(editor.selection.end);
    await this.changeNote(entry.noteId, (n) => ({ ...retarget(n, document.getText(), start, end, this.addressAt(document, start)), updated: now() }));
  }

  editComment(comment: NoteComment): void {
    comment.mode = vscode.CommentMode.Editing;
    comment.thread.comments = [...comment.thread.comments];
  }

  async saveComment(comment: NoteComment): Promise<void> {
    const text = typeof comment.body === 'string' ? comment.body : comment.body.value;
    const updated = now();
    await this.changeNote(comment.noteId, (n) => comment.replyId
      ? { ...n, replies: n.replies.map((r) => (r.id === comment.replyId ? { ...r, text, updated } : r)) }
      : { ...n, text, updated });
  }

  cancelEdit(): void {
    for (const document of vscode.workspace.textDocuments) this.threads.sync(document);
  }

  async deleteComment(comment: NoteComment): Promise<void> {
    if (!comment.replyId) return this.deleteNote(comment.thread);
    await this.changeNote(comment.noteId, (n) => ({ ...n, replies: n.replies.filter((r) => r.id !== comment.replyId) }));
  }

  /** Opens a draft thread on the selection (or, with `text`, adds the note at once: for keyboard macros and tests). */
  async addToSelection(arg?: { uri?: string; start?: number; end?: number; text?: string; label?: string }): Promise<string | undefined> {
    let document: vscode.TextDocument | undefined;
    let range: vscode.Range | undefined;
    if (arg?.uri !== undefined && arg.start !== undefined && arg.end !== undefined) {
      document = await vscode.workspace.openTextDocument(vscode.Uri.parse(arg.uri));
      range = new vscode.Range(document.positionAt(arg.start), document.positionAt(arg.end));
    } else {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return undefined;
      document = editor.document;
      range = editor.selection.isEmpty ? document.lineAt(editor.selection.active.line).range : new vscode.Range(editor.selection.start, editor.selection.end);
    }
    if (!this.analyses.isWhitePaper(document)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Review notes are for white-paper files.'));
      return undefined;
    }
    if (arg?.text !== undefined) return this.createNote(document, range, arg.text, arg.label ?? null);
    this.threads.openDraft(document, range);
    return undefined;
  }

  /** A note on a claim's sentence, from the Claims view's context menu (a claim node or a claim location). */
  async addToClaim(arg: { uri: string; claim?: { start: number; end: number }; start?: number; end?: number }, text?: string): Promise<string | undefined> {
    const span = arg.claim ?? (arg.start !== undefined && arg.end !== undefined ? { start: arg.start, end: arg.end } : undefined);
    if (!span) return undefined;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(arg.uri));
    const editor = await vscode.window.showTextDocument(document);
    const range = new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return this.addToSelection({ uri: arg.uri, start: span.start, end: span.end, text });
  }

  /** Notes whose passage could not be found, to pick one and go to its thread. */
  async listOrphans(): Promise<void> {
    const orphans: { label: string; description: string; uri: vscode.Uri; id: string }[] = [];
    for (const { uri, note } of this.notes.allNotes()) {
      let text: string | undefined = documentOf(uri.toString())?.getText();
      if (text === undefined) {
        try { text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)); } catch { text = ''; }
      }
      if (!anchorNote(text, note.target)) {
        orphans.push({ label: `「${shorten(note.target.quote.exact, 30)}」`, description: `${vscode.workspace.asRelativePath(uri)} · ${shorten(note.text, 30)}`, uri, id: note.id });
      }
    }
    if (!orphans.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Every review note finds its passage.'));
      return;
    }
    const choice = await vscode.window.showQuickPick(orphans, { title: vscode.l10n.t('Review notes whose passage is gone ({0})', orphans.length) });
    if (choice) {
      await vscode.window.showTextDocument(choice.uri, { selection: new vscode.Range(0, 0, 0, 0) });
      const entry = this.threads.get(choice.id);
      if (entry) entry.thread.collapsibleState = vscode.CommentThreadCollapsibleState.Expanded;
    }
  }
}

/** The passage a thread stands on: its range, or a whole line for a thread opened from the gutter. */
function passageOf(document: vscode.TextDocument, range: vscode.Range): { start: number; end: number } {
  if (!range.isEmpty) return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
  const line = document.lineAt(range.start.line);
  return { start: document.offsetAt(line.range.start), end: document.offsetAt(line.range.end) };
}

export function registerReviewNotes(context: vscode.ExtensionContext, analyses: AnalysisStore, notes: ReviewNotesStore, systemAuthor?: SystemAuthor): void {
  const threads = new NoteThreads(analyses, notes);
  const commands = new ReviewNoteCommands(threads, analyses, notes, systemAuthor);
  const resync = debouncePerDocument(250, (document) => threads.sync(document));
  const command = (id: string, run: (...args: never[]) => unknown) => vscode.commands.registerCommand(`hakusho.notes.${id}`, run);
  context.subscriptions.push(
    threads,
    resync,
    notes.onDidChange(() => threads.syncAll()),
    // a page brought to the front reads its folder's notes again (small; a watcher can miss a new file)
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (editor && analyses.isWhitePaper(editor.document)) void notes.reloadFor(editor.document.uri);
    }),
    vscode.workspace.onDidOpenTextDocument((document) => {
      threads.sync(document);
      if (analyses.isWhitePaper(document)) void notes.reloadFor(document.uri);
    }),
    vscode.workspace.onDidCloseTextDocument(() => threads.syncAll()),
    vscode.workspace.onDidChangeTextDocument((e) => { if (e.contentChanges.length && threads.showsNotesOf(e.document.uri.toString())) resync.schedule(e.document); }),
    command('create', (reply: vscode.CommentReply) => commands.createFromReply(reply)),
    command('reply', (reply: vscode.CommentReply | { id: string; text: string }) => commands.replyTo(reply)),
    command('resolve', (thread: ThreadArg) => commands.setStatus(thread, 'resolved')),
    command('reopen', (thread: ThreadArg) => commands.setStatus(thread, 'open')),
    command('setLabel', (thread: ThreadArg, chosen?: string | null) => commands.setLabel(thread, chosen)),
    command('delete', (thread: ThreadArg | { id: string; confirmed: true }) => commands.deleteNote(thread)),
    command('reattach', (thread: ThreadArg) => commands.reattach(thread)),
    command('editComment', (comment: NoteComment) => commands.editComment(comment)),
    command('saveComment', (comment: NoteComment) => commands.saveComment(comment)),
    command('cancelEdit', () => commands.cancelEdit()),
    command('deleteComment', (comment: NoteComment) => commands.deleteComment(comment)),
    command('addToSelection', (arg?: { uri?: string; start?: number; end?: number; text?: string; label?: string }) => commands.addToSelection(arg)),
    command('listOrphans', () => commands.listOrphans()),
    command('addToClaim', (arg: { uri: string; claim?: { start: number; end: number }; start?: number; end?: number }, text?: string) => commands.addToClaim(arg, text)),
    // for the suites: what each open file's threads show
    command('snapshot', () => threads.snapshot()),
  );
  void notes.ready.then(() => threads.syncAll());
}
