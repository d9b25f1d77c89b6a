// Behaviour of the page-text / official-.txt analyser that a reader of a white paper notices:
// headings and their tree, footnotes and the anchors citing them, cross-references, furniture, diagnostics.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeText } from '../../src/core/analyze';
import { extractClaims } from '../../src/core/claimExtraction';
import { digitRunEnd, digitRunFinder } from '../../src/core/footnotes';
import { CrossReference, Heading, WhitePaperDocument } from '../../src/core/model';
import { allReferences, at, slice } from './helpers';

const root = path.resolve(__dirname, '..', '..');
const fixtures = path.join(root, 'test', 'fixtures', 'core');

function fixture(name: string): string {
  return fs.readFileSync(path.join(fixtures, name), 'utf8');
}

function headingSummary(doc: WhitePaperDocument) {
  return doc.headings.map((h) => [h.level, h.number, h.title, h.path.join('/')]);
}

/** References found in one line of prose under a part heading. */
function refsIn(line: string): CrossReference[] {
  const doc = analyzeText('refs.txt', `第Ⅰ部　テスト\n${line}\n`);
  return allReferences(doc);
}

describe('analyzeText: page text with several pages joined (nd122100-joined.txt)', () => {
  const text = fixture('nd122100-joined.txt');
  const doc = analyzeText('file:///ws/pages/nd122100-joined.txt', text);

  it('is page text of the 令和8年版 edition', () => {
    assert.strictEqual(doc.form, 'page-text');
    assert.strictEqual(doc.edition, '令和8年版');
    assert.ok(doc.breadcrumb);
    assert.deepStrictEqual(doc.breadcrumb.crumbs, ['白書トップ', '政策', '白書', '令和8年版', '移動通信の普及']);
    assert.strictEqual(doc.breadcrumb.start, 0);
  });

  it('reads the headings once, with levels, numbers, titles and paths (chapter from the file name)', () => {
    assert.deepStrictEqual(headingSummary(doc), [
      ['part', 'Ⅰ', '特集 つながる暮らしと通信', 'Ⅰ'],
      ['section', '2', '移動通信の広がり', 'Ⅰ/2/2'],
      ['item', '1', '移動通信の普及', 'Ⅰ/2/2/1'],
      ['item', '2', '移動通信の課題', 'Ⅰ/2/2/2'],
      ['subitem', '(1)', '通信障害への備え', 'Ⅰ/2/2/2/(1)'],
      ['kana', 'ア', '事業者間ローミング', 'Ⅰ/2/2/2/(1)/ア'],
    ]);
    assert.strictEqual(doc.inferredChapter, '2');
    assert.deepStrictEqual(doc.headings.map((h) => h.inferred), [false, true, true, true, true, true]);
    assert.strictEqual(doc.headings[1].address, 'part:1/chapter:2/section:2');
    assert.strictEqual(doc.headings[4].address, 'part:1/chapter:2/section:2/item:2/subitem:1');
  });

  it('gives each heading exact offsets for its label and title', () => {
    for (const h of doc.headings) {
      assert.strictEqual(text.slice(h.titleStart, h.end), h.title);
      assert.ok(text.slice(h.start, h.titleStart).trim().length > 0 || h.level === 'unnumbered');
    }
    const section = doc.headings[1];
    assert.strictEqual(section.start, text.indexOf('第2節 移動通信の広がり')); // page 2 repeats it as a page header
    assert.strictEqual(section.label, '第2節');
  });

  it('nests the tree and ends each section where the next heading of its level begins', () => {
    const byTitle = (t: string) => doc.headings.find((h) => h.title === t)!;
    assert.strictEqual(doc.headingTree.length, 1);
    const [part] = doc.headingTree;
    assert.deepStrictEqual(part.children.map((h) => h.title), ['移動通信の広がり']);
    const section = part.children[0];
    assert.deepStrictEqual(section.children.map((h) => h.title), ['移動通信の普及', '移動通信の課題']);
    assert.deepStrictEqual(section.children[1].children.map((h) => h.title), ['通信障害への備え']);
    assert.deepStrictEqual(section.children[1].children[0].children.map((h) => h.title), ['事業者間ローミング']);
    assert.strictEqual(byTitle('移動通信の普及').sectionEnd, byTitle('移動通信の課題').start);
    assert.strictEqual(byTitle('移動通信の課題').sectionEnd, text.length);
    assert.strictEqual(part.sectionEnd, text.length);
    const check = (hs: Heading[]) => {
      for (const h of hs) {
        for (const c of h.children) assert.ok(c.start >= h.start && c.sectionEnd <= h.sectionEnd);
        check(h.children);
      }
    };
    check(doc.headingTree);
  });

  it('treats the repeated part and section lines of page 2 as page headers, not headings', () => {
    const headers = doc.furniture.filter((f) => f.kind === 'page-header').map((f) => slice(doc, f));
    assert.deepStrictEqual(headers, ['第Ⅰ部 特集 つながる暮らしと通信', '第2節 移動通信の広がり']);
    assert.strictEqual(doc.headings.filter((h) => h.level === 'part').length, 1);
  });

  it('recognises breadcrumbs, footers and figure-data links as furniture', () => {
    const kinds = doc.furniture.map((f) => [f.kind, slice(doc, f)]);
    assert.deepStrictEqual(kinds.filter(([k]) => k === 'breadcrumb').length, 2);
    assert.deepStrictEqual(kinds.filter(([k]) => k === 'page-footer').map(([, t]) => t), [
      '本文のテキスト版はこちら', 'ページトップへ戻る', '本文のテキスト版はこちら', 'ページトップへ戻る',
    ]);
    assert.deepStrictEqual(kinds.filter(([k]) => k === 'data-link').map(([, t]) => t), [
      '「図表Ⅰ-2-2-1 スマートフォンの世帯保有率の推移」のExcelはこちら',
    ]);
    assert.deepStrictEqual(kinds.filter(([k]) => k === 'source-line').map(([, t]) => t), ['（出典）白書編集室「通信利用動向の調査」']);
    // furniture is not prose
    for (const f of doc.furniture) {
      assert.ok(!doc.paragraphs.some((p) => p.start < f.end && p.end > f.start), `${slice(doc, f)} is not a paragraph`);
    }
  });

  it('reads a figure caption', () => {
    assert.deepStrictEqual(doc.figures.map((f) => [f.number, f.title, slice(doc, f.numberSpan)]), [
      ['Ⅰ-2-2-1', 'スマートフォンの世帯保有率の推移', '図表Ⅰ-2-2-1'],
    ]);
    assert.deepStrictEqual(doc.figureReferences.map((r) => r.figures), [['Ⅰ-2-2-1']]);
  });

  it('reads footnotes 1–5 in two definition blocks (page 2 starts at footnote 3)', () => {
    assert.deepStrictEqual(doc.footnotes.map((f) => [f.number, f.block]), [[1, 0], [2, 0], [3, 1], [4, 1], [5, 1]]);
    const [f1, f2, f3] = doc.footnotes;
    assert.strictEqual(f1.text, '白書編集室「移動通信の利用動向に関する調査」（2025年）\nhttps://example.go.jp/mobile/2025/survey.html\n（2025/11/20参照）');
    assert.strictEqual(f1.start, at(text, '1 白書編集室「移動通信の利用動向'));
    assert.strictEqual(f1.textStart, f1.start + 2);
    assert.strictEqual(slice(doc, f1.numberSpan), '1');
    assert.strictEqual(f1.end, at(text, '（2025/11/20参照）\n\n2 ', '（2025/11/20参照）'.length));
    assert.strictEqual(f2.text, '地域の通信事業者へのインタビューによる。');
    assert.strictEqual(f2.source, '地域の通信事業者へのインタビュー');
    assert.ok(f3.text.includes('https://example.go.jp/outage/2025/report.html'));
    assert.strictEqual(f3.source, '「通信障害が生活に与える影響に関する調査」');
  });

  it('binds each glued anchor to its definition at the right UTF-16 offset', () => {
    const expected: [number, string, string][] = [
      [1, '達しており1、', '達しており'],
      [2, '指摘されている2。', '指摘されている'],
      [3, '及ぼす3。', '及ぼす'],
      [4, '進められている4。', '進められている'],
      [5, '期待される5。', '期待される'],
    ];
    assert.strictEqual(doc.anchors.length, expected.length);
    expected.forEach(([n, context, prefix], i) => {
      const a = doc.anchors[i];
      assert.strictEqual(a.number, n);
      assert.strictEqual(a.spaced, false);
      assert.strictEqual(a.start, at(text, context, prefix.length));
      assert.strictEqual(a.end, a.start + 1);
      assert.strictEqual(doc.footnotes[a.definition].number, n);
      assert.deepStrictEqual(doc.footnotes[a.definition].anchors, [i]);
    });
  });

  it('does not take the access date in a footnote for a cross-reference', () => {
    const refs = allReferences(doc);
    assert.ok(!refs.some((r) => r.text.includes('2025/11/20')));
    assert.deepStrictEqual(doc.references.map((r) => [r.kind, r.text, r.inFootnote]), [
      ['full', '第Ⅱ部第4章第2節「通信障害への対応」参照', true],
    ]);
  });

  it('reports nothing on this clean file', () => {
    assert.deepStrictEqual(doc.diagnostics, []);
  });

  it('leaves the chapter unknown when the file name is not a page code', () => {
    const plain = analyzeText('file:///ws/notes/pages.txt', text);
    assert.strictEqual(plain.inferredChapter, null);
    assert.deepStrictEqual(plain.headings.map((h) => h.path.join('/')), ['Ⅰ', 'Ⅰ/2', 'Ⅰ/2/1', 'Ⅰ/2/2', 'Ⅰ/2/2/(1)', 'Ⅰ/2/2/(1)/ア']);
    assert.ok(plain.headings.every((h) => !h.inferred));
    assert.strictEqual(plain.headings[1].address, 'part:1/section:2');
  });
});

describe('analyzeText: official .txt (official-r8.txt)', () => {
  const text = fixture('official-r8.txt');
  const doc = analyzeText('file:///ws/official/official-r8.txt', text);

  it('is an official text without breadcrumb or edition', () => {
    assert.strictEqual(doc.form, 'official-txt');
    assert.strictEqual(doc.breadcrumb, null);
    assert.strictEqual(doc.edition, null);
    assert.strictEqual(doc.inferredChapter, null);
  });

  it('splits headings glued to the end of the previous page', () => {
    assert.deepStrictEqual(headingSummary(doc), [
      ['part', 'Ⅱ', '情報通信の基盤', 'Ⅱ'],
      ['chapter', '4', '通信サービスの動向', 'Ⅱ/4'],
      ['section', '1', '通信サービスの利用状況', 'Ⅱ/4/1'],
      ['item', '1', '固定通信', 'Ⅱ/4/1/1'],
      ['item', '2', '移動通信', 'Ⅱ/4/1/2'],
      ['section', '2', '通信障害への対応', 'Ⅱ/4/2'],
      ['item', '1', '障害の発生状況', 'Ⅱ/4/2/1'],
    ]);
    const byTitle = (t: string) => doc.headings.find((h) => h.title === t)!;
    assert.strictEqual(byTitle('通信サービスの利用状況').start, at(text, '概観する。第1節', '概観する。'.length));
    assert.strictEqual(byTitle('移動通信').start, at(text, '超えた。2　移動通信', '超えた。'.length));
    assert.strictEqual(byTitle('通信障害への対応').start, at(text, '参照第2節', '参照'.length));
    assert.strictEqual(byTitle('通信サービスの利用状況').sectionEnd, byTitle('通信障害への対応').start);
    assert.strictEqual(byTitle('固定通信').sectionEnd, byTitle('移動通信').start);
    assert.strictEqual(byTitle('固定通信').label, '1');
    assert.strictEqual(byTitle('通信障害への対応').label, '第2節');
  });

  it('keeps the prose before a glued heading out of the heading', () => {
    assert.ok(doc.paragraphs.some((p) => slice(doc, p) === '本章では、固定通信と移動通信の利用状況を概観する。'));
    assert.ok(doc.paragraphs.some((p) => slice(doc, p).endsWith('4,000万を超えた。')));
  });

  it('decides `1　固定通信` is a heading and `1　パソコン通信の…` is the definition cited by ` 1 `', () => {
    assert.ok(doc.headings.some((h) => h.title === '固定通信' && h.level === 'item'));
    assert.ok(!doc.headings.some((h) => h.title.startsWith('パソコン通信')));
    const f1 = doc.footnotes.find((f) => f.number === 1)!;
    assert.strictEqual(f1.text, 'パソコン通信の利用者は最盛期に数百万人規模');
    assert.strictEqual(f1.start, at(text, '1　パソコン通信の利用者'));
    assert.strictEqual(f1.textStart, f1.start + 2);
  });

  it('ends a definition where a glued heading begins', () => {
    const f3 = doc.footnotes.find((f) => f.number === 3)!;
    assert.strictEqual(f3.text, '料金の動向については第5章第1節を参照');
    assert.strictEqual(f3.end, at(text, '参照第2節', 2));
  });

  it('binds spaced anchors ` N ` to their definitions', () => {
    const expected: [number, string, string][] = [
      [1, '利用された 1 。', '利用された '],
      [2, '超えており 2 、', '超えており '],
      [3, '進んだ 3 。', '進んだ '],
      [4, '6件であった 4 。', '6件であった '],
      [5, '求められる 5 。', '求められる '],
    ];
    assert.deepStrictEqual(doc.anchors.map((a) => a.number), expected.map((e) => e[0]));
    expected.forEach(([n, context, prefix], i) => {
      const a = doc.anchors[i];
      assert.strictEqual(a.spaced, true);
      assert.strictEqual(a.start, at(text, context, prefix.length));
      assert.strictEqual(slice(doc, a), String(n));
      assert.strictEqual(doc.footnotes[a.definition].number, n);
    });
    assert.deepStrictEqual(doc.footnotes.map((f) => [f.number, f.block]), [[1, 0], [2, 0], [3, 0], [4, 1], [5, 1]]);
  });

  it('parses references in prose and in footnotes', () => {
    assert.deepStrictEqual(doc.references.map((r) => [r.kind, r.text, r.segments.map((s) => s.number), r.inFootnote]), [
      ['deictic', '本章', [], false],
      ['partial', '第5章第1節を参照', ['5', '1'], true],
      ['full', '第Ⅱ部第4章第2節2「事故の検証」参照', ['Ⅱ', '4', '2', '2'], true],
    ]);
    const full = doc.references[2];
    assert.strictEqual(full.title, '事故の検証');
    assert.ok(full.titleSpan);
    assert.strictEqual(slice(doc, full.titleSpan), '事故の検証');
  });

  it('reports nothing on this clean file', () => {
    assert.deepStrictEqual(doc.diagnostics, []);
  });
});

describe('analyzeText: ordinary numbers are not anchors (ordinary-numbers.txt)', () => {
  const text = fixture('ordinary-numbers.txt');
  const doc = analyzeText('ordinary-numbers.txt', text);

  it('finds only the three real anchors, including one at a line end that swallowed its 。', () => {
    assert.deepStrictEqual(doc.anchors.map((a) => [a.number, a.start]), [
      [1, at(text, 'あった1。', 'あった'.length)],
      [2, at(text, '）2。', 1)],
      [3, at(text, '後押ししていく3\n', '後押ししていく'.length)],
    ]);
  });

  for (const ordinary of ['2023年3月', '5G', '80.6%', '3つ', 'Society 5.0', '第5世代', '1,000万人', '図表1-1-2-1']) {
    it(`does not see an anchor in ${ordinary}`, () => {
      const s = at(text, ordinary);
      const e = s + ordinary.length;
      assert.ok(!doc.anchors.some((a) => a.start < e && a.end > s), `${ordinary} holds no anchor`);
    });
  }

  it('leaves footnote 5 uncited despite 5G, 第5世代 and Society 5.0', () => {
    const f5 = doc.footnotes.find((f) => f.number === 5)!;
    assert.deepStrictEqual(f5.anchors, []);
    assert.deepStrictEqual(doc.diagnostics.map((d) => [d.code, d.args, slice(doc, d)]), [['footnote-unused', [5], '5']]);
  });

  it('reads a pre-2024 figure number in prose', () => {
    assert.deepStrictEqual(doc.figureReferences.map((r) => [r.text, r.figures]), [['図表1-1-2-1', ['1-1-2-1']]]);
  });
});

describe('analyzeText: CRLF and BOM (official-crlf-bom.txt)', () => {
  const text = fixture('official-crlf-bom.txt');
  const doc = analyzeText('official-crlf-bom.txt', text);

  it('keeps the text as given and reads headings without the BOM or CR in titles', () => {
    assert.strictEqual(doc.text, text);
    assert.strictEqual(text.charCodeAt(0), 0xfeff);
    assert.deepStrictEqual(headingSummary(doc), [
      ['part', 'Ⅲ', '地域の情報化', 'Ⅲ'],
      ['chapter', '2', '自治体のデジタル化', 'Ⅲ/2'],
      ['section', '1', '行政手続のオンライン化', 'Ⅲ/2/1'],
      ['item', '1', 'オンライン化の進捗', 'Ⅲ/2/1/1'],
      ['subitem', '(1)', '窓口の見直し', 'Ⅲ/2/1/1/(1)'],
    ]);
    assert.strictEqual(doc.headings[0].start, 1);
    assert.strictEqual(doc.headings[4].label, '（1）');
    for (const h of doc.headings) assert.ok(!slice(doc, h).includes('\r'));
  });

  it('reads footnotes without CRs and binds the anchors', () => {
    assert.deepStrictEqual(doc.footnotes.map((f) => [f.number, f.text]), [
      [1, '白書編集室「自治体の行政手続に関する調査」（2025年）による。'],
      [2, '地域差の要因については、第3章第2節を参照。'],
    ]);
    assert.deepStrictEqual(doc.anchors.map((a) => [a.number, a.start]), [
      [1, at(text, '進んでいる 1 ', '進んでいる '.length)],
      [2, at(text, 'みられる 2 ', 'みられる '.length)],
    ]);
    assert.deepStrictEqual(doc.diagnostics, []);
  });

  it('reads the same model as the LF version, shifted by the BOM and CRs', () => {
    const lf = analyzeText('official-lf.txt', text.slice(1).replace(/\r\n/g, '\n'));
    assert.deepStrictEqual(headingSummary(lf), headingSummary(doc));
    assert.deepStrictEqual(lf.footnotes.map((f) => f.text), doc.footnotes.map((f) => f.text));
    assert.deepStrictEqual(lf.anchors.map((a) => a.number), doc.anchors.map((a) => a.number));
  });
});

describe('analyzeText: cross-references', () => {
  it('parses a full path with title into segments', () => {
    const [r] = refsIn('詳しくは第Ⅰ部第1章第2節1(3)ア「LLMの研究開発動向」参照。');
    assert.strictEqual(r.kind, 'full');
    assert.strictEqual(r.text, '第Ⅰ部第1章第2節1(3)ア「LLMの研究開発動向」参照');
    assert.deepStrictEqual(r.segments.map((s) => [s.level, s.number]), [
      ['part', 'Ⅰ'], ['chapter', '1'], ['section', '2'], ['item', '1'], ['subitem', '(3)'], ['kana', 'ア'],
    ]);
    assert.strictEqual(r.title, 'LLMの研究開発動向');
    assert.ok(r.titleSpan);
  });

  it('gives the reference and its title exact offsets', () => {
    const line = '詳しくは第Ⅰ部第1章第2節1(3)ア「LLMの研究開発動向」参照。';
    const doc = analyzeText('refs.txt', `第Ⅰ部　テスト\n${line}\n`);
    const [r] = doc.references;
    assert.strictEqual(slice(doc, r), r.text);
    assert.strictEqual(r.start, '第Ⅰ部　テスト\n詳しくは'.length);
    assert.strictEqual(slice(doc, r.titleSpan!), 'LLMの研究開発動向');
  });

  it('parses partial paths', () => {
    assert.deepStrictEqual(refsIn('この点は第2章第2節参照のこと。').map((r) => [r.kind, r.text, r.segments.map((s) => `${s.level}:${s.number}`)]), [
      ['partial', '第2章第2節参照', ['chapter:2', 'section:2']],
    ]);
    assert.deepStrictEqual(refsIn('詳細は第2節第1項参照。').map((r) => [r.kind, r.segments.map((s) => `${s.level}:${s.number}`)]), [
      ['partial', ['section:2', 'item:1']],
    ]);
    assert.deepStrictEqual(refsIn('（第3節参照）').map((r) => [r.kind, r.text]), [['partial', '第3節参照']]);
    const [titled] = refsIn('検討状況は第4章第3節2「2 広告」を参照。');
    assert.strictEqual(titled.kind, 'partial');
    assert.strictEqual(titled.title, '2 広告');
    assert.deepStrictEqual(titled.segments.map((s) => s.number), ['4', '3', '2']);
  });

  it('reads deictic words', () => {
    assert.deepStrictEqual(refsIn('本節では、前章の議論を踏まえて検討する。').map((r) => [r.kind, r.deixis]), [
      ['deictic', '本節'], ['deictic', '前章'],
    ]);
    assert.deepStrictEqual(refsIn('本部の担当者と協議した。'), []);
  });

  it('reads narrative references', () => {
    assert.deepStrictEqual(refsIn('第1章第2節で見たように、後述する課題もある。').map((r) => [r.kind, r.text, r.segments.map((s) => s.number)]), [
      ['narrative', '第1章第2節で見た', ['1', '2']],
      ['narrative', '後述', []],
    ]);
  });

  it('reads references to other editions, with or without a path', () => {
    const [a] = refsIn('令和元年版情報通信白書で述べたとおり、普及が進んだ。');
    assert.strictEqual(a.kind, 'edition');
    assert.strictEqual(a.edition, '令和元年版情報通信白書');
    const [b] = refsIn('当時の状況は平成元年版通信白書第1章第4節参照。');
    assert.strictEqual(b.kind, 'edition');
    assert.strictEqual(b.edition, '平成元年版通信白書');
    assert.strictEqual(b.text, '平成元年版通信白書第1章第4節参照');
    assert.deepStrictEqual(b.segments.map((s) => `${s.level}:${s.number}`), ['chapter:1', 'section:4']);
  });

  it('reads back-matter references', () => {
    assert.deepStrictEqual(refsIn('推計方法は巻末付注4を参照。').map((r) => [r.kind, r.text]), [['backmatter', '巻末付注4']]);
    assert.deepStrictEqual(refsIn('具体例はコラム1-5で紹介している。').map((r) => [r.kind, r.text]), [['backmatter', 'コラム1-5']]);
  });

  it('reads two figure references in one bracket', () => {
    const line = '利用率は上昇した（図表Ⅱ-1-1-3、図表Ⅱ-1-1-4）。';
    const doc = analyzeText('refs.txt', `第Ⅰ部　テスト\n${line}\n`);
    assert.deepStrictEqual(doc.references, []);
    assert.deepStrictEqual(doc.figureReferences.map((r) => [r.kind, r.text, r.figures, slice(doc, r)]), [
      ['figure', '図表Ⅱ-1-1-3', ['Ⅱ-1-1-3'], '図表Ⅱ-1-1-3'],
      ['figure', '図表Ⅱ-1-1-4', ['Ⅱ-1-1-4'], '図表Ⅱ-1-1-4'],
    ]);
  });

  it('does not read a URL access date as a reference, in prose or in a footnote', () => {
    assert.deepStrictEqual(refsIn('(2024/3/22参照)'), []);
    const doc = analyzeText('refs.txt', [
      '第1節　テスト',
      '調査の結果が公表された 1 。',
      '1　白書編集室「通信の調査」',
      'https://example.go.jp/a.html',
      '(2024/3/22参照)',
      '',
    ].join('\n'));
    assert.deepStrictEqual(allReferences(doc), []);
    assert.ok(doc.footnotes[0].text.endsWith('(2024/3/22参照)'));
  });
});

describe('analyzeText: headings', () => {
  it('normalises ASCII and full-width part and chapter numbers', () => {
    const doc = analyzeText('h.txt', '第II部　政策の動向\n第１章　総論\n第２節　概要\n（１）　基本的な考え方\n');
    assert.deepStrictEqual(doc.headings.map((h) => [h.level, h.label, h.number, h.key]), [
      ['part', '第II部', 'Ⅱ', '2'], ['chapter', '第１章', '1', '1'], ['section', '第２節', '2', '2'], ['subitem', '（１）', '(1)', '1'],
    ]);
    assert.strictEqual(doc.headings[3].address, 'part:2/chapter:1/section:2/subitem:1');
  });

  it('はじめに holds its own 項s, not the chapters after it, in the Outline and in the claims\' heading paths', () => {
    const doc = analyzeText('h.txt', ['はじめに', '1　本書の構成', '　各章の内容を示す必要がある。', '第1章　通信の動向', '第1節　利用の広がり', '　回線の整備を急ぐ必要がある。'].join('\n'));
    assert.deepStrictEqual(doc.headingTree.map((h) => `${h.label} ${h.children.map((c) => c.label).join(',')}`), ['はじめに 1', '第1章 第1節']);
    assert.strictEqual(doc.headingTree[0].sectionEnd, doc.text.indexOf('第1章'));
    assert.deepStrictEqual(extractClaims(doc).map((c) => c.headingPath.join(' > ')), ['はじめに > 1 本書の構成', '第1章 通信の動向 > 第1節 利用の広がり']);
  });

  it('does not take a numbered sentence for a heading', () => {
    const doc = analyzeText('h.txt', '第1節　概要\n（1）　制度の見直しが行われ、利用者の負担は大きく軽減されたことが調査から明らかになった。\n');
    assert.deepStrictEqual(doc.headings.map((h) => h.level), ['section']);
  });
});

describe('analyzeText: footnote diagnostics', () => {
  const codes = (doc: WhitePaperDocument) => doc.diagnostics.map((d) => [d.code, slice(doc, d), d.args]);

  it('footnote-unused: a definition nothing cites', () => {
    const doc = analyzeText('d.txt', '第1節　テスト\n通信の利用は広がっている 1 。\n1　白書編集室調べ。\n2　引用されていない注である。\n');
    assert.deepStrictEqual(codes(doc), [['footnote-unused', '2', [2]]]);
    assert.strictEqual(doc.diagnostics[0].severity, 'information');
    assert.strictEqual(doc.diagnostics[0].start, doc.footnotes[1].numberSpan.start);
  });

  it('footnote-duplicate: one number defined twice in a block; the anchor is bound once', () => {
    const doc = analyzeText('d.txt', '第1節　テスト\n通信の利用は広がっている 1 。端末も増えた 2 。\n1　白書編集室調べ。\n2　事業者へのインタビューによる。\n2　事業者へのヒアリングによる。\n');
    const dup = doc.diagnostics.filter((d) => d.code === 'footnote-duplicate');
    assert.strictEqual(dup.length, 1);
    assert.strictEqual(dup[0].severity, 'warning');
    assert.strictEqual(dup[0].start, doc.footnotes[2].numberSpan.start);
    assert.deepStrictEqual(doc.anchors.map((a) => [a.number, a.definition]), [[1, 0], [2, 1]]);
    const starts = doc.anchors.map((a) => a.start);
    assert.strictEqual(new Set(starts).size, starts.length, 'no two anchors on the same digits');
  });

  it('footnote-order: a definition after a larger number', () => {
    const doc = analyzeText('d.txt', '第1節　テスト\n通信の利用は広がっている 3 。端末も増えた 4 。\n4　白書編集室調べ。\n3　事業者へのインタビューによる。\n');
    assert.deepStrictEqual(codes(doc), [['footnote-order', '3', [3, 4]]]);
    // the anchors still find their own definitions
    for (const a of doc.anchors) assert.strictEqual(doc.footnotes[a.definition].number, a.number);
  });

  it('footnote-undefined: a gap in the anchor sequence (spaced and glued)', () => {
    const spaced = analyzeText('d.txt', '第1節　テスト\n通信の利用は広がっている 1 。端末も増えた 2 。料金も下がった 3 。\n1　白書編集室調べ。\n3　事業者へのインタビューによる。\n');
    assert.deepStrictEqual(codes(spaced), [['footnote-undefined', '2', [2]]]);
    assert.strictEqual(spaced.diagnostics[0].start, spaced.text.indexOf(' 2 ') + 1);
    const glued = analyzeText('d.txt', '第1節　テスト\n通信の利用は広がっている1。端末も増えた2。料金も下がった3。\n1　白書編集室調べ。\n3　事業者へのインタビューによる。\n');
    assert.deepStrictEqual(codes(glued), [['footnote-undefined', '2', [2]]]);
  });

  it('does not call an ordinary number in prose undefined', () => {
    const doc = analyzeText('d.txt', '第1節　テスト\n通信の利用は広がっている1。2023年には3つの施策が始まった。料金も下がった2。\n1　白書編集室調べ。\n2　事業者へのインタビューによる。\n');
    assert.deepStrictEqual(doc.diagnostics, []);
    assert.deepStrictEqual(doc.anchors.map((a) => a.number), [1, 2]);
  });
});

describe('analyzeText: the sample white paper (sample/)', () => {
  const pageDir = path.join(root, 'sample', 'pages');
  const files = [
    ...fs.readdirSync(pageDir).filter((f) => f.endsWith('.txt')).map((f) => path.join(pageDir, f)),
    path.join(root, 'sample', 'official', 'r8-part2.txt'),
  ];

  for (const file of files) {
    it(`reports no diagnostics on ${path.relative(root, file)}, and every footnote is cited`, () => {
      const doc = analyzeText(file, fs.readFileSync(file, 'utf8'));
      assert.deepStrictEqual(doc.diagnostics, []);
      for (const f of doc.footnotes) assert.ok(f.anchors.length > 0, `footnote ${f.number} is cited`);
      for (const a of doc.anchors) assert.strictEqual(doc.footnotes[a.definition].number, a.number);
    });
  }

  it('infers the chapter of the section pages from their file names', () => {
    const file = path.join(pageDir, 'nd111200.txt');
    const doc = analyzeText(file, fs.readFileSync(file, 'utf8'));
    assert.strictEqual(doc.inferredChapter, '1');
    assert.deepStrictEqual(doc.headings.map((h) => h.path.join('/')), [
      'Ⅰ', 'Ⅰ/1/1', 'Ⅰ/1/1/2', 'Ⅰ/1/1/2/(1)', 'Ⅰ/1/1/2/(2)', 'Ⅰ/1/1/2/(2)/ア', 'Ⅰ/1/1/2/(2)/イ',
    ]);
    assert.deepStrictEqual(doc.footnotes.map((f) => f.number), [3, 4]);
  });

  it('reads the chapter page, which has its own chapter line', () => {
    const file = path.join(pageDir, 'nd110000.txt');
    const doc = analyzeText(file, fs.readFileSync(file, 'utf8'));
    assert.strictEqual(doc.inferredChapter, null);
    assert.deepStrictEqual(headingSummary(doc), [
      ['part', 'Ⅰ', '特集 地域を支えるデジタル基盤', 'Ⅰ'],
      ['chapter', '1', '地域におけるデジタル活用の現状', 'Ⅰ/1'],
    ]);
  });
});

describe('digit runs, asked for line by line', () => {
  it('finds the same runs as a search of each line, in a text with long stretches without digits', () => {
    const text = ['第一章　通信の現状', 'デジタル化が進む。', '', '令和5年には12％、2023年は３４件であった。', '見出しの例', '', 'まとめ9。'].join('\n');
    const next = digitRunFinder(text);
    const found: string[] = [];
    let at = 0;
    for (const line of text.split('\n')) {
      for (let m = next(at); m >= 0 && m < at + line.length; m = next(digitRunEnd(text, m))) found.push(text.slice(m, digitRunEnd(text, m)));
      at += line.length + 1;
    }
    assert.deepEqual(found, ['5', '12', '2023', '３４', '9']);
  });
});

describe('lines that only look like page furniture', () => {
  it('a sentence with ＞ signs is prose, not a breadcrumb; the file stays official text', () => {
    const text = '第1章　通信の現状\n第1節　概況\n情報通信白書では、利用者の多い順に固定＞移動＞衛星と整理している。\n';
    const doc = analyzeText('t.txt', text);
    assert.strictEqual(doc.form, 'official-txt');
    assert.strictEqual(doc.breadcrumb, null);
    assert.deepStrictEqual(doc.paragraphs.map((p) => text.slice(p.start, p.end)), ['情報通信白書では、利用者の多い順に固定＞移動＞衛星と整理している。']);
  });

  it('a heading ending in へ戻る is a heading, not the page-top link', () => {
    const doc = analyzeText('t.txt', '第1章　人口の動向\n第1節　地方の現状\n（1）　若者が地方へ戻る\n地方に戻る若者が増えている。\nページトップへ戻る\n');
    assert.deepStrictEqual(doc.headings.map((h) => `${h.level} ${h.title}`), ['chapter 人口の動向', 'section 地方の現状', 'subitem 若者が地方へ戻る']);
    assert.deepStrictEqual(doc.furniture.map((f) => f.kind), ['page-footer']);
  });

  it('on joined pages, a 第1節 with another title is the next section, not a repeated page header', () => {
    const text = [
      '白書トップ > 政策 > 白書 > 令和8年版 > 光ファイバ網', '第Ⅰ部 特集 地域を支えるデジタル基盤', '第1節 地域の通信基盤', '1 光ファイバ網の整備状況', '光ファイバの整備が進んでいる。', 'ページトップへ戻る',
      '白書トップ > 政策 > 白書 > 令和8年版 > 移動通信', '第Ⅰ部 特集 地域を支えるデジタル基盤', '第1節 移動通信の普及', '1 スマートフォンの保有状況', 'スマートフォンの保有が進んでいる。', '',
    ].join('\n');
    const doc = analyzeText('joined.txt', text);
    assert.deepStrictEqual(doc.headings.map((h) => h.title), ['特集 地域を支えるデジタル基盤', '地域の通信基盤', '光ファイバ網の整備状況', '移動通信の普及', 'スマートフォンの保有状況']);
    assert.strictEqual(doc.furniture.filter((f) => f.kind === 'page-header').length, 1, 'the repeated part line is still a page header');
  });
});

describe('footnote definitions and the prose after them', () => {
  it('a sentence right after a definition left open (a URL) is prose, not the rest of the note', () => {
    const text = '第1章　通信の現状\n第1節　概況\n整備が進んでいる3。\n3　架空省「地域通信の利用調査」https://example.go.jp/survey\n今後は「地域通信計画」に沿った整備を進める必要がある。\n';
    const doc = analyzeText('t.txt', text);
    assert.deepStrictEqual(doc.footnotes.map((f) => [f.number, f.text]), [[3, '架空省「地域通信の利用調査」https://example.go.jp/survey']]);
    assert.strictEqual(doc.footnotes[0].source, '「地域通信の利用調査」');
    assert.ok(doc.paragraphs.some((p) => text.slice(p.start, p.end).startsWith('今後は')), 'the sentence is prose');
  });

  it('a short line that finishes an open definition (`を参照。`) still belongs to it', () => {
    const text = '第1章　通信の現状\n整備が進んでいる3。\n3　https://example.go.jp/telework/index.html\nを参照。\n';
    assert.strictEqual(analyzeText('t.txt', text).footnotes[0].text, 'https://example.go.jp/telework/index.html\nを参照。');
  });

  it('a note that cites a report and asks to see it still names the report', () => {
    for (const note of ['前掲「地域通信の利用調査」を参照。', '前出の架空省「地域通信白書」を参照のこと。']) {
      const doc = analyzeText('t.txt', `第1章　通信の現状\n整備が進んでいる3。\n3　${note}\n`);
      assert.ok(doc.footnotes[0].source?.includes('「'), `${note}: ${doc.footnotes[0].source}`);
    }
  });

  it('a note that only points elsewhere in the paper names no source', () => {
    const text = '第1章　通信の現状\n整備が進んでいる3。活用が広がる4。\n3　第Ⅰ部第1章第2節「地域産業のデータ活用」参照。\n4　架空省「地域通信の利用調査」による。\n';
    const doc = analyzeText('t.txt', text);
    assert.deepStrictEqual(doc.footnotes.map((f) => f.source), [null, '「地域通信の利用調査」']);
  });
});
