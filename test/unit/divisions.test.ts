// A text with no 部, 章 or 節 line, only 項 headings whose numbering starts again where each unnamed
// division begins, citing itself by dash paths (`1-1-2(2)参照`), as the oldest editions do. Which 章 and
// 節 each division is follows from those references, when they decide it. Sentences written for the
// project in the editions' style.
import assert from 'node:assert/strict';
import { analyzeText } from '../../src/core/analyze';
import { analyzeMarkdown } from '../../src/core/markdown';
import { WhitePaperDocument } from '../../src/core/model';
import { pathLabel } from '../../src/core/numbering';
import { WorkspaceIndex } from '../../src/core/workspaceIndex';
import { OLD_EDITION } from './oldEdition';


function indexed(doc: WhitePaperDocument) {
  const index = new WorkspaceIndex();
  index.set(doc);
  return index;
}

/** Each heading's title with the path it is read at. */
const paths = (doc: WhitePaperDocument) => doc.headings.map((h) => `${pathLabel(h.segments)} ${h.title}`);

/** Where a reference (found by its text) takes the reader: the path and title of its target. */
function target(doc: WhitePaperDocument, index: WorkspaceIndex, text: string, nth = 0): string {
  const r = doc.references.filter((x) => x.text.startsWith(text))[nth];
  assert.ok(r, `no reference ${text}`);
  const res = index.resolve(doc, r);
  if (res.status !== 'resolved') return res.status;
  const t = res.targets[0];
  return t.kind === 'heading' ? `${pathLabel(t.heading.segments)} ${t.heading.title}` : 'figure';
}

describe('divisions a text does not name, placed by its own dash references', () => {
  const doc = analyzeText('file:///old/edition.txt', OLD_EDITION);
  const index = indexed(doc);

  it('gives each division the 章 and 節 its references imply, and leaves the introduction and an undecided division as read', () => {
    assert.deepEqual(paths(doc), [
      'はじめに これからの地域と通信', 'はじめに1 人口の減少', 'はじめに2 産業の変化', 'はじめに3 暮らしの変化',
      '第1章序節1 通信網の広がり', '第1章序節2 新しい端末',
      '第1章第1節1 端末の出荷', '第1章第1節2 端末の利用', '第1章第1節2(1) 利用者の属性', '第1章第1節2(2) 利用の場面', '第1章第1節3 端末の価格',
      '第1章第2節1 料金の推移', '第1章第2節2 料金の比較',
      '第2章第1節1 事業者の数', '第2章第1節2 事業者の売上', '第2章第1節3 事業者の投資',
      '第2章第2節1 回線の利用', '第2章第2節2 回線の品質', '第2章第2節3 回線の障害', '第2章第2節4 回線の保守',
      // after the last 節 cited: a third 節 of 第2章, or a column after it; the text does not say
      '1 展示会の開催',
    ]);
    assert.ok(doc.headings.filter((h) => h.segments[0].level === 'chapter').every((h) => h.inferred && h.divisionInferred));
    // the first placed division closes はじめに, which no 章 line of the text closes
    const tree = doc.headingTree.map((h) => `${h.label}${h.title} (${h.children.length})`);
    assert.deepEqual(tree.slice(0, 3), ['はじめにこれからの地域と通信 (3)', '1通信網の広がり (0)', '2新しい端末 (0)']);
    assert.equal(doc.headingTree[0].sectionEnd, doc.text.indexOf('1　通信網の広がり'));
  });

  it('takes each dash reference to the heading it names', () => {
    assert.equal(target(doc, index, '1-1-2(2)'), '第1章第1節2(2) 利用の場面');
    assert.equal(target(doc, index, '1-2-1'), '第1章第2節1 料金の推移');
    assert.equal(target(doc, index, '1-序-2'), '第1章序節2 新しい端末');
    assert.equal(target(doc, index, '2-2-4'), '第2章第2節4 回線の保守');
    assert.equal(target(doc, index, '2-1-3'), '第2章第1節3 事業者の投資');
    assert.equal(target(doc, index, '1-2-2(1)'), 'external', 'no (1) under 第1章第2節2: not a heading the text has');
    assert.deepEqual(index.checkReferences(doc), [], 'nothing is reported in a text whose levels are inferred');
  });

  it('takes 本節 to the division it stands in, and an introduction\'s 第1節 to the 節 of the 章 that follows', () => {
    assert.equal(target(doc, index, '本節'), '第1章第1節1 端末の出荷');
    assert.equal(target(doc, index, '第1節'), '第1章第1節1 端末の出荷');
    assert.equal(target(doc, index, '第2節'), '第1章第2節1 料金の推移');
  });

  it('reads a text whose introduction is written with a space, or with no heading line, and a closing おわりに alike', () => {
    const framed = analyzeText('file:///old/framed.txt', `${OLD_EDITION.replace('はじめに～', 'はじめに　')}\nおわりに\n　以上のとおりである。`);
    assert.equal(framed.headings[0].title, 'これからの地域と通信');
    assert.deepEqual(paths(framed), [...paths(doc), 'おわりに ']);
    const bare = analyzeText('file:///old/bare.txt', OLD_EDITION.replace(/^はじめに～.*\n/, ''));
    assert.deepEqual(paths(bare), paths(doc).slice(1).map((p) => p.replace(/^はじめに/, '')));
  });

  it('reads the Markdown form alike', () => {
    const md = analyzeMarkdown('file:///old/edition.md', OLD_EDITION.replace(/^はじめに～/, '# はじめに～').replace(/^([0-9]　)/gm, '#### $1').replace(/^(（[0-9]）　)/gm, '##### $1'));
    assert.deepEqual(paths(md), paths(doc));
  });

  it('still finds its own headings when a book with 章 and 節 lines shares the workspace', () => {
    const both = indexed(doc);
    both.set(analyzeText('file:///new/edition.txt', ['第1章　別の書籍', '第1節　別の節', '1　別の項', '本文である。', '2　別の項の二', '本文である。'].join('\n')));
    assert.equal(target(doc, both, '1-1-2(2)'), '第1章第1節2(2) 利用の場面');
    assert.equal(target(doc, both, '1-2-1'), '第1章第2節1 料金の推移');
    assert.equal(target(doc, both, '1-2-2(1)'), 'external', 'never a heading of its introduction or of the other book');
  });

  it('places nothing when the references do not decide the divisions', () => {
    // two divisions and a chapter that could start at either
    const undecided = analyzeText('file:///u.txt', ['1　一つ目', `　${'本文(1-1-1参照)。'.repeat(6)}`, '1　二つ目', `　${'本文(1-1-1参照)。'.repeat(6)}`].join('\n'));
    assert.ok(undecided.headings.every((h) => !h.divisionInferred));
    assert.equal(target(undecided, indexed(undecided), '1-1-1'), 'external');
  });

  it('places nothing in a page (its breadcrumb says where it is; its dash paths point to other pages), nor on a handful of references', () => {
    const page = analyzeText('file:///pages/old-page.txt', `白書トップ > 政策 > 白書 > 平成14年版 > 地域と通信\n${OLD_EDITION}`);
    assert.ok(page.headings.every((h) => !h.divisionInferred));
    const fewer = analyzeText('file:///f.txt', OLD_EDITION.replace('(1-1-1参照)', '').replace('(2-1-1参照)', ''));
    assert.equal(fewer.references.filter((r) => r.kind === 'dash').length, 8);
    assert.ok(fewer.headings.every((h) => !h.divisionInferred));
  });

  it('places nothing when most references land nowhere under any grouping', () => {
    const broken = OLD_EDITION.replace(/\(([12])-[^)]*参照\)/g, (_m, c) => `(${c}-9-9参照)`);
    const b = analyzeText('file:///b.txt', broken);
    assert.ok(b.headings.every((h) => !h.divisionInferred));
  });

  it('reads a text of hundreds of divisions citing scores of chapters without stalling, and places nothing it cannot decide', () => {
    const lines: string[] = [];
    for (let d = 0; d < 200; d++) for (let i = 1; i <= 3; i++) lines.push(`${i}　区分${d}の${i}`, `　本文である(${(d % 99) + 1}-${(d % 7) + 1}-${i}参照)。`);
    const many = analyzeText('file:///many.txt', lines.join('\n'));
    assert.ok(many.headings.every((h) => !h.divisionInferred));
  });

  it('leaves a book with 章 and 節 lines as read', () => {
    const modern = analyzeText('file:///m.txt', ['第1章　章の名', '第1節　節の名', '1　項の名', '本文(1-1-1参照)。本文(1-1-1参照)。本文(1-1-1参照)。'].join('\n'));
    assert.ok(modern.headings.every((h) => !h.divisionInferred));
  });
});
