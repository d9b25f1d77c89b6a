// Cross-references in whole-book text downloads, as the editions are really laid out: chapters
// numbered on across parts, はじめに and 補論 before and among the chapters, an opening summary,
// lists of paths, outlines written twice (a list of figures at the back), pages glued after a
// footnote, and downloads without 節 lines or without figure captions. Fixtures written for the project.
import assert from 'node:assert/strict';
import { analyzeText } from '../../src/core/analyze';
import { toMarkdown } from '../../src/core/convert';
import { analyzeMarkdown } from '../../src/core/markdown';
import { CrossReference, WhitePaperDocument } from '../../src/core/model';
import { pathLabel } from '../../src/core/numbering';
import { WorkspaceIndex } from '../../src/core/workspaceIndex';

function book(lines: string[], uri = 'file:///ws/book.txt'): { doc: WhitePaperDocument; index: WorkspaceIndex } {
  const doc = analyzeText(uri, lines.join('\n'));
  const index = new WorkspaceIndex();
  index.set(doc);
  return { doc, index };
}

function ref(doc: WhitePaperDocument, text: string, nth = 0): CrossReference {
  const found = [...doc.references, ...doc.figureReferences].filter((r) => r.text.startsWith(text));
  assert.ok(found[nth], `no reference starting ${text}; have ${doc.references.map((r) => r.text).join(' | ')}`);
  return found[nth];
}

/** Where a reference lands: `address title (line n)`, or the resolution's status. */
function target({ doc, index }: { doc: WhitePaperDocument; index: WorkspaceIndex }, r: CrossReference): string {
  const res = index.resolve(doc, r);
  if (res.status !== 'resolved') return res.status;
  const t = res.targets[0];
  if (t.kind !== 'heading') return `図表${t.figure.number}`;
  return `${pathLabel(t.heading.segments)} ${t.heading.title} (line ${doc.text.slice(0, t.heading.start).split('\n').length})`;
}

describe('references in whole-book text: chapters numbered on across parts', () => {
  const across = book([
    '第1部　特集　つながる地域',
    '第1章　地域の通信',
    '第1節　回線の整備',
    '光回線の整備状況は第3章第1節で記載しているとおりである。詳しくは第2章を参照。',
    '第2章　地域の放送',
    '第1節　放送の受信',
    '受信の状況は前章で見た。',
    '第2部　情報通信の現況',
    '第3章　通信の現況',
    '第1節　固定通信',
    '固定通信の契約数は増えている。第1章第1節も参照。',
  ]);

  it('a chapter cited in 第1部 is the book\'s chapter of that number, in 第2部 (第2部 opens with 第3章)', () => {
    assert.equal(target(across, ref(across.doc, '第3章第1節')), '第2部第3章第1節 固定通信 (line 10)');
    assert.equal(target(across, ref(across.doc, '第1章第1節')), '第1部第1章第1節 回線の整備 (line 3)');
  });

  it('a chapter of the same part still resolves, and 前章 still counts within the part', () => {
    assert.equal(target(across, ref(across.doc, '第2章')), '第1部第2章 地域の放送 (line 5)');
    assert.equal(target(across, ref(across.doc, '前章')), '第1部第1章 地域の通信 (line 2)');
  });

  it('where each part starts again at 第1章, a chapter is the one of the citing part', () => {
    const perPart = book([
      '第Ⅰ部　特集',
      '第1章　地域の通信',
      '本文である。',
      '第Ⅱ部　現況',
      '第1章　通信の現況',
      '現況は第2章で述べる。',
      '第2章　放送の現況',
      '放送は第1章と比べて変化が小さい。',
    ]);
    assert.equal(target(perPart, ref(perPart.doc, '第2章')), '第Ⅱ部第2章 放送の現況 (line 7)');
    assert.equal(target(perPart, ref(perPart.doc, '第1章')), '第Ⅱ部第1章 通信の現況 (line 5)');
  });
});

describe('references in whole-book text: はじめに and 補論', () => {
  const opening = book([
    'はじめに',
    '本書の構成を述べる。第2章では放送を、第3章では政策を取り上げる。',
    '第1章　通信の現況',
    '第1節　固定通信',
    '本文である。',
    '第2章　放送の現況',
    '本文である。',
    '第3章　政策の動向',
    '第1節　電波政策',
    '本文である。',
    '補論　用語の整理',
    '用語の定義は第1章第1節を参照。',
  ]);

  it('the chapters after はじめに are the book\'s chapters, not chapters of はじめに', () => {
    const chapters = opening.doc.headings.filter((h) => h.level === 'chapter').map((h) => pathLabel(h.segments));
    assert.deepEqual(chapters, ['第1章', '第2章', '第3章']);
  });

  it('a chapter cited in はじめに or in 補論 is the book\'s chapter', () => {
    assert.equal(target(opening, ref(opening.doc, '第2章')), '第2章 放送の現況 (line 6)');
    assert.equal(target(opening, ref(opening.doc, '第3章')), '第3章 政策の動向 (line 8)');
    assert.equal(target(opening, ref(opening.doc, '第1章第1節')), '第1章第1節 固定通信 (line 4)');
  });
});

describe('references in whole-book text: an opening summary', () => {
  const summary = book([
    '令和9年版　情報白書のポイント',
    '■構成',
    '第1部　特集　つながる地域',
    '第1章：地域の通信',
    '第2章：地域の放送',
    '第1章　地域の通信',
    '地域の通信は広がっている。',
    '第2章　地域の放送',
    '地域の放送は変わりつつある。',
    '第1章　地域の通信',
    '第1節　回線の整備',
    '整備の状況は第2章で述べる。',
    '第2章　地域の放送',
    '第1節　放送の受信',
    '本文である。',
  ]);

  it('its lines are neither headings nor references: the outline starts with the body', () => {
    assert.deepEqual(summary.doc.headings.map((h) => pathLabel(h.segments)), ['第1章', '第1章第1節', '第2章', '第2章第1節']);
    assert.deepEqual(summary.doc.references.map((r) => r.text), ['第2章']);
  });

  it('a reference in the body goes to the body\'s chapter', () => {
    assert.equal(target(summary, ref(summary.doc, '第2章')), '第2章 地域の放送 (line 13)');
  });

  it('without the summary title, the same lines are headings as before', () => {
    const plain = analyzeText('file:///ws/plain.txt', ['第1章　地域の通信', '本文である。', '第2章　地域の放送', '本文である。', '第1章　地域の通信', '本文である。'].join('\n'));
    assert.equal(plain.headings.length, 3);
  });
});

describe('references in whole-book text: lists of paths', () => {
  const lists = book([
    '第1章　通信',
    '第1節　固定通信',
    '詳細は第2章第1節・第3節も参照。放送は第2章第1節及び第2節で述べる。',
    '第3節　移動通信',
    '本文である。',
    '第2章　放送',
    '第1節　地上放送',
    '本文である。',
    '第2節　衛星放送',
    '本文である。',
    '第3節　ケーブルテレビ',
    '本文である。',
  ]);

  it('the next item of a list takes its outer levels from the item before it', () => {
    assert.equal(target(lists, ref(lists.doc, '第3節')), '第2章第3節 ケーブルテレビ (line 11)');
    assert.equal(target(lists, ref(lists.doc, '第2節')), '第2章第2節 衛星放送 (line 9)');
  });

  it('a list of thousands of paths is read item by item, without a deep recursion', () => {
    const long = book(['第1章　通信', '第1節　固定通信', `第2章第1節${'・第1節'.repeat(5000)}を参照。`, '第2章　放送', '第1節　地上放送']);
    const items = long.doc.references.filter((r) => r.text.startsWith('第1節'));
    assert.equal(items.length, 5000);
    assert.equal(target(long, items[0]), '第2章第1節 地上放送 (line 5)');
    assert.ok(items.every((r) => long.index.resolve(long.doc, r).status === 'resolved'));
  });

  it('a path standing on its own is still relative to where it stands', () => {
    const alone = book(['第1章　通信', '第1節　固定通信', '第2章第1節を見た後、第3節を参照。', '第3節　移動通信', '本文である。', '第2章　放送', '第1節　地上放送', '第3節　ケーブルテレビ']);
    assert.equal(target(alone, ref(alone.doc, '第3節')), '第1章第3節 移動通信 (line 4)');
  });

  it('a list headed by another edition\'s path stays in that edition, with or without a space after its name', () => {
    const other = book(['第1章　通信', '第1節　固定通信', '平成30年版情報白書　第2章第1節、第3節を参照。', '第3節　移動通信']);
    const head = ref(other.doc, '平成30年版情報白書');
    assert.equal(head.kind, 'edition');
    assert.equal(head.text, '平成30年版情報白書　第2章第1節', 'the path after the space is the edition\'s');
    assert.equal(other.index.resolve(other.doc, head).status, 'external');
    assert.equal(other.index.resolve(other.doc, ref(other.doc, '第3節')).status, 'external');
    assert.deepEqual(other.index.checkReferences(other.doc), []);
  });

  it('another edition named with its Western year, in quotation marks or followed by の, keeps its path: no title compared with this book\'s', () => {
    const cited = book([
      '第1章　通信の動向',
      '1　本文である。この点は、総務省「平成19年（2007年）版情報白書」の第1章「技術と社会」における議論を指す。',
      '平成26年(2014年)版情報白書の第1章「技術と社会」も参照。',
      '「令和3年版情報白書」第1章「技術と社会」も同様である。',
    ]);
    for (const text of ['平成19年（2007年）版', '平成26年(2014年)版', '令和3年版']) {
      const r = cited.doc.references.find((x) => x.text.startsWith(text))!;
      assert.equal(r.kind, 'edition', text);
      assert.deepEqual(r.segments.map((s) => s.key), ['1'], `${text}: the path belongs to that edition`);
      assert.equal(r.edition, text === '令和3年版' ? '令和3年版情報白書' : `${text}情報白書`);
    }
    assert.deepEqual(cited.index.checkReferences(cited.doc), [], 'no title mismatch against this book\'s 第1章');
  });

  it('a figure of another edition, however far its name stands before it, is not looked for in this book nor reported', () => {
    const cited = book([
      '第1章　通信の動向',
      '1　本文である(図表1-1-1-2)。',
      '図表1-1-1-1　回線数の推移',
      '　詳しくは2012年版情報白書（p120、https://example.jp/h24/nc1.html）図表1-1-1-2を参照。',
      '平成23年版情報白書の図表1-1-1-1によれば、回線数は増えた。',
    ]);
    const figures = cited.doc.figureReferences;
    assert.deepEqual(figures.map((r) => `${r.text} ${r.edition}`), ['図表1-1-1-2 null', '図表1-1-1-2 2012年版情報白書', '図表1-1-1-1 平成23年版情報白書']);
    assert.deepEqual(figures.map((r) => cited.index.resolve(cited.doc, r).status), ['unresolved', 'external', 'external']);
    assert.deepEqual(cited.index.checkReferences(cited.doc).map((d) => `${d.code} ${d.args[0]}`), ['reference-unresolved 図表1-1-1-2'], 'only this book\'s own missing figure');
    // in Markdown the address between the name and the figure is a link of its own
    const md = analyzeMarkdown('file:///b/other.md', '# 第1章　通信の動向\n\n詳しくは2012年版情報白書（p120、<https://example.jp/h24/nc1.html>）図表1-1-1-2を参照。\n');
    assert.deepEqual(md.figureReferences.map((r) => r.edition), ['2012年版情報白書']);
  });
});

describe('references in whole-book text: a download that opens mid-part', () => {
  const midPart = book([
    '第1節　利用の動向',
    '本節では利用を、第2節では課題を扱う。',
    '第2節　利用の課題',
    '課題は第1節で見たとおりである。',
    '第2章　情報通信の現況',
    '第1節　通信の現況',
    '本文である。',
    '第2節　放送の現況',
    '前章第2節と比べると、放送は横ばいである。第1章第1節も参照。',
  ]);

  it('the 節 before the first 章 line belong to the chapter before it, taken on trust', () => {
    const opening = midPart.doc.headings.filter((h) => h.start < midPart.doc.text.indexOf('第2章'));
    assert.deepEqual(opening.map((h) => `${pathLabel(h.segments)} ${h.inferred}`), ['第1章第1節 true', '第1章第2節 true']);
  });

  it('a 節 cited in the opening chapter is that chapter\'s, not the next chapter\'s of the same number', () => {
    assert.equal(target(midPart, ref(midPart.doc, '第2節')), '第1章第2節 利用の課題 (line 3)');
    assert.equal(target(midPart, ref(midPart.doc, '第1節')), '第1章第1節 利用の動向 (line 1)');
    assert.equal(target(midPart, ref(midPart.doc, '第1章第1節')), '第1章第1節 利用の動向 (line 1)');
  });

  it('where the citing text names no chapter, of several 節 of one number the one outside any chapter is meant', () => {
    const noChapter = book(['第1節　利用の動向', '第2節を参照。', '第2節　利用の課題', '第1章　通信', '第2節　通信の課題']);
    assert.equal(target(noChapter, ref(noChapter.doc, '第2節')), '第2節 利用の課題 (line 3)');
  });
});

describe('references in whole-book text: outline labels and lists in brackets', () => {
  it('a path followed by a colon labels an outline (another document\'s contents), it points nowhere', () => {
    const doc = analyzeText('file:///ws/labels.txt', ['第1章　海外の動向', '同法は次の構成をとる。', '・第3部：開かれた社会', '・第4部：利用者の保護'].join('\n'));
    assert.deepEqual(doc.references.map((r) => r.text), []);
  });

  it('`第3章（第4節・第5節）`: the 節 in brackets and after it are the 節 of the chapter before them', () => {
    const listed = book([
      '第1章　通信',
      '本文は第3章（第4節・第5節）で補う。',
      '第4節　通信の料金',
      '第5節　通信の品質',
      '第3章　政策',
      '第4節　電波政策',
      '第5節　郵政行政',
    ]);
    assert.equal(target(listed, ref(listed.doc, '第4節')), '第3章第4節 電波政策 (line 6)');
    assert.equal(target(listed, ref(listed.doc, '第5節')), '第3章第5節 郵政行政 (line 7)');
  });
});

describe('references in whole-book text: an outline written twice', () => {
  // the body leaves its part lines out; a list of figures at the back repeats the chapters under them
  const twice = book([
    '第1章　通信の現況',
    '第1節　固定通信',
    '契約数は増えている（図表1-1-1-1）。第2章を参照。第1部第2章で見たように、放送も変わった。',
    '図表1-1-1-1　契約数の推移',
    '第2章　放送の現況',
    '第1節　地上放送',
    '受信者は第1章第1節で見たとおりである。',
    '第1部　特集',
    '第1章　通信の現況',
    '図表1-1-1-1　契約数の推移',
    '第2部　資料',
    '第2章　放送の現況',
    '参考文献',
    '第1章',
    '総務省（2020）「通信の現況」（データは第2節による）',
  ]);

  it('a reference goes to the body\'s heading, not to its reprise over the list', () => {
    assert.equal(target(twice, ref(twice.doc, '第2章')), '第2章 放送の現況 (line 5)');
    assert.equal(target(twice, ref(twice.doc, '第1部第2章')), '第2章 放送の現況 (line 5)');
    assert.equal(target(twice, ref(twice.doc, '第1章第1節')), '第1章第1節 固定通信 (line 2)');
    assert.equal(target(twice, ref(twice.doc, '図表1-1-1-1')), '図表1-1-1-1');
  });

  it('a bare 第1章 over the list of sources labels the book\'s 第1章, not a chapter of the part before it', () => {
    const label = twice.doc.headings[twice.doc.headings.length - 1];
    assert.equal(`${pathLabel(label.segments)} ${label.title}`, '第1章 ');
    // a 節 a source names under it is read in the book's 第1章 (which has no 第2節 here), not in 第2部
    assert.equal(pathLabel(twice.index.targetAddress(twice.doc, ref(twice.doc, '第2節'))!), '第1章第2節');
  });

  it('a chapter of the list of sources split by its sections (`第3章（第1節～第3節）`) is that chapter, and a 節 its sources name is in it', () => {
    const split = book([
      '第1章　通信の現況',
      '第1節　固定通信',
      '第2章　変革の潮流',
      '第1節　世界の動き',
      '1　各国の戦略',
      'ア　米国',
      'イ　英国',
      '参考文献',
      '第1章',
      '総務省（2020）「通信の現況」',
      '第2章（第1節～第3節）',
      '山田太郎（2019）「製造業の変革」（第1節第1項イ 英国は同稿の要約を引用）',
    ]);
    const label = split.doc.headings[split.doc.headings.length - 1];
    assert.equal(`${pathLabel(label.segments)} ${label.title}`, '第2章 ', 'the qualifier is neither a title nor references');
    assert.equal(split.doc.references.filter((r) => r.text.startsWith('第3節')).length, 0);
    assert.equal(target(split, ref(split.doc, '第1節第1項イ')), '第2章第1節1イ 英国 (line 7)');
  });

  it('pages joined out of order (the list of figures first): the heading that heads the text stands for it', () => {
    const listFirst = book([
      '第1部　特集',
      '第1章　通信の現況',
      '図表1-1-1-1　契約数の推移',
      '第2章　放送の現況',
      '第1章　通信の現況',
      '第1節　固定通信',
      '放送は第2章で述べる。',
      '第2章　放送の現況',
      '第1節　地上放送',
    ]);
    assert.equal(target(listFirst, ref(listFirst.doc, '第2章')), '第1部第2章 放送の現況 (line 8)');
  });

  it('two chapters of one number with different titles are still two: a chapter cited from 補論 is ambiguous', () => {
    const lines = ['第1部　特集', '第1章　通信', '第2章　衛星', '第2部　現況', '第1章　市場', '第2章　放送', '補論　用語', '第2章を参照。'];
    const two = book(lines);
    assert.equal(two.index.resolve(two.doc, ref(two.doc, '第2章')).status, 'ambiguous');
    const same = book(lines.map((l) => l.replace('衛星', '放送')));
    assert.equal(target(same, ref(same.doc, '第2章')), '第1部第2章 放送 (line 3)');
  });
});

describe('headings of a page glued after a footnote', () => {
  it('a （2） heading run on after a note that ends in a URL, a date or a publisher is a heading', () => {
    const doc = analyzeText('file:///ws/glued.txt', [
      '1　通信の現況',
      '（1）固定通信',
      '固定通信は増えている 1 。',
      '1　総務省「通信の現況」https://example.go.jp/tsushin/index.html（2）移動通信',
      '移動通信も増えている 2 。',
      '2　調査会社「市場予測」2030年3月（3）放送',
      '放送は横ばいである。本項（2）で述べたとおりである。',
    ].join('\n'));
    assert.deepEqual(doc.headings.map((h) => `${pathLabel(h.segments)} ${h.title}`), ['1 通信の現況', '1(1) 固定通信', '1(2) 移動通信', '1(3) 放送']);
  });

  it('a note that enumerates or cites a numbered part keeps it', () => {
    const doc = analyzeText('file:///ws/note.txt', [
      '（1）固定通信',
      '固定通信は増えている 1 。内訳もある 2 。',
      '1　内訳は（1）〜（3）の合計、（4）光回線を含む',
      '2　詳細は第1節（2）固定通信',
    ].join('\n'));
    assert.deepEqual(doc.headings.map((h) => h.title), ['固定通信']);
  });
});

describe('headings of a page glued after a figure caption or a note', () => {
  it('a （n） heading run on after a caption or a （注） line is a heading', () => {
    const doc = analyzeText('file:///ws/caption.txt', [
      '1　回線の現況',
      '（1）固定回線',
      '固定回線の契約数は減っている（図表[1]）。',
      '図表[1]　固定回線の契約数の推移（2）移動回線',
      '移動回線の契約数は増えている（図表[2]）。',
      '（注）ここでの契約数は年度末の値（3）衛星回線',
      '衛星回線は横ばいである。',
      '図表　主な回線の開始年（4）専用回線',
    ].join('\n'));
    assert.deepEqual(doc.headings.map((h) => `${pathLabel(h.segments)} ${h.title}`), ['1 回線の現況', '1(1) 固定回線', '1(2) 移動回線', '1(3) 衛星回線', '1(4) 専用回線']);
  });

  it('a caption that ends in a bracket of its own or cites a numbered part keeps it', () => {
    const doc = analyzeText('file:///ws/caption2.txt', [
      '（1）固定回線',
      '図表[1]　回線数の推移（平成16年度末）',
      '図表[2]　第1節（2）の回線数',
      '図表[3]　回線数の比較（その1）',
    ].join('\n'));
    assert.deepEqual(doc.headings.map((h) => h.title), ['固定回線']);
  });
});

describe('a list numbered in digits one level under （1）', () => {
  // the house style of some older editions: 項 `1`, `（1）`, a short summary line, then `1`, `2` again
  const lines = [
    '第2章　情報通信の現況',
    '第1節　通信事業',
    '1　通信事業者',
    '（1）事業者数',
    '事業者数は増えている',
    '1　登録事業者数',
    '登録事業者は増えている（図表[1]）。',
    '2　届出事業者数',
    '届出事業者も増えている（図表[2]）。',
    '（2）売上高',
    '売上高は横ばいである（図表[1]）。',
    '（3）競争の状況',
    '1　固定回線',
    '新規事業者の比率が高まっている。',
    '2　移動回線',
    '比率は均衡している。',
    '2　通信サービス',
    '（1）概況',
    '多様なサービスが普及している。',
    '（2）固定回線',
    '固定回線の契約数は減っている（図表[2]）。',
    '（3）時間帯別の利用',
    '1　固定回線の利用',
    '（1）利用回数',
    '朝と夕方に多い。',
    '（2）利用時間',
    '夜間に長い。',
    '2　移動回線の利用',
    '夕方に多い。',
    '（4）距離別の利用',
    '県内の利用が多い。',
    '固定回線と移動回線の契約数は第1節2（2）図表[2]を参照。',
  ];
  const digits = book(lines);

  it('the inner 1, 2 are a list under their （n）: the （n） after them goes on from the （n） before them', () => {
    const outline = digits.doc.headings.filter((h) => h.level !== 'chapter' && h.level !== 'section').map((h) => `${pathLabel(h.segments.slice(2))} ${h.title}`);
    assert.deepEqual(outline, [
      '1 通信事業者', '1(1) 事業者数', '1(1)1 登録事業者数', '1(1)2 届出事業者数', '1(2) 売上高', '1(3) 競争の状況', '1(3)1 固定回線', '1(3)2 移動回線',
      '2 通信サービス', '2(1) 概況', '2(2) 固定回線', '2(3) 時間帯別の利用', '2(3)1 固定回線の利用', '2(3)1(1) 利用回数', '2(3)1(2) 利用時間', '2(3)2 移動回線の利用', '2(4) 距離別の利用',
    ]);
  });

  it('a path into such a 節 goes to the heading the text numbers so, not to the inner list\'s namesake', () => {
    assert.equal(target(digits, ref(digits.doc, '第1節2（2）')), '第2章第1節2(2) 固定回線 (line 20)');
  });

  it('converted to Markdown and read back, the list keeps its place', () => {
    const back = analyzeMarkdown('file:///ws/book.md', toMarkdown(digits.doc));
    const view = (d: WhitePaperDocument) => d.headings.map((h) => `${h.level} ${pathLabel(h.segments)} ${h.title}`);
    assert.deepEqual(view(back), view(digits.doc));
  });

  it('a 1 after a （n） whose numbering never goes on (a box, a 節 without its line) stays a 項', () => {
    const box = book([
      '第1節　通信の利用',
      '1　利用の状況',
      '（1）利用時間',
      '利用時間は長くなっている。',
      '1　平日の利用',
      '平日は夜に多い。',
      '2　休日の利用',
      '休日は昼に多い。',
    ]);
    assert.deepEqual(box.doc.headings.map((h) => `${pathLabel(h.segments)} ${h.title}`), ['第1節 通信の利用', '第1節1 利用の状況', '第1節1(1) 利用時間', '第1節1 平日の利用', '第1節2 休日の利用']);
  });
});

describe('a text download without some of its outline', () => {
  it('a 節 cited where no heading of the workspace is a 節 cannot be checked, and is not reported', () => {
    const noSections = book(['はじめに', '第1節では世界の動向を、第2節では利用者の動向を述べる。', '1　世界の動向', '本文である。']);
    assert.equal(noSections.index.resolve(noSections.doc, ref(noSections.doc, '第1節')).status, 'external');
    assert.deepEqual(noSections.index.checkReferences(noSections.doc), []);
  });

  it('本節 in a download without 節 lines cannot be checked either, and is not reported', () => {
    const noSections = book(['1　ネットワーク事業', '（1）概況', '本節では、ネットワーク上の取引を扱う。', '2　新しい事業', '本文である。']);
    assert.equal(noSections.index.resolve(noSections.doc, ref(noSections.doc, '本節')).status, 'external');
    assert.deepEqual(noSections.index.checkReferences(noSections.doc), []);
  });

  it('a 節 missing where the workspace has 節 headings is reported', () => {
    const withSections = book(['第1章　通信', '第1節　固定通信', '第5節を参照。']);
    assert.deepEqual(withSections.index.checkReferences(withSections.doc).map((d) => `${d.code} ${d.args[0]}`), ['reference-unresolved 第1章第5節']);
  });
});

describe('figure references without captions', () => {
  it('a file with no captions gets one information note, not a warning per reference', () => {
    const bare = book(['第1章　通信', '契約数は増えた（図表1-1-1-1）。内訳は図表1-1-1-2、推移は図表1-1-2-1のとおり。', '地域の事例は図表2のとおり。']);
    const ds = bare.index.checkReferences(bare.doc);
    assert.deepEqual(ds.map((d) => `${d.code} ${d.severity} ${d.args[0]} ${bare.doc.text.slice(d.start, d.end)}`), ['figure-captions-absent information 4 図表1-1-1-1']);
  });

  it('a figure whose neighbours have captions is warned about: its caption was expected', () => {
    const captioned = book([
      '第1章　通信',
      '契約数は増えた（図表1-1-1-1）。内訳は図表1-1-1-2のとおり。推移は図表1-1-2-1のとおり。',
      '図表1-1-1-1　契約数の推移',
    ]);
    const ds = captioned.index.checkReferences(captioned.doc);
    assert.deepEqual(ds.map((d) => `${d.code} ${d.severity} ${d.args[0]}`), ['reference-unresolved warning 図表1-1-1-2', 'figure-captions-absent information 1']);
  });

  it('a file whose figure references all find their captions gets no note', () => {
    const full = book(['第1章　通信', '契約数は増えた（図表1-1-1-1）。', '図表1-1-1-1　契約数の推移']);
    assert.deepEqual(full.index.checkReferences(full.doc), []);
  });
});
