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
  for (const d of drafts) {
    if (d.level === 'chapter') openingChapter = null;
    const depth = LEVEL_DEPTH[d.level];
    const key = numberKey(d.level, d.rawNumber);
    const title = ctx.text.slice(d.titleStart, d.end).trim();
    const seg: PathSegment = d.level === 'unnumbered' ? { level: d.level, number: '', key: title } : segment(d.level, d.rawNumber);
    // a repeat has the open heading's number and title; the same number with another title is the
    // next chapter's 第1節 on a joined page that leaves its chapter line out
    if (depth <= 3 && open[depth]?.key === key && open[depth]?.level === d.level && sameTitle(openTitle[depth], title) && headings.length > 0) {
      repeats.push(d);
      continue;
    }
    // はじめに, 序章, 補論 … are units of their own, not parts holding chapters: a chapter line after one
    // starts the body (the book's part lines are often left out of a text download)
    if (d.level === 'chapter' && open[1] && SELF_CONTAINED_UNIT_RE.test(open[1].key)) open[1] = null;
    // a bare `第2章` over the list of sources at the back labels the book's 第2章, not a chapter of the
    // part whose list of figures came just before it
    if (d.level === 'chapter') {
      if (title === '' && titledChapters.has(key)) open[1] = null;
      else if (title !== '') titledChapters.add(key);
    }
    open[depth] = seg;
    openTitle[depth] = title;
    openInferred[depth] = false;
    for (let k = depth + 1; k < open.length; k++) { open[k] = null; openInferred[k] = false; }
    // a section under a part with no chapter line: the page code may tell the chapter
    if (d.level === 'section' && open[2] === null && open[1] !== null && ctx.inferredChapter) {
      open[2] = segment('chapter', ctx.inferredChapter);
      openInferred[2] = true;
    } else if (d.level === 'section' && open[2] === null && openingChapter) {
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
      level: d.level,
      label: ctx.text.slice(d.start, d.labelEnd).trim(),
      number: d.level === 'unnumbered' ? '' : displayNumber(d.level, d.rawNumber),
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

/** Front and back matter read as part-level headings (lines.ts), which never hold numbered chapters. */
const SELF_CONTAINED_UNIT_RE = /^(?:はじめに|序章|補論|おわりに|むすび)$/;

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
    while (stack.length && LEVEL_DEPTH[stack[stack.length - 1].level] >= depth) {
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
