// Character-level helpers shared by every parser: width folding, numerals, positions.

/** Folds full-width ASCII (digits, letters, parentheses, hyphen) to half-width; keeps length (UTF-16). */
function isFullWidthAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return (c >= 0xff01 && c <= 0xff5e) || c === 0x3000;
}

export function toHalfWidth(s: string): string {
  // most strings have nothing to fold: they are returned as they are, without a copy
  let i = 0;
  while (i < s.length && !isFullWidthAt(s, i)) i++;
  if (i === s.length) return s;
  let out = s.slice(0, i);
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += s[i];
  }
  return out;
}

const ROMAN_UNICODE = 'ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ';

/** Parses Ⅰ…Ⅻ, ASCII I/V/X numerals and Arabic digits (half or full width) into a number; NaN when none. */
export function parseNumeral(raw: string): number {
  const s = toHalfWidth(raw).trim();
  if (/^[0-9]+$/.test(s)) return parseInt(s, 10);
  if (s.length === 1) {
    const u = ROMAN_UNICODE.indexOf(s);
    if (u >= 0) return u + 1;
  }
  if (/^[IVX]+$/i.test(s)) return romanValue(s.toUpperCase());
  return NaN;
}

function romanValue(s: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const cur = v[s[i]], next = v[s[i + 1]] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}

export function toUnicodeRoman(n: number): string {
  return n >= 1 && n <= ROMAN_UNICODE.length ? ROMAN_UNICODE[n - 1] : String(n);
}

export function isRomanNumeral(raw: string): boolean {
  const s = toHalfWidth(raw);
  return /^[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]$/.test(s) || /^[IVX]+$/i.test(s);
}

/** Katakana numbering in gojūon order, as white papers use it (not iroha). */
export const KANA_ORDER = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ';

export const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** Converts offsets to 0-based line / UTF-16 character and back; built once per text. */
export class LineIndex {
  private readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** Offset just past the line's last character, before its line break. */
  lineEnd(line: number): number {
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    let end = next;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  positionAt(offset: number): { line: number; character: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  offsetAt(line: number, character: number): number {
    if (line >= this.starts.length) return this.text.length;
    const start = this.lineStart(line);
    return Math.min(start + Math.max(0, character), this.lineEnd(line));
  }
}

const lineIndexCache = new WeakMap<object, LineIndex>();

/** The LineIndex of an analysed text, built once per document object. */
export function lineIndexOf(doc: { text: string }): LineIndex {
  let li = lineIndexCache.get(doc);
  if (!li) {
    li = new LineIndex(doc.text);
    lineIndexCache.set(doc, li);
  }
  return li;
}
