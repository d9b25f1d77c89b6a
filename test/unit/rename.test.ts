// Renaming a footnote number or a heading title changes every place that depends on it, and
// refuses what would break the text.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyzeText } from '../../src/core/analyze';
import { analyzeDocument } from '../../src/core/analyzeDocument';
import { WhitePaperDocument } from '../../src/core/model';
import { footnoteRenameEdits, headingRenameEdits, renumberBlockEdits, TextEdit } from '../../src/core/rename';
import { WorkspaceIndex } from '../../src/core/workspaceIndex';

/** A page whose footnote 6 was inserted between 3 and 4 (shared with the editor suite). */
const footnotePage = fs.readFileSync(path.resolve(__dirname, '../fixtures/rename/nd211100-footnotes.txt'), 'utf8');

function apply(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** Marks the anchor whose digits end `before` as read with doubt, as the parser marks an anchor an ordinary number could also explain. */
function doubt(doc: WhitePaperDocument, before: string, reason = 'glued to a number'): WhitePaperDocument {
  const at = doc.text.indexOf(before) + before.length;
  const anchor = doc.anchors.find((a) => a.end === at);
  assert.ok(anchor, `an anchor ends ${before}`);
  anchor.confidence = 'doubtful';
  anchor.doubt = reason;
  return doc;
}

describe('rename', () => {
  const page = footnotePage;

  it('renumbers a footnote: its definition and every anchor, nothing else', () => {
    const doc = analyzeText('file:///ws/nd211100.txt', page);
    const def = doc.footnotes.find((f) => f.number === 3)!;
    const edits = footnoteRenameEdits(doc, def, '5');
    assert.ok(Array.isArray(edits));
    const after = apply(page, edits);
    assert.match(after, /進んだ5。/);
    assert.match(after, /^5 白書編集室調べ。$/m);
    assert.match(after, /課題である4。/);
  });

  it('refuses a number that is not 1–999 or that the block already has', () => {
    const doc = analyzeText('file:///ws/nd211100.txt', page);
    const def = doc.footnotes.find((f) => f.number === 3)!;
    assert.deepEqual(footnoteRenameEdits(doc, def, 'x'), { refused: 'footnote-number' });
    assert.deepEqual(footnoteRenameEdits(doc, def, '4'), { refused: 'footnote-exists', number: 4 });
  });

  it('marks the edit of a doubtful anchor for confirmation, and only that one', () => {
    const text = page.replace('維持費用の負担が課題である4。', '維持費用の負担が課題である4。負担は重い4。');
    const doc = doubt(analyzeText('file:///ws/nd211100.txt', text), '負担は重い4');
    const def = doc.footnotes.find((f) => f.number === 4)!;
    assert.equal(def.anchors.length, 2, 'the glued digits are read as a second citation of footnote 4');
    const edits = footnoteRenameEdits(doc, def, '5');
    assert.ok(Array.isArray(edits));
    const doubtful = edits.filter((e) => e.doubtful);
    assert.deepEqual(doubtful.map((e) => [text.slice(e.start - 5, e.end), e.doubtful]), [['負担は重い4', { number: 4, reason: 'glued to a number' }]]);
    // what applies without the user's confirmation: the definition and the sure anchor, not the doubtful digit
    const sure = apply(text, edits.filter((e) => !e.doubtful));
    assert.match(sure, /課題である5。負担は重い4。/);
    assert.match(sure, /^5 事業者へのインタビューによる。$/m);
  });

  it('a rename started on the doubtful anchor itself rewrites it as the user chose', () => {
    const text = page.replace('課題である4。', '課題である4。負担は重い4。');
    const doc = doubt(analyzeText('file:///ws/nd211100.txt', text), '負担は重い4');
    const def = doc.footnotes.find((f) => f.number === 4)!;
    const at = text.indexOf('負担は重い4') + 5;
    const edits = footnoteRenameEdits(doc, def, '5', at);
    assert.ok(Array.isArray(edits));
    assert.deepEqual(edits.filter((e) => e.doubtful), []);
    assert.match(apply(text, edits), /課題である5。負担は重い5。/);
  });

  it('retitles a heading and every reference that quotes its old title, in other files', () => {
    const root = path.resolve(__dirname, '../fixtures/workspace');
    const index = new WorkspaceIndex();
    for (const f of ['pages/nd211100.txt', 'pages/nd211200.txt', 'official/r8-chapter2.txt']) {
      index.set(analyzeText(`file:///ws/${f}`, fs.readFileSync(path.join(root, f), 'utf8')));
    }
    const uri = 'file:///ws/pages/nd211100.txt';
    const heading = index.get(uri)!.headings.find((h) => h.title === 'ブロードバンド契約の推移')!;
    const edits = headingRenameEdits(index, uri, heading, '固定ブロードバンド契約の推移');
    assert.ok(Array.isArray(edits));
    assert.deepEqual(edits.map((e) => e.uri.replace('file:///ws/', '')).sort(), ['pages/nd211100.txt', 'pages/nd211200.txt']);
    const quoted = edits.find((e) => e.uri.endsWith('nd211200.txt'))!;
    assert.equal(index.get(quoted.uri)!.text.slice(quoted.start, quoted.end), 'ブロードバンド契約の推移');
    assert.deepEqual(headingRenameEdits(index, uri, heading, '二つの文。です'), { refused: 'heading-title' });
  });
});

describe('renumbering a block of footnotes', () => {
  const page = footnotePage;

  it('numbers the footnotes in the order the text cites them, definitions moved to match', () => {
    const doc = analyzeText('file:///ws/nd211100.txt', page);
    const after = apply(page, renumberBlockEdits(doc, doc.footnotes[0].block));
    assert.match(after, /進んだ3。新しく加えた注がここにある4。維持費用の負担が課題である5。/);
    const defs = after.split('\n').filter((l) => /^[3-9] /.test(l));
    assert.deepEqual(defs, ['3 白書編集室調べ。', '4 新しく加えた注記。', '5 事業者へのインタビューによる。']);
    const again = analyzeText('file:///ws/nd211100.txt', after);
    assert.deepEqual(again.diagnostics, [], 'renumbered footnotes are in order and all cited');
  });

  it('renumbers a note that cites another note inside its own text, without overlapping edits (Markdown)', () => {
    const md = [
      '## 第1章 通信の現状', '', '### 第1節 固定通信', '',
      '光回線の整備が進んでいる[^2]。維持費用の負担が課題である[^1]。', '',
      '[^1]: 事業者へのインタビューによる。', '[^2]: 白書編集室調べ。前掲[^1]も参照。', '',
    ].join('\n');
    const doc = analyzeDocument('file:///ws/wp.md', md, 'markdown');
    const edits = renumberBlockEdits(doc, doc.footnotes[0].block);
    const sorted = [...edits].sort((a, b) => a.start - b.start);
    sorted.slice(1).forEach((e, i) => assert.ok(sorted[i].end <= e.start, `edits overlap: ${JSON.stringify([sorted[i], e])}`));
    const after = apply(md, edits);
    assert.match(after, /進んでいる\[\^1\]。維持費用の負担が課題である\[\^2\]。/);
    assert.match(after, /\[\^1\]: 白書編集室調べ。前掲\[\^2\]も参照。\n\[\^2\]: 事業者へのインタビューによる。/);
  });

  it('shows the renumbering of a doubtful anchor for confirmation; the sure edits alone renumber the rest', () => {
    const doc = doubt(analyzeText('file:///ws/nd211100.txt', page), '注がここにある6');
    const edits = renumberBlockEdits(doc, doc.footnotes[0].block);
    assert.deepEqual(edits.filter((e) => e.doubtful).map((e) => [page.slice(e.start - 2, e.end), e.text, e.doubtful]),
      [['ある6', '4', { number: 6, reason: 'glued to a number' }]]);
    const sure = apply(page, edits.filter((e) => !e.doubtful));
    assert.match(sure, /進んだ3。新しく加えた注がここにある6。維持費用の負担が課題である5。/, 'the doubtful digit is left as it was');
    assert.deepEqual(apply(page, edits), apply(page, renumberBlockEdits(analyzeText('file:///ws/nd211100.txt', page), 0)), 'confirmed, it is renumbered as a sure one');
  });

  it('a doubtful citation does not decide the order: the first sure one does', () => {
    const text = '第1節 固定通信\n\n整備が進んだ3。利用者が増えた4。新しい制度ができた5。負担が課題である4。\n\n3 白書編集室調べ。\n\n4 事業者へのインタビューによる。\n\n5 新しく加えた注記。\n';
    const doc = analyzeText('file:///ws/nd211100.txt', text);
    assert.deepEqual(renumberBlockEdits(doc, 0), [], 'read as sure, the block is in citation order');
    doubt(doc, '利用者が増えた4');
    const after = apply(text, renumberBlockEdits(doc, 0).filter((e) => !e.doubtful));
    assert.match(after, /進んだ3。利用者が増えた4。新しい制度ができた4。負担が課題である5。/);
    assert.match(after, /3 白書編集室調べ。\n\n4 新しく加えた注記。\n\n5 事業者へのインタビューによる。/);
  });

  it('a doubtful anchor inside a note that moves keeps its digits, with no edit overlapping the note', () => {
    const md = [
      '## 第1章 通信の現状', '', '### 第1節 固定通信', '',
      '光回線の整備が進んでいる[^2]。維持費用の負担が課題である[^1]。', '',
      '[^1]: 事業者へのインタビューによる。', '[^2]: 白書編集室調べ。前掲[^1]も参照。', '',
    ].join('\n');
    const doc = doubt(analyzeDocument('file:///ws/wp.md', md, 'markdown'), '前掲[^1]');
    const edits = renumberBlockEdits(doc, doc.footnotes[0].block);
    const sorted = [...edits].sort((a, b) => a.start - b.start);
    sorted.slice(1).forEach((e, i) => assert.ok(sorted[i].end <= e.start, `edits overlap: ${JSON.stringify([sorted[i], e])}`));
    assert.match(apply(md, edits), /\[\^1\]: 白書編集室調べ。前掲\[\^1\]も参照。\n\[\^2\]: 事業者へのインタビューによる。/);
  });

  it('changes nothing when the block is already in order', () => {
    const doc = analyzeText('file:///ws/nd211100.txt', page.replace('ここにある6', 'ここにある').replace('\n\n6 新しく加えた注記。', ''));
    assert.deepEqual(renumberBlockEdits(doc, doc.footnotes[0].block), []);
  });
});

