// Review notes as VS Code comment threads: select a passage of a white paper (or right-click a
// claim) and add a note; reply, edit, delete, resolve, reopen and label it with the ordinary
// comment-thread gestures. Threads follow their passage as the text is edited (re-anchored from
// the text, not from positions), and a note whose passage is gone stays visible as an orphan at
// the top of its file until it is re-attached to a new selection or deleted.
import * as vscode from 'vscode';
import { AnalysisStore } from '../analysisStore';
import { anchorNote, newNoteId, Note, NoteReply, retarget, selectorsFor } from '../core/notes';
import { headingsAt } from '../core/queries';
import { ReviewNotesStore } from '../reviewNotesStore';
import { debouncePerDocument } from '../debounce';

export const NOTES_CONTROLLER_ID = 'hakusho.notes';

/** A comment of a thread: the note itself or one of its replies. */
class NoteComment implements vscode.Comment {
  body: string | vscode.MarkdownString;
  mode = vscode.CommentMode.Preview;
  author: vscode.CommentAuthorInformation;
  timestamp: Date;
  label: string | undefined;
  contextValue: string;
  constructor(readonly noteId: string, readonly replyId: string | null, author: string, created: string, text: string, label: string | undefined, readonly thread: vscode.CommentThread) {
    // plain text: a note is what a reviewer typed, never markup to render
    this.body = text;
    this.author = { name: author };
    this.timestamp = new Date(created);
    this.label = label;
    this.contextValue = replyId ? 'hakusho.noteReply' : 'hakusho.note';
  }
}

interface ThreadEntry {
  thread: vscode.CommentThread;
  noteId: string;
  uri: string;
  orphaned: boolean;
}

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

export function registerReviewNotes(context: vscode.ExtensionContext, analyses: AnalysisStore, notes: ReviewNotesStore, systemAuthor?: SystemAuthor): void {
  const controller = vscode.comments.createCommentController(NOTES_CONTROLLER_ID, vscode.l10n.t('Hakusho review notes'));
  controller.options = { placeHolder: vscode.l10n.t('Write a note on this passage…'), prompt: vscode.l10n.t('Add a review note') };
  controller.commentingRangeProvider = {
    provideCommentingRanges: (document) => {
      if (!analyses.isWhitePaper(document) || !notes.placeOf(document.uri)) return [];
      return [new vscode.Range(0, 0, Math.max(0, document.lineCount - 1), 0)];
    },
  };
  const threads = new Map<string, ThreadEntry>();

  const documentOf = (uri: string) => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);

  function statusLabel(note: Note, orphaned: boolean): string {
    const parts = [note.label ?? '', note.status === 'resolved' ? vscode.l10n.t('resolved') : vscode.l10n.t('open')];
    if (orphaned) parts.unshift(vscode.l10n.t('passage not found: 「{0}」', shorten(note.target.quote.exact, 24)));
    return parts.filter(Boolean).join(' · ');
  }

  /** Shows one note in `document`: its thread, created or updated in place. */
  function show(document: vscode.TextDocument, note: Note): void {
    const anchor = anchorNote(document.getText(), note.target);
    const range = anchor
      ? new vscode.Range(document.positionAt(anchor.start), document.positionAt(anchor.end))
      : new vscode.Range(0, 0, 0, 0);
    let entry = threads.get(note.id);
    if (entry && entry.uri !== document.uri.toString()) { entry.thread.dispose(); entry = undefined; }
    const thread = entry?.thread ?? controller.createCommentThread(document.uri, range, []);
    thread.range = range;
    thread.canReply = true;
    thread.label = statusLabel(note, !anchor);
    thread.state = note.status === 'resolved' ? vscode.CommentThreadState.Resolved : vscode.CommentThreadState.Unresolved;
    thread.contextValue = `hakusho.noteThread.${note.status}${anchor ? '' : '.orphaned'}`;
    thread.comments = [
      new NoteComment(note.id, null, note.author, note.created, note.text, note.label ?? undefined, thread),
      ...note.replies.map((r) => new NoteComment(note.id, r.id, r.author, r.created, r.text, undefined, thread)),
    ];
    if (!entry) thread.collapsibleState = vscode.CommentThreadCollapsibleState.Collapsed;
    threads.set(note.id, { thread, noteId: note.id, uri: document.uri.toString(), orphaned: !anchor });
  }

  /** Brings the threads of `document` in line with its notes and its text. */
  function sync(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const wanted = analyses.isWhitePaper(document) ? notes.notesOf(document.uri) : [];
    const ids = new Set(wanted.map((n) => n.id));
    for (const [id, entry] of threads) {
      if (entry.uri === key && !ids.has(id)) { entry.thread.dispose(); threads.delete(id); }
    }
    for (const note of wanted) show(document, note);
  }

  function syncAll(): void {
    for (const document of vscode.workspace.textDocuments) sync(document);
    for (const [id, entry] of threads) {
      if (!documentOf(entry.uri)) { entry.thread.dispose(); threads.delete(id); }
    }
  }

  const noteById = (id: string) => notes.allNotes().find((n) => n.note.id === id);

  /** The passage a thread stands on now, as the note's new target. */
  function targetFor(document: vscode.TextDocument, range: vscode.Range): { start: number; end: number } {
    let start = document.offsetAt(range.start), end = document.offsetAt(range.end);
    if (start === end) {
      // a thread opened from the gutter covers whole lines: take the line's text
      const line = document.lineAt(range.start.line);
      start = document.offsetAt(line.range.start);
      end = document.offsetAt(line.range.end);
    }
    return { start, end };
  }

  function addressAt(document: vscode.TextDocument, offset: number): string[] {
    const doc = analyses.get(document);
    return headingsAt(doc, offset).filter((h) => h.number).map((h) => h.number);
  }

  async function failWith<T>(work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await work();
    } catch (e) {
      void vscode.window.showErrorMessage((e as Error).message);
      return undefined;
    }
  }

  /** Creates a note on `range` of `document` with `text`; returns its id. */
  async function createNote(document: vscode.TextDocument, range: vscode.Range, text: string, label: string | null = null): Promise<string | undefined> {
    const place = notes.placeOf(document.uri);
    if (!place) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Review notes are kept in .hakusho/notes.json of a workspace folder: open the folder that holds this file.'));
      return undefined;
    }
    const { start, end } = targetFor(document, range);
    if (start === end) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select the passage the note is about (an empty line cannot carry a note).'));
      return undefined;
    }
    const now = new Date();
    const note: Note = {
      id: newNoteId(now), author: await authorName(place.folder.uri, systemAuthor), created: now.toISOString(), text, label, status: 'open', replies: [],
      target: { file: place.file, address: addressAt(document, start), ...selectorsFor(document.getText(), start, end) },
    };
    return failWith(async () => {
      await notes.update(document.uri, (list) => [...list, note]);
      return note.id;
    });
  }

  /** Changes one note (re-anchored to where its passage is now, when its document is open). */
  function changeNote(id: string, change: (note: Note) => Note | null): Promise<void | undefined> {
    const found = noteById(id);
    if (!found) return Promise.resolve(undefined);
    return failWith(() => notes.update(found.uri, (list) => list.flatMap((n) => {
      if (n.id !== id) return [n];
      const changed = change(refreshed(n, found.uri));
      return changed ? [changed] : [];
    })));
  }

  /** The note with its target moved to where its passage is now, when the file is open and the passage found. */
  function refreshed(note: Note, uri: vscode.Uri): Note {
    const document = documentOf(uri.toString());
    if (!document) return note;
    const anchor = anchorNote(document.getText(), note.target);
    if (!anchor || anchor.method === 'position') return note;
    return retarget(note, document.getText(), anchor.start, anchor.end, addressAt(document, anchor.start));
  }

  /** A command's target: a thread from the comment widget, or `{ id }` of a note (keyboard macros, tests). */
  type ThreadArg = vscode.CommentThread | { id: string };
  const entryOfThread = (arg: ThreadArg) => ('id' in arg && typeof arg.id === 'string' && !('uri' in arg)
    ? threads.get(arg.id)
    : [...threads.values()].find((e) => e.thread === arg));

  // ---- commands (from the comment widgets' menus, and for keyboard / palette use)

  async function createFromReply(reply: vscode.CommentReply): Promise<void> {
    const existing = entryOfThread(reply.thread);
    if (existing) return replyTo(reply);
    const document = await vscode.workspace.openTextDocument(reply.thread.uri);
    const range = reply.thread.range ?? new vscode.Range(0, 0, 0, 0);
    reply.thread.dispose(); // the draft thread; the note's own thread replaces it
    const id = await createNote(document, range, reply.text);
    const created = id ? threads.get(id) : undefined;
    if (created) created.thread.collapsibleState = vscode.CommentThreadCollapsibleState.Expanded;
  }

  async function replyTo(reply: vscode.CommentReply | { id: string; text: string }): Promise<void> {
    const entry = entryOfThread('thread' in reply ? reply.thread : reply);
    if (!entry) return 'thread' in reply ? createFromReply(reply) : undefined;
    const found = noteById(entry.noteId);
    const folder = found ? vscode.workspace.getWorkspaceFolder(found.uri)?.uri : undefined;
    const now = new Date();
    const r: NoteReply = { id: newNoteId(now), author: await authorName(folder, systemAuthor), created: now.toISOString(), text: reply.text };
    await changeNote(entry.noteId, (n) => ({ ...n, replies: [...n.replies, r] }));
  }

  const setStatus = (status: Note['status']) => (thread: ThreadArg) => {
    const entry = entryOfThread(thread);
    if (entry) void changeNote(entry.noteId, (n) => ({ ...n, status, updated: new Date().toISOString() }));
  };

  async function setLabel(thread: ThreadArg, chosen?: string | null): Promise<void> {
    const entry = entryOfThread(thread);
    if (!entry) return;
    if (chosen !== undefined) {
      await changeNote(entry.noteId, (n) => ({ ...n, label: chosen, updated: new Date().toISOString() }));
      return;
    }
    const current = noteById(entry.noteId)?.note.label ?? null;
    const none = vscode.l10n.t('(no label)');
    const items = [...configuredLabels(vscode.Uri.parse(entry.uri)), none].map((label) => ({ label, picked: label === (current ?? none), description: label === (current ?? none) ? vscode.l10n.t('current') : undefined }));
    const choice = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Label of this note') });
    if (choice) await changeNote(entry.noteId, (n) => ({ ...n, label: choice.label === none ? null : choice.label, updated: new Date().toISOString() }));
  }

  async function deleteNote(thread: ThreadArg | { id: string; confirmed: true }): Promise<void> {
    const entry = entryOfThread(thread);
    if (!entry) { if ('dispose' in thread) thread.dispose(); return; }
    const yes = vscode.l10n.t('Delete');
    const confirmed = 'confirmed' in thread && thread.confirmed === true
      || await vscode.window.showWarningMessage(vscode.l10n.t('Delete this note and its replies?'), { modal: true }, yes) === yes;
    if (confirmed) await changeNote(entry.noteId, () => null);
  }

  async function reattach(thread: ThreadArg): Promise<void> {
    const entry = entryOfThread(thread);
    const editor = vscode.window.activeTextEditor;
    if (!entry || !editor || editor.document.uri.toString() !== entry.uri || editor.selection.isEmpty) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select the passage in this file that the note should be attached to, then choose Re-attach.'));
      return;
    }
    const document = editor.document;
    const start = document.offsetAt(editor.selection.start), end = document.offsetAt(editor.selection.end);
    await changeNote(entry.noteId, (n) => ({ ...retarget(n, document.getText(), start, end, addressAt(document, start)), updated: new Date().toISOString() }));
  }

  function editComment(comment: NoteComment): void {
    comment.mode = vscode.CommentMode.Editing;
    comment.thread.comments = [...comment.thread.comments];
  }

  async function saveComment(comment: NoteComment): Promise<void> {
    const text = typeof comment.body === 'string' ? comment.body : comment.body.value;
    const updated = new Date().toISOString();
    await changeNote(comment.noteId, (n) => comment.replyId
      ? { ...n, replies: n.replies.map((r) => (r.id === comment.replyId ? { ...r, text, updated } : r)) }
      : { ...n, text, updated });
  }

  function cancelEdit(): void {
    for (const document of vscode.workspace.textDocuments) sync(document);
  }

  async function deleteComment(comment: NoteComment): Promise<void> {
    if (!comment.replyId) return deleteNote(comment.thread);
    await changeNote(comment.noteId, (n) => ({ ...n, replies: n.replies.filter((r) => r.id !== comment.replyId) }));
  }

  /** Opens a draft thread on the selection (or, with `text`, adds the note at once: for keyboard macros and tests). */
  async function addToSelection(arg?: { uri?: string; start?: number; end?: number; text?: string; label?: string }): Promise<string | undefined> {
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
    if (!analyses.isWhitePaper(document)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Review notes are for white-paper files.'));
      return undefined;
    }
    if (arg?.text !== undefined) return createNote(document, range, arg.text, arg.label ?? null);
    const draft = controller.createCommentThread(document.uri, range, []);
    draft.canReply = true;
    draft.collapsibleState = vscode.CommentThreadCollapsibleState.Expanded;
    return undefined;
  }

  /** A note on a claim's sentence, from the Claims view's context menu (a claim node or a claim location). */
  async function addToClaim(arg: { uri: string; claim?: { start: number; end: number }; start?: number; end?: number }, text?: string): Promise<string | undefined> {
    const span = arg.claim ?? (arg.start !== undefined && arg.end !== undefined ? { start: arg.start, end: arg.end } : undefined);
    if (!span) return undefined;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(arg.uri));
    const editor = await vscode.window.showTextDocument(document);
    const range = new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return addToSelection({ uri: arg.uri, start: span.start, end: span.end, text });
  }

  /** Notes whose passage could not be found, to pick one and go to its thread. */
  async function listOrphans(): Promise<void> {
    const orphans: { label: string; description: string; uri: vscode.Uri; id: string }[] = [];
    for (const { uri, note } of notes.allNotes()) {
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
      const entry = threads.get(choice.id);
      if (entry) entry.thread.collapsibleState = vscode.CommentThreadCollapsibleState.Expanded;
    }
  }

  const resync = debouncePerDocument(250, sync);
  context.subscriptions.push(
    controller,
    resync,
    { dispose: () => { for (const e of threads.values()) e.thread.dispose(); threads.clear(); } },
    notes.onDidChange(syncAll),
    // a page brought to the front reads its folder's notes again (small; a watcher can miss a new file)
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (editor && analyses.isWhitePaper(editor.document)) void notes.reloadFor(editor.document.uri);
    }),
    vscode.workspace.onDidOpenTextDocument((document) => {
      sync(document);
      if (analyses.isWhitePaper(document)) void notes.reloadFor(document.uri);
    }),
    vscode.workspace.onDidCloseTextDocument(() => syncAll()),
    vscode.workspace.onDidChangeTextDocument((e) => { if (e.contentChanges.length && [...threads.values()].some((t) => t.uri === e.document.uri.toString())) resync.schedule(e.document); }),
    vscode.commands.registerCommand('hakusho.notes.create', createFromReply),
    vscode.commands.registerCommand('hakusho.notes.reply', replyTo),
    vscode.commands.registerCommand('hakusho.notes.resolve', setStatus('resolved')),
    vscode.commands.registerCommand('hakusho.notes.reopen', setStatus('open')),
    vscode.commands.registerCommand('hakusho.notes.setLabel', setLabel),
    vscode.commands.registerCommand('hakusho.notes.delete', deleteNote),
    vscode.commands.registerCommand('hakusho.notes.reattach', reattach),
    vscode.commands.registerCommand('hakusho.notes.editComment', editComment),
    vscode.commands.registerCommand('hakusho.notes.saveComment', saveComment),
    vscode.commands.registerCommand('hakusho.notes.cancelEdit', cancelEdit),
    vscode.commands.registerCommand('hakusho.notes.deleteComment', deleteComment),
    vscode.commands.registerCommand('hakusho.notes.addToSelection', addToSelection),
    vscode.commands.registerCommand('hakusho.notes.listOrphans', listOrphans),
    vscode.commands.registerCommand('hakusho.notes.addToClaim', addToClaim),
    // for the suites: what each open file's threads show
    vscode.commands.registerCommand('hakusho.notes.snapshot', () => [...threads.values()].map((e) => ({
      id: e.noteId, uri: e.uri, orphaned: e.orphaned, label: e.thread.label, contextValue: e.thread.contextValue,
      state: e.thread.state === vscode.CommentThreadState.Resolved ? 'resolved' : 'open',
      range: e.thread.range ? [e.thread.range.start.line, e.thread.range.start.character, e.thread.range.end.line, e.thread.range.end.character] : null,
      comments: e.thread.comments.map((c) => ({ author: c.author.name, body: typeof c.body === 'string' ? c.body : c.body.value })),
    }))),
  );
  void notes.ready.then(syncAll);
}

function shorten(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
