// Headings: numbers, addresses, the nested tree and each heading's section extent.
import { Heading, HeadingLevel, LEVEL_DEPTH, PathSegment } from './model';
import { addressOf, displayNumber, numberKey, segment } from './numbering';

export interface HeadingDraft {
  level: HeadingLevel;
  rawNumber: string;
  start: number;
  end: number;
  labelEnd: number;
  titleStart: number;
}

export interface HeadingContext {
  /** Chapter inferred from the page code in the file name, used when a page leaves out its chapter line. */
  inferredChapter: string | null;
  text: string;
}

/**
 * Turns heading lines into headings with full addresses. Repeated page-header lines (the part
 * and section lines every page of a joined file repeats) are returned separately, not as headings.
 */
export function buildHeadings(drafts: HeadingDraft[], ctx: HeadingContext): { headings: Heading[]; repeats: HeadingDraft[] } {
  const headings: Heading[] = [];
  const repeats: HeadingDraft[] = [];
  // open[d] = segment currently open at depth d (1-based depths of LEVEL_DEPTH)
  const open: (PathSegment | null)[] = new Array(10).fill(null);
  const openInferred: boolean[] = new Array(10).fill(false);
  const openTitle: string[] = new Array(10).fill('');
  let openingChapter = ctx.inferredChapter ? null : chapterBeforeFirst(drafts);
  const titledChapters = new Set<string>();
  const nested = new Map<number, HeadingLevel>();
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.level === 'chapter') openingChapter = null;
    if (!nested.has(i)) for (const [j, l] of nestedRun(drafts, i, open) ?? []) nested.set(j, l);
    const level = nested.get(i) ?? d.level;
    const depth = LEVEL_DEPTH[level];
    const key = numberKey(level, d.rawNumber);
    const title = ctx.text.slice(d.titleStart, d.end).trim();
    const seg: PathSegment = level === 'unnumbered' ? { level, number: '', key: title } : segment(level, d.rawNumber);
    // a repeat has the open heading's number and title; the same number with another title is the
    // next chapter's 第1節 on a joined page that leaves its chapter line out
    if (depth <= 3 && open[depth]?.key === key && open[depth]?.level === level && sameTitle(openTitle[depth], title) && headings.length > 0) {
      repeats.push(d);
      continue;
    }
    // はじめに, 序章, 補論 … are units of their own, not parts holding chapters: a chapter line after one
    // starts the body (the book's part lines are often left out of a text download)
    if (level === 'chapter' && open[1] && SELF_CONTAINED_UNIT_RE.test(open[1].key)) open[1] = null;
    // a bare `第2章` over the list of sources at the back labels the book's 第2章, not a chapter of the
    // part whose list of figures came just before it
    if (level === 'chapter') {
      if (title === '' && titledChapters.has(key)) open[1] = null;
      else if (title !== '') titledChapters.add(key);
    }
    open[depth] = seg;
    openTitle[depth] = title;
    openInferred[depth] = false;
    for (let k = depth + 1; k < open.length; k++) { open[k] = null; openInferred[k] = false; }
    // a section under a part with no chapter line: the page code may tell the chapter
    if (level === 'section' && open[2] === null && open[1] !== null && ctx.inferredChapter) {
      open[2] = segment('chapter', ctx.inferredChapter);
      openInferred[2] = true;
    } else if (level === 'section' && open[2] === null && openingChapter) {
      open[2] = segment('chapter', openingChapter);
      openInferred[2] = true;
    }
    const segments: PathSegment[] = [];
    let inferred = false;
    for (let k = 1; k <= depth; k++) {
      const s = open[k];
      if (!s) continue;
      segments.push(s);
      inferred ||= openInferred[k];
    }
    headings.push({
      level,
      label: ctx.text.slice(d.start, d.labelEnd).trim(),
      number: level === 'unnumbered' ? '' : displayNumber(level, d.rawNumber),
      key,
      title,
      titleStart: d.titleStart,
      start: d.start,
      end: d.end,
      sectionEnd: ctx.text.length,
      path: segments.map((s) => s.number || s.key),
      segments,
      address: addressOf(segments),
      inferred,
      children: [],
    });
  }
  return { headings, repeats };
}

/**
 * Some editions number the level under （1） with digits again: `（1）事業者数`, `1　…事業者数`, `2　…`,
 * then `（2）売上高`. Read at its `1`, such a run is a list one level down (where other editions write
 * ア, and （ア） for a `（1）` under one of its entries) only when the text then proves it: the numbering
 * it interrupted goes on (`（2）` after the open `（1）`, or the next 項 after the open one). A run that
 * is never followed by that (a 節 or box whose line the text left out starts its own `1`) stays as read.
 * Returns the indices of the run's drafts with the level each takes, or null.
 */
function nestedRun(drafts: readonly HeadingDraft[], i: number, open: readonly (PathSegment | null)[]): Map<number, HeadingLevel> | null {
  const item = open[LEVEL_DEPTH.item], sub = open[LEVEL_DEPTH.subitem];
  if (drafts[i].level !== 'item' || numberKey('item', drafts[i].rawNumber) !== '1' || !item || !sub) return null;
  const m = parseInt(item.key, 10), k = parseInt(sub.key, 10);
  const run = new Map<number, HeadingLevel>([[i, 'kana']]);
  let entry = 1, inner = 0;
  for (let j = i + 1; j < drafts.length; j++) {
    const x = drafts[j];
    if (LEVEL_DEPTH[x.level] <= LEVEL_DEPTH.section) return null;
    if (x.level !== 'item' && x.level !== 'subitem') continue;
    const n = parseInt(numberKey(x.level, x.rawNumber), 10);
    if (x.level === 'item' && n === entry + 1) { run.set(j, 'kana'); entry = n; inner = 0; continue; }
    if (x.level === 'item') return n === m + 1 ? run : null;
    if (n === inner + 1) { run.set(j, 'subkana'); inner = n; continue; }
    return n === k + 1 ? run : null;
  }
  return null;
}

/** Front and back matter read as part-level headings (lines.ts), which never hold numbered chapters. */
const SELF_CONTAINED_UNIT_RE = /^(?:はじめに|序章|補論|おわりに|むすび)$/;

/** Whether a heading is such a unit (はじめに, 補論 …), not a part that holds chapters. */
export const isSelfContainedUnit = (h: { level: HeadingLevel; key: string }) => h.level === 'part' && SELF_CONTAINED_UNIT_RE.test(h.key);

/**
 * A download that opens mid-part (節 lines, then the first 章 line `第2章`): its opening 節 belong to the
 * chapter before that one. Null when the text opens with its chapter line, or the first is 第1章.
 */
function chapterBeforeFirst(drafts: readonly HeadingDraft[]): string | null {
  const firstChapter = drafts.findIndex((d) => d.level === 'chapter');
  if (firstChapter < 0 || !drafts.slice(0, firstChapter).some((d) => d.level === 'section')) return null;
  const n = parseInt(numberKey('chapter', drafts[firstChapter].rawNumber), 10);
  return n > 1 ? String(n - 1) : null;
}

const sameTitle = (a: string, b: string) => a.replace(/[\s\u3000]+/g, '') === b.replace(/[\s\u3000]+/g, '');

/** Nests headings by level and sets each one's section end. Linear. */
export function nestHeadings(headings: Heading[], textLength: number): Heading[] {
  const roots: Heading[] = [];
  const stack: Heading[] = [];
  for (const h of headings) {
    const depth = LEVEL_DEPTH[h.level];
    // a unit such as はじめに holds only the headings whose path carries it: the first that does not (a
    // 章 line after it, or a division placed by the text's references, divisions.ts) ends it
    const leavesUnit = stack.length > 0 && isSelfContainedUnit(stack[0]) && !(h.segments[0]?.level === 'part' && h.segments[0].key === stack[0].key);
    while (stack.length && (leavesUnit || LEVEL_DEPTH[stack[stack.length - 1].level] >= depth)) {
      stack.pop()!.sectionEnd = h.start;
    }
    if (stack.length) stack[stack.length - 1].children.push(h);
    else roots.push(h);
    stack.push(h);
  }
  for (const h of stack) h.sectionEnd = textLength;
  return roots;
}

/** The innermost heading whose section contains `offset`, or null before the first heading. */
export function headingAt(headings: readonly Heading[], offset: number): Heading | null {
  let lo = 0, hi = headings.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (headings[mid].start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  for (let i = found; i >= 0; i--) {
    if (headings[i].sectionEnd > offset) return headings[i];
  }
  return null;
}
