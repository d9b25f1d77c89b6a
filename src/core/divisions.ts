// Divisions a text does not name. A download without its 部, 章 and 節 lines (the oldest editions) still
// cites its own sections by dash paths (`1-3-1(2)参照` = 第1章第3節1(2)), and its 項 numbering starts again
// where each unnamed division begins. Which 章 and 節 each division is follows from those references:
// of every way to group the divisions into chapters, the ones under which the most references land on
// a 項 (and (n)) that exists. A division gets its 章 and 節 only when every such grouping gives it the
// same ones; otherwise it stays as read. Pure: no vscode import.
import { CrossReference, Heading, LEVEL_DEPTH, PathSegment } from './model';
import { isSelfContainedUnit } from './headings';
import { addressOf, segment } from './numbering';

/** Beyond these a text is not an old download missing its outline lines, and the search would cost. */
const MAX_DIVISIONS = 200;
const MAX_REFERENCES = 5000;
/** The grouping is trusted only when the text cites itself often and nearly all of it lands under it. */
const MIN_REFERENCES = 10;
const MIN_SHARE_LANDING = 0.9;

interface Division {
  /** Index in `headings` of its first heading. */
  first: number;
  /** Index just past its last heading. */
  end: number;
  /** 項 key → keys of the (n) under it. */
  items: Map<string, Set<string>>;
}

interface DashPath {
  chapter: number;
  /** 0 for 序 (the chapter's 序節). */
  section: number;
  item: string | null;
  subitem: string | null;
}

/**
 * Gives the headings of a text without 部/章/節 lines the 章 and 節 its dash references imply, marking
 * them inferred. Returns the number of divisions placed (0 when the text does not decide any).
 */
export function inferDivisions(headings: Heading[], references: readonly CrossReference[]): number {
  // (はじめに, おわりに and the like are units of their own, not the 部 or 章 a text would name)
  if (headings.some((h) => LEVEL_DEPTH[h.level] <= LEVEL_DEPTH.section && !isSelfContainedUnit(h))) return 0;
  const paths = references.flatMap((r) => (r.kind === 'dash' ? dashPath(r) : []));
  if (paths.length < MIN_REFERENCES || paths.length > MAX_REFERENCES) return 0;
  const divisions = splitDivisions(headings);
  const n = divisions.length;
  if (n < 2 || n > MAX_DIVISIONS) return 0;

  const chapters = Math.max(...paths.map((p) => p.chapter));
  if (chapters > n) return 0;
  const byChapter: DashPath[][] = Array.from({ length: chapters + 1 }, () => []);
  for (const p of paths) byChapter[p.chapter].push(p);
  const lands = (p: DashPath, d: Division) => {
    if (p.item === null) return true;
    const subitems = d.items.get(p.item);
    return subitems !== undefined && (p.subitem === null || subitems.has(p.subitem));
  };
  // row[b]: how many of chapter k's references land when it spans divisions [a, b), opening with a
  // 序節 (intro 1) or not. Each pass below builds the rows it needs as it goes: a table of them all
  // would grow with the cube of the divisions.
  const row = new Int32Array(n + 1);
  const fillRow = (k: number, a: number, intro: number) => {
    row.fill(0, a);
    if (byChapter[k].length === 0) return;
    for (const p of byChapter[k]) {
      if (p.section === 0 && !intro) continue;
      const at = a + p.section - 1 + intro;
      if (at < n && lands(p, divisions[at])) row[at + 1]++;
    }
    for (let b = a + 1; b <= n; b++) row[b] += row[b - 1];
  };

  // Divisions before chapter 1 are front matter (はじめに); those after the last chapter cited belong to
  // chapters nothing cites, whose numbers the text does not decide. best[k][j]: the most references of
  // chapters 1..k landing when they span divisions up to j; ahead[k][j]: the most of chapters k+1..
  // landing when they start at j.
  const NONE = -1;
  const best = Array.from({ length: chapters + 1 }, () => new Array<number>(n + 1).fill(NONE));
  const ahead = Array.from({ length: chapters + 1 }, () => new Array<number>(n + 1).fill(NONE));
  best[0].fill(0);
  ahead[chapters].fill(0);
  for (let k = 1; k <= chapters; k++) {
    for (let a = 0; a < n; a++) {
      if (best[k - 1][a] === NONE) continue;
      for (let intro = 0; intro <= 1; intro++) {
        fillRow(k, a, intro);
        for (let b = a + 1; b <= n; b++) best[k][b] = Math.max(best[k][b], best[k - 1][a] + row[b]);
      }
    }
  }
  for (let k = chapters; k >= 1; k--) {
    for (let a = 0; a < n; a++) {
      for (let intro = 0; intro <= 1; intro++) {
        fillRow(k, a, intro);
        for (let b = a + 1; b <= n; b++) if (ahead[k][b] !== NONE) ahead[k - 1][a] = Math.max(ahead[k - 1][a], row[b] + ahead[k][b]);
      }
    }
  }
  const landing = Math.max(...best[chapters]);
  if (landing < Math.ceil(MIN_SHARE_LANDING * paths.length)) return 0;

  // the (chapter, 節) each division takes in the groupings where the most references land: one, or
  // CONFLICT when two of them disagree (NONE: before chapter 1 or after the last chapter cited)
  const CONFLICT = -2, UNSEEN = -3;
  const placement = new Array<number>(n).fill(UNSEEN);
  const mark = (d: number, label: number) => {
    placement[d] = placement[d] === UNSEEN || placement[d] === label ? label : CONFLICT;
  };
  for (let k = 1; k <= chapters; k++) {
    for (let a = 0; a < n; a++) {
      if (best[k - 1][a] === NONE) continue;
      for (let intro = 0; intro <= 1; intro++) {
        fillRow(k, a, intro);
        // a span's labels depend on where it starts, not where it ends: mark from a to the furthest end
        let first = 0, last = 0;
        for (let b = a + 1; b <= n; b++) {
          if (ahead[k][b] === NONE || best[k - 1][a] + row[b] + ahead[k][b] !== landing) continue;
          first ||= b;
          last = b;
        }
        if (!first) continue;
        for (let d = a; d < last; d++) mark(d, k * (n + 1) + d - a + 1 - intro);
        if (k === 1) for (let d = 0; d < a; d++) mark(d, NONE);
        if (k === chapters) for (let d = first; d < n; d++) mark(d, NONE);
      }
    }
  }

  let placed = 0;
  divisions.forEach((d, i) => {
    if (placement[i] < 0) return;
    const chapter = Math.floor(placement[i] / (n + 1)), section = placement[i] % (n + 1);
    const outer = [segment('chapter', String(chapter)), segment('section', section === 0 ? '序' : String(section))];
    for (let h = d.first; h < d.end; h++) placeUnder(headings[h], outer);
    placed++;
  });
  if (placed > 0) leaveOpeningUnit(headings);
  return placed;
}

/**
 * The first placed division ends a unit such as はじめに that the text opened and no 章 line closed:
 * the headings after it, placed or not, are no longer under it (up to the next unit, おわりに …).
 */
function leaveOpeningUnit(headings: Heading[]): void {
  const first = headings.findIndex((h) => h.divisionInferred);
  for (let i = first + 1; i < headings.length; i++) {
    const h = headings[i];
    if (LEVEL_DEPTH[h.level] <= LEVEL_DEPTH.section) break;
    if (h.divisionInferred || !isSelfContainedUnit(h.segments[0] ?? h)) continue;
    setSegments(h, h.segments.slice(1));
  }
}

function dashPath(r: CrossReference): DashPath[] {
  const [chapter, section, item, subitem] = r.segments;
  const c = parseInt(chapter?.key ?? '', 10);
  const s = section?.key === '序' ? 0 : parseInt(section?.key ?? '', 10);
  if (!(c >= 1) || !(s >= 0)) return [];
  return [{ chapter: c, section: s, item: item?.level === 'item' ? item.key : null, subitem: subitem?.level === 'subitem' ? subitem.key : null }];
}

/**
 * Runs of headings between the places where the 項 numbering falls back (`6` then `1`, or `6` then `2`);
 * a unit such as おわりに ends one and belongs to none.
 */
function splitDivisions(headings: readonly Heading[]): Division[] {
  const divisions: Division[] = [];
  let current: Division | null = null;
  let lastItem = Infinity;
  let openItem: Set<string> | null = null;
  headings.forEach((h, i) => {
    if (LEVEL_DEPTH[h.level] < LEVEL_DEPTH.item) {
      if (current) current.end = i;
      current = null;
      openItem = null;
    } else if (h.level === 'item') {
      const n = parseInt(h.key, 10);
      if (current === null || n <= lastItem) {
        if (current) current.end = i;
        current = { first: i, end: headings.length, items: new Map() };
        divisions.push(current);
      }
      if (!Number.isNaN(n)) lastItem = n;
      openItem = new Set();
      current.items.set(h.key, openItem);
    } else if (h.level === 'subitem' && openItem) {
      openItem.add(h.key);
    }
  });
  return divisions;
}

function placeUnder(heading: Heading, outer: PathSegment[]): void {
  // a unit the text opened earlier (はじめに) and never closed, having no 章 line to close it, is not this one's
  setSegments(heading, [...outer, ...heading.segments.filter((s) => LEVEL_DEPTH[s.level] > LEVEL_DEPTH.section)]);
  heading.inferred = true;
  heading.divisionInferred = true;
}

/** The 章 and 節 a division placed `heading` under, or null when it was not placed. */
export function placedDivision(heading: Heading): { chapter: PathSegment; section: PathSegment } | null {
  if (!heading.divisionInferred) return null;
  const chapter = heading.segments.find((s) => s.level === 'chapter'), section = heading.segments.find((s) => s.level === 'section');
  return chapter && section ? { chapter, section } : null;
}

/** A heading's path, its display and its address, kept in step. */
function setSegments(heading: Heading, segments: PathSegment[]): void {
  heading.segments = segments;
  heading.path = segments.map((s) => s.number || s.key);
  heading.address = addressOf(segments);
}
