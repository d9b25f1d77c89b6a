import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { splitSentences } from '../../src/core/sentences';
import type { Sentence } from '../../src/core/model';

const split = (text: string): Sentence[] => splitSentences(text, 0, text.length);
const texts = (text: string): string[] => split(text).map((s) => s.text);

/** Every sentence's offsets must point at its text, trimmed, in order, without overlap. */
function assertWellFormed(text: string, sentences: Sentence[], start = 0, end = text.length): void {
  let last = start;
  for (const s of sentences) {
    assert.equal(text.slice(s.start, s.end), s.text);
    assert.ok(s.start >= last && s.end > s.start && s.end <= end, `bad span ${s.start}-${s.end}`);
    assert.ok(!/^[\s\u3000]|[\s\u3000]$/.test(s.text), `untrimmed: ${JSON.stringify(s.text)}`);
    last = s.end;
  }
}

describe('splitSentences', () => {
  it('splits at 。！？ and their half-width forms', () => {
    assert.deepEqual(texts('通信量が増えている。本当に必要か？新しい時代だ！次はHalf?最後の文｡'), [
      '通信量が増えている。',
      '本当に必要か？',
      '新しい時代だ！',
      '次はHalf?',
      '最後の文｡',
    ]);
  });

  it('gives UTF-16 offsets into the text and trims whitespace, including the ideographic space', () => {
    const text = '　前置きの文である。  次の文である。\n　第二段落の文である。';
    const got = split(text);
    assertWellFormed(text, got);
    assert.deepEqual(got.map((s) => s.text), ['前置きの文である。', '次の文である。', '第二段落の文である。']);
    assert.equal(got[0].start, 1);
    assert.equal(got[1].start, text.indexOf('次の文'));
  });

  it('counts surrogate pairs as two UTF-16 units', () => {
    const text = '𠮷野家の取組である。次の文。';
    const got = split(text);
    assert.equal(got[0].end, '𠮷野家の取組である。'.length);
    assert.equal(got[0].end, 11);
    assertWellFormed(text, got);
  });

  it('does not split at 。 inside 「」『』（）()', () => {
    assert.deepEqual(texts('同氏は「これは重要だ。必ず進める。」と述べた。次の文である。'), [
      '同氏は「これは重要だ。必ず進める。」と述べた。',
      '次の文である。',
    ]);
    assert.deepEqual(texts('地域情報化推進法（以下「法」という。）が施行された。書名は『未来の通信。』である。'), [
      '地域情報化推進法（以下「法」という。）が施行された。',
      '書名は『未来の通信。』である。',
    ]);
    assert.deepEqual(texts('同計画(詳細は別紙。)を公表した。以上。'), ['同計画(詳細は別紙。)を公表した。', '以上。']);
  });

  it('keeps a spaced or glued footnote anchor before 。 with its sentence', () => {
    assert.deepEqual(texts('多くの人に使われていた 1 。次の文である。'), ['多くの人に使われていた 1 。', '次の文である。']);
    assert.deepEqual(texts('協議会が設立された2。2023年には参加団体が増えた。'), [
      '協議会が設立された2。',
      '2023年には参加団体が増えた。',
    ]);
  });

  it('attaches digits after 。 to the previous sentence only at the end of a line', () => {
    assert.deepEqual(texts('支援を行っている。3\n次の段落。'), ['支援を行っている。3', '次の段落。']);
    assert.deepEqual(texts('支援を行っている。3つの柱がある。'), ['支援を行っている。', '3つの柱がある。']);
  });

  it('keeps several anchors after 。 at the end of a line with the sentence (`。3、4`)', () => {
    assert.deepEqual(texts('普及が期待される。3、4\n次の段落。'), ['普及が期待される。3、4', '次の段落。']);
    assert.deepEqual(texts('普及が期待される。3、4件の事例がある。'), ['普及が期待される。', '3、4件の事例がある。']);
  });

  it('gives the figures cited after 。 (`。（図表1-2-3）`) to the sentence before, not the next one', () => {
    assert.deepEqual(texts('整備が重要である。（図表1-1-1-2・図表1-1-1-3）更に、確保が必要である。'),
      ['整備が重要である。（図表1-1-1-2・図表1-1-1-3）', '更に、確保が必要である。']);
    assert.deepEqual(texts('育成が求められる。（図表1-1-1-4）3\n'), ['育成が求められる。（図表1-1-1-4）3']);
    assert.deepEqual(texts('育成が求められる。（注）次の文。'), ['育成が求められる。', '（注）次の文。'], 'only a figure group');
  });

  it('in Markdown, a 。 inside inline code or a link\'s text does not end the sentence', () => {
    const md = (t: string) => splitSentences(t, 0, t.length, { softLineBreaks: true }).map((x) => x.text);
    assert.deepEqual(md('設定値`x。y`の見直しが必要である。次の文。'), ['設定値`x。y`の見直しが必要である。', '次の文。']);
    assert.deepEqual(md('[報告書。](https://example.go.jp)を踏まえた対応が重要である。次。'), ['[報告書。](https://example.go.jp)を踏まえた対応が重要である。', '次。']);
    assert.deepEqual(md('注記[^1]。次の文。'), ['注記[^1]。', '次の文。'], 'a footnote marker is no link');
    assert.deepEqual(texts('設定値`x。y`の見直し。'), ['設定値`x。', 'y`の見直し。'], 'page text knows no backticks');
  });

  it('ends a sentence at the end of a line without 。 (an anchor can swallow the 。)', () => {
    const text = '国の施策もそれを後押ししている6\n次の段落である。\r\n最後の段落';
    const got = split(text);
    assert.deepEqual(got.map((s) => s.text), ['国の施策もそれを後押ししている6', '次の段落である。', '最後の段落']);
    assertWellFormed(text, got);
  });

  it('survives unbalanced brackets: an unpaired bracket does not swallow the paragraph', () => {
    assert.deepEqual(texts('「閉じない括弧の文である。次の文である。'), ['「閉じない括弧の文である。', '次の文である。']);
    assert.deepEqual(texts('閉じ括弧だけ」の文である。次の文）である。'), ['閉じ括弧だけ」の文である。', '次の文）である。']);
    assert.deepEqual(texts('（開いたまま「引用。」の後。\n次の行の文。もう一つ。'), ['（開いたまま「引用。」の後。', '次の行の文。', 'もう一つ。']);
    // crossed brackets: the （ is passed over when 」 closes 「
    assert.deepEqual(texts('「交差（する」括弧。次。'), ['「交差（する」括弧。', '次。']);
  });

  it('does not split inside words such as Yahoo!BB', () => {
    assert.deepEqual(texts('Yahoo!BBが参入した。次の文。'), ['Yahoo!BBが参入した。', '次の文。']);
  });

  it('keeps runs of terminators together', () => {
    assert.deepEqual(texts('本当か！？そうだ。'), ['本当か！？', 'そうだ。']);
  });

  it('splits only the requested range and clamps bad bounds', () => {
    const text = '前の文。対象の文である。後の文。';
    const from = text.indexOf('対象');
    const to = text.indexOf('後の文');
    const got = splitSentences(text, from, to);
    assert.deepEqual(got.map((s) => s.text), ['対象の文である。']);
    assert.equal(got[0].start, from);
    assert.deepEqual(splitSentences(text, -5, 1e9).map((s) => s.text), ['前の文。', '対象の文である。', '後の文。']);
    assert.deepEqual(splitSentences(text, 10, 3), []);
    assert.equal(splitSentences(text, Number.NaN, Number.NaN).length, 3); // NaN bounds: the whole text
    assert.deepEqual(splitSentences('', 0, 0), []);
  });

  it('never throws and always returns well-formed spans on arbitrary input', () => {
    const alphabet = fc.constantFrom('。', '！', '？', '!', '?', '「', '」', '『', '』', '（', '）', '(', ')', '\n', '\r', ' ', '　', '3', 'a', 'あ', '文', '\uD842', '\uDFB7', '\uFFFD');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 200 }).map((a) => a.join('')), fc.integer({ min: -5, max: 210 }), fc.integer({ min: -5, max: 210 }), (text, a, b) => {
        const got = splitSentences(text, a, b);
        const start = Math.max(0, Math.min(text.length, a));
        const end = Math.max(start, Math.min(text.length, b));
        assertWellFormed(text, got, start, end);
      }),
      { numRuns: 500 },
    );
  });

  it('runs in linear time on pathological input', () => {
    const text = '「'.repeat(200_000) + '。'.repeat(200_000) + '」'.repeat(200_000);
    const t0 = Date.now();
    const got = split(text);
    assert.ok(Date.now() - t0 < 2000, 'too slow');
    assertWellFormed(text, got);
  });
});
