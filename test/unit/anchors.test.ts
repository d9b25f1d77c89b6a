// Which digits are footnote anchors, how sure each reading is, and which `N　…` lines are notes
// rather than 項 headings: on fixtures written in the style of the official text downloads.
import assert from 'node:assert/strict';
import { analyzeText } from '../../src/core/analyze';
import { looksLikeWhitePaper } from '../../src/core/detect';
import { ANCHOR_DOUBT } from '../../src/core/footnotes';
import { FootnoteAnchor, WhitePaperDocument } from '../../src/core/model';

const page = (...lines: string[]) => ['第1節　通信基盤の現状', ...lines].join('\n') + '\n';

/** The anchor whose digits start right after `before` in the text. */
function anchorAfter(doc: WhitePaperDocument, before: string): FootnoteAnchor | undefined {
  const at = doc.text.indexOf(before);
  assert.ok(at >= 0, `fixture holds ${before}`);
  return doc.anchors.find((a) => a.start === at + before.length);
}

describe('footnote anchors: how sure a reading is', () => {
  it('reads 10 glued to a number (…約22,00010、) as anchor 10, doubtful, because the block expects it', () => {
    const doc = analyzeText('d.txt', page(
      '基地局の整備が進んだ9。全国の基地局数は約22,00010、利用者数も増えている。',
      '9　白書編集室調べ。',
      '10　事業者へのインタビューによる。',
    ));
    const a = anchorAfter(doc, '約22,000');
    assert.ok(a, 'anchor 10 found');
    assert.equal(a.number, 10);
    assert.equal(doc.text.slice(a.start, a.end), '10');
    assert.equal(a.confidence, 'doubtful');
    assert.equal(a.doubt, ANCHOR_DOUBT.split);
    assert.equal(doc.footnotes[a.definition].number, 10);
    const nine = anchorAfter(doc, '進んだ');
    assert.equal(nine?.confidence, 'sure');
    assert.equal(nine?.doubt, '');
  });

  it('keeps spaced anchors and glued anchors before punctuation sure', () => {
    const doc = analyzeText('d.txt', page(
      '通信の利用は広がっている 1 。端末も増えたとされる2、料金も下がった「通信料金調査」3を基に述べる。',
      '1　白書編集室調べ。',
      '2　事業者へのインタビューによる。',
      '3　白書編集室「通信料金調査」',
    ));
    assert.deepEqual(doc.anchors.map((a) => [a.number, a.confidence, a.spaced]), [[1, 'sure', true], [2, 'sure', false], [3, 'sure', false]]);
  });

  it('finds anchors after Latin letters, inside a phrase and split off a year, saying why the Latin and split ones are doubtful', () => {
    const doc = analyzeText('d.txt', page(
      '格安の通信を提供するMVNO2の契約数は伸びている。制度では報告が義務付け3られる。',
      '政府は「デジタル戦略20254」を定めた。',
      '1　白書編集室調べ。',
      '2　仮想移動体通信事業者のこと。',
      '3　電気通信事業法による。',
      '4　白書編集室「デジタル戦略2025」',
    ));
    const byNumber = new Map(doc.anchors.map((a) => [a.number, a]));
    assert.equal(byNumber.get(2)?.doubt, ANCHOR_DOUBT.latin);
    assert.equal(byNumber.get(3)?.confidence, 'sure');
    assert.equal(byNumber.get(4)?.doubt, ANCHOR_DOUBT.split);
    assert.equal(doc.text.slice(byNumber.get(4)!.start, byNumber.get(4)!.end), '4');
  });

  it('never splits a note off a year glossed with its era (2003（平成15）年), even where the block expects that note', () => {
    const doc = analyzeText('d.txt', page(
      '利用者は増えている1。端末の出荷も伸びた2。市場は2003（平成15）年に回復し、その後も拡大している。',
      '1　白書編集室調べ。',
      '2　事業者へのインタビューによる。',
      '3　図表の数値は白書編集室「市場動向調査」による。',
    ));
    // note 3 is cited by a figure, not in the prose: the year must not stand in for its anchor
    assert.deepEqual(doc.anchors.map((a) => [a.number, doc.text.slice(a.start - 2, a.end)]), [[1, 'いる1'], [2, 'びた2']]);
  });

  it('reads anchors after a percentage, on a quoted word ending in 章, before a dated aside, and a spaced one before a count', () => {
    const doc = analyzeText('d.txt', page(
      '利用は携帯電話が52.6%1と最も高い。理念をまとめた「憲章2」を定めた。工程表は「ロードマップについて」3（2017年5月24日公表）による。',
      '障害の件数は設備要因 4 5件である。',
      '1　白書編集室調べ。',
      '2　白書編集室による。',
      '3　白書編集室「工程表」',
      '4　設備の故障によるもの。',
    ));
    assert.deepEqual(doc.anchors.map((a) => [a.number, doc.text.slice(a.start - 2, a.end + 1)]),
      [[1, '6%1と'], [2, '憲章2」'], [3, 'て」3（'], [4, '因 4 ']]);
  });

  it('gives a doubtful-shaped number no footnote-undefined warning, but still warns on a well-shaped one', () => {
    const doc = analyzeText('d.txt', page(
      '通信の利用は広がっている1。A社はMVNO2を始めた。料金も下がった3。',
      '1　白書編集室調べ。',
      '3　事業者へのインタビューによる。',
    ));
    assert.deepEqual(doc.diagnostics.filter((d) => d.code === 'footnote-undefined'), []);
    const glued = analyzeText('d.txt', page(
      '通信の利用は広がっている1。端末も増えた2。料金も下がった3。',
      '1　白書編集室調べ。',
      '3　事業者へのインタビューによる。',
    ));
    assert.deepEqual(glued.diagnostics.filter((d) => d.code === 'footnote-undefined').map((d) => d.args), [[2]]);
  });
});

describe('footnote anchors: ordinary numbers stay ordinary even where a note of that number follows', () => {
  const ordinary: [string, string][] = [
    ['an era year', '制度は（令和2）に改正された。'],
    ['a seismic intensity', '震度7の地震に備える。'],
    ['a level', '自動運転のレベル3を実現した。'],
    ['a rank', '世界のトップ10に入った。'],
    ['a column number', '詳細はコラム3参照。'],
    ['a material number', '資料5より作成した。'],
    ['a count with a space before its unit', '世界総人口のうち約7 割が都市に住む。'],
    ['billions with a space before the unit', '人口は19 億人に達した。'],
    ['digits inside a URL', '詳細はhttps://example.jp/r04_03/index.htmlを参照。'],
    ['an enumerated item', '産業を1)郵便、2)電気通信に分けた。'],
    ['a count after a particle', '自治体は1画面で入力できる。'],
    ['the second term of a fraction', '補助率は3分の1）とした。'],
    ['the second term of a ratio', '利用者の比は6対4、前年と同じである。'],
    ['a time of day', '地震は4月14日21時26分に発生した。'],
    ['the month of a date after a bracket', '会合は2016年（平成28年）5月26日に開かれた。'],
    ['the month after an era year in brackets', '計画は2018年（平成30年）6月に決定された。'],
    ['a span of years', '過去1年間に利用した者は多い。'],
  ];
  for (const [what, sentence] of ordinary) {
    it(`does not read ${what} as an anchor`, () => {
      const numbers = sentence.match(/[0-9]+/g)!.map(Number).filter((n) => n < 100);
      const defs = [...new Set(numbers)].sort((a, b) => a - b).map((n) => `${n}　白書編集室調べ。`);
      const doc = analyzeText('d.txt', page(sentence, ...defs));
      assert.deepEqual(doc.anchors.map((a) => doc.text.slice(a.start - 3, a.end + 1)), []);
    });
  }
});

describe('項 headings and footnote definitions', () => {
  it('reads the next number of a long block as a note even when it is short (49 → 50)', () => {
    const doc = analyzeText('d.txt', page(
      '需要の伸びが続くとされている49。供給は追いつかないと指摘されている50。',
      '図表1-1-1-1　需要の推移',
      '49　白書編集室調べ。',
      '50　需給見通し',
      '2　供給の見通し',
      '供給の見通しについて述べる。',
    ));
    assert.deepEqual(doc.footnotes.map((f) => f.number), [49, 50]);
    assert.deepEqual(doc.footnotes.map((f) => f.anchors.length), [1, 1]);
    assert.deepEqual(doc.headings.filter((h) => h.level === 'item').map((h) => h.title), ['供給の見通し']);
  });

  it('keeps numbering a block that a stray line interrupts', () => {
    const doc = analyzeText('d.txt', page(
      '端末の主役が変わりつつある6。出荷台数も逆転した7。',
      '6　白書編集室調べ。',
      '世界規模でみると、端末の出荷台数は',
      '7　調査会社の予測',
      '2　端末市場の変化',
      '端末市場は大きく変わった。',
    ));
    assert.deepEqual(doc.footnotes.map((f) => f.number), [6, 7]);
    assert.equal(doc.anchors.find((a) => a.number === 7)?.definition, 1);
    assert.deepEqual(doc.headings.filter((h) => h.level === 'item').map((h) => h.title), ['端末市場の変化']);
  });

  it('does not make a heading a note because a doubtful number with its number stands above it', () => {
    const doc = analyzeText('d.txt', page(
      '1　通信網の整備',
      '海底ケーブルであるAPCN2の構築が進み、地上系5方式の勧告案がまとまった。',
      '2　放送の現状',
      '放送の現状を述べる。',
      '5　衛星放送',
      '衛星放送について述べる。',
    ));
    assert.deepEqual(doc.footnotes, []);
    assert.deepEqual(doc.headings.filter((h) => h.level === 'item').map((h) => h.title), ['通信網の整備', '放送の現状', '衛星放送']);
  });
});

describe('notes written with their marker, `（注1）`', () => {
  it('binds `（注N）` in the prose to the `（注N）…` lines below, and only to them', () => {
    const doc = analyzeText('d.txt', page(
      '1　電子タグの利用',
      '　電子タグを使った食品の産地確認（注1）、街中の情報提供サービス（注2）を体験した者は少ない。',
      '（注1）食品の電子タグを店頭の端末にかざして産地を確認できるサービス',
      '（注2）街中の電子タグに携帯電話をかざして情報を得るサービス',
      '　次の段落では利用の意向をみる。',
      '2　利用の意向',
      '　利用の意向は高い。',
    ));
    assert.deepEqual(doc.footnotes.map((f) => [f.number, doc.text.slice(f.numberSpan.start, f.numberSpan.end), f.text]), [
      [1, '1', '食品の電子タグを店頭の端末にかざして産地を確認できるサービス'],
      [2, '2', '街中の電子タグに携帯電話をかざして情報を得るサービス'],
    ]);
    assert.deepEqual(doc.anchors.map((a) => [doc.text.slice(a.start - 2, a.end + 1), a.definition, a.confidence]), [['（注1）', 0, 'sure'], ['（注2）', 1, 'sure']]);
    assert.deepEqual(doc.headings.filter((h) => h.level === 'item').map((h) => h.title), ['電子タグの利用', '利用の意向']);
  });

  it('does not let `（注2）` without a definition turn the 項 heading `2　…` into a note', () => {
    const doc = analyzeText('d.txt', page('1　概況', '　利用者は増えている（注2）。', '2　利用の意向', '　利用の意向は高い。'));
    assert.deepEqual(doc.footnotes, []);
    assert.deepEqual(doc.anchors, []);
  });
});

describe('names and headings that carry a number', () => {
  it('reads the number of a name the text introduces (`以下「シミュレーション1」という`) as part of it wherever it recurs', () => {
    const doc = analyzeText('d.txt', page(
      '投資が伸びる場合（以下「シミュレーション1」という。）を考える1。シミュレーション1では成長率が高まる。',
      '1　白書編集室の試算による。',
    ));
    assert.deepEqual(doc.anchors.map((a) => doc.text.slice(a.start - 3, a.end + 1)), ['考える1。']);
  });

  it('keeps the next 項 a heading when only a Latin-glued number cites it and a sub-heading follows', () => {
    const doc = analyzeText('d.txt', page(
      '1　通信',
      '　研究機関を結ぶ網として、架空国のNETA、別の国のNETB、さらにNETC2などが運用されている。',
      '2　放送事業',
      '（1）概況',
      '　放送事業者の数は横ばいである。',
    ));
    assert.deepEqual(doc.footnotes, []);
    assert.deepEqual(doc.headings.filter((h) => h.level === 'item').map((h) => h.title), ['通信', '放送事業']);
  });
});

describe('detection of an edition that opens with a 項 heading', () => {
  it('recognises a text whose first line is `1　…` followed by prose, notes and the next 項', () => {
    const text = ['1　少子高齢化への対応', '　我が国では少子高齢化が進んでいる。情報通信はその対応に役立つとされる。',
      '　遠隔での見守りも広がっている。', '2　グローバル化への対応', '　国境を越えた取引が増えている。'].join('\n');
    assert.ok(looksLikeWhitePaper(text));
  });
  it('still leaves a numbered list alone', () => {
    assert.equal(looksLikeWhitePaper('1　牛乳\n2　卵\n3　パン\n'), false);
    assert.equal(looksLikeWhitePaper('1 はじめに\nこの文書は説明書です。\n2 使い方\n'), false);
  });
});
