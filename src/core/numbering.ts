// Heading numbers and addresses: one normalisation, so that resolution is a map lookup.
import { HeadingLevel, PathSegment } from './model';
import { CIRCLED, isRomanNumeral, parseNumeral, toHalfWidth, toUnicodeRoman } from './text';

/** Display-normalised number for a level: `Ⅰ` (roman parts stay roman), `1`, `(1)`, `ア`, `(ア)`, `①`. */
export function displayNumber(level: HeadingLevel, raw: string): string {
  const s = toHalfWidth(raw).trim();
  switch (level) {
    case 'part': {
      if (isRomanNumeral(s)) return toUnicodeRoman(parseNumeral(s));
      const n = parseNumeral(s);
      return Number.isNaN(n) ? s : String(n);
    }
    case 'chapter': case 'section': case 'item': {
      const n = parseNumeral(s);
      return Number.isNaN(n) ? s : String(n);
    }
    case 'subitem': return `(${String(parseNumeral(s.replace(/[()]/g, '')))})`;
    case 'kana': return s;
    case 'subkana': return `(${s.replace(/[()]/g, '')})`;
    case 'circled': return s;
    case 'unnumbered': return '';
  }
}

/** Matching key of a number: Ⅰ = I = 1 for parts, (1) = 1, ① = 1, kana as is. */
export function numberKey(level: HeadingLevel, raw: string): string {
  const s = toHalfWidth(raw).replace(/[()]/g, '').trim();
  if (level === 'kana' || level === 'subkana') return s;
  if (level === 'circled') {
    const i = CIRCLED.indexOf(s);
    return i >= 0 ? String(i + 1) : s;
  }
  if (level === 'unnumbered') return s;
  const n = parseNumeral(s);
  return Number.isNaN(n) ? s : String(n);
}

export function segment(level: HeadingLevel, raw: string): PathSegment {
  return { level, number: displayNumber(level, raw), key: numberKey(level, raw) };
}

/** Address key of a path, e.g. `part:1/chapter:2/section:1/item:2`. */
export function addressOf(segments: readonly PathSegment[]): string {
  return segments.map((s) => `${s.level}:${s.key}`).join('/');
}

/** How a number is written in a heading label, for messages and completions: 第Ⅰ部, 第1章, 1, (1), ア. */
export function labelOf(seg: PathSegment): string {
  switch (seg.level) {
    case 'part': return /^[0-9]+$/.test(seg.number) || isRomanNumeral(seg.number) ? `第${seg.number}部` : seg.number;
    case 'chapter': return `第${seg.number}章`;
    case 'section': return seg.number === '序' ? '序節' : `第${seg.number}節`;
    default: return seg.number;
  }
}

export function pathLabel(segments: readonly PathSegment[]): string {
  return segments.map(labelOf).join('');
}

/**
 * Ministry page files are named like `nd121210`: part 1, chapter 2, section 1, item 2, (n) 1 …,
 * with a/b/c for 10–12. Returns the digits it encodes, or null when the name is not such a code.
 */
export function parsePageCode(fileName: string): { part: number; chapter: number; section: number; item: number } | null {
  const m = /(?:^|[\\/])nd([0-9a-c]{3,8})(?:[^\\/]*)$/i.exec(fileName);
  if (!m) return null;
  const d = m[1].toLowerCase().split('').map((c) => (c >= 'a' ? c.charCodeAt(0) - 87 : parseInt(c, 10)));
  return { part: d[0] ?? 0, chapter: d[1] ?? 0, section: d[2] ?? 0, item: d[3] ?? 0 };
}
