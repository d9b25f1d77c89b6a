// The workspace index: every analysed white-paper file, headings keyed by address, figure captions
// keyed by number, and the resolution of each cross-reference to its target. Pure: no vscode import.
import { headingAt } from './headings';
import { CrossReference, Diagnostic, FigureCaption, Heading, HeadingLevel, LEVEL_DEPTH, PathSegment, WhitePaperDocument } from './model';
import { pathLabel, segment } from './numbering';
import { indexOfSpan } from './queries';
import { toHalfWidth } from './text';

export interface HeadingTarget {
  kind: 'heading';
  uri: string;
  heading: Heading;
  /** True when a level the reference names is missing from the target page and was taken on trust. */
  inferred: boolean;
}

export interface FigureTarget {
  kind: 'figure';
  uri: string;
  figure: FigureCaption;
}

export type Target = HeadingTarget | FigureTarget;

export type Resolution =
  | { status: 'resolved'; targets: Target[]; address: PathSegment[] }
  /** Several headings fit equally well (a partially typed path): offer them all. */
  | { status: 'ambiguous'; targets: Target[]; address: PathSegment[] }
  | { status: 'unresolved'; address: PathSegment[] }
  /** Other editions, back matter, 前述/後述, or a context too incomplete to say: never reported. */
  | { status: 'external' };

export interface ReferenceSite {
  uri: string;
  reference: CrossReference;
}

/** Titles compare without spaces, width differences or the number a title sometimes repeats (`「2 広告」`). */
export function normaliseTitle(title: string): string {
  return toHalfWidth(title).replace(/^[（(]?[0-9ア-ン]{1,2}[）)]?\s+/, '').replace(/[\s・]/g, '').replace(/[〜～]/g, '~');
}

export class WorkspaceIndex {
  private readonly docs = new Map<string, WhitePaperDocument>();
  /** `level:key` of a heading's own number → headings carrying it. Rebuilt lazily after changes. */
  private byLastSegment: Map<string, { uri: string; heading: Heading }[]> | null = null;
  private byFigure: Map<string, FigureTarget[]> | null = null;
  private byTitle: Map<string, { uri: string; heading: Heading }[]> | null = null;
  private incoming: Map<string, ReferenceSite[]> | null = null;
  /** The chapters (`Ⅰ-1`, `1-1`) that have figure captions, derived once per change of the index. */
  private figureChapters: { version: number; chapters: Set<string> } | null = null;
  private version = 0;
  private outlineVersion = 0;
  /** Insertion rank of each document (kept when a document is set again, like the Map's own order). */
  private readonly rank = new Map<string, number>();
  private nextRank = 0;

  get size(): number {
    return this.docs.size;
  }

  /** Changes whenever a document is set or removed: lets callers cache derived answers. */
  get generation(): number {
    return this.version;
  }

  /**
   * Changes only when what references resolve to may have changed: a page added or removed, or its
   * headings or figure captions changed. Typing in prose leaves it, so answers about the other pages
   * (their reference warnings) can be kept.
   */
  get outlineGeneration(): number {
    return this.outlineVersion;
  }

  set(doc: WhitePaperDocument): void {
    const old = this.docs.get(doc.uri);
    const sameHeadings = old !== undefined && sameOutline(old, doc);
    if (!sameHeadings || !sameFigures(old, doc)) this.outlineVersion++;
    this.docs.set(doc.uri, doc);
    if (!this.rank.has(doc.uri)) this.rank.set(doc.uri, this.nextRank++);
    if (this.byLastSegment) {
      // one edited page: update its entries in place instead of rebuilding the maps of every file
      if (old) this.unindexDoc(old);
      this.indexDoc(doc);
      this.incoming = this.incoming && old && sameHeadings ? this.incomingAfterProseEdit(old, doc, this.incoming) : null;
      this.version++;
    } else {
      this.invalidate();
    }
  }

  delete(uri: string): void {
    const old = this.docs.get(uri);
    if (!old) return;
    this.outlineVersion++;
    this.docs.delete(uri);
    this.rank.delete(uri);
    if (this.byLastSegment) {
      this.unindexDoc(old);
      this.incoming = null;
      this.version++;
    } else {
      this.invalidate();
    }
  }

  get(uri: string): WhitePaperDocument | undefined {
    return this.docs.get(uri);
  }

  documents(): IterableIterator<WhitePaperDocument> {
    return this.docs.values();
  }

  private invalidate(): void {
    this.byLastSegment = null;
    this.byFigure = null;
    this.byTitle = null;
    this.incoming = null;
    this.version++;
  }

  private ensureMaps(): void {
    if (this.byLastSegment) return;
    this.byLastSegment = new Map();
    this.byFigure = new Map();
    this.byTitle = new Map();
    for (const doc of this.docs.values()) this.indexDoc(doc);
  }

  /**
   * Adds a document's headings and figures to the maps. Every list stays in document order (by
   * insertion rank, then position in the file), exactly as a full rebuild would order it: the
   * first page of a section repeated over several pages is the one that stands for it.
   */
  private indexDoc(doc: WhitePaperDocument): void {
    const bySeg = this.byLastSegment!, byFig = this.byFigure!, byTitle = this.byTitle!;
    const rank = this.rank.get(doc.uri)!;
    const add = <T extends { uri: string }>(map: Map<string, T[]>, key: string, entry: T) => {
      let list = map.get(key);
      if (!list) map.set(key, (list = []));
      // appending is the common case (indexing in order); a page set again goes after the entries ranked up to its own
      if (list.length === 0 || this.rank.get(list[list.length - 1].uri)! <= rank) { list.push(entry); return; }
      let lo = 0, hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.rank.get(list[mid].uri)! <= rank) lo = mid + 1; else hi = mid;
      }
      list.splice(lo, 0, entry);
    };
    for (const heading of doc.headings) {
      const last = heading.segments[heading.segments.length - 1];
      if (!last) continue;
      const entry = { uri: doc.uri, heading };
      add(bySeg, `${last.level}:${last.key}`, entry);
      const t = normaliseTitle(heading.title);
      if (t) add(byTitle, t, entry);
    }
    for (const figure of doc.figures) add(byFig, figure.number, { kind: 'figure' as const, uri: doc.uri, figure });
  }

  private unindexDoc(doc: WhitePaperDocument): void {
    const drop = <T extends { uri: string }>(map: Map<string, T[]>, key: string) => {
      const list = map.get(key);
      if (!list) return;
      const kept = list.filter((e) => e.uri !== doc.uri);
      if (kept.length) map.set(key, kept); else map.delete(key);
    };
    // each key once: hundreds of headings share a last segment (1, (1), ア), and filtering the shared
    // list once per heading made every edit of a large page quadratic
    const segments = new Set<string>(), titles = new Set<string>();
    for (const heading of doc.headings) {
      const last = heading.segments[heading.segments.length - 1];
      if (!last) continue;
      segments.add(`${last.level}:${last.key}`);
      const t = normaliseTitle(heading.title);
      if (t) titles.add(t);
    }
    for (const key of segments) drop(this.byLastSegment!, key);
    for (const t of titles) drop(this.byTitle!, t);
    for (const number of new Set(doc.figures.map((f) => f.number))) drop(this.byFigure!, number);
  }

  /** Every heading of the workspace, in document order per file. */
  *allHeadings(): Generator<{ uri: string; heading: Heading }> {
    for (const doc of this.docs.values()) for (const heading of doc.headings) yield { uri: doc.uri, heading };
  }

  headingsTitled(title: string): { uri: string; heading: Heading }[] {
    this.ensureMaps();
    return this.byTitle!.get(normaliseTitle(title)) ?? [];
  }

  /** The absolute address a reference points to, from where it stands; null when it has none. */
  targetAddress(doc: WhitePaperDocument, ref: CrossReference): PathSegment[] | null {
    // `…第2章第2節、…同章第3節`: 同章 is the chapter the text just named, not the one it stands in
    const context = ref.deixis?.startsWith('同') && ref.kind !== 'deictic' ? this.previousMention(doc, ref) ?? contextSegments(doc, ref.start) : contextSegments(doc, ref.start);
    if (ref.kind === 'deictic') return deicticTarget(ref.deixis ?? '', context);
    if (ref.kind !== 'full' && ref.kind !== 'partial' && ref.kind !== 'narrative') return null;
    if (ref.segments.length === 0) return null;
    const first = LEVEL_DEPTH[ref.segments[0].level];
    // A partial path is relative to where it stands: `第3節` inside 第2章 → 第2章第3節 of the same part.
    const prefix = context.filter((s) => LEVEL_DEPTH[s.level] < first);
    return [...prefix, ...ref.segments];
  }

  private previousMention(doc: WhitePaperDocument, ref: CrossReference): PathSegment[] | null {
    const i = indexOfSpan(doc.references, ref);
    for (let k = i - 1; k >= 0 && ref.start - doc.references[k].end < 300; k--) {
      const prev = doc.references[k];
      if (prev.segments.length && !prev.deixis) return this.targetAddress(doc, prev);
    }
    return null;
  }

  resolve(doc: WhitePaperDocument, ref: CrossReference): Resolution {
    if (ref.kind === 'figure') return this.resolveFigures(doc.uri, ref);
    const address = this.targetAddress(doc, ref);
    if (!address || address.length === 0) return { status: 'external' };
    const targets = this.findHeadings(address);
    if (targets.length === 0) {
      // a deictic word whose context is unknown (a page without its chapter line) says nothing checkable
      if (ref.kind === 'deictic') return { status: 'external' };
      return { status: 'unresolved', address };
    }
    const exact = targets.filter((t) => !t.inferred);
    const best = firstPerAddress(nearest(doc.uri, exact.length ? exact : targets));
    return { status: best.length === 1 ? 'resolved' : 'ambiguous', targets: best, address };
  }

  private resolveFigures(uri: string, ref: CrossReference): Resolution {
    this.ensureMaps();
    // one caption per figure number: a caption repeated (a figure list, a data appendix) is the same figure
    const targets = ref.figures.flatMap((n) => {
      const all = this.byFigure!.get(n) ?? [];
      // a bare `図表2` is numbered within its column or special section: that run's caption
      const own = n.includes('-')
        ? all.find((t) => t.uri === uri)
        : captionOfRun(this.docs.get(uri), all.filter((t) => t.uri === uri), ref.start);
      // another file's bare `図表2` is another column's figure: not this one
      return own ? [own] : n.includes('-') ? all.slice(0, 1) : [];
    });
    if (targets.length) return { status: targets.length === 1 ? 'resolved' : 'ambiguous', targets, address: [] };
    if (ref.figures.every((n) => !n.includes('-'))) return { status: 'external' }; // its column is not in this file
    // Only report a missing figure when its chapter is in the workspace: a partial workspace is normal.
    if (this.figureChapters?.version !== this.version) {
      this.figureChapters = { version: this.version, chapters: new Set([...this.byFigure!.keys()].map(figureChapter)) };
    }
    const known = ref.figures.some((n) => this.figureChapters!.chapters.has(figureChapter(n)));
    return known ? { status: 'unresolved', address: [] } : { status: 'external' };
  }

  /** Headings whose address agrees with `address` on every level both name, ending at the same level. */
  findHeadings(address: PathSegment[]): HeadingTarget[] {
    this.ensureMaps();
    const last = address[address.length - 1];
    const candidates = this.byLastSegment!.get(`${last.level}:${last.key}`) ?? [];
    const out: HeadingTarget[] = [];
    for (const { uri, heading } of candidates) {
      const match = compareAddress(address, heading);
      if (match) out.push({ kind: 'heading', uri, heading, inferred: match === 'inferred' || heading.inferred });
    }
    return out;
  }

  /**
   * The incoming references after an edit that left a page's headings as they were (typing in
   * prose): every other page's references resolve as before, so only this page's own references are
   * resolved again and its headings re-keyed by their new offsets — not every reference of the
   * workspace, which CodeLens would otherwise pay for after each pause in typing.
   */
  private incomingAfterProseEdit(old: WhitePaperDocument, doc: WhitePaperDocument, incoming: Map<string, ReferenceSite[]>): Map<string, ReferenceSite[]> {
    const rekey = new Map(old.headings.map((h, i) => [`${doc.uri}#${h.start}`, `${doc.uri}#${doc.headings[i].start}`]));
    const next = new Map<string, ReferenceSite[]>();
    for (const [key, sites] of incoming) {
      const kept = sites.filter((s) => s.uri !== doc.uri);
      if (kept.length) next.set(rekey.get(key) ?? key, kept);
    }
    const touched = new Set<ReferenceSite[]>();
    for (const reference of doc.references) this.addIncoming(next, doc, reference, touched);
    // in the order a full rebuild gives: by page, then by place in the page
    const order = (a: ReferenceSite, b: ReferenceSite) => this.rank.get(a.uri)! - this.rank.get(b.uri)! || a.reference.start - b.reference.start;
    for (const list of touched) list.sort(order);
    return next;
  }

  private addIncoming(incoming: Map<string, ReferenceSite[]>, doc: WhitePaperDocument, reference: CrossReference, touched?: Set<ReferenceSite[]>): void {
    const r = this.resolve(doc, reference);
    if (r.status !== 'resolved' && r.status !== 'ambiguous') return;
    for (const t of r.targets) {
      if (t.kind !== 'heading') continue;
      const key = `${t.uri}#${t.heading.start}`;
      const list = incoming.get(key) ?? incoming.set(key, []).get(key)!;
      list.push({ uri: doc.uri, reference });
      touched?.add(list);
    }
  }

  /** Every reference in the workspace that resolves to `heading` of `uri`. */
  incomingReferences(uri: string, heading: Heading): ReferenceSite[] {
    if (!this.incoming) {
      // one pass over every reference, cached until the next change: CodeLens asks for every heading
      const incoming = new Map<string, ReferenceSite[]>();
      for (const doc of this.docs.values()) for (const reference of doc.references) this.addIncoming(incoming, doc, reference);
      this.incoming = incoming;
    }
    return this.incoming.get(`${uri}#${heading.start}`) ?? [];
  }

  /**
   * Builds what incomingReferences reads, a slice at a time, awaiting `pause` between slices so a
   * host's thread stays free on a large workspace; incomingReferences then answers at once. An index
   * changed meanwhile is started over.
   */
  async prepareIncoming(pause: () => Promise<void>, sliceMs = 10): Promise<void> {
    while (!this.incoming) {
      const version = this.version;
      const incoming = new Map<string, ReferenceSite[]>();
      let sliceStart = Date.now();
      let changed = false;
      for (const doc of [...this.docs.values()]) {
        for (const reference of doc.references) {
          this.addIncoming(incoming, doc, reference);
          if (Date.now() - sliceStart < sliceMs) continue;
          await pause();
          if (this.version !== version) { changed = true; break; }
          sliceStart = Date.now();
        }
        if (changed) break;
      }
      if (!changed && this.version === version) this.incoming ??= incoming;
    }
  }

  /** Unresolved references and mismatched titles of one document, as diagnostics. */
  checkReferences(doc: WhitePaperDocument): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const ref of [...doc.references, ...doc.figureReferences]) {
      const r = this.resolve(doc, ref);
      if (r.status === 'unresolved') {
        const what = ref.kind === 'figure' ? ref.text : pathLabel(r.address);
        out.push({ code: 'reference-unresolved', severity: 'warning', start: ref.start, end: ref.end,
          message: `Nothing in the workspace matches ${what}.`, args: [what] });
      } else if (r.status === 'resolved' && ref.title && ref.titleSpan) {
        const target = r.targets[0];
        if (target.kind !== 'heading') continue;
        if (normaliseTitle(ref.title) !== normaliseTitle(target.heading.title)) {
          const where = pathLabel(target.heading.segments);
          out.push({ code: 'reference-title-mismatch', severity: 'warning', start: ref.titleSpan.start, end: ref.titleSpan.end,
            message: `The quoted title 「${ref.title}」 does not match ${where} 「${target.heading.title}」.`,
            args: [ref.title, where, target.heading.title] });
        }
      }
    }
    out.sort((a, b) => a.start - b.start);
    return out;
  }
}

/** Whether two versions of a page have the same headings (address, title, inference), so references elsewhere resolve alike. */
function sameOutline(a: WhitePaperDocument, b: WhitePaperDocument): boolean {
  if (a.headings.length !== b.headings.length) return false;
  return a.headings.every((h, i) => {
    const g = b.headings[i];
    return h.address === g.address && h.label === g.label && h.title === g.title && h.inferred === g.inferred && h.level === g.level;
  });
}

/**
 * Among a file's captions with one bare number, the one of the run the reference belongs to. Bare
 * numbers restart in every column (図表1, 図表2, … then 図表1 again); a reference belongs to the first
 * run that has not ended before it.
 */
function captionOfRun(doc: WhitePaperDocument | undefined, captions: FigureTarget[], offset: number): FigureTarget | undefined {
  if (captions.length < 2 || !doc) return captions[0];
  const bare = doc.figures.filter((f) => !f.number.includes('-'));
  let runStart = 0;
  for (let i = 1; i <= bare.length; i++) {
    const runEnds = i === bare.length || !(parseInt(bare[i].number, 10) > parseInt(bare[i - 1].number, 10));
    if (!runEnds) continue;
    if (bare[i - 1].end >= offset || i === bare.length) {
      const inRun = new Set(bare.slice(runStart, i));
      return captions.find((c) => inRun.has(c.figure)) ?? captions[0];
    }
    runStart = i;
  }
  return captions[0];
}

function sameFigures(a: WhitePaperDocument, b: WhitePaperDocument): boolean {
  return a.figures.length === b.figures.length && a.figures.every((f, i) => f.number === b.figures[i].number && f.title === b.figures[i].title);
}

/** Several editions in one workspace share addresses: prefer the citing file, then its folder. */
function nearest(uri: string, targets: HeadingTarget[]): HeadingTarget[] {
  if (targets.length < 2) return targets;
  const sameFile = targets.filter((t) => t.uri === uri);
  if (sameFile.length) return sameFile;
  const folder = uri.slice(0, uri.lastIndexOf('/') + 1);
  const sameFolder = targets.filter((t) => t.uri.startsWith(folder) && !t.uri.slice(folder.length).includes('/'));
  return sameFolder.length ? sameFolder : targets;
}

/** `Ⅱ-1-1-3` → `Ⅱ-1`: the part of a figure number that names its chapter. */
function figureChapter(n: string): string {
  return n.split('-').slice(0, 2).join('-');
}

/** A section spread over several pages repeats its heading on each: the first page stands for it. */
function firstPerAddress(targets: HeadingTarget[]): HeadingTarget[] {
  const seen = new Set<string>();
  return targets.filter((t) => {
    if (seen.has(t.heading.address)) return false;
    seen.add(t.heading.address);
    return true;
  });
}

/** The path of the innermost heading at an offset: the context a partial reference is relative to. */
export function contextSegments(doc: WhitePaperDocument, offset: number): PathSegment[] {
  const h = headingAt(doc.headings, offset);
  return h ? h.segments.filter((s) => s.level !== 'unnumbered') : [];
}

function deicticTarget(word: string, context: PathSegment[]): PathSegment[] | null {
  const levelOf: Record<string, HeadingLevel> = { 部: 'part', 章: 'chapter', 節: 'section', 項: 'item' };
  const level = levelOf[word[1]];
  if (!level) return null;
  const upTo = context.filter((s) => LEVEL_DEPTH[s.level] <= LEVEL_DEPTH[level]);
  const own = upTo[upTo.length - 1];
  if (!own || own.level !== level) return null; // the page does not say which 章 it is in
  if (word[0] === '本' || word[0] === '同') return upTo;
  const n = parseInt(own.key, 10);
  if (Number.isNaN(n)) return null;
  const next = word[0] === '前' ? n - 1 : n + 1;
  if (next < 1) return null;
  return [...upTo.slice(0, -1), segment(level, String(next))];
}

/** 'exact' when every level of the address is on the heading, 'inferred' when the heading lacks some. */
function compareAddress(address: PathSegment[], heading: Heading): 'exact' | 'inferred' | null {
  // Both paths are short and ordered outermost first: walk them together, allocating nothing
  // (this runs for every candidate heading of every reference when the index is built).
  const own = heading.segments;
  let missing = false;
  let j = 0;
  for (const s of address) {
    const depth = LEVEL_DEPTH[s.level];
    while (j < own.length && LEVEL_DEPTH[own[j].level] < depth) j++;
    if (j < own.length && own[j].level === s.level) {
      if (own[j].key !== s.key) return null;
    } else {
      missing = true;
    }
  }
  // the heading must not sit under a level the address skips between its own levels (`第1節1` ≠ `第1節(2)1`)
  const deepest = LEVEL_DEPTH[address[address.length - 1].level];
  for (const o of own) {
    const d = LEVEL_DEPTH[o.level];
    if (d > LEVEL_DEPTH.section && d < deepest && !address.some((s) => s.level === o.level)) return null;
  }
  return missing ? 'inferred' : 'exact';
}
