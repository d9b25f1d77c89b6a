// Adversarial shapes cost time in proportion to their size: each test runs one shape at 1×, 4× and
// 16× and checks that every 4× step costs at most 5× (6× for the densest shape, where the collector adds to it; a quadratic path costs 16×). The best of
// several runs is compared, in processor time, so a busy machine does not make the figures jump.
import assert from 'node:assert/strict';
import v8 from 'node:v8';
import vm from 'node:vm';
import { analyzeText } from '../../src/core/analyze';
import { FootnoteDefinition, WhitePaperDocument } from '../../src/core/model';
import { renumberBlockEdits } from '../../src/core/rename';
import { WorkspaceIndex } from '../../src/core/workspaceIndex';

const SCALES = [1, 4, 16];
const RUNS = 3;

// A collection before each run, so one run does not pay for the garbage of the one before.
v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as () => void;

/** Best processor time (ms) of `RUNS` runs of `run` on each input. */
function costs<T>(inputs: T[], run: (input: T) => void): number[] {
  return inputs.map((input) => {
    let best = Infinity;
    for (let r = 0; r < RUNS; r++) {
      collect();
      const t = process.cpuUsage();
      run(input);
      const used = process.cpuUsage(t);
      best = Math.min(best, (used.user + used.system) / 1000);
    }
    return best;
  });
}

/** The first 4× step that costs more than `limit`× (5 unless said), or null when none does. */
function steepStep(t: number[], limit: number): string | null {
  const figures = t.map((ms, i) => `${SCALES[i]}×: ${ms.toFixed(1)} ms`).join(', ');
  for (let i = 1; i < t.length; i++) {
    // a 1× run of a few milliseconds is mostly noise: its ratio says nothing
    const ratio = t[i] / Math.max(t[i - 1], 5);
    if (ratio > limit) return `${SCALES[i - 1]}× → ${SCALES[i]}× costs ${ratio.toFixed(1)}× (${figures})`;
  }
  return null;
}

/**
 * Passes when one of five series grows linearly: a quadratic path costs 16× per step in every
 * series, while a linear one only looks steep when the machine is busy during one step.
 */
function assertLinear<T>(build: (scale: number) => T, run: (input: T) => void, limit = 5): void {
  // compile the code paths first (the optimising compiler's threads count as this process's time)
  const warm = build(SCALES[1]);
  for (let r = 0; r < RUNS; r++) run(warm);
  const inputs = SCALES.map(build);
  const failures: string[] = [];
  for (let attempt = 0; attempt < 5; attempt++) {
    const steep = steepStep(costs(inputs, run), limit);
    if (!steep) return;
    failures.push(steep);
  }
  assert.fail(failures.join('\n'));
}

/** A page of `scale` × `n` repetitions of `unit` under one chapter heading. */
const page = (unit: string, n: number) => (scale: number) => `第1章　通信の現状\n${unit.repeat(n * scale)}\n`;

describe('growth on adversarial shapes', function () {
  this.timeout(120_000);

  it('one paragraph mixing every kind of reference is analysed in linear time', () => {
    // Every few characters are a reference here (120,000 at 16×): the sorted merge of the passes'
    // results and the collector marking that growing set make a 4× step cost 4.4–5.0× when run alone,
    // and up to 5.8× once the rest of the suite has grown the heap. 6× still fails any quadratic path (16×).
    assertLinear(page('第1章第2節を参照。図表1-2-3、巻末資料、前述、本章、', 1500), (text) => analyzeText('file:///ws/mixed.txt', text), 6);
  });

  it('thousands of headings sharing a last segment (every ア) are checked in linear time', () => {
    // each 節 has its own 1 › (1) › ア, and a reference to it: every reference has thousands of candidates
    const build = (scale: number) => {
      let text = '';
      for (let i = 0; i < 600 * scale; i++) {
        const chapter = Math.floor(i / 99) + 1, section = (i % 99) + 1;
        if (section === 1) text += `第${chapter}章　章の例\n`;
        text += `第${section}節　節の例\n1　項目\n（1）　小項目\nア　細目\n第${chapter}章第${section}節1（1）アで述べた。\n`;
      }
      return analyzeText('file:///ws/kana.txt', text);
    };
    const check = (doc: WhitePaperDocument) => {
      const index = new WorkspaceIndex();
      index.set(doc);
      assert.deepEqual(index.checkReferences(doc), [], 'every reference resolves');
      const last = doc.headings[doc.headings.length - 1];
      assert.equal(index.incomingReferences(doc.uri, last).length, 1);
    };
    assertLinear(build, check);
  });

  it('page text with one footnote number defined again and again, or anchors without definitions, is analysed in linear time', () => {
    // the page-text forms of two Markdown bombs: thousands of definitions of one label, undefined `[^n]`
    assertLinear(page('通信の整備が進んだ1。\n1 白書編集室調べ。\n', 1500), (text) => analyzeText('file:///ws/dup.txt', text));
    assertLinear(page('通信の整備が進んだ7。', 6000), (text) => analyzeText('file:///ws/undefined.txt', text));
  });
});

describe('renumbering a very large block of footnotes', () => {
  /**
   * A block of `n` notes cited in reverse order, built directly: the parsers keep page-text numbers to
   * three digits, and a Markdown file this large takes minutes to parse.
   */
  function block(n: number): WhitePaperDocument {
    const base = analyzeText('file:///ws/notes.txt', '第1章　通信の現状\n');
    let text = base.text;
    const anchors: WhitePaperDocument['anchors'] = [];
    const footnotes: FootnoteDefinition[] = [];
    for (let i = n; i >= 1; i--) {
      text += `文です`;
      anchors.push({ start: text.length, end: text.length + String(i + 1).length, number: i + 1, definition: i - 1, spaced: false, confidence: 'sure', doubt: '' });
      text += `${i + 1}。`;
    }
    text += '\n';
    for (let i = 1; i <= n; i++) {
      const start = text.length;
      const numberSpan = { start, end: start + String(i + 1).length };
      text += `${i + 1} 注。\n`;
      footnotes.push({ number: i + 1, numberSpan, start, end: text.length - 1, text: '注。', textStart: numberSpan.end + 1, block: 0, source: null, anchors: [n - i] });
    }
    return { ...base, text, anchors, footnotes };
  }

  it('150,000 notes are renumbered (from the smallest number) instead of failing', () => {
    const doc = block(150_000);
    const edits = renumberBlockEdits(doc, 0);
    // every anchor and every definition is rewritten: the note cited first becomes 2
    assert.equal(edits.length, 300_000);
    const first = edits.find((e) => e.start === doc.anchors[0].start)!;
    assert.equal(first.text, '2');
  });

  it('renumbering costs time in proportion to the block', () => {
    assertLinear((scale) => block(5000 * scale), (doc) => renumberBlockEdits(doc, 0));
  });
});
