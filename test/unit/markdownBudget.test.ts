// The Markdown parser's budget: shapes that make remark/micromark super-linear are refused by a
// linear pre-check with a warning, so the cost of looking at them grows with their size, not faster.
// Timing: the best of several batches, each long enough to swamp timer noise.
import * as assert from 'node:assert';
import { generateCorpus } from '../../bench/generate';
import { analyzeDocument } from '../../src/core/analyzeDocument';
import { toMarkdown } from '../../src/core/convert';
import { MARKDOWN_LIMITS, markdownBudgetExcess } from '../../src/core/markdownBudget';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const HEAD = '# 第9章 試験の章\n\n';

/** Milliseconds per call: the fastest of 5 batches, each repeating `fn` for at least 20 ms. */
function costOf(fn: () => void): number {
  fn(); // warm-up
  let best = Infinity;
  for (let b = 0; b < 5; b++) {
    let n = 0;
    const t0 = performance.now();
    let t = t0;
    do { fn(); n++; t = performance.now(); } while (t - t0 < 20);
    best = Math.min(best, (t - t0) / n);
  }
  return best;
}

/** Each shape as the issue found it, at a base size; tests build it at 1×, 4× and 16×. */
const SHAPES: Record<string, (n: number) => string> = {
  'emphasis delimiters (*a_ repeated)': (n) => HEAD + '*a_'.repeat(2500 * n) + '\n',
  'deeply nested lists (each line indented further)': (n) => HEAD + Array.from({ length: 100 * n }, (_, i) => ' '.repeat(2 * i) + '- 項目').join('\n') + '\n',
  'a long list of lists (- - item)': (n) => HEAD + Array.from({ length: 400 * n }, () => '- - 項目').join('\n') + '\n',
  'quotes nested ever deeper': (n) => HEAD + Array.from({ length: 500 * n }, (_, i) => '>'.repeat(i % 100 + 1) + ' 引用').join('\n') + '\n',
  'many undefined footnote references': (n) => HEAD + Array.from({ length: 2000 * n }, (_, i) => `本文[^${i}]`).join('') + '\n',
  'thousands of definitions of one label': (n) => HEAD + '本文[^1]。\n\n' + Array.from({ length: 1250 * n }, () => `[^1]: ${'注の本文。'.repeat(20)}`).join('\n\n') + '\n',
};

describe('Markdown budget: adversarial shapes are refused in linear time', () => {
  for (const [name, shape] of Object.entries(SHAPES)) {
    it(`${name}: a warning instead of analysis, each 4× step costing at most 5×`, () => {
      const texts = [1, 4, 16].map(shape);
      const costs = texts.map((text) => {
        const doc = analyzeDocument('bomb.md', text, 'markdown');
        assert.deepStrictEqual(doc.diagnostics.map((d) => d.code), ['markdown-too-complex'], `${text.length} characters refused`);
        assert.strictEqual(doc.headings.length, 0, 'nothing is analysed');
        return costOf(() => analyzeDocument('bomb.md', text, 'markdown'));
      });
      // growth per 4× of the text's length (a shape whose lines grow with their number is larger than 4× per step)
      const steps = [1, 2].map((i) => (costs[i] / costs[i - 1]) / (texts[i].length / texts[i - 1].length / 4));
      assert.ok(steps.every((s) => s <= 5), `costs ${costs.map((c) => c.toFixed(2)).join(' / ')} ms grow ${steps.map((s) => s.toFixed(1)).join('×, ')}×`);
    });
  }

  it('says which limit was passed, and where', () => {
    const text = HEAD + '普通の段落。\n\n' + '*a_'.repeat(600) + '\n';
    const [d] = analyzeDocument('bomb.md', text, 'markdown').diagnostics;
    assert.strictEqual(d.severity, 'warning');
    assert.deepStrictEqual(d.args.slice(0, 2), ['delimiterRuns', MARKDOWN_LIMITS.delimiterRuns]);
    assert.strictEqual(text.slice(d.start, d.start + 3), '*a_', 'the warning stands on the paragraph that passed the limit');
    assert.match(d.message, /runs of \* or _/);
  });

  it('counts per paragraph: the same delimiters spread over short paragraphs are analysed', () => {
    const text = HEAD + Array.from({ length: 30 }, () => '*a_'.repeat(100)).join('\n\n') + '\n';
    assert.strictEqual(markdownBudgetExcess(text), null);
    assert.strictEqual(analyzeDocument('ok.md', text, 'markdown').headings.length, 1);
  });

  it('ignores what stands in fenced code', () => {
    const text = HEAD + '```\n' + '[x]: y\n'.repeat(1000) + '*_'.repeat(2000) + '\n```\n';
    assert.strictEqual(markdownBudgetExcess(text), null);
  });

  it('leaves a converted white paper of 400 pages within budget', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakusho-budget-'));
    try {
      const corpus = generateCorpus(dir, { pages: 400, targetBytes: 2 * 1024 * 1024 });
      const text = corpus.files.map((f) => toMarkdown(analyzeDocument(f, fs.readFileSync(f, 'utf8')))).join('\n\n');
      assert.strictEqual(markdownBudgetExcess(text), null);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
