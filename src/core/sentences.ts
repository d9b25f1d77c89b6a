// Sentence splitting for white-paper prose.
//
// A sentence ends at `。` `！` `？` (and the half-width `｡` `!` `?`) outside brackets
// 「」『』（）() — quotations and asides may contain `。` without ending the sentence — and at
// the end of a line (a paragraph is one line in page text and official .txt; a sentence-final
// footnote anchor can swallow the `。`, as in `…後押ししている6`).
//
// Brackets are paired per line before splitting, so an unbalanced bracket (a stray `「`, a
// missing `）`, text cut by a page break) does not swallow the rest of the paragraph: only a
// bracket with a partner on the same line suppresses splitting. Everything is linear in the
// length of the range and never throws.

import type { Sentence } from './model';

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

/** Whitespace trimmed from sentence edges: ASCII, ideographic space, NBSP, BOM. */
export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0x3000 || c === 0xa0 || c === 0xfeff || isLineBreak(c);
}

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Is the character at `i` a sentence terminator? Half-width `!`/`?` glued to a following ASCII
 *  letter or digit (`Yahoo!BB`, `?id=3`) is part of a word, not an ending. */
function isTerminatorAt(text: string, i: number, end: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x3002 /* 。 */ || c === 0xff01 /* ！ */ || c === 0xff1f /* ？ */ || c === 0xff61 /* ｡ */) return true;
  if (c === 0x21 || c === 0x3f) {
    return !(i + 1 < end && isAsciiAlnum(text.charCodeAt(i + 1)));
  }
  return false;
}

// Reused from call to call and line to line (splitting never runs inside itself): no allocation per line.
const bracketStack: number[] = [];
const bracketCounts = new Int32Array(4);
let pairedMarks = new Uint8Array(1024);
/** Offsets of the marks (terminators, brackets, line breaks) of the range being split, in order. */
let markOffsets = new Int32Array(1024);

/** A zeroed array of `n` marks, valid until the next call. */
function pairedBuffer(n: number): Uint8Array {
  if (pairedMarks.length < n) pairedMarks = new Uint8Array(Math.max(n, pairedMarks.length * 2));
  else pairedMarks.fill(0, 0, n);
  return pairedMarks;
}

/**
 * For one line starting at `from`, whose marks are `markOffsets[first, last)`, mark (at offset − from)
 * which bracket characters have a partner on the line; null when none has. Computed with a stack in
 * linear time. A closer pops back to the nearest opener of its own type; openers of other types
 * passed over on the way are left unpaired.
 */
function pairedBrackets(text: string, from: number, lineLength: number, first: number, last: number): Uint8Array | null {
  let paired: Uint8Array | null = null;
  const stack = bracketStack; // offsets of openers
  if (stack.length !== 0) stack.length = 0; // (a runtime call even when empty)
  const openCount = bracketCounts; // per bracket type, how many openers are on the stack
  openCount.fill(0);
  for (let k = first; k < last; k++) {
    const i = markOffsets[k];
    const type = bracketType(text.charCodeAt(i));
    if (type < 0) continue; // a terminator
    if (type < 4) {
      stack.push(i);
      openCount[type]++;
      continue;
    }
    const open = type - 4;
    if (openCount[open] === 0) continue; // stray closer
    // Pop to the nearest opener of the same type (amortised linear: each opener pops once).
    while (stack.length > 0) {
      const at = stack.pop() as number;
      const ot = bracketType(text.charCodeAt(at));
      openCount[ot]--;
      if (ot === open) {
        paired ??= pairedBuffer(lineLength);
        paired[at - from] = 1;
        paired[i - from] = 1;
        break;
      }
    }
  }
  return paired;
}

/** 0–3 for the openers 「『（(, 4–7 for their closers, -1 for anything else. */
function bracketType(c: number): number {
  switch (c) {
    case 0x300c: return 0;
    case 0x300e: return 1;
    case 0xff08: return 2;
    case 0x0028: return 3;
    case 0x300d: return 4;
    case 0x300f: return 5;
    case 0xff09: return 6;
    case 0x0029: return 7;
    default: return -1;
  }
}

/**
 * Marks the characters inside Markdown inline code (`` `…` ``, closed by a run of as many backticks)
 * and inside link or image text (`[…]` followed by `(` or `[`). Linear: each backtick run and each
 * bracket is looked at a bounded number of times.
 */
function markdownInlineSpans(text: string, from: number, to: number): Uint8Array {
  const mask = new Uint8Array(to - from);
  const openers: number[] = [];
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x60 /* ` */) {
      let run = i;
      while (run < to && text.charCodeAt(run) === 0x60) run++;
      const ticks = text.slice(i, run);
      // inline code is short: looking further for its end would make stray backticks quadratic
      const limit = Math.min(to, run + 1000);
      let close = text.indexOf(ticks, run);
      while (close >= 0 && close < limit && text.charCodeAt(close + ticks.length) === 0x60) close = text.indexOf(ticks, close + ticks.length + 1);
      if (close < 0 || close >= limit) { i = run - 1; continue; }
      mask.fill(1, i - from, close + ticks.length - from);
      i = close + ticks.length - 1;
    } else if (c === 0x5b /* [ */) {
      openers.push(i);
    } else if (c === 0x5d /* ] */ && openers.length) {
      const open = openers.pop()!;
      if (i - open > 1000) continue; // link text is short too
      const next = text.charCodeAt(i + 1);
      if (next === 0x28 /* ( */ || next === 0x5b /* [ */) mask.fill(1, open - from, i + 1 - from);
    }
  }
  return mask;
}

/** The end of a paired `（図表…）` / `(図表…)` starting at `k`, or 0 when there is none. */
function figureGroupEnd(text: string, k: number, lineEnd: number, paired: Uint8Array | null, from: number): number {
  const c = text.charCodeAt(k);
  if (paired === null || k >= lineEnd || (c !== 0xff08 && c !== 0x28) || paired[k - from] !== 1 || !text.startsWith('図表', k + 1)) return 0;
  let depth = 0;
  for (let j = k; j < lineEnd; j++) {
    if (paired[j - from] !== 1) continue;
    if (bracketType(text.charCodeAt(j)) < 4) depth++;
    else if (--depth === 0) return j + 1;
  }
  return 0;
}

/**
 * Every character splitting looks at: the terminators isTerminatorAt accepts, the brackets, and the
 * line breaks (which a Markdown paragraph, wrapping softly, does not break at).
 */
const MARKS = /[。！？｡!?「『（(」』）)\n\r\u2028\u2029]/g;
const MARKS_SOFT = /[。！？｡!?「『（(」』）)]/g;

/** Appends `text[s, e)`, trimmed, to `out` unless it is empty. */
function emit(out: Sentence[], text: string, s: number, e: number): void {
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
}

/**
 * Split `text[start, end)` into sentences. Offsets are UTF-16 indices into `text`; each
 * sentence is trimmed of surrounding whitespace (including the ideographic space). Empty
 * pieces are dropped. Out-of-range or inverted bounds are clamped.
 */
export function splitSentences(text: string, start: number, end: number, options: { softLineBreaks?: boolean } = {}): Sentence[] {
  const out: Sentence[] = [];
  const n = text.length;
  let from = Math.max(0, Math.min(n, Math.floor(Number.isFinite(start) ? start : 0)));
  const to = Math.max(from, Math.min(n, Math.floor(Number.isFinite(end) ? end : n)));

  // One search of the range by the regex engine finds every mark, in order; lines, brackets and
  // sentence ends are then read off that list. (The search runs over a slice of the range: on the
  // whole text, a search finding nothing would run on to its end, once per paragraph.)
  const base = from;
  const range = text.slice(base, to);
  const marks = options.softLineBreaks ? MARKS_SOFT : MARKS;
  let count = 0;
  marks.lastIndex = 0;
  while (marks.test(range)) { // (`test` and `lastIndex - 1`: `exec` would make a match array each time)
    if (count === markOffsets.length) {
      const grown = new Int32Array(count * 2);
      grown.set(markOffsets);
      markOffsets = grown;
    }
    markOffsets[count++] = base + marks.lastIndex - 1;
  }

  let m = 0; // the first mark not yet passed
  while (from < to) {
    // One line (paragraph) at a time: depth is reset at every line end. A Markdown paragraph wraps
    // its lines softly: there the whole paragraph is one line (no line break is among its marks).
    while (m < count && markOffsets[m] < from) m++; // (the LF of a CRLF, skipped with its CR)
    let lineMarks = m; // the line's marks are markOffsets[m, lineMarks)
    while (lineMarks < count && !isLineBreak(text.charCodeAt(markOffsets[lineMarks]))) lineMarks++;
    const lineEnd = lineMarks < count ? markOffsets[lineMarks] : to;
    // which brackets have a partner on the line (null: none has)
    const paired = pairedBrackets(text, from, lineEnd - from, m, lineMarks);
    // Markdown: a `。` inside inline code or a link's text does not end the sentence either
    const inline = options.softLineBreaks ? markdownInlineSpans(text, from, lineEnd) : null;

    let depth = 0;
    let sentenceStart = from;
    let i = from; // marks before i were passed over by a sentence's ending
    for (; m < lineMarks; m++) {
      if (markOffsets[m] < i) continue;
      i = markOffsets[m];
      const c = text.charCodeAt(i);
      if (paired && paired[i - from] === 1) {
        if (bracketType(c) < 4) depth++;
        else if (depth > 0) depth--;
        continue;
      }
      if (depth === 0 && (inline === null || inline[i - from] === 0) && isTerminatorAt(text, i, lineEnd)) {
        let e = i + 1;
        while (e < lineEnd && isTerminatorAt(text, e, lineEnd)) e++; // `！？`, `。。`
        // The figures a sentence cites can stand after its ending (`…である。（図表1-2-3）`):
        // the bracket belongs to this sentence, not to the next one.
        let k = e;
        while (k < lineEnd && isSpace(text.charCodeAt(k))) k++;
        const figuresEnd = figureGroupEnd(text, k, lineEnd, paired, from);
        if (figuresEnd > 0) {
          e = figuresEnd;
          k = e;
          while (k < lineEnd && isSpace(text.charCodeAt(k))) k++;
        }
        // Footnote anchors left after the ending at the very end of the line (`…である。3`,
        // `…である。3、4`) belong to this sentence; digits followed by more text start the next one.
        let d = k;
        for (;;) {
          let run = d;
          while (run < lineEnd && isDigit(text.charCodeAt(run))) run++;
          if (run === d || run - d > 3) break;
          d = run;
          const sep = text.charCodeAt(d);
          if (d + 1 < lineEnd && (sep === 0x3001 /* 、 */ || sep === 0x2c /* , */ || sep === 0xff0c /* ， */) && isDigit(text.charCodeAt(d + 1))) d++;
          else break;
        }
        if (d > k && isDigit(text.charCodeAt(d - 1))) {
          let t = d;
          while (t < lineEnd && isSpace(text.charCodeAt(t))) t++;
          if (t === lineEnd) e = d;
        }
        emit(out, text, sentenceStart, e);
        sentenceStart = e;
        i = e;
      }
    }
    emit(out, text, sentenceStart, lineEnd); // a sentence ending at the line end without a terminator

    // Skip the line break (CRLF counts as one).
    from = lineEnd;
    if (from < to && text.charCodeAt(from) === 0x0d) from++;
    if (from < to && text.charCodeAt(from) === 0x0a) from++;
    else if (from < to && isLineBreak(text.charCodeAt(from))) from++;
  }
  return out;
}
