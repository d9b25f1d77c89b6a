// Older editions cite their own sections in dash form: `4-2-3参照` (第4章第2節3, 平成17年版),
// `(2-4-1(3)参照`, `(2-序-1参照` (the 序節 of 第2章), lists `(2-1-5,2-4-1(2)参照` (平成12年版). Not the data
// appendix, figures, dates, phone numbers or versions. Sentences written for the project in the editions' style.
import assert from 'node:assert/strict';
import { analyzeText } from '../../src/core/analyze';
import { CrossReference, WhitePaperDocument } from '../../src/core/model';
import { pathLabel } from '../../src/core/numbering';
import { findReferences } from '../../src/core/references';
import { listItemHeadings, WorkspaceIndex } from '../../src/core/workspaceIndex';

function refsIn(text: string): CrossReference[] {
  const out: CrossReference[] = [];
  findReferences(text, 0, text.length, false, out);
  return out;
}

const dash = (text: string) => refsIn(text).filter((r) => r.kind === 'dash').map((r) => `${r.text} ${pathLabel(r.segments)}`);

describe('dash references: recognition', () => {
  it('reads chapter-section-item before 参照', () => {
    assert.deepEqual(dash('個人の保護の施策は、4-2-3参照'), ['4-2-3参照 第4章第2節3']);
    assert.deepEqual(dash('町の通信網の整備は4-5-1参照3　海外展開'), ['4-5-1参照 第4章第5節1']);
    assert.deepEqual(dash('契約の件数は増え続けた(2-6-3参照)。'), ['2-6-3参照 第2章第6節3']);
  });

  it('reads an item suffix, a 序節, a chapter-section pair and full-width forms', () => {
    assert.deepEqual(dash('利用の幅が広がった(2-4-1(3)参照)。'), ['2-4-1(3)参照 第2章第4節1(3)']);
    assert.deepEqual(dash('保有の割合が高まった(2-序-1参照)。'), ['2-序-1参照 第2章序節1']);
    assert.deepEqual(dash('各社の対応は4－6参照（3）個人'), ['4－6参照 第4章第6節']);
    assert.deepEqual(dash('料金は低下した（２－７－１（２）参照）。'), ['２－７－１（２）参照 第2章第7節1(2)']);
    assert.deepEqual(dash('有線の放送(4-1-3(1)～(3)参照)も同じ傾向にある。'), ['4-1-3(1)～(3)参照 第4章第1節3(1)']);
  });

  it('reads each item of a list joined by , or 、 as its own reference', () => {
    assert.deepEqual(dash('販売も伸び続けた(2-1-5,2-4-1(2)参照)。'), ['2-1-5 第2章第1節5', '2-4-1(2)参照 第2章第4節1(2)']);
    assert.deepEqual(dash('目立つ点である(2-5-1(2)、2-5-2(2)参照)。'), ['2-5-1(2) 第2章第5節1(2)', '2-5-2(2)参照 第2章第5節2(2)']);
    assert.deepEqual(dash('と言えよう(2-5-1(3)､2-5-2(3)参照)。'), ['2-5-1(3) 第2章第5節1(3)', '2-5-2(3)参照 第2章第5節2(3)']);
  });

  it('a line of related pages lists pointers: each dash path on it is one, with or without its own 参照', () => {
    assert.deepEqual(dash('関連ページ　端末の普及状況は1-4-2(3)、通信料金の動向は2-4-2、安全対策は3-5-1参照'),
      ['1-4-2(3) 第1章第4節2(3)', '2-4-2 第2章第4節2', '3-5-1参照 第3章第5節1']);
    assert.deepEqual(dash('関連ページ　詐欺の手口は、4-2-3個人の保護の施策参照'), ['4-2-3 第4章第2節3']);
    // only on such a line: elsewhere a dash path needs its 参照
    assert.deepEqual(dash('端末の普及状況は1-4-2(3)、通信料金の動向は2-4-2である。'), []);
    assert.deepEqual(dash('関連ページ　詳細は資料3-2-14、図表2-4-2-1、2004-5-1付の公表資料を参照'), []);
  });

  it('a dash path after another reference in one bracket is still one', () => {
    assert.deepEqual(dash('急に増えた(図表2)、4-3-2参照)。'), ['4-3-2参照 第4章第3節2']);
  });

  it('is not the data appendix, a figure, a column or the continuation of a 節', () => {
    for (const text of ['試算の前提は、資料3-2-14参照', '集計の手順は、資料編2-3-6参照', '推移は図表2-3-1-4参照。',
      '内訳は図1-2-3参照。', '一覧は表2-1-4参照。', '事例はコラム1-5参照。', '加入が少なく第3節5-2参照、さらに']) {
      assert.deepEqual(dash(text), [], text);
    }
    assert.deepEqual(refsIn('推移は図表2-3-1-4参照。').map((r) => r.kind), ['figure']);
  });

  it('is no date, phone number, version, range or number followed by anything but 参照', () => {
    for (const text of ['2004-5-1参照', '平成16年4-6月期より増加', '電話03-5253-5111参照', 'v1-2-3参照', 'Ver.2-1参照',
      '1-2-3-4参照', '第1四半期（1-3月）の状況', '2-3で述べた', '10-20歳の利用率', '123-4-5参照']) {
      assert.deepEqual(dash(text), [], text);
    }
  });
});

function book(lines: string[], uri = 'file:///ws/book.txt'): { doc: WhitePaperDocument; index: WorkspaceIndex } {
  const doc = analyzeText(uri, lines.join('\n'));
  const index = new WorkspaceIndex();
  index.set(doc);
  return { doc, index };
}

function target({ doc, index }: { doc: WhitePaperDocument; index: WorkspaceIndex }, text: string): string {
  const r = doc.references.find((x) => x.kind === 'dash' && x.text.startsWith(text));
  assert.ok(r, `no dash reference ${text}; have ${doc.references.map((x) => `${x.kind}:${x.text}`).join(' | ')}`);
  const res = index.resolve(doc, r);
  if (res.status !== 'resolved') return res.status;
  const t = res.targets[0];
  if (t.kind !== 'heading') return 'figure';
  return `${pathLabel(t.heading.segments)} ${t.heading.title}`;
}

describe('dash references: resolution', () => {
  // a 平成17年版-like book: a 節 numbering a list inside its 項 2 like its 項s
  const h17 = book([
    '第1章　国民の利用',
    '第1節　利用の進展',
    '1　利用者の増加',
    '利用者は増加している。地上波の移行の件は、3-2-3参照',
    '第3章　政策の動向',
    '第1節　情報化の推進',
    '1　基本方針の策定',
    '本文である。',
    '2　地方の情報基盤',
    '本文である。',
    '第2節　放送行政の課題',
    '1　放送制度の見直し',
    '本文である。',
    '2　地上波の移行',
    '本文である。',
    '1　移行計画の策定',
    '本文である。',
    '2　音声放送の展望',
    '本文である。',
    '3　出資比率の緩和',
    '本文である。',
    '3　周波数資源の活用',
    '本文である。',
    '（1）　周波数の再配分',
    '本文である。',
    '関連ページ　地方の情報基盤の件は3-1-2参照',
    '関連ページ　周波数資源の活用の件は、3-2-3参照',
    '関連ページ　周波数の再配分の件は、3-2-3(1)参照',
    '関連ページ　放送政策の件は3－2参照',
    '関連ページ　国際戦略の件は、3-9-1参照',
  ]);

  it('resolves to the 章/節/項 the dash path stands for', () => {
    assert.equal(target(h17, '3-1-2'), '第3章第1節2 地方の情報基盤');
    assert.equal(target(h17, '3－2'), '第3章第2節 放送行政の課題');
  });

  it('a 項 is not a list item numbered like it (1 … 1 2 3 … 3)', () => {
    const first = h17.doc.references.find((r) => r.kind === 'dash')!;
    assert.equal(target(h17, '3-2-3参照'), '第3章第2節3 周波数資源の活用');
    assert.equal(h17.index.resolve(h17.doc, first).status, 'resolved');
    assert.equal(target(h17, '3-2-3(1)'), '第3章第2節3(1) 周波数の再配分');
    const listed = [...listItemHeadings(h17.doc.headings)].map((h) => h.title);
    assert.deepEqual(listed, ['移行計画の策定', '音声放送の展望', '出資比率の緩和']);
  });

  it('a path the book lacks is reported, where the book has 章 and 節 lines', () => {
    assert.equal(target(h17, '3-9-1'), 'unresolved');
    assert.deepEqual(h17.index.checkReferences(h17.doc).map((d) => `${d.code} ${d.args[0]}`), ['reference-unresolved 第3章第9節1']);
  });

  it('in a text without 章 or 節 lines (平成12年版) it is not checkable and not reported, never matched on its 項 alone', () => {
    const h12 = book([
      '1　網の利用の広がり',
      '契約数は増加した(1-序-2参照)。利用者も増えた(1-2-5,1-3-2(4)参照)。',
      '2　移動通信の普及',
      '本文である。',
      '3　料金の動向',
      '本文である。',
      '4　新しいサービス',
      '本文である。',
    ]);
    for (const text of ['1-序-2', '1-2-5', '1-3-2(4)']) assert.equal(target(h12, text), 'external', text);
    assert.deepEqual(h12.index.checkReferences(h12.doc), []);
  });

  it('incoming references of a heading include the dash ones (CodeLens)', () => {
    const heading = h17.doc.headings.find((h) => h.title === '周波数資源の活用')!;
    const sites = h17.index.incomingReferences(h17.doc.uri, heading).map((s) => s.reference.text);
    assert.deepEqual(sites, ['3-2-3参照', '3-2-3参照']);
  });
});
