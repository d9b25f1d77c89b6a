// Review notes in a real VS Code: a note added to a selection and to a claim shows as a comment
// thread on its passage and lands in .hakusho/notes.json; reply, label, resolve; the thread follows
// its passage when text is typed above it and when the file changes on disk; a note whose passage
// is gone is kept and shown as orphaned. Page: notes/nd141100.txt.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { exec, openPage, waitFor, wsUri } from '../helpers';

const PAGE = 'notes/nd141100.txt';
const PASSAGE = '事業者の投資だけでは採算が合わない地域が残っている';
const CLAIM_SENTENCE = 'このため、国は整備費用の一部を補助する制度を設けており、地域の実情に応じた支援を続ける必要がある。';

interface ThreadSnapshot {
  id: string;
  uri: string;
  orphaned: boolean;
  label: string;
  contextValue: string;
  state: 'open' | 'resolved';
  range: [number, number, number, number] | null;
  comments: { author: string; body: string }[];
}

const snapshot = () => exec<ThreadSnapshot[]>('hakusho.notes.snapshot');
const notesFile = () => wsUri('.hakusho/notes.json');
const readNotes = (): { notes: { id: string; text: string; label: string | null; status: string; replies: { text: string }[]; target: { file: string; address: string[]; quote: { exact: string } } }[] } =>
  JSON.parse(fs.readFileSync(notesFile().fsPath, 'utf8'));

/** The text a thread's range covers in `doc`. */
function covered(doc: vscode.TextDocument, t: ThreadSnapshot): string {
  assert.ok(t.range);
  const [sl, sc, el, ec] = t.range;
  return doc.getText(new vscode.Range(sl, sc, el, ec));
}

describe('review notes in the editor', function () {
  this.timeout(60000);
  let original: string;
  /** The note added to a selection, and the one added to a claim. */
  let selectionNote = '', claimNote = '';
  const noteById = (id: string) => readNotes().notes.find((n) => n.id === id)!;

  before(async () => {
    await vscode.workspace.getConfiguration('hakusho').update('notes.author', '査読者A', vscode.ConfigurationTarget.Workspace);
    original = fs.readFileSync(wsUri(PAGE).fsPath, 'utf8');
    fs.rmSync(notesFile().fsPath, { force: true });
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.writeFileSync(wsUri(PAGE).fsPath, original);
    fs.rmSync(notesFile().fsPath, { force: true });
    await vscode.workspace.getConfiguration('hakusho').update('notes.author', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('adds a note to a selection: a thread on the passage, written to .hakusho/notes.json with its address and quote', async () => {
    const doc = await openPage(PAGE);
    const start = doc.getText().indexOf(PASSAGE);
    const id = await exec<string>('hakusho.notes.addToSelection', { uri: doc.uri.toString(), start, end: start + PASSAGE.length, text: '出典の調査年を確認', label: '出典' });
    assert.ok(id, 'the note was created');
    selectionNote = id;
    const threads = await waitFor(snapshot, (ts) => ts.some((t) => t.id === id));
    const t = threads.find((x) => x.id === id)!;
    assert.equal(covered(doc, t), PASSAGE);
    assert.equal(t.state, 'open');
    assert.match(t.label, /出典/);
    assert.deepEqual(t.comments, [{ author: '査読者A', body: '出典の調査年を確認' }]);
    const stored = readNotes().notes.find((n) => n.id === id)!;
    assert.equal(stored.target.file, PAGE);
    assert.deepEqual(stored.target.address, ['Ⅰ', '4', '1']);
    assert.equal(stored.target.quote.exact, PASSAGE);
  });

  it('adds a note to a claim from the Claims view, on the claim\'s sentence', async () => {
    const doc = await openPage(PAGE);
    const start = doc.getText().indexOf(CLAIM_SENTENCE);
    const id = await exec<string>('hakusho.notes.addToClaim', { uri: doc.uri.toString(), claim: { start, end: start + CLAIM_SENTENCE.length } }, '支援の中身が書かれていない');
    claimNote = id;
    const threads = await waitFor(snapshot, (ts) => ts.some((t) => t.id === id));
    assert.equal(covered(doc, threads.find((t) => t.id === id)!), CLAIM_SENTENCE);
    // the Claims view counts the notes on each claim, and can show only claims with open notes
    type Item = { type: string; text?: string; description?: string; children: Item[] };
    const claimItems = (items: Item[]): Item[] => items.flatMap((i) => (i.type === 'claim' ? [i] : claimItems(i.children)));
    const listed = async () => claimItems((await exec<{ items: Item[] }>('hakusho.claims.snapshot')).items);
    const noted = await waitFor(listed, (cs) => cs.some((c) => c.text === CLAIM_SENTENCE && /1 note/.test(c.description ?? '')), 10000);
    assert.match(noted.find((c) => c.text === CLAIM_SENTENCE)!.description ?? '', /1 note, 1 open/);
    assert.ok(noted.length > 1, 'the page has other claims');
    await exec('hakusho.claims.onlyWithOpenNotes');
    try {
      const only = await waitFor(listed, (cs) => cs.length === 1, 10000);
      assert.deepEqual(only.map((c) => c.text), [CLAIM_SENTENCE]);
    } finally {
      await exec('hakusho.claims.showAllNotes');
    }
  });

  it('reply, label and resolve change the thread and only that note in the file', async () => {
    const first = noteById(selectionNote);
    const before = fs.readFileSync(notesFile().fsPath, 'utf8');
    await exec('hakusho.notes.reply', { id: first.id, text: '2025年の調査で最新です' });
    await exec('hakusho.notes.setLabel', { id: first.id }, '要確認');
    await exec('hakusho.notes.resolve', { id: first.id });
    const t = (await waitFor(snapshot, (ts) => ts.some((x) => x.id === first.id && x.state === 'resolved'))).find((x) => x.id === first.id)!;
    assert.equal(t.state, 'resolved');
    assert.match(t.label, /要確認/);
    assert.deepEqual(t.comments.map((c) => c.body), ['出典の調査年を確認', '2025年の調査で最新です']);
    const after = readNotes();
    assert.equal(after.notes.find((n) => n.id === first.id)!.status, 'resolved');
    // the other note's lines are untouched
    const other = (notes: { id: string }[]) => JSON.stringify(notes.find((n) => n.id === claimNote));
    assert.equal(other(after.notes), other(JSON.parse(before).notes));
  });

  it('follows its passage when text is typed above it', async () => {
    const doc = await openPage(PAGE);
    const editor = await vscode.window.showTextDocument(doc);
    const id = selectionNote;
    await editor.edit((e) => e.insert(new vscode.Position(5, 0), '本項では、地域の通信基盤の整備状況を概観する。\n\n'));
    const t = (await waitFor(snapshot, (ts) => ts.some((x) => x.id === id && x.range?.[0] === 8))).find((x) => x.id === id)!;
    assert.equal(t.range?.[0], 8, 'the thread moved down two lines with its passage');
    assert.equal(covered(doc, t), PASSAGE);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('re-anchors when the file changes on disk, and keeps a note whose passage is gone as an orphan', async () => {
    const doc = await openPage(PAGE);
    const [first, second] = [noteById(selectionNote), noteById(claimNote)];
    // a colleague inserts a paragraph above and rewrites the claim sentence
    const changed = original
      .replace('1 固定通信網の整備\n', '1 固定通信網の整備\n\n総務省は、地域の通信基盤を毎年調査している。\n')
      .replace(CLAIM_SENTENCE, '国の補助制度は令和7年度で終了した。');
    fs.writeFileSync(wsUri(PAGE).fsPath, changed);
    const threads = await waitFor(snapshot, (ts) => ts.some((x) => x.id === second.id && x.orphaned) && ts.some((x) => x.id === first.id && x.range?.[0] === 8), 15000);
    const moved = threads.find((x) => x.id === first.id)!;
    assert.equal(moved.range?.[0], 8, "two lines were added above");
    assert.equal(covered(doc, moved), PASSAGE);
    const orphan = threads.find((x) => x.id === second.id)!;
    assert.ok(orphan.orphaned, 'the note whose sentence was rewritten is orphaned');
    assert.match(orphan.contextValue, /orphaned$/);
    assert.match(orphan.label, /このため、国は整備費用/);
    assert.equal(readNotes().notes.length, 2, 'nothing was dropped from the notes file');
  });

  it('an orphan can be re-attached to a new selection, or deleted', async () => {
    const doc = await openPage(PAGE);
    const editor = await vscode.window.showTextDocument(doc);
    const second = noteById(claimNote);
    const newText = '国の補助制度は令和7年度で終了した。';
    const start = doc.getText().indexOf(newText);
    editor.selection = new vscode.Selection(doc.positionAt(start), doc.positionAt(start + newText.length));
    await exec('hakusho.notes.reattach', { id: second.id });
    const t = (await waitFor(snapshot, (ts) => ts.some((x) => x.id === second.id && !x.orphaned))).find((x) => x.id === second.id)!;
    assert.equal(covered(doc, t), newText);
    assert.equal(noteById(claimNote).target.quote.exact, newText);
    await exec('hakusho.notes.delete', { id: second.id, confirmed: true });
    await waitFor(snapshot, (ts) => !ts.some((x) => x.id === second.id));
    assert.deepEqual(readNotes().notes.map((n) => n.id), [selectionNote]);
  });

  it('never writes the notes file through a symbolic link (it could lead outside the workspace)', async () => {
    const outside = `${fs.mkdtempSync('/tmp/hakusho-notes-outside-')}/notes.json`;
    const saved = fs.readFileSync(notesFile().fsPath);
    fs.rmSync(notesFile().fsPath);
    fs.symlinkSync(outside, notesFile().fsPath);
    try {
      const doc = await openPage(PAGE);
      const start = doc.getText().indexOf('山間部');
      const id = await exec<string | undefined>('hakusho.notes.addToSelection', { uri: doc.uri.toString(), start, end: start + 3, text: 'リンク越しには書かない' });
      assert.equal(id, undefined, 'the note is refused');
      assert.ok(!fs.existsSync(outside), 'nothing was written where the link points');
      assert.ok(fs.lstatSync(notesFile().fsPath).isSymbolicLink(), 'the link itself is left as it was');
    } finally {
      fs.rmSync(notesFile().fsPath, { force: true });
      fs.writeFileSync(notesFile().fsPath, saved);
    }
  });
});
