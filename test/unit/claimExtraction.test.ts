// Claims of a document — sentence ranges, heading paths, evidence binding — and the
// claim-register formatters (Markdown, CSV, JSON) shared by the editor and the CLI.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../../src/core/analyze';
import {
  claimJson, claimPlainText, claimsJsonValue, claimsToCsv, claimsToJson, claimsToMarkdown, csvField, markdownCell,
} from '../../src/core/claimExport';
import { claimAt, claimLabel, claimsOf, evidenceCount, extractClaims, sentenceAt } from '../../src/core/claimExtraction';
import { claimsCommand } from '../../src/cli/claimsCommand';
import { runCaptured } from './helpers';
import type { Claim } from '../../src/core/model';
import { isMarkdownWhitePaper } from '../../src/core/markdown';
import { LineIndex } from '../../src/core/text';

const FIXTURE = 'test/fixtures/claims/nd131200.txt';
const text = readFileSync(join(__dirname, '..', 'fixtures', 'claims', 'nd131200.txt'), 'utf8');
const PART = '第Ⅰ部 特集 災害に強い地域づくり';
const SECTION = '第3節 地域の防災と情報共有';
const ITEM = '1 避難情報の伝達';

function claimStarting(claims: Claim[], prefix: string): Claim {
  const c = claims.find((x) => x.text.startsWith(prefix));
  assert.ok(c, `a claim starts with ${prefix}; claims: ${claims.map((x) => x.text.slice(0, 12)).join(' | ')}`);
  return c;
}

describe('extractClaims', () => {
  const doc = analyzeText(FIXTURE, text);
  const claims = extractClaims(doc);

  it('finds the claims of the fixture page, in text order, with kind and strength', () => {
    assert.deepEqual(claims.map((c) => [c.kind, c.strength]), [
      ['necessity', 'firm'],
      ['importance', 'firm'],
      ['expectation', 'firm'],
      ['concern', 'firm'],
      ['importance', 'firm'],
      ['necessity', 'hedged'],
    ]);
    for (let i = 1; i < claims.length; i++) assert.ok(claims[i - 1].end <= claims[i].start, 'sorted, not overlapping');
  });

  it('leaves out descriptions, sentences about the text, headings, captions, (出典) lines and footnotes', () => {
    const all = claims.map((c) => c.text).join('\n');
    for (const notClaim of ['市町村が発令する', 'ある市では', '本項では', '図表Ⅰ-1-3-1 避難情報', '（出典）', 'ガイドライン」による', 'ページトップ', '避難情報の伝達\n']) {
      assert.ok(!all.includes(notClaim), `no claim contains ${JSON.stringify(notClaim)}`);
    }
  });

  it('each claim covers its whole sentence: the text at its range, ending with the trailing anchor and 。', () => {
    const lines = new LineIndex(text);
    for (const c of claims) assert.equal(text.slice(c.start, c.end), c.text);
    const first = claimStarting(claims, '避難情報を確実に');
    assert.equal(first.text, '避難情報を確実に届けるためには、複数の伝達手段を組み合わせる必要がある1。');
    assert.deepEqual(lines.positionAt(first.start), { line: 6, character: 53 });
    assert.deepEqual(lines.positionAt(first.end), { line: 6, character: 53 + first.text.length });
    const spaced = claimStarting(claims, 'こうした取組は');
    assert.ok(spaced.text.endsWith('期待される 3 。'), spaced.text);
    assert.equal(spaced.marker, '期待される');
  });

  it('heading paths run from the part down to the innermost heading, as label and title', () => {
    assert.deepEqual(claimStarting(claims, '避難情報を確実に').headingPath, [PART, SECTION, ITEM]);
    assert.deepEqual(claimStarting(claims, 'こうした取組は').headingPath, [PART, SECTION, ITEM, '（1） 自治体の取組']);
    assert.deepEqual(claimStarting(claims, '一方で').headingPath, [PART, SECTION, ITEM, '（1） 自治体の取組']);
    assert.deepEqual(claimStarting(claims, '平時から').headingPath, [PART, SECTION, ITEM, '（2） 今後の課題']);
    // claims under the same heading share one path array (cheap grouping)
    assert.equal(claimStarting(claims, 'こうした取組は').headingPath, claimStarting(claims, '一方で').headingPath);
  });

  it('binds footnote anchors inside the sentence to their definitions and sources', () => {
    assert.deepEqual(claimStarting(claims, '避難情報を確実に').evidence.footnotes,
      [{ number: 1, source: '「避難情報に関するガイドライン」', definition: 0 }]);
    assert.deepEqual(claimStarting(claims, '平時から').evidence.footnotes, [
      { number: 2, source: '市の防災担当者へのインタビュー', definition: 1 },
      { number: 4, source: '「防災情報の共有に関する調査」', definition: 3 },
    ]);
    assert.deepEqual(claimStarting(claims, 'こうした取組は').evidence.footnotes,
      [{ number: 3, source: '自主防災組織の活動状況調査', definition: 2 }]);
    // the anchor 2 of the preceding description sentence does not leak into the next claim
    assert.equal(claimStarting(claims, 'こうした取組は').evidence.footnotes.some((f) => f.number === 2), false);
  });

  it('binds figure references and cross-references inside the sentence', () => {
    const fig = claimStarting(claims, '特に、高齢者');
    assert.deepEqual(fig.evidence, { footnotes: [], figures: ['Ⅰ-1-3-1'], references: [] });
    const ref = claimStarting(claims, '一方で');
    assert.deepEqual(ref.evidence.references, ['第Ⅰ部第1章第2節1「地域の担い手」参照']);
    assert.deepEqual(ref.evidence.figures, []);
    assert.deepEqual(claimStarting(claims, 'また、本節で').evidence.references, ['本節']);
    assert.deepEqual(claims.map(evidenceCount), [1, 1, 1, 1, 2, 1]);
  });

  it('a claim citing a footnote without definition keeps the number with no source', () => {
    const src = '第1節 テスト\n\n1 概要\n\n継続的な見直しが必要である7。\n';
    const d = analyzeText('x.txt', src);
    // the parser only reports anchors it can bind or flag; give it one without a definition
    const at = src.indexOf('7。');
    d.anchors = [{ start: at, end: at + 1, number: 7, definition: -1, spaced: false, confidence: 'sure', doubt: '' }];
    const c = extractClaims(d);
    assert.equal(c.length, 1);
    assert.deepEqual(c[0].evidence.footnotes, [{ number: 7, source: null, definition: -1 }]);
  });

  it('official .txt with headings glued to prose: sentences stay out of heading lines; CRLF ranges hold', () => {
    const official = [
      '第Ⅱ部　地域の情報化',
      '第2章　行政のデジタル化',
      '本章では、行政手続のオンライン化を概観する。第1節　手続のオンライン化',
      '1　現状',
      'オンラインで完結する手続は増えているが、利用率の向上が課題である 1 。',
      '1　白書編集室「行政手続の利用状況調査」（2025年）による。',
      '',
    ].join('\r\n');
    const d = analyzeText('official.txt', official);
    const c = extractClaims(d);
    assert.equal(c.length, 1, JSON.stringify(c.map((x) => x.text)));
    assert.equal(c[0].kind, 'concern');
    assert.equal(official.slice(c[0].start, c[0].end), c[0].text);
    assert.ok(!c[0].text.includes('\r') && !c[0].text.includes('第1節'));
    assert.deepEqual(c[0].headingPath, ['第Ⅱ部 地域の情報化', '第2章 行政のデジタル化', '第1節 手続のオンライン化', '1 現状']);
    assert.deepEqual(c[0].evidence.footnotes.map((f) => f.source), ['「行政手続の利用状況調査」']);
    // the sentence a reviewer corrects at the cursor follows the same rule
    assert.equal(sentenceAt(d, c[0].start + 3)?.text, c[0].text);
    assert.equal(sentenceAt(d, official.indexOf('本章では') + 2)?.text, '本章では、行政手続のオンライン化を概観する。');
    assert.equal(sentenceAt(d, official.indexOf('手続のオンライン化\r\n')), null, 'the glued heading is no sentence');
  });

  it('claims before the first heading have an empty heading path', () => {
    const c = extractClaims(analyzeText('x.txt', '前書きとして、制度の見直しが求められる。\n'));
    assert.equal(c.length, 1);
    assert.deepEqual(c[0].headingPath, []);
  });

  it('claimsOf caches per document object', () => {
    assert.equal(claimsOf(doc), claimsOf(doc));
    assert.notEqual(claimsOf(analyzeText(FIXTURE, text)), claimsOf(doc));
    assert.deepEqual(claimsOf(doc), claims);
  });

  it('claimAt finds the claim under an offset (binary search, end inclusive)', () => {
    const c = claims[3];
    assert.equal(claimAt(claims, c.start), c);
    assert.equal(claimAt(claims, c.end), c);
    assert.equal(claimAt(claims, c.start + 3), c);
    assert.equal(claimAt(claims, text.indexOf('ある市では')), null);
    assert.equal(claimAt([], 10), null);
    // adjacent sentences: at the boundary the next claim wins
    const a = claims[4], b = claims[5];
    assert.equal(a.end, b.start, 'fixture: 鍵を握る2、4。 and また、… are adjacent');
    assert.equal(claimAt(claims, a.end), b);
    assert.equal(claimAt(claims, a.end - 1), a);
  });

  it('stays linear: a long joined file (thousands of paragraphs) is done quickly', () => {
    const para = '整備を進める必要がある1。現状は改善している（図表Ⅰ-1-3-1）。今後の取組が期待される（第2節参照）。\n\n';
    const big = `第Ⅰ部 特集 試験\n第1節 試験\n\n1 試験\n\n${para.repeat(4000)}1 白書編集室「試験調査」による。\n`;
    const d = analyzeText('big.txt', big);
    const t0 = Date.now();
    const c = extractClaims(d);
    const ms = Date.now() - t0;
    assert.equal(c.length, 8000);
    assert.ok(ms < 2000, `took ${ms} ms`);
    assert.deepEqual(c[1].evidence.references.length, 1);
  });
});

describe('claimLabel', () => {
  it('keeps short sentences whole and marks the marker', () => {
    const r = claimLabel({ text: '連携が重要である。', marker: '重要である' });
    assert.equal(r.label, '連携が重要である。');
    assert.deepEqual(r.marker, [3, 8]);
  });

  it('shortens long sentences keeping the beginning and the ending with the marker', () => {
    const text = '平時から情報共有の仕組みを整えておくことが、地域の関係者が互いに顔の見える関係を築く上で、災害時の迅速な対応の鍵を握る2、4。';
    const r = claimLabel({ text, marker: '鍵を握る' }, 40);
    assert.ok(r.label.length <= 40, r.label);
    assert.ok(r.label.startsWith('平時から'), r.label);
    assert.ok(r.label.endsWith('鍵を握る2、4。'), r.label);
    assert.ok(r.label.includes('…'));
    assert.ok(r.marker);
    assert.equal(r.label.slice(...r.marker), '鍵を握る');
  });
});

describe('claim register formatters', () => {
  const doc = analyzeText(FIXTURE, text);
  const files = [{ file: 'pages/nd131200.txt', doc }];

  it('JSON: one object per file; claims with kind, strength, text, 0-based range, heading path and evidence', () => {
    const value = JSON.parse(claimsToJson(files));
    assert.equal(value.length, 1);
    assert.equal(value[0].file, 'pages/nd131200.txt');
    assert.equal(value[0].claims.length, 6);
    const first = value[0].claims[0];
    assert.deepEqual(Object.keys(first), ['kind', 'strength', 'inner', 'holder', 'text', 'line', 'character', 'endLine', 'endCharacter', 'headingPath', 'evidence']);
    assert.deepEqual(first, {
      kind: 'necessity', strength: 'firm', inner: 'necessity', holder: { type: 'own', text: null },
      text: '避難情報を確実に届けるためには、複数の伝達手段を組み合わせる必要がある1。',
      line: 6, character: 53, endLine: 6, endCharacter: 53 + 37,
      headingPath: [PART, SECTION, ITEM],
      evidence: { footnotes: [{ number: 1, source: '「避難情報に関するガイドライン」' }], figures: [], references: [] },
    });
    assert.deepEqual(claimsJsonValue(files), value);
    assert.deepEqual(claimJson(doc, claimsOf(doc)[0]), first);
  });

  it('JSON: filtered claims can be given', () => {
    const only = claimsOf(doc).filter((c) => c.kind === 'importance');
    const value = claimsJsonValue([{ file: 'a', doc, claims: only }]);
    assert.deepEqual(value[0].claims.map((c) => c.kind), ['importance', 'importance']);
  });

  it('csvField quotes fields with quotes, commas, line breaks and edge spaces, doubling quotes', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField(12), '12');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField('cr\rx'), '"cr\rx"');
    assert.equal(csvField(' lead'), '" lead"');
    assert.equal(csvField('全角、読点。「括弧」'), '全角、読点。「括弧」');
    assert.equal(csvField(''), '');
  });

  it('CSV: header, one CRLF row per claim, 1-based lines, lists joined, awkward text quoted', () => {
    const csv = claimsToCsv(files);
    const rows = csv.split('\r\n');
    assert.equal(rows[rows.length - 1], '', 'ends with CRLF');
    assert.equal(rows[0], 'file,line,column,kind,strength,inner,holder,holder_text,heading,claim,marker,footnotes,sources,figures,references,evidence,corrected_from,notes');
    assert.equal(rows.length, 1 + 6 + 1);
    assert.equal(rows[1], `pages/nd131200.txt,7,54,necessity,firm,necessity,own,,${PART} > ${SECTION} > ${ITEM},避難情報を確実に届けるためには、複数の伝達手段を組み合わせる必要がある1。,必要がある,1,1: 「避難情報に関するガイドライン」,,,1,,`);
    assert.ok(rows[5].includes(',2; 4,2: 市の防災担当者へのインタビュー; 4: 「防災情報の共有に関する調査」,,,2,'), rows[5]);

    const tricky = analyzeText('t.txt', '第1節 試験\n\n1 試験\n\n生成AIは"汎用技術"とも呼ばれ, 幅広い活用が期待される。\n');
    const out = claimsToCsv([{ file: 'dir, with comma/t.txt', doc: tricky }]).split('\r\n');
    assert.equal(out[1], '"dir, with comma/t.txt",5,1,expectation,firm,expectation,own,,第1節 試験 > 1 試験,"生成AIは""汎用技術""とも呼ばれ, 幅広い活用が期待される。",期待される,,,,,0,,');
  });

  it('Markdown: title, summary, a section per file, a table per heading path, escaped cells, evidence', () => {
    const md = claimsToMarkdown(files);
    const lines = md.split('\n');
    assert.deepEqual(lines.slice(0, 5), ['---', 'hakusho: false', '---', '', '# Claim register']);
    assert.equal(isMarkdownWhitePaper(md), false, 'the register is not itself taken for a white paper');
    assert.ok(md.includes('6 claims in 1 files'));
    assert.ok(md.includes('## pages/nd131200.txt'));
    const headings = lines.filter((l) => l.startsWith('### '));
    assert.deepEqual(headings, [
      `### ${PART} › ${SECTION} › ${ITEM}`,
      `### ${PART} › ${SECTION} › ${ITEM} › （1） 自治体の取組`,
      `### ${PART} › ${SECTION} › ${ITEM} › （2） 今後の課題`,
    ]);
    assert.ok(lines.includes('| 7 | necessity | firm | own | 避難情報を確実に届けるためには、複数の伝達手段を組み合わせる必要がある1。 | footnote 1: 「避難情報に関するガイドライン」 |'), md);
    assert.ok(md.includes('| 22 | importance | firm | own | 平時から情報共有の仕組みを整えておくことが、災害時の迅速な対応の鍵を握る2、4。 | footnote 2: 市の防災担当者へのインタビュー<br>footnote 4: 「防災情報の共有に関する調査」 |'));
    assert.equal(markdownCell('a|b *c*\nd'), 'a\\|b \\*c\\* d');
  });

  it('Markdown: labels can be localised', () => {
    const md = claimsToMarkdown(files, {
      title: '主張一覧', summary: '{1} ファイル・{0} 件', line: '行', kind: '種類', strength: '強さ', holder: '主体', claim: '主張', evidence: '根拠',
      noHeading: '（見出しなし）', corrected: '{0}（手動）', noEvidence: '（なし）', footnote: '脚注{0}', footnoteWithSource: '脚注{0}：{1}', figure: '図表{0}', reference: '{0}',
      kinds: { necessity: '必要性', importance: '重要性', expectation: '期待', assessment: '評価', attributed: '引用', concern: '懸念' },
      strengths: { firm: '断定', hedged: '留保' },
      holders: { own: '本文', named: '前文で明示', unnamed: '不特定', namedText: '{0}' }, reported: '{0}（{1}）',
      notes: '査読メモ', noteStatuses: { open: '未解決', resolved: '解決済み' },
    });
    assert.ok(md.includes('\n# 主張一覧\n\n1 ファイル・6 件'));
    assert.ok(md.includes('| 9 | 重要性 | 断定 |'));
    assert.ok(md.includes('図表Ⅰ-1-3-1'));
  });

  it('plain text for copying: the sentence, kind, place, heading path and evidence', () => {
    const c = claimsOf(doc)[1];
    assert.equal(claimPlainText(c, { file: 'pages/nd131200.txt', line: 9 }), [
      '特に、高齢者や外国人住民など情報が届きにくい人々への配慮が重要である（図表Ⅰ-1-3-1）。',
      '',
      'importance · firm · own · pages/nd131200.txt:9',
      `${PART} › ${SECTION} › ${ITEM}`,
      'Evidence:',
      '- figure Ⅰ-1-3-1',
      '',
    ].join('\n'));
    const none = extractClaims(analyzeText('x.txt', '制度の見直しが求められる。\n'))[0];
    assert.equal(claimPlainText(none, null), '制度の見直しが求められる。\n\nnecessity · firm · own\nEvidence: (none)\n');
  });

  it('a reported claim shows what is reported and by whom in every register', () => {
    const src = '第1節 試験\n\n1 試験\n\nOECDは、各国がデータ流通の枠組みを整えることが不可欠であると指摘している。\n\n地方の通信網の維持には多額の費用が必要とされている。\n';
    const d = analyzeText('r.txt', src);
    const [named, unnamed] = extractClaims(d);
    assert.deepEqual([named.kind, named.inner, named.holder], ['attributed', 'necessity', { type: 'named', text: 'OECD' }]);
    assert.deepEqual([unnamed.kind, unnamed.inner, unnamed.holder], ['attributed', 'necessity', { type: 'unnamed', text: null }]);
    const f = [{ file: 'r.txt', doc: d }];
    assert.deepEqual(JSON.parse(claimsToJson(f))[0].claims.map((c: { inner: string; holder: unknown }) => [c.inner, c.holder]),
      [['necessity', { type: 'named', text: 'OECD' }], ['necessity', { type: 'unnamed', text: null }]]);
    const rows = claimsToCsv(f).split('\r\n');
    assert.ok(rows[1].startsWith('r.txt,5,1,attributed,firm,necessity,named,OECD,'), rows[1]);
    assert.ok(rows[2].startsWith('r.txt,7,1,attributed,firm,necessity,unnamed,,'), rows[2]);
    const md = claimsToMarkdown(f);
    assert.ok(md.includes('| 5 | attributed: necessity | firm | OECD | OECDは、'), md);
    assert.ok(md.includes('| 7 | attributed: necessity | firm | unnamed | 地方の'), md);
  });
});

describe('hakusho claims', () => {
  const fixture = join(__dirname, '..', 'fixtures', 'claims', 'nd131200.txt');

  const run = (argv: string[]) => runCaptured(claimsCommand, argv);

  it('--json: an array with one object per file, as the formatter writes it', () => {
    const r = run(['--json', fixture]);
    assert.equal(r.code, 0, r.err);
    const value = JSON.parse(r.out);
    assert.equal(value.length, 1);
    assert.equal(value[0].file, fixture);
    assert.equal(value[0].claims.length, 6);
    assert.equal(r.out, claimsToJson([{ file: fixture, doc: analyzeText(fixture, text) }]));
  });

  it('--csv and --markdown use the shared formatters', () => {
    const csv = run(['--csv', fixture]);
    assert.equal(csv.code, 0);
    assert.ok(csv.out.startsWith('file,line,column,kind,'));
    assert.equal(csv.out.split('\r\n').length, 1 + 6 + 1);
    const md = run(['--markdown', fixture]);
    assert.ok(md.out.includes('\n# Claim register\n'));
  });

  it('without flags: a listing grouped by heading, with evidence', () => {
    const r = run([fixture]);
    assert.equal(r.code, 0);
    const lines = r.out.split('\n');
    assert.equal(lines[0], `${fixture}: 6 claims`);
    assert.equal(lines[1], `  ${PART} › ${SECTION} › ${ITEM}`);
    assert.match(lines[2], /^ {4}7:54 +necessity \(firm\) {2}避難情報を確実に/);
    const reported = join(__dirname, '..', 'fixtures', 'claims', 'reported.txt');
    assert.match(run([reported]).out, /attributed: necessity, held by OECD \(firm\) {2}OECDは/);
    assert.equal(lines[3].trim(), 'evidence: footnote 1: 「避難情報に関するガイドライン」');
    assert.ok(r.out.includes(`  ${PART} › ${SECTION} › ${ITEM} › （2） 今後の課題`));
  });

  it('errors: unknown option and two formats exit 2; a missing file exits 1 after the others', () => {
    assert.equal(run(['--xml', fixture]).code, 2);
    assert.equal(run(['--json', '--csv', fixture]).code, 2);
    assert.equal(run([]).code, 2);
    const r = run(['--json', fixture, join(__dirname, 'no-such-file.txt')]);
    assert.equal(r.code, 1);
    assert.match(r.err, /no such file or folder/);
    assert.equal(JSON.parse(r.out).length, 1);
  });
});
