// Review notes shown as VS Code comment threads: one thread per note on the passage it stands on,
// found again from the text after edits (not from positions); a note whose passage is gone shows as
// an orphan at the top of its file. The editing commands are in ./reviewNotes.
import * as vscode from 'vscode';
import { AnalysisStore } from '../analysisStore';
import { anchorNote, Note } from '../core/notes';
import { ReviewNotesStore } from '../reviewNotesStore';

export const NOTES_CONTROLLER_ID = 'hakusho.notes';

/** A comment of a thread: the note itself or one of its replies. */
export class NoteComment implements vscode.Comment {
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

export interface ThreadEntry {
  thread: vscode.CommentThread;
  noteId: string;
  uri: string;
  orphaned: boolean;
}

/** A command's target: a thread from the comment widget, or `{ id }` of a note (keyboard macros, tests). */
export type ThreadArg = vscode.CommentThread | { id: string };

export class NoteThreads implements vscode.Disposable {
  readonly controller = vscode.comments.createCommentController(NOTES_CONTROLLER_ID, vscode.l10n.t('Hakusho review notes'));
  private readonly threads = new Map<string, ThreadEntry>();

  constructor(private readonly analyses: AnalysisStore, private readonly notes: ReviewNotesStore) {
    this.controller.options = { placeHolder: vscode.l10n.t('Write a note on this passage…'), prompt: vscode.l10n.t('Add a review note') };
    this.controller.commentingRangeProvider = {
      provideCommentingRanges: (document) => {
        if (!analyses.isWhitePaper(document) || !notes.placeOf(document.uri)) return [];
        return [new vscode.Range(0, 0, Math.max(0, document.lineCount - 1), 0)];
      },
    };
  }

  get(noteId: string): ThreadEntry | undefined {
    return this.threads.get(noteId);
  }

  /** The thread entry a command was given. */
  entryOf(arg: ThreadArg): ThreadEntry | undefined {
    return 'id' in arg && typeof arg.id === 'string' && !('uri' in arg)
      ? this.threads.get(arg.id)
      : [...this.threads.values()].find((e) => e.thread === arg);
  }

  /** Whether a note of `uri` is shown (so an edit of it must move threads). */
  showsNotesOf(uri: string): boolean {
    return [...this.threads.values()].some((t) => t.uri === uri);
  }

  /** A new, empty thread on `range` for the reviewer to write the note in. */
  openDraft(document: vscode.TextDocument, range: vscode.Range): void {
    const draft = this.controller.createCommentThread(document.uri, range, []);
    draft.canReply = true;
    draft.collapsibleState = vscode.CommentThreadCollapsibleState.Expanded;
  }

  /** Brings the threads of `document` in line with its notes and its text. */
  sync(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const wanted = this.analyses.isWhitePaper(document) ? this.notes.notesOf(document.uri) : [];
    const ids = new Set(wanted.map((n) => n.id));
    for (const [id, entry] of this.threads) {
      if (entry.uri === key && !ids.has(id)) { entry.thread.dispose(); this.threads.delete(id); }
    }
    for (const note of wanted) this.show(document, note);
  }

  syncAll(): void {
    for (const document of vscode.workspace.textDocuments) this.sync(document);
    for (const [id, entry] of this.threads) {
      if (!documentOf(entry.uri)) { entry.thread.dispose(); this.threads.delete(id); }
    }
  }

  /** Shows one note in `document`: its thread, created or updated in place. */
  private show(document: vscode.TextDocument, note: Note): void {
    const anchor = anchorNote(document.getText(), note.target);
    const range = anchor
      ? new vscode.Range(document.positionAt(anchor.start), document.positionAt(anchor.end))
      : new vscode.Range(0, 0, 0, 0);
    let entry = this.threads.get(note.id);
    if (entry && entry.uri !== document.uri.toString()) { entry.thread.dispose(); entry = undefined; }
    const thread = entry?.thread ?? this.controller.createCommentThread(document.uri, range, []);
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
    this.threads.set(note.id, { thread, noteId: note.id, uri: document.uri.toString(), orphaned: !anchor });
  }

  /** What each open file's threads show (for the suites). */
  snapshot(): unknown[] {
    return [...this.threads.values()].map((e) => ({
      id: e.noteId, uri: e.uri, orphaned: e.orphaned, label: e.thread.label, contextValue: e.thread.contextValue,
      state: e.thread.state === vscode.CommentThreadState.Resolved ? 'resolved' : 'open',
      range: e.thread.range ? [e.thread.range.start.line, e.thread.range.start.character, e.thread.range.end.line, e.thread.range.end.character] : null,
      comments: e.thread.comments.map((c) => ({ author: c.author.name, body: typeof c.body === 'string' ? c.body : c.body.value })),
    }));
  }

  dispose(): void {
    for (const e of this.threads.values()) e.thread.dispose();
    this.threads.clear();
    this.controller.dispose();
  }
}

export function documentOf(uri: string): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
}

function statusLabel(note: Note, orphaned: boolean): string {
  const parts = [note.label ?? '', note.status === 'resolved' ? vscode.l10n.t('resolved') : vscode.l10n.t('open')];
  if (orphaned) parts.unshift(vscode.l10n.t('passage not found: 「{0}」', shorten(note.target.quote.exact, 24)));
  return parts.filter(Boolean).join(' · ');
}

export function shorten(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
