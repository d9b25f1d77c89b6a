// Property tests: whatever text a user opens, the analyser returns and every span stays inside it.
import * as assert from 'node:assert';
import * as fc from 'fast-check';
import { analyzeText } from '../../src/core/analyze';
import { Span, WhitePaperDocument } from '../../src/core/model';

/** Every span the model exposes, with a name for the failure message. */
function spans(doc: WhitePaperDocument): [string, Span][] {
  const out: [string, Span][] = [];
  const add = (name: string, s: Span | null | undefined) => { if (s) out.push([name, s]); };
  add('breadcrumb', doc.breadcrumb);
  for (const h of doc.headings) {
    add('heading', h);
    add('heading title', { start: h.titleStart, end: h.end });
    add('heading section', { start: h.start, end: h.sectionEnd });
  }
  const walk = (hs: WhitePaperDocument['headingTree']) => {
    for (const h of hs) { add('tree heading', h); walk(h.children); }
  };
  walk(doc.headingTree);
  for (const f of doc.footnotes) {
    add('footnote', f);
    add('footnote number', f.numberSpan);
    add('footnote text', { start: f.textStart, end: f.end });
  }
  for (const a of doc.anchors) add('anchor', a);
  for (const r of [...doc.references, ...doc.figureReferences]) {
    add(`reference ${r.kind}`, r);
    add('reference title', r.titleSpan);
  }
  for (const f of doc.figures) { add('figure', f); add('figure number', f.numberSpan); }
  for (const f of doc.furniture) add(`furniture ${f.kind}`, f);
  for (const p of doc.paragraphs) add('paragraph', p);
  for (const d of doc.diagnostics) add(`diagnostic ${d.code}`, d);
  return out;
}

function checkDocument(text: string): void {
  const doc = analyzeText('file:///ws/nd121200.txt', text);
  assert.strictEqual(doc.text, text);
  for (const [name, s] of spans(doc)) {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${name}: integer offsets`);
    assert.ok(0 <= s.start && s.start <= s.end && s.end <= text.length, `${name} [${s.start}, ${s.end}) outside [0, ${text.length}]`);
  }
  for (const a of doc.anchors) {
    if (a.definition === -1) continue;
    assert.ok(a.definition >= 0 && a.definition < doc.footnotes.length, 'anchor definition index in range');
    assert.strictEqual(doc.footnotes[a.definition].number, a.number);
  }
  doc.footnotes.forEach((f, i) => {
    for (const k of f.anchors) assert.strictEqual(doc.anchors[k].definition, i);
  });
  for (const h of doc.headings) assert.strictEqual(text.slice(h.titleStart, h.end).trim(), h.title);
}

const fragments = [
  '第Ⅰ部', '第II部', '第1章', '第１章', '第2節', '第3項', '（1）', '(2)', 'ア　', '（イ）', '①', '●', '図表Ⅰ-1-1-2', '図表1-1-2-1',
  '1', '2', '3', '12', '１', '0', '999', '1000', ' ', '　', ' 6 ', '。', '、', '「', '」', '『', '』', '（', '）', '>', ' > ',
  '白書', '令和8年版', '平成元年版通信白書', '参照', 'を参照', 'で見たように', '本節', '前章', '後述', '巻末付注4', 'コラム1-5',
  '\n', '\r\n', '\r', '\t', '\uFEFF', '\uFFFD', '\uD800', '\uDC00', '\uD842\uDFB7', '年', '月', '%', 'G', 'つ', '万人', '.', '-',
  '本文のテキスト版はこちら', 'ページトップへ戻る', '」のExcelはこちら', '（出典）', 'https://example.go.jp/', '(2024/3/22参照)',
  '通信', 'データ', 'の', 'が', 'ている', 'による。', 'インタビュー',
];
const fragment = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...fragments) },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);
const whitePaperish = fc.array(fragment, { maxLength: 120 }).map((a) => a.join(''));
/** Line-shaped input: fragments grouped into lines that start like headings, definitions or prose. */
const lineStart = fc.constantFrom('', '第Ⅰ部　', '第1節　', '1　', '2 ', '（1）　', 'ア　', '3　', '図表Ⅰ-1-1-1　', '白書トップ > 白書 > 令和8年版 > ');
const linesArb = fc.array(fc.tuple(lineStart, fc.array(fragment, { maxLength: 20 })), { maxLength: 40 })
  .chain((ls) => fc.constantFrom('\n', '\r\n', '').map((sep) => ls.map(([s, f]) => s + f.join('')).join(sep)));

describe('analyzeText properties', function () {
  this.timeout(120000);

  it('never throws on arbitrary strings, and every span lies inside the text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), checkDocument), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), checkDocument), { numRuns: 200 });
  });

  it('never throws on mixes of white-paper fragments', () => {
    fc.assert(fc.property(whitePaperish, checkDocument), { numRuns: 600 });
  });

  it('never throws on line-shaped white-paper input', () => {
    fc.assert(fc.property(linesArb, checkDocument), { numRuns: 400 });
  });

  it('survives very long lines built from fragments', () => {
    const longLine = fc.array(fc.constantFrom(...fragments.filter((f) => !/[\r\n]/.test(f))), { minLength: 500, maxLength: 3000 }).map((a) => a.join(''));
    fc.assert(fc.property(longLine, checkDocument), { numRuns: 20 });
  });

  it('analyses a 2 MB single-line input', () => {
    const unit = 'データ流通の推進が求められる 1 。第Ⅰ部第1章第2節「概要」参照、図表Ⅰ-1-1-2、2023年3月に5Gの利用者は80.6%となった2。';
    const text = unit.repeat(Math.ceil((2 * 1024 * 1024) / unit.length));
    assert.ok(text.length >= 2 * 1024 * 1024);
    assert.ok(!text.includes('\n'));
    checkDocument(text);
  });
});
