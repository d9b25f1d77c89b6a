// F2 on a footnote number renumbers the definition and its anchors; on a heading title it retitles
// the heading, the page's breadcrumb and the references in other files that quote the title.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { exec, fmtRange, hoverText, waitFor, openPage } from '../helpers';

function posOf(doc: vscode.TextDocument, needle: string, skip: number): vscode.Position {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `${needle} is in ${doc.uri.path}`);
  return doc.positionAt(at + skip);
}

function editsByFile(edit: vscode.WorkspaceEdit): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [uri, edits] of edit.entries()) {
    out[uri.path.replace(/^.*\/workspace\//, '')] = edits.map((e) => `${fmtRange(e.range)}=${e.newText}`).sort();
  }
  return out;
}

describe('rename (F2)', function () {
  this.timeout(30000);

  it('renumbers footnote 3: the anchor on line 9 and the definition on line 21', async () => {
    const doc = await openPage('pages/nd111200.txt');
    const anchor = posOf(doc, '課題となっている3', 8);
    const edit = await exec<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, anchor, '9');
    const anchorOffset = doc.getText().indexOf('課題となっている3') + 8;
    const a = doc.positionAt(anchorOffset);
    assert.deepEqual(editsByFile(edit), {
      'pages/nd111200.txt': ['20:0-20:1=9', `${a.line}:${a.character}-${a.line}:${a.character + 1}=9`],
    });
  });

  it('retitles a heading, its breadcrumb and the quoting reference in another file', async () => {
    const doc = await openPage('pages/nd111200.txt');
    await waitFor(() => exec<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, new vscode.Position(4, 3)),
      (locs) => (locs ?? []).some((l) => l.uri.path.endsWith('nd112000.txt')), 15000);
    const edit = await exec<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, new vscode.Position(4, 5), '地域の通信を支える人材');
    const files = editsByFile(edit);
    assert.deepEqual(Object.keys(files).sort(), ['pages/nd111200.txt', 'pages/nd112000.txt']);
    assert.equal(files['pages/nd111200.txt'].length, 2, 'the heading and the breadcrumb');
    assert.ok(files['pages/nd111200.txt'].includes('4:2-4:14=地域の通信を支える人材'));
    assert.equal(files['pages/nd112000.txt'].length, 1);
  });

  it('leaves a Shift_JIS page that quotes the title untouched, and says why', async () => {
    // the index decodes Shift_JIS itself; the editor would open the page as UTF-8 and edit mojibake
    const fixture = path.resolve(__dirname, '../../../test/fixtures/rename/quoting-shift-jis.txt');
    const page = path.join(vscode.workspace.workspaceFolders![0].uri.fsPath, 'pages', 'quoting-shift-jis.txt');
    const bytes = fs.readFileSync(fixture);
    fs.writeFileSync(page, bytes);
    try {
      const doc = await openPage('pages/nd111200.txt');
      const quoted = (locs: vscode.Location[] | undefined) => (locs ?? []).some((l) => l.uri.path.endsWith('quoting-shift-jis.txt'));
      const locs = await waitFor(() => exec<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, new vscode.Position(4, 3)), quoted, 15000);
      assert.ok(quoted(locs), 'the index read the Shift_JIS page and found its reference');
      await assert.rejects(
        Promise.resolve(exec('vscode.executeDocumentRenameProvider', doc.uri, new vscode.Position(4, 5), '地域の通信を支える人材')),
        /quoting-shift-jis\.txt.*Shift_JIS/,
      );
      assert.deepEqual(fs.readFileSync(page), bytes, 'the page on disk is unchanged');
      // asked again, with the page now open in the editor as mojibake: still refused, not silently skipped
      await new Promise((r) => setTimeout(r, 700));
      await assert.rejects(
        Promise.resolve(exec('vscode.executeDocumentRenameProvider', doc.uri, new vscode.Position(4, 5), '地域の通信を支える人材')),
        /quoting-shift-jis\.txt.*Shift_JIS/,
      );
    } finally {
      fs.rmSync(page, { force: true });
    }
  });

  it('refuses a footnote number that is not a number', async () => {
    const doc = await openPage('pages/nd111200.txt');
    await assert.rejects(
      Promise.resolve(exec('vscode.executeDocumentRenameProvider', doc.uri, posOf(doc, '課題となっている3', 8), 'abc')),
    );
  });
});

describe('Renumber Footnotes command', function () {
  this.timeout(30000);

  it('renumbers an untitled page in citation order, definitions moved to match, undoably', async () => {
    // the page the unit tests renumber too: footnote 6 was inserted between 3 and 4
    const content = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/rename/nd211100-footnotes.txt'), 'utf8');
    const doc = await vscode.workspace.openTextDocument({ language: 'hakusho', content });
    await vscode.window.showTextDocument(doc);
    const applied = await exec<boolean>('hakusho.renumberFootnotes', doc.uri, new vscode.Position(8, 0));
    assert.equal(applied, true);
    const text = doc.getText();
    assert.match(text, /進んだ3。新しく加えた注がここにある4。維持費用の負担が課題である5。/);
    assert.deepEqual(text.split('\n').slice(8), ['3 白書編集室調べ。', '', '4 新しく加えた注記。', '', '5 事業者へのインタビューによる。']);
    await exec('undo');
    assert.match(doc.getText(), /ここにある6。/);
    await exec('workbench.action.revertAndCloseActiveEditor');
  });
});

// A number glued to anchor 12 (`約22,00012、`, definition `12　…` below in the same block, cited by nothing
// else) is read as anchor 12 with doubt: an ordinary number could end in those digits. Note 10 was deleted,
// so renumbering moves 11 to 10 and 12 to 11.
const DOUBTFUL_PAGE = [
  '白書トップ > 政策 > 白書 > 令和8年版 > 回線の利用',
  '第Ⅱ部 情報通信分野の現状と課題',
  '第1節 固定通信',
  '',
  '1　回線の利用',
  '',
  '整備が進んだ9。新しく加えた注がここにある11。契約数は約22,00012、前年より増えた。',
  '',
  '9　白書編集室調べ。',
  '',
  '11　新しく加えた注記。',
  '',
  '12　架空省「回線利用調査」（2025）',
].join('\n');

describe('a doubtful anchor (F2 on it in the refactor preview: test/e2e/renamePreview.mjs)', function () {
  this.timeout(30000);

  it('its hover says the reading is doubtful, above the footnote', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'hakusho', content: DOUBTFUL_PAGE });
    await vscode.window.showTextDocument(doc);
    const hover = hoverText(await waitFor(() => exec<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, posOf(doc, '22,00012', 7)),
      (h) => hoverText(h).includes('回線利用調査'), 5000));
    assert.match(hover, /Footnote 12|脚注 12/);
    assert.match(hover, /Doubtful reading|確かでない読み取り/, 'the digits glued to 22,000 are read as anchor 12 with doubt');
    assert.ok(hover.indexOf('回線利用調査') > hover.search(/Doubtful reading|確かでない読み取り/), 'the warning comes first');
    await exec('workbench.action.revertAndCloseActiveEditor');
  });

  it('Renumber Footnotes opens the refactor preview with its digits unchecked: applied as proposed, they stay as written', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'hakusho', content: DOUBTFUL_PAGE });
    await vscode.window.showTextDocument(doc);
    await waitFor(() => exec<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, posOf(doc, '22,00012', 7)), (h) => hoverText(h).length > 0, 5000);

    // note 10 is gone: 11 becomes 10, and 12 (cited only by the doubtful digits) 11
    let settled = false;
    const renumbering = Promise.resolve(exec<boolean>('hakusho.renumberFootnotes', doc.uri, new vscode.Position(8, 0))).finally(() => { settled = true; });
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(settled, false, 'the edit waits in the refactor preview');
    assert.equal(doc.getText(), DOUBTFUL_PAGE, 'nothing is applied before the user does');
    // the user applies the refactoring as the preview proposes it (no box ticked or unticked)
    for (const end = Date.now() + 15000; !settled && Date.now() < end;) {
      await exec('refactorPreview.apply');
      await new Promise((r) => setTimeout(r, 300));
    }
    assert.equal(await renumbering, true);
    const text = doc.getText();
    assert.match(text, /新しく加えた注がここにある10。契約数は約22,00012、/, 'the sure anchor is renumbered, the doubtful digits are not');
    assert.match(text, /\n10　新しく加えた注記。\n\n11　架空省「回線利用調査」（2025）$/);
    await exec('workbench.action.revertAndCloseActiveEditor');
  });
});
