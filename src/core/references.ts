// Stage 3: cross-references and figure references inside prose and footnote text.
// Finding a pointer and resolving it are separate: this file only parses what the text says.
import { CrossReference, HeadingLevel, PathSegment, ReferenceKind, Span } from './model';
import { segment } from './numbering';
import { isRomanNumeral, KANA_ORDER, parseNumeral, toHalfWidth, toUnicodeRoman } from './text';

const D = '[0-9０-９]';
const ROMAN = '[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]|[IVX]{1,4}';
const KANA = `[${KANA_ORDER}]`;
const PATH_SOURCE =
  `(?=[同本第])((?:同|本)(?:部|章|節))?` +
  `(?:第(${ROMAN}|${D}{1,2})部)?` +
  `(?:第(${D}{1,2})章)?` +
  `(?:第(${D}{1,2})節)?` +
  `(?:第(${D}{1,2})項|(${D}{1,2})(?=[（(「]|${KANA}(?![ァ-ヶー])|を?参照|で|の「))?` +
  `(?:[（(](${D}{1,2})[）)])?` +
  `(?:(${KANA})(?![ァ-ヶー]))?` +
  `(?:[（(](${KANA})[）)])?` +
  `(?:「([^」\\n]{1,120})」)?` +
  `((?:を|も|等を|等も|なども?)?参照|で(?:見た|述べた|触れた|紹介した|取り上げた|示した|論じた|分析した|概観した|整理した)|のとおり|の通り)?`;
/** Tried only where a path can start (同, 本, 第): a sticky match at each such place. */
const PATH_AT = new RegExp(PATH_SOURCE, 'y');
const PATH_START = /[同本第]/g;
// `平成24年版情報通信白書　第1章第4節`: a space may stand between the paper's name and its path
// `平成26年（2014年）版…白書`, sometimes in quotation marks (`「令和2年版…白書」の第3章`)
const EDITION_YEAR = '(?:(?:令和|平成|昭和)(?:元|[0-9０-９]{1,2})年(?:[（(][0-9０-９]{4}年?[）)])?|[0-9０-９]{4}年)版';
const EDITION_NAME = `${EDITION_YEAR}[^\\s。、「」]{0,20}?白書」?`;
/** What may stand between an edition's name and the path in it: `…白書の第1章`, `…白書　第1章`. */
const EDITION_GAP = '(?:の|では|で)?[ \\u3000]?';
const EDITION_BEFORE_RE = new RegExp(`${EDITION_NAME}${EDITION_GAP}$`);
const EDITION_RE = new RegExp(`${EDITION_YEAR}[^\\s。、「」（）]{0,20}?白書」?(?=(?:の|では|で)?(?:[0-9０-９]|[ \\u3000]?(?:第|「|で(?:見た|述べた|触れた|紹介した|取り上げた)|を?参照|によると|において述べた)))`, 'g');
// `2011年版…白書（p88、https://…）図表2-1-1-9を参照`: a figure of that edition, not of this book
const FIGURE_EDITION_BEFORE_RE = new RegExp(`${EDITION_NAME}(?:[（(][^。（）()\\n]{0,150}[）)])?${EDITION_GAP}$`);
const EDITION_PATH_GAP = new RegExp(EDITION_GAP, 'y');
const DEICTIC_RE = /(本|前|次|同)(部|章|節|項)(?!長|会|署|局|門|分|目|度)/g;
const NARRATIVE_RE = /前述|上述|後述|先述/g;
const BACKMATTER_RE = new RegExp(`巻末(?:付注|資料|付録)${D}*|付注${D}+|付録${D}*|コラム${D}+(?:[-－‐]${D}+)?|政策フォーカス「[^」\\n]{1,80}」|資料編`, 'g');
// `図表Ⅰ-1-1-2`, and the bare `図表2` of a column or special section whose figures are numbered on their own
const FIGURE_RE = new RegExp(`図表(${ROMAN}|${D}{1,2})((?:[-－‐―−]${D}{1,3}){0,4})(?![-－‐―−0-9０-９])`, 'g');

/**
 * Older editions cite their own sections in dash form: `3-7-1参照` (第3章第7節1, 平成17年版), `(1-3-1(2)参照`,
 * `(1-序-3参照` (序 = the chapter's 序節), lists `(1-2-4,1-3-1(5)参照` and `3－4参照` (第3章第4節; 平成12年版).
 * Only a dash path right before 参照 is one: not the data appendix (`資料2-1-15参照`, `資料編1-2-4参照`),
 * figures (`図表1-2-1-1参照`), columns, a path continuing `第2節6-3`, nor any longer number (dates,
 * phone numbers, versions), which the guards before and the digit limits exclude.
 */
const DASH_SEP = '[-－‐―−]';
const DASH_ONE = `(${D}{1,2})${DASH_SEP}(${D}{1,2}|序)(?:${DASH_SEP}(${D}{1,2}))?(?:[（(](${D}{1,2})[）)](?:[～〜][（(]${D}{1,2}[）)])?)?`;
const DASH_ONE_BARE = DASH_ONE.replace(/\((?!\?)/g, '(?:');
const DASH_GUARD = `(?<![0-9０-９A-Za-zＡ-Ｚａ-ｚ.．/:_~～〜＿-]|${DASH_SEP}|資料|資料編|図表|図|表|コラム|付注|付録|[部章節項号条第])`;
const DASH_RUN_RE = new RegExp(`${DASH_GUARD}${DASH_ONE_BARE}(?:[,，、､]${DASH_ONE_BARE})*(?=参照)`, 'g');
const DASH_ONE_RE = new RegExp(DASH_ONE, 'g');
/**
 * A line of related pages (`関連ページ　…の状況は1-3-1(2)、…は1-3-2、…は1-4-3参照`, 平成17年版) lists
 * pointers: there every dash path is one, with or without a 参照 of its own.
 */
const RELATED_PAGES = '関連ページ';
const DASH_LISTED_RE = new RegExp(`${DASH_GUARD}${DASH_ONE}(?![0-9０-９]|${DASH_SEP})`, 'g');

/** A dash path `3-7-1(2)` as a reference to 第3章第7節1（2）; 序 is the chapter's 序節. */
function dashReference(text: string, start: number, end: number, m: RegExpMatchArray, inFootnote: boolean): CrossReference {
  const r = emptyReference('dash', start, end, text.slice(start, end), inFootnote);
  const [, chapter, section, item, subitem] = m;
  r.segments = [segment('chapter', chapter), segment('section', section)];
  if (item) r.segments.push(segment('item', item));
  if (subitem) r.segments.push(segment('subitem', subitem));
  return r;
}

/** Figure numbers are keyed as written, with width and hyphens folded: `Ⅰ-1-1-2`, `1-1-2-1`. */
export function normaliseFigureNumber(head: string, rest: string): string {
  const h = isRomanNumeral(head) ? toUnicodeRoman(parseNumeral(head)) : toHalfWidth(head);
  return h + toHalfWidth(rest).replace(/[‐―−]/g, '-');
}

/**
 * A reference's empty lists are one shared, frozen array until a pass gives it its own (every pass
 * assigns new lists, none pushes into these): two arrays fewer for each of the thousands of references
 * a long paragraph holds, which the collector would otherwise walk again on every full collection.
 */
const NO_SEGMENTS = Object.freeze([]) as unknown as PathSegment[];
const NO_FIGURES = Object.freeze([]) as unknown as string[];

function emptyReference(kind: ReferenceKind, start: number, end: number, text: string, inFootnote: boolean): CrossReference {
  return { kind, start, end, text, segments: NO_SEGMENTS, title: null, titleSpan: null, deixis: null, figures: NO_FIGURES, edition: null, inFootnote };
}

/**
 * Whether PATH_AT can match more than the empty string at `at` (a 同, 本 or 第): every non-empty path
 * starts `同部`/`本章`…, or `第` and a numeral (the item, kana and title parts cannot come first).
 * Most 本 and 第 in prose open no path: they are not handed to the long pattern at all.
 */
function mayOpenPath(region: string, at: number): boolean {
  const c = region.charCodeAt(at);
  const next = region.charCodeAt(at + 1);
  if (c !== 0x7b2c /* 第 */) return next === 0x90e8 /* 部 */ || next === 0x7ae0 /* 章 */ || next === 0x7bc0 /* 節 */;
  return (next >= 0x30 && next <= 0x39) || (next >= 0xff10 && next <= 0xff19) || (next >= 0x2160 && next <= 0x216b) /* Ⅰ–Ⅻ */
    || next === 0x49 || next === 0x56 || next === 0x58; // I V X
}

/**
 * Arms a global pattern to search `region` from its start when `wanted` (a pass the line's words
 * call for), and to find nothing otherwise (a lastIndex past the end).
 */
function searchIf(wanted: number, region: string, re: RegExp): void {
  re.lastIndex = wanted !== 0 ? 0 : region.length + 1;
}

/**
 * A word every match of a pass below contains (巻末… holds 付注, 資料 or 付録; a path starts `同章`,
 * `本節`… or `第` and a numeral, see mayOpenPath). One search of a line for all of them says which
 * passes can find anything: most prose lines hold none, and most others one kind. No word starts
 * with a character standing after the first in another, so consecutive matches miss none.
 */
const KEYS = /白書|参照|図表|[前上後先]述|巻末|付[注録]|コラム|政策フォーカス|資料編|[本前次同][部章節項]|第[0-9０-９ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫIVX]/g;
const EDITION = 1, PATH = 2, DASH = 4, FIGURE = 8, BACKMATTER = 16, DEICTIC = 32, NARRATIVE = 64;

/** The passes `region` needs (bits above), told by the last character (or two) of each word found. */
function passesFor(region: string): number {
  let passes = 0;
  KEYS.lastIndex = 0;
  while (KEYS.test(region)) {
    const end = KEYS.lastIndex;
    switch (region.charCodeAt(end - 1)) {
      case 0x66f8: passes |= EDITION; break; // 書
      case 0x7167: passes |= DASH; break; // 照
      case 0x8868: passes |= FIGURE; break; // 表
      case 0x8ff0: passes |= NARRATIVE; break; // 述
      case 0x672b: case 0x6ce8: case 0x9332: case 0x30e0: case 0x30b9: case 0x7de8: passes |= BACKMATTER; break; // 末 注 録 ム ス 編
      case 0x9805: passes |= DEICTIC; break; // 項
      case 0x90e8: case 0x7ae0: case 0x7bc0: { // 部 章 節: a deictic word, and after 同 or 本 a path
        passes |= DEICTIC;
        const c = region.charCodeAt(end - 2);
        if (c === 0x540c /* 同 */ || c === 0x672c /* 本 */) passes |= PATH;
        break;
      }
      default: passes |= PATH; // 第 and a numeral
    }
  }
  return passes;
}

/** Finds references in `text[from, to)` and appends them to `out` in text order. */
export function findReferences(text: string, from: number, to: number, inFootnote: boolean, out: CrossReference[]): void {
  const region = text.slice(from, to);
  const passes = passesFor(region);
  if (passes === 0 && !region.startsWith(RELATED_PAGES)) return; // (most prose lines)
  // (scratch kept between calls: this runs for every prose line, and most lines hold no reference)
  // (cleared at the end; cleared here too should a call have thrown. Setting an array's length is a
  // runtime call even on an empty array, hence the checks.)
  const found = foundScratch;
  if (found.length !== 0) found.length = 0;
  const taken = takenScratch;
  taken.clear();
  // (no closures here: this runs for every prose line, and most lines hold no reference)


  searchIf(passes & EDITION, region, EDITION_RE);
  for (let m; (m = EDITION_RE.exec(region));) {
    const r = emptyReference('edition', from + m.index, from + m.index + m[0].length, m[0], inFootnote);
    r.edition = m[0].replace(/」$/, '');
    // a path right after the edition belongs to it (`平成元年版通信白書第1章第4節参照`, `…白書の第1章`)
    EDITION_PATH_GAP.lastIndex = m.index + m[0].length;
    PATH_AT.lastIndex = m.index + m[0].length + (EDITION_PATH_GAP.exec(region)?.[0].length ?? 0);
    const p = PATH_AT.exec(region);
    if (p && p[0].length > 0) {
      const parsed = parsePath(p, from);
      if (parsed) {
        r.segments = parsed.segments;
        r.title = parsed.title;
        r.titleSpan = parsed.titleSpan;
        r.end = from + p.index + p[0].length;
        r.text = text.slice(r.start, r.end);
      }
    }
    if (taken.claim(r)) found.push(r);
  }

  searchIf(passes & PATH, region, PATH_START);
  while (PATH_START.test(region)) {
    const at = PATH_START.lastIndex - 1;
    if (!mayOpenPath(region, at)) continue; // PATH_AT would match the empty string here
    PATH_AT.lastIndex = at;
    const m = PATH_AT.exec(region);
    if (!m || m[0].length === 0) continue;
    const parsed = parsePath(m, from);
    if (!parsed) continue;
    PATH_START.lastIndex = m.index + m[0].length;
    // `第3部：…`, `第1章：…`: a label of an outline (a summary, another document's contents), not a pointer
    if (/^[：:]/.test(region.slice(m.index + m[0].length, m.index + m[0].length + 1)) && parsed.title === null) continue;
    // `独占禁止法第3条…第12項`: a 項 of a statute, not of this paper
    if (parsed.segments.length === 1 && parsed.segments[0].level === 'item' && /[条法]/.test(region.slice(Math.max(0, m.index - 30), m.index))) continue;
    const start = from + m.index, end = start + m[0].length;
    const before = region.slice(Math.max(0, m.index - 40), m.index);
    const kind: ReferenceKind = EDITION_BEFORE_RE.test(before) ? 'edition'
      : parsed.narrative ? 'narrative'
      : parsed.segments[0]?.level === 'part' ? 'full' : 'partial';
    const r = emptyReference(kind, start, end, m[0], inFootnote);
    r.segments = parsed.segments;
    r.title = parsed.title;
    r.titleSpan = parsed.titleSpan;
    r.deixis = m[1] ?? null;
    if (taken.claim(r)) found.push(r);
  }

  searchIf(passes & DASH, region, DASH_RUN_RE);
  for (let run; (run = DASH_RUN_RE.exec(region));) {
    const items = [...run[0].matchAll(DASH_ONE_RE)];
    for (let i = 0; i < items.length; i++) {
      const m = items[i];
      const start = from + run.index + m.index!;
      // the last item carries the 参照 that makes the list a reference, as `第3章第7節1参照` does
      const end = i === items.length - 1 ? from + run.index + run[0].length + 2 : start + m[0].length;
      const r = dashReference(text, start, end, m, inFootnote);
      if (taken.claim(r)) found.push(r);
    }
  }
  if (region.startsWith(RELATED_PAGES)) {
    DASH_LISTED_RE.lastIndex = RELATED_PAGES.length;
    for (let m; (m = DASH_LISTED_RE.exec(region));) {
      const r = dashReference(text, from + m.index, from + m.index + m[0].length, m, inFootnote);
      if (taken.claim(r)) found.push(r); // those before a 参照 are taken already, with it
    }
  }

  searchIf(passes & FIGURE, region, FIGURE_RE);
  for (let m; (m = FIGURE_RE.exec(region));) {
    const r = emptyReference('figure', from + m.index, from + m.index + m[0].length, m[0], inFootnote);
    r.figures = [normaliseFigureNumber(m[1], m[2])];
    // (from the text, not the region: in Markdown a link between the name and the figure splits the regions)
    const at = from + m.index;
    // (the pattern is tried only from a little before the first 白書 of the stretch: most figures have none)
    const before = text.slice(Math.max(0, at - 200), at);
    const paper = before.indexOf('白書');
    const edition = paper >= 0 ? FIGURE_EDITION_BEFORE_RE.exec(before.slice(Math.max(0, paper - 40))) : null;
    if (edition) r.edition = edition[0].slice(0, edition[0].indexOf('白書') + 2);
    if (taken.claim(r)) found.push(r);
  }

  searchIf(passes & BACKMATTER, region, BACKMATTER_RE);
  for (let m; (m = BACKMATTER_RE.exec(region));) {
    const r = emptyReference('backmatter', from + m.index, from + m.index + m[0].length, m[0], inFootnote);
    if (taken.claim(r)) found.push(r);
  }

  searchIf(passes & DEICTIC, region, DEICTIC_RE);
  for (let m; (m = DEICTIC_RE.exec(region));) {
    if (m[0] === '本部') continue; // 本部 is "headquarters", never a pointer
    const r = emptyReference('deictic', from + m.index, from + m.index + m[0].length, m[0], inFootnote);
    r.deixis = m[0];
    if (taken.claim(r)) found.push(r);
  }

  searchIf(passes & NARRATIVE, region, NARRATIVE_RE);
  for (let m; (m = NARRATIVE_RE.exec(region));) {
    const r = emptyReference('narrative', from + m.index, from + m.index + m[0].length, m[0], inFootnote);
    if (taken.claim(r)) found.push(r);
  }

  if (found.length > 1) found.sort(byStart);
  for (const r of found) out.push(r);
  if (found.length !== 0) found.length = 0; // hold on to no reference between calls
  taken.clear();
}

const foundScratch: CrossReference[] = [];
const byStart = (a: CrossReference, b: CrossReference) => a.start - b.start;

/**
 * Spans already taken by a reference, non-overlapping. Each pass below finds its matches in text order,
 * so a claim usually lands after the last one: it goes on a sorted tail, and the tail is merged into
 * the rest (one linear merge) only when a claim starts before it, that is once per pass. Inserting
 * each span in its place instead was quadratic on one paragraph mixing kinds of reference. Within a
 * pass the taken spans are checked from a cursor that only moves forward (the claims come in text
 * order), not by a search per claim: the whole is linear in the references of the line, where a
 * binary search per claim made it n log n and, with the collector, steeper than the text's growth.
 */
class TakenSpans {
  private settled: Span[] = [];
  private tail: Span[] = [];
  /** The first settled span that may still overlap a claim starting at or after `lastStart`. */
  private cursor = 0;
  private lastStart = -1;

  clear(): void {
    if (this.settled.length !== 0) this.settled.length = 0;
    if (this.tail.length !== 0) this.tail.length = 0;
    this.cursor = 0;
    this.lastStart = -1;
  }

  /** Takes `span` unless it overlaps a span already taken; says whether it did. */
  claim(span: Span): boolean {
    if (span.start < this.lastStart) {
      // a new pass (or a claim out of text order): fold the tail in and read the taken spans from the start
      if (this.tail.length !== 0) {
        this.settled = mergeSorted(this.settled, this.tail);
        this.tail = [];
      }
      this.cursor = 0;
    }
    this.lastStart = span.start;
    const last = this.tail[this.tail.length - 1];
    if (last && last.end > span.start) return false;
    const settled = this.settled;
    // spans ending at or before this claim's start cannot overlap it, nor any later claim of the pass
    while (this.cursor < settled.length && settled[this.cursor].end <= span.start) this.cursor++;
    if (this.cursor < settled.length && settled[this.cursor].start < span.end) return false;
    this.tail.push(span);
    return true;
  }
}

const takenScratch = new TakenSpans();


function mergeSorted(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  let i = 0, j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i].start <= b[j].start) ? a[i++] : b[j++]);
  return out;
}

interface ParsedPath {
  segments: PathSegment[];
  title: string | null;
  titleSpan: Span | null;
  narrative: boolean;
}

function parsePath(m: RegExpExecArray, offset: number): ParsedPath | null {
  const [, , part, chapter, section, kou, item, subitem, kana, subkana, title, tail] = m;
  // a path must name at least a 部, 章, 節 or 項 (`本節1(1)` names its 節 by the deictic word);
  // `同章` or `本節` alone is a deictic word
  if (!part && !chapter && !section && !kou && !(m[1] && (item || subitem))) return null;
  const segments: PathSegment[] = [];
  const push = (level: HeadingLevel, raw: string | undefined) => { if (raw) segments.push(segment(level, raw)); };
  push('part', part);
  push('chapter', chapter);
  push('section', section);
  push('item', kou ?? item);
  push('subitem', subitem);
  push('kana', kana);
  push('subkana', subkana);
  let titleSpan: Span | null = null;
  if (title !== undefined) {
    const titleOffset = m[0].lastIndexOf('「' + title + '」') + 1;
    titleSpan = { start: offset + m.index + titleOffset, end: offset + m.index + titleOffset + title.length };
  }
  const narrative = tail !== undefined && !tail.endsWith('参照');
  return { segments, title: title ?? null, titleSpan, narrative };
}
