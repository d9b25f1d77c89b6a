// Property tests beyond the page-text parser: whatever a user opens, the Markdown parser, claims,
// conversion, expand-selection and the workspace index answer without throwing, inside the text.
import * as assert from 'node:assert';
import * as fc from 'fast-check';
import { analyzeText } from '../../src/core/analyze';
import { extractClaims } from '../../src/core/claimExtraction';
import { toMarkdown } from '../../src/core/convert';
import { analyzeMarkdown } from '../../src/core/markdown';
import { WhitePaperDocument } from '../../src/core/model';
import { selectionSpans } from '../../src/core/selection';
import { WorkspaceIndex } from '../../src/core/workspaceIndex';

const pieces = [
  '# ', '## ', '### ', '#### ', '第Ⅰ部 ', '第1章 ', '第2節 ', '1 ', '(1) ', 'ア ', '\n', '\n\n', '\r\n', '[^1]', '[^2]', '[^1]: ', '[^x]: ',
  '```\n', '`', '*', '**', '_', '[リンク](', ')', '](https://example.go.jp/)', '> ', '- ', '| a | b |\n|---|---|\n', '---\nhakusho: true\n---\n',
  '必要がある。', '重要である', '期待される。', 'と指摘されている。', '懸念される', 'と考えられる。', '。', '、', '「', '」', '（', '）',
  '第Ⅰ部第1章第2節1(3)ア「概要」参照', '本節', '前章', '図表Ⅰ-1-1-2', '（図表1-1-2-1）', '3', ' 4 ', '12', '2023年', '\uFFFD', '\uD800', '\uFEFF', 'テキスト',
];
const text = fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: fc.string({ maxLength: 3 }) }), { maxLength: 80 })
  .map((a) => a.join(''));

function insideText(doc: WhitePaperDocument): void {
  const n = doc.text.length;
  const ok = (s: { start: number; end: number }, what: string) =>
    assert.ok(0 <= s.start && s.start <= s.end && s.end <= n, `${what} [${s.start}, ${s.end}) outside [0, ${n}]`);
  for (const h of doc.headings) { ok(h, 'heading'); ok({ start: h.start, end: h.sectionEnd }, 'section'); }
  for (const f of doc.footnotes) { ok(f, 'footnote'); ok(f.numberSpan, 'footnote number'); }
  for (const a of doc.anchors) ok(a, 'anchor');
  for (const r of [...doc.references, ...doc.figureReferences]) ok(r, 'reference');
  for (const p of doc.paragraphs) ok(p, 'paragraph');
  for (const d of doc.diagnostics) ok(d, 'diagnostic');
}

function everyFeature(doc: WhitePaperDocument): void {
  insideText(doc);
  for (const c of extractClaims(doc)) {
    assert.ok(0 <= c.start && c.start < c.end && c.end <= doc.text.length, 'claim inside the text');
    assert.strictEqual(doc.text.slice(c.start, c.end), c.text);
  }
  assert.strictEqual(typeof toMarkdown(doc), 'string');
  for (const at of [0, Math.floor(doc.text.length / 2), doc.text.length]) {
    const spans = selectionSpans(doc, at);
    for (let i = 1; i < spans.length; i++) {
      assert.ok(spans[i].start <= spans[i - 1].start && spans[i - 1].end <= spans[i].end, 'each selection step contains the last');
    }
  }
  const index = new WorkspaceIndex();
  index.set(doc);
  for (const r of [...doc.references, ...doc.figureReferences]) index.resolve(doc, r);
  index.checkReferences(doc);
  for (const h of doc.headings) index.incomingReferences(doc.uri, h);
}

describe('properties of every feature on arbitrary input', function () {
  this.timeout(120000);

  it('Markdown: never throws, spans inside the text, claims/convert/selection/index answer', () => {
    fc.assert(fc.property(text, (t) => everyFeature(analyzeMarkdown('file:///ws/p.md', t))), { numRuns: 300 });
  });

  it('page text: claims, conversion, selection and the index answer on arbitrary input', () => {
    fc.assert(fc.property(text, (t) => everyFeature(analyzeText('file:///ws/nd111100.txt', t))), { numRuns: 300 });
  });

  it('Markdown: a 1 MB paragraph on one line', () => {
    const unit = '地域の通信基盤の整備を進める必要がある[^1]。第Ⅰ部第1章第2節「概要」参照。';
    const big = '## 第1章 概要\n\n' + unit.repeat(Math.ceil(1e6 / unit.length)) + '\n\n[^1]: 白書編集室調べ。\n';
    const doc = analyzeMarkdown('file:///ws/big.md', big);
    insideText(doc);
    assert.ok(extractClaims(doc).length > 1000);
  });
});
