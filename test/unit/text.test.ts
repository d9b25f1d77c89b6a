// Character-level helpers: offsets ⇄ positions, number normalisation, page codes.
import * as assert from 'node:assert';
import { addressOf, displayNumber, numberKey, parsePageCode, segment } from '../../src/core/numbering';
import { LineIndex, parseNumeral, toHalfWidth, toUnicodeRoman } from '../../src/core/text';

/** Offsets that are not between the CR and LF of a CRLF pair (those have no position of their own). */
function roundTripOffsets(text: string): number[] {
  const out: number[] = [];
  for (let o = 0; o <= text.length; o++) {
    if (o > 0 && text.charCodeAt(o - 1) === 13 && text.charCodeAt(o) === 10) continue;
    out.push(o);
  }
  return out;
}

function assertRoundTrip(text: string): void {
  const index = new LineIndex(text);
  for (const o of roundTripOffsets(text)) {
    const p = index.positionAt(o);
    assert.strictEqual(index.offsetAt(p.line, p.character), o, `offset ${o} in ${JSON.stringify(text)}`);
  }
  for (let line = 0; line < index.lineCount; line++) {
    for (let ch = 0; ch <= index.lineEnd(line) - index.lineStart(line); ch++) {
      assert.deepStrictEqual(index.positionAt(index.offsetAt(line, ch)), { line, character: ch });
    }
  }
}

describe('LineIndex', () => {
  it('maps offsets to positions with LF', () => {
    const text = '第1節　概要\n本文です。\n';
    const index = new LineIndex(text);
    assert.strictEqual(index.lineCount, 3);
    assert.deepStrictEqual(index.positionAt(0), { line: 0, character: 0 });
    assert.deepStrictEqual(index.positionAt(text.indexOf('本')), { line: 1, character: 0 });
    assert.deepStrictEqual(index.positionAt(text.indexOf('。')), { line: 1, character: 4 });
    assert.deepStrictEqual(index.positionAt(text.length), { line: 2, character: 0 });
    assert.strictEqual(index.lineEnd(0), '第1節　概要'.length);
    assertRoundTrip(text);
  });

  it('treats CRLF as one line break and keeps CR out of the line', () => {
    const text = '第1節　概要\r\n本文です。\r\n\r\n末尾';
    const index = new LineIndex(text);
    assert.strictEqual(index.lineCount, 4);
    assert.strictEqual(index.lineStart(1), text.indexOf('本'));
    assert.strictEqual(index.lineEnd(1), text.indexOf('。') + 1);
    assert.strictEqual(index.lineStart(2), index.lineEnd(2));
    assert.deepStrictEqual(index.positionAt(text.indexOf('末')), { line: 3, character: 0 });
    // past the line end, a character clamps to the end (before the CR)
    assert.strictEqual(index.offsetAt(0, 100), index.lineEnd(0));
    assertRoundTrip(text);
  });

  it('treats a lone CR as a line break, and mixes of LF, CRLF and CR', () => {
    const text = 'a\rb\r\nc\nd\r\re';
    const index = new LineIndex(text);
    assert.strictEqual(index.lineCount, 6);
    assert.deepStrictEqual([0, 1, 2, 3, 4, 5].map((l) => text.slice(index.lineStart(l), index.lineEnd(l))), ['a', 'b', 'c', 'd', '', 'e']);
    assertRoundTrip(text);
  });

  it('counts characters in UTF-16 code units (surrogate pairs are two)', () => {
    const text = '𠮷野家の調査 1 。\n𩸽と𠮷\n';
    const index = new LineIndex(text);
    assert.deepStrictEqual(index.positionAt(text.indexOf('野')), { line: 0, character: 2 });
    assert.deepStrictEqual(index.positionAt(text.indexOf('1')), { line: 0, character: 8 });
    assert.deepStrictEqual(index.positionAt(text.indexOf('と')), { line: 1, character: 2 });
    assert.strictEqual(index.lineEnd(1) - index.lineStart(1), 5);
    assertRoundTrip(text);
  });

  it('handles empty text and clamps out-of-range input', () => {
    const empty = new LineIndex('');
    assert.strictEqual(empty.lineCount, 1);
    assert.deepStrictEqual(empty.positionAt(5), { line: 0, character: 0 });
    assert.strictEqual(empty.offsetAt(3, 3), 0);
    const index = new LineIndex('ab\ncd');
    assert.deepStrictEqual(index.positionAt(-4), { line: 0, character: 0 });
    assert.deepStrictEqual(index.positionAt(99), { line: 1, character: 2 });
    assert.strictEqual(index.offsetAt(7, 0), 5);
    assert.strictEqual(index.offsetAt(1, -3), 3);
  });

  it('round-trips every offset of a generated mix of line breaks and astral characters', () => {
    const parts = ['第Ⅰ部', '\n', '\r\n', '\r', '𠮷', '　', 'a', '。', '\uD800', '\uDC00'];
    let seed = 7;
    for (let t = 0; t < 50; t++) {
      let text = '';
      for (let k = 0; k < 30; k++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        text += parts[seed % parts.length];
      }
      assertRoundTrip(text);
    }
  });
});

describe('number normalisation', () => {
  it('folds full-width to half-width without changing the length', () => {
    assert.strictEqual(toHalfWidth('第１２章（３）ＡＢ　'), '第12章(3)AB ');
    const s = '（１）　第Ⅱ部';
    assert.strictEqual(toHalfWidth(s).length, s.length);
  });

  it('reads Ⅰ = I = 1 for parts, in any width', () => {
    for (const raw of ['Ⅰ', 'I', '1', '１']) assert.strictEqual(numberKey('part', raw), '1', raw);
    for (const raw of ['Ⅳ', 'IV', '4', '４', 'ｉｖ'.toUpperCase()]) assert.strictEqual(numberKey('part', raw), '4', raw);
    assert.strictEqual(displayNumber('part', 'II'), 'Ⅱ');
    assert.strictEqual(displayNumber('part', 'Ⅱ'), 'Ⅱ');
    assert.strictEqual(displayNumber('part', '２'), '2');
    assert.strictEqual(addressOf([segment('part', 'Ⅱ')]), addressOf([segment('part', 'II')]));
  });

  it('parses numerals', () => {
    assert.strictEqual(parseNumeral('Ⅻ'), 12);
    assert.strictEqual(parseNumeral('XII'), 12);
    assert.strictEqual(parseNumeral('ix'), 9);
    assert.strictEqual(parseNumeral('１０'), 10);
    assert.ok(Number.isNaN(parseNumeral('ア')));
    assert.strictEqual(toUnicodeRoman(3), 'Ⅲ');
    assert.strictEqual(toUnicodeRoman(13), '13');
  });

  it('reads full-width = half-width for chapters, sections and items', () => {
    for (const level of ['chapter', 'section', 'item'] as const) {
      assert.strictEqual(numberKey(level, '１２'), numberKey(level, '12'));
      assert.strictEqual(displayNumber(level, '０３'), '3');
    }
  });

  it('reads （1） = (1) = 1 for sub-items, and kana and circled numbers', () => {
    assert.strictEqual(displayNumber('subitem', '（1）'), '(1)');
    assert.strictEqual(displayNumber('subitem', '(１)'), '(1)');
    assert.strictEqual(displayNumber('subitem', '1'), '(1)');
    assert.strictEqual(numberKey('subitem', '（１）'), '1');
    assert.strictEqual(numberKey('subitem', '(1)'), '1');
    assert.strictEqual(displayNumber('subkana', '（イ）'), '(イ)');
    assert.strictEqual(numberKey('subkana', '（イ）'), 'イ');
    assert.strictEqual(numberKey('kana', 'ウ'), 'ウ');
    assert.strictEqual(numberKey('circled', '③'), '3');
    assert.strictEqual(displayNumber('circled', '③'), '③');
  });

  it('builds the same address for differently written paths', () => {
    const a = [segment('part', 'Ⅰ'), segment('chapter', '１'), segment('section', '2'), segment('subitem', '（3）'), segment('kana', 'ア')];
    const b = [segment('part', 'I'), segment('chapter', '1'), segment('section', '２'), segment('subitem', '(3)'), segment('kana', 'ア')];
    assert.strictEqual(addressOf(a), 'part:1/chapter:1/section:2/subitem:3/kana:ア');
    assert.strictEqual(addressOf(a), addressOf(b));
  });
});

describe('parsePageCode', () => {
  it('reads part, chapter, section and item from an nd page code', () => {
    assert.deepStrictEqual(parsePageCode('nd121210'), { part: 1, chapter: 2, section: 1, item: 2 });
    assert.deepStrictEqual(parsePageCode('/ws/pages/nd111200.txt'), { part: 1, chapter: 1, section: 1, item: 2 });
    assert.deepStrictEqual(parsePageCode('file:///c%3A/ws/nd230000.html'), { part: 2, chapter: 3, section: 0, item: 0 });
    assert.deepStrictEqual(parsePageCode('C:\\ws\\ND121210.TXT'), { part: 1, chapter: 2, section: 1, item: 2 });
  });

  it('reads a/b/c as 10–12', () => {
    assert.deepStrictEqual(parsePageCode('nd1a2c00.txt'), { part: 1, chapter: 10, section: 2, item: 12 });
    assert.deepStrictEqual(parsePageCode('ndb11'), { part: 11, chapter: 1, section: 1, item: 0 });
  });

  it('returns null for names that are not page codes', () => {
    for (const name of ['index.txt', 'and121210.txt', 'nd12.txt', '/ws/nd121210/notes.txt', 'ndx12345.txt', '']) {
      assert.strictEqual(parsePageCode(name), null, name);
    }
  });
});
