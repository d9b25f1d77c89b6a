// Stage 1 of the page-text parser: logical lines and what each line looks like.
// Pages joined without a newline (`…を参照第2節　データ流通…`) are split back into lines here.
import { HeadingLevel } from './model';
import { KANA_ORDER } from './text';

export type LineShape =
  | { kind: 'blank' }
  | { kind: 'breadcrumb' }
  | { kind: 'furniture'; furniture: 'page-footer' | 'data-link' }
  | { kind: 'source' }
  | { kind: 'caption'; rawNumber: string; numberStart: number; numberEnd: number; titleStart: number }
  | { kind: 'heading'; level: HeadingLevel; rawNumber: string; labelEnd: number; titleStart: number }
  /** `N text`: a 項 heading or a footnote definition; decided once anchors are known. */
  | { kind: 'numbered'; rawNumber: string; numberEnd: number; textStart: number; headingLike: boolean }
  | { kind: 'prose' };

export interface Line {
  start: number;
  /** End before the line break (or before the next joined page). */
  end: number;
  /** Whether this line was split off the previous one at a glued page boundary. */
  joined: boolean;
  shape: LineShape;
}

const SP = '[ \\u3000]';
const ROMAN = '[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]|[IVX]{1,4}|[IＶＸ]{1,4}';
const DIG = '[0-9０-９]';
const PART_RE = new RegExp(`^第(${ROMAN}|${DIG}{1,2})部(?:${SP}+(.*))?$`);
// (the oldest editions join a title with a wave dash: `はじめに～21世紀に向けて`)
const SPECIAL_PART_RE = new RegExp(`^(序章|補論|はじめに|おわりに|むすび|特集${DIG}{0,2}|特集[①-⑳])(?:(?:${SP}+|[～〜])(.*))?$`);
// a list of sources grouped by chapter may split one chapter by its sections: `第3章（第1節～第3節）`
const CHAPTER_RE = new RegExp(`^第(${DIG}{1,2})章(?:[（(]第${DIG}{1,2}節[^（）()]{0,16}[）)])?(?:${SP}+(.*))?$`);
const SECTION_RE = new RegExp(`^第(${DIG}{1,2})節(?:${SP}+(.*))?$`);
const NUMBERED_RE = new RegExp(`^(${DIG}{1,3})${SP}+(\\S)`);
const SUBITEM_RE = new RegExp(`^[（(](${DIG}{1,2})[）)]${SP}*(\\S)`);
const SUBKANA_RE = new RegExp(`^[（(]([${KANA_ORDER}])[）)]${SP}*(\\S)`);
const KANA_RE = new RegExp(`^([${KANA_ORDER}])${SP}+(\\S)`);
const CIRCLED_RE = new RegExp(`^([①-⑳])${SP}*(\\S)`);
const BULLET_RE = /^[●■◆◇]\s*(\S)/;
const CAPTION_RE = new RegExp(`^図表(${ROMAN}|${DIG}{1,2})((?:[-－‐―−]${DIG}{1,3}){0,4})${SP}*`);
const SOURCE_RE = /^[（(](出典|注|資料|備考)[）)]|^※/;
/** Link lines at a page's foot: `…のファイルはこちら`, `ページトップへ戻る`, `目次へ戻る`, `前のページへ` (short, no 。). */
const FOOTER_RE = /^(?:[^。]{1,30}(?:はこちら|へ戻る)|前のページへ|次のページへ|このページのトップへ)$/;
const DATA_LINK_RE = /の(Excel|EXCEL|エクセル|PDF|CSV)(ファイル)?はこちら$/;
const BREADCRUMB_RE = /^[^>＞\n]{1,40}[>＞][^>＞\n]{1,60}[>＞]/;

/**
 * Whether a > or ＞ stands where BREADCRUMB_RE needs its first one (within the first 41 characters):
 * a bounded look, cheaper than the pattern's backtracking on the many lines with none, and than
 * searching a whole line that may be a very long paragraph.
 */
function arrowNearStart(text: string): boolean {
  // the engine's search over a slice of the first 41 characters: twice as fast as a loop of charCodeAt
  return ARROW.test(text.length > 41 ? text.slice(0, 41) : text);
}
const ARROW = /[>＞]/;

/** Longest title a numbered heading has; longer numbered lines are prose or footnotes. */
export const MAX_HEADING_TITLE = 60;

export function isHeadingTitle(title: string): boolean {
  return title.length <= MAX_HEADING_TITLE && !title.includes('。');
}

/**
 * The characters the heading forms below (OUTER_FORMS, SHORT_FORMS) can start with: 第, the first
 * characters of 序章 補論 はじめに おわりに むすび 特集, brackets, katakana numbers, ①–⑳, bullets.
 * A line starting with any other character (most prose) is not tried against each form.
 */
const HEADING_FIRST = new Set(Array.from(`第序補はおむ特（(${KANA_ORDER}●■◆◇`, (c) => c.charCodeAt(0)));
for (let c = 0x2460 /* ① */; c <= 0x2473 /* ⑳ */; c++) HEADING_FIRST.add(c);

/** Recognises a heading line (without the 項 ambiguity, which `numbered` carries). */
export function headingShape(text: string): LineShape | null {
  if (!HEADING_FIRST.has(text.charCodeAt(0))) return null;
  return outerHeading(text) ?? shortHeading(text);
}

/** 部, 章, 節 lines: `第Ⅰ部 特集 …`, `第1章　…`, `序章`. */
const OUTER_FORMS: [HeadingLevel, RegExp, (m: RegExpExecArray) => number][] = [
  ['part', PART_RE, (m) => 2 + m[1].length],
  ['part', SPECIAL_PART_RE, (m) => m[1].length],
  ['chapter', CHAPTER_RE, (m) => 2 + m[1].length],
  ['section', SECTION_RE, (m) => 2 + m[1].length],
];

function outerHeading(text: string): LineShape | null {
  for (const [level, re, labelLength] of OUTER_FORMS) {
    const m = re.exec(text);
    if (!m) continue;
    const title = m[2] ?? '';
    if (title.length > 80 || title.includes('。')) return null;
    return { kind: 'heading', level, rawNumber: m[1], labelEnd: labelLength(m), titleStart: title ? text.length - title.length : text.length };
  }
  return null;
}

/** (1), ア, (ア), ①, ● headings: short lines without 。. */
const SHORT_FORMS: [HeadingLevel, RegExp][] = [
  ['subitem', SUBITEM_RE], ['subkana', SUBKANA_RE], ['kana', KANA_RE], ['circled', CIRCLED_RE], ['unnumbered', BULLET_RE],
];

function shortHeading(text: string): LineShape | null {
  for (const [level, re] of SHORT_FORMS) {
    const m = re.exec(text);
    if (!m) continue;
    const titleStart = m[0].length - 1;
    if (!isHeadingTitle(text.slice(titleStart))) return null;
    const parenthesised = level === 'subitem' || level === 'subkana';
    const labelEnd = level === 'unnumbered' ? 1 : m[1].length + (parenthesised ? 2 : 0);
    return { kind: 'heading', level, rawNumber: level === 'unnumbered' ? '' : m[1], labelEnd, titleStart };
  }
  return null;
}

/**
 * The first characters CAPTION_RE (`図表…`), SOURCE_RE (`（出典）…`, `※…`) and NUMBERED_RE (digits) can
 * match at, tested by code before the patterns: most lines are prose and match none of them, and a
 * pattern failing at its first character still costs a call (three or four per line).
 */
const CAPTION_FIRST = 0x56f3; // 図
function mayOpenSource(c: number): boolean {
  return c === 0xff08 /* （ */ || c === 0x28 /* ( */ || c === 0x203b; /* ※ */
}

/** FOOTER_RE matches nothing longer: `[^。]{1,30}` and a 4-character ending. */
const MAX_FOOTER_LENGTH = 34;

/**
 * The shapes without fields, one object each for every line (no line's shape is changed once made):
 * most lines are prose or blank, and an object per line was that much more for the collector.
 */
const BLANK: LineShape = { kind: 'blank' };
const PROSE: LineShape = { kind: 'prose' };

export function classifyLine(text: string, isFirstContentLine: boolean): LineShape {
  const trimmed = text.trim();
  if (trimmed === '') return BLANK;
  // a breadcrumb is a trail of links, never a sentence (`…を固定＞移動＞衛星と整理している。`)
  // (it needs a > or ＞ near the start: a bounded look first, then the pattern)
  if (arrowNearStart(text) && BREADCRUMB_RE.test(text) && !text.includes('。') && (isFirstContentLine || /白書|年版/.test(text))) return { kind: 'breadcrumb' };
  // (the patterns below that look at the whole line run only when its length or ending allows a match)
  if (trimmed.endsWith('こちら') && DATA_LINK_RE.test(trimmed)) return { kind: 'furniture', furniture: 'data-link' };
  // a caption before the footer links: `図表4-9-2-2　…大きい画像はこちら` is still the figure's caption
  const first = text.charCodeAt(0);
  const cap = first === CAPTION_FIRST ? CAPTION_RE.exec(text) : null;
  if (cap) {
    return { kind: 'caption', rawNumber: cap[0].replace(/^図表/, '').trim(), numberStart: 0, numberEnd: 2 + cap[1].length + cap[2].length, titleStart: cap[0].length };
  }
  // `（1）　若者が地方へ戻る` is a heading that happens to end like `ページトップへ戻る`
  if (trimmed.length <= MAX_FOOTER_LENGTH && FOOTER_RE.test(trimmed) && !NUMBERED_RE.test(text) && !headingShape(text)) return { kind: 'furniture', furniture: 'page-footer' };
  if (mayOpenSource(first) && SOURCE_RE.test(text)) return { kind: 'source' };
  const numbered = isDigit(first) ? NUMBERED_RE.exec(text) : null;
  if (numbered) {
    const textStart = numbered[0].length - 1;
    return { kind: 'numbered', rawNumber: numbered[1], numberEnd: numbered[1].length, textStart, headingLike: isHeadingTitle(text.slice(textStart)) };
  }
  return headingShape(text) ?? PROSE;
}

/** Where a line's tail is a heading glued to the end of the previous page (`…参照第2節　…`). */
const MAX_JOINED_TAIL = 90;

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** A heading label followed by an ideographic space: the official text's heading shape, safe to split on anywhere. */
const IDEOGRAPHIC_HEADING_RE = /^(?:第[^\u3000]{1,3}[部章節]|[0-9０-９]{1,2}|[（(][0-9０-９]{1,2}[）)])\u3000/;

/** Characters a heading label can start with: 第, digits, brackets, katakana numbers, ①…, 序章/補論/はじめに/おわりに/むすび/特集. */
function canStartHeading(c: number): boolean {
  return c === 0x7b2c || isDigit(c) || c === 0xff08 || c === 0x28 || (c >= 0x30a2 && c <= 0x30ef) || (c >= 0x2460 && c <= 0x2473)
    || c === 0x5e8f || c === 0x88dc || c === 0x306f || c === 0x304a || c === 0x3080 || c === 0x7279;
}

/** The characters endsWithJoinMarker looks for (照 of 参照), and the space IDEOGRAPHIC_HEADING_RE needs (at most 5 after its start). */
const JOIN_OR_SPACE = /[。）)」照\u3000]/g;
/** In a note, also the opening bracket SUBITEM_AFTER_NOTE_RE starts with (at the heading's own start). */
const JOIN_SPACE_OR_OPEN = /[。）)」照\u3000（(]/g;

function endsWithJoinMarker(text: string, p: number): boolean {
  const c = text.charCodeAt(p - 1);
  if (c === 0x3002 || c === 0xff09 || c === 0x29 || c === 0x300d) return true; // 。 ） ) 」
  return c === 0x7167 && text.charCodeAt(p - 2) === 0x53c2; // 参照
}

/**
 * A footnote definition, a figure caption or a `（注）` note at a page's foot runs on into the next page's
 * `（2）…` heading when pages are joined (`…出版（2）ICT分野での…`, `….html（2）電波利用の…`,
 * `図表[2]　…の推移（3）国際電話`): none of them ends in a numbered title.
 * The title must read like one (not `（3）の合計、…`) and the number must not end a path (`第1節（2）`).
 */
const SUBITEM_AFTER_NOTE_RE = /^[（(][0-9０-９]{1,2}[）)][^\s\u3000ぁ-ゖ、。，．・）」』〜～][^、。]*$/;

function isSubitemAfterNote(text: string, p: number): boolean {
  return SUBITEM_AFTER_NOTE_RE.test(text.slice(p)) && !/[部章節項0-9０-９、，・（(]/.test(text[p - 1]);
}

function gluedHeadingStart(text: string, inNote = false): number {
  if (text.length < 4) return -1;
  // A heading has no 。, so it can only start after the line's last 。; and only the last ~90
  // characters can hold one: the scan stays linear on huge lines.
  const from = Math.max(1, text.length - MAX_JOINED_TAIL, text.lastIndexOf('。') + 1);
  if (from >= text.length - 1) return -1; // nothing after the last 。 (most prose lines)
  // A heading at p needs a join marker at p - 1 or an ideographic space within p + 1 … p + 5 (after
  // its label), or in a note an opening bracket at p: the walk jumps to within reach of the next
  // such character. (Notes, captions and (出典) lines have no 。 and were walked character by character.)
  const marks = inNote ? JOIN_SPACE_OR_OPEN : JOIN_OR_SPACE;
  let q = -1; // the next index ≥ p - 1 holding one
  for (let p = from; p < text.length - 1; p++) {
    if (q < p - 1) {
      marks.lastIndex = p - 1;
      if (!marks.test(text)) return -1;
      q = marks.lastIndex - 1;
      if (q - 5 > p) p = q - 5;
    }
    const first = text.charCodeAt(p);
    if (!canStartHeading(first)) continue;
    const c = text.charCodeAt(p - 1);
    if (isDigit(first) && isDigit(c)) continue; // inside a longer number
    if (c === 0x2d || c === 0xff0d || c === 0x2010 || c === 0x2015 || c === 0x2212) continue; // inside a figure number
    if (c === 0x8868 && text.charCodeAt(p - 2) === 0x56f3) continue; // 図表1　… is a caption
    // (IDEOGRAPHIC_HEADING_RE can only match from 第, a digit or a bracket: no slice and test otherwise)
    const mayBeIdeographic = first === 0x7b2c || isDigit(first) || first === 0xff08 || first === 0x28;
    if (!endsWithJoinMarker(text, p) && !(mayBeIdeographic && IDEOGRAPHIC_HEADING_RE.test(text.slice(p))) && !(inNote && (first === 0xff08 || first === 0x28) && isSubitemAfterNote(text, p))) continue;
    const tail = text.slice(p);
    const shape = headingShape(tail);
    if (shape && shape.kind === 'heading' && shape.level !== 'unnumbered' && shape.level !== 'circled') return p;
    const num = NUMBERED_RE.exec(tail);
    if (num && isHeadingTitle(tail.slice(num[0].length - 1)) && tail.length <= 40) return p;
  }
  return -1;
}

/** Splits text into logical lines, then classifies each. Linear in the text length. */
export function scanLines(text: string): Line[] {
  const lines: Line[] = [];
  let seenContent = false;
  let i = 0;
  const n = text.length;
  // next line breaks, found by the engine's own search rather than character by character
  let nextLF = text.indexOf('\n');
  let nextCR = text.indexOf('\r');
  const addLine = (from: number, to: number, joined: boolean) => {
    const shape = classifyLine(text.slice(from, to), !seenContent);
    if (shape.kind !== 'blank') seenContent = true;
    lines.push({ start: from, end: to, joined, shape });
  };
  while (i <= n) {
    if (nextLF >= 0 && nextLF < i) nextLF = text.indexOf('\n', i);
    if (nextCR >= 0 && nextCR < i) nextCR = text.indexOf('\r', i);
    const j = Math.min(nextLF < 0 ? n : nextLF, nextCR < 0 ? n : nextCR);
    const start = i;
    const end = j;
    // split off glued headings, possibly repeatedly (`…参照。（2）　…` inside one line); only the
    // line's tail can hold one, so only the tail is looked at
    // (most lines have none: the starts of split-off pieces, last first, are kept only when there are)
    let glued: number[] | null = null;
    let pieceEnd = end;
    const c = start < end ? text.charCodeAt(start) : NaN;
    let inNote = false;
    if (isDigit(c) || c === CAPTION_FIRST || mayOpenSource(c)) {
      const head = text.slice(start, Math.min(end, start + 8));
      inNote = NUMBERED_RE.test(head) || head.startsWith('図表') || SOURCE_RE.test(head);
    }
    for (let guard = 0; guard < 4; guard++) {
      // a piece ending with 。 has nothing after its last 。, where a heading would start (most prose lines)
      if (text.charCodeAt(pieceEnd - 1) === 0x3002) break;
      const tailStart = Math.max(start, pieceEnd - MAX_JOINED_TAIL - 2);
      const p = gluedHeadingStart(text.slice(tailStart, pieceEnd), inNote && pieceEnd === end);
      if (p < 0) break;
      (glued ??= []).push(tailStart + p);
      pieceEnd = tailStart + p;
    }
    addLine(start, pieceEnd, false);
    if (glued) for (let k = glued.length - 1; k >= 0; k--) addLine(glued[k], k === 0 ? end : glued[k - 1], true);
    if (j >= n) break;
    i = text.charCodeAt(j) === 13 && text.charCodeAt(j + 1) === 10 ? j + 2 : j + 1;
  }
  return lines;
}
