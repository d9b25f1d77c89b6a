// The workspace index: every analysed white-paper file, headings keyed by address, figure captions
// keyed by number, and the resolution of each cross-reference to its target. Pure: no vscode import.
import { placedDivision } from './divisions';
import { headingAt, isSelfContainedUnit } from './headings';
import { CrossReference, Diagnostic, FigureCaption, Heading, HeadingLevel, LEVEL_DEPTH, PathSegment, WhitePaperDocument } from './model';
import { addressOf, pathLabel, segment } from './numbering';
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
  /** The groups (`Ⅰ-1-1`, `1-1-2`) that have figure captions, derived once per change of the index. */
  private figureGroups: { version: number; groups: Set<string> } | null = null;
  /** The heading levels anything in the workspace carries, derived once per change of the index. */
  private headingLevels: { version: number; levels: Set<string> } | null = null;
  /** Per analysed document: the 項-level headings that are items of a list inside a 項. */
  private readonly listItems = new WeakMap<WhitePaperDocument, Set<Heading>>();
  /** Per analysed document: whether its 章 and 節 were inferred from its own references. */
  private readonly placedDivisions = new WeakMap<WhitePaperDocument, boolean>();
  /** Per analysed document: whether its chapters are numbered on across parts. */
  private readonly acrossParts = new WeakMap<WhitePaperDocument, boolean>();
  /** Large buckets of `byLastSegment`, sorted for lookup by the levels an address names (see `agreeingCandidates`). */
  private sharedLevels: { version: number; buckets: Map<string, CandidatesByLevels> } | null = null;
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
    if (old === doc) return; // an indexed file opened unchanged: its analysis is the index's own

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
    for (const { key, heading } of divisionOpenings(doc.headings)) add(bySeg, key, { uri: doc.uri, heading });
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
    for (const { key } of divisionOpenings(doc.headings)) segments.add(key);
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
    // `第5章第8節・第9節`: the second path continues the first and takes its outer levels from it
    const head = ref.kind === 'partial' || ref.kind === 'narrative' ? enumerationHead(doc, ref) : null;
    if (head?.kind === 'edition') return null; // `平成24年版…白書第1章第2節、第3節`: the whole list is in that edition
    // `…第2章第2節、…同章第3節`: 同章 is the chapter the text just named, not the one it stands in
    const context = head ? this.targetAddress(doc, head) ?? contextSegments(doc, ref.start)
      : ref.deixis?.startsWith('同') && ref.kind !== 'deictic' ? this.previousMention(doc, ref) ?? contextSegments(doc, ref.start) : contextSegments(doc, ref.start);
    if (ref.kind === 'deictic') return deicticTarget(ref.deixis ?? '', context);
    if (ref.kind !== 'full' && ref.kind !== 'partial' && ref.kind !== 'narrative' && ref.kind !== 'dash') return null;
    if (ref.segments.length === 0) return null;
    const first = LEVEL_DEPTH[ref.segments[0].level];
    // A partial path is relative to where it stands: `第3節` inside 第2章 → 第2章第3節 of the same part.
    let prefix = context.filter((s) => LEVEL_DEPTH[s.level] < first);
    // ... except a chapter's part: はじめに or 補論 has no chapters of its own, and a book that numbers its
    // chapters on across parts (第2部 opens with 第4章) means by `第4章` the book's 第4章, wherever it is cited
    if (ref.segments[0].level === 'chapter' && prefix[0]?.level === 'part' && (!isNumberedPart(prefix[0]) || this.chaptersAcrossParts(doc))) {
      prefix = prefix.slice(1);
    }
    // ... nor 節s: `第1節では…` written in はじめに names a 節 of the book, not one of はじめに
    if (ref.segments[0].level === 'section' && prefix.length === 1 && isSelfContainedUnit(prefix[0])) prefix = [];
    return [...prefix, ...ref.segments];
  }

  /** Whether a text's 章 and 節 were inferred from its own references (divisions.ts). */
  private placesDivisions(doc: WhitePaperDocument): boolean {
    let known = this.placedDivisions.get(doc);
    if (known === undefined) this.placedDivisions.set(doc, (known = doc.headings.some((h) => h.divisionInferred)));
    return known;
  }

  private chaptersAcrossParts(doc: WhitePaperDocument): boolean {
    let known = this.acrossParts.get(doc);
    if (known === undefined) this.acrossParts.set(doc, (known = chaptersNumberedAcrossParts(doc.headings)));
    return known;
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
    let targets = this.findHeadings(address);
    if (ref.kind === 'dash') {
      // a dash path (`1-序-3`) names its 章 and 節 by number alone. In a text without 章 or 節 lines (平成12年版)
      // whose divisions its own references place (divisions.ts), the heading they place there is the one;
      // without that, a bare `3` heading is no evidence of it and is never matched on the 項 alone
      const placed = targets.filter((t) => t.uri === doc.uri && t.heading.divisionInferred && compareAddress(address, t.heading) === 'exact');
      if (placed.length) targets = placed;
      else if (this.placesDivisions(doc) || !ref.segments.every((s) => LEVEL_DEPTH[s.level] > LEVEL_DEPTH.section || this.hasHeadingLevel(s.level))) return { status: 'external' };
      // a 節 that numbers a list inside a 項 like its 項s (1 … 1 2 3 … 2) has several headings per address:
      // the 項 is the one not read as a list item
      else targets = this.withoutListItems(targets);
    }
    if (targets.length === 0) {
      // a deictic word whose context is unknown (a page without its chapter line) says nothing checkable
      if (ref.kind === 'deictic') return { status: 'external' };
      // an outline level no heading of the workspace carries (a text download without its 節 lines) cannot
      // be checked; the levels under a 節 are on the 節's own page, and missing when that page is
      if (!ref.segments.every((s) => LEVEL_DEPTH[s.level] > LEVEL_DEPTH.section || this.hasHeadingLevel(s.level))) return { status: 'external' };
      return { status: 'unresolved', address };
    }
    const near = withoutReprises(nearest(doc.uri, targets));
    const exact = near.filter((t) => !t.inferred);
    let best = firstPerAddress(exact.length ? exact : near);
    if (best.length > 1 && ref.segments.length > 0) {
      // `第2節` where the text has not said which 章 it is in (a download opening mid-part): of the
      // 第2節s, the one under the same outer levels as the reference — here none, like it
      const outer = addressOf(address.slice(0, address.length - ref.segments.length));
      const first = LEVEL_DEPTH[ref.segments[0].level];
      const sameUnit = best.filter((t) => addressOf(t.heading.segments.filter((g) => LEVEL_DEPTH[g.level] < first)) === outer);
      if (sameUnit.length === 1) best = sameUnit;
      // `第1節では…、第2節では…` in an introduction, before any 章: the 節 of the 章 that follows it
      else if (!contextSegments(doc, ref.start).some((s) => s.level === 'chapter') && best.every((t) => t.uri === doc.uri && t.heading.start > ref.end)) {
        best = [best.reduce((a, b) => (b.heading.start < a.heading.start ? b : a))];
      }
    }
    return { status: best.length === 1 ? 'resolved' : 'ambiguous', targets: best, address };
  }

  /**
   * Of several headings of one file with one address and different titles, those that are not list
   * items numbered like the 項s around them (see `listItemHeadings`); all of them when that leaves none.
   */
  private withoutListItems(targets: HeadingTarget[]): HeadingTarget[] {
    if (targets.length < 2) return targets;
    const kept = targets.filter((t) => {
      const doc = this.docs.get(t.uri);
      if (!doc) return true;
      let listItems = this.listItems.get(doc);
      if (!listItems) this.listItems.set(doc, (listItems = listItemHeadings(doc.headings)));
      // a (1) is a list item's when the 項 it stands under is
      const item = t.heading.level === 'item' ? t.heading : lastItemBefore(doc.headings, t.heading);
      return !item || !listItems.has(item);
    });
    return kept.length ? kept : targets;
  }

  /** Whether any heading of the workspace is of `level`. */
  hasHeadingLevel(level: HeadingLevel): boolean {
    this.ensureMaps();
    if (this.headingLevels?.version !== this.version) {
      // the levels of heading lines, not those of the divisions inferred for a text without them
      const levels = new Set<string>();
      for (const [key, entries] of this.byLastSegment!) {
        const level = key.slice(0, key.indexOf(':'));
        if (entries.some((e) => e.heading.level === level)) levels.add(level);
      }
      this.headingLevels = { version: this.version, levels };
    }
    return this.headingLevels.levels.has(level);
  }

  private resolveFigures(uri: string, ref: CrossReference): Resolution {
    if (ref.edition) return { status: 'external' }; // another edition's figure (`2012年版…白書…図表3-1-1-15`)
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
    // A caption is expected where its neighbours have theirs: a figure whose group (図表Ⅰ-1-1-…) has no
    // caption in the workspace is on a page not opened, or in a text download that leaves captions out.
    if (this.figureGroups?.version !== this.version) {
      this.figureGroups = { version: this.version, groups: new Set([...this.byFigure!.keys()].map(figureGroup).filter(Boolean)) };
    }
    const expected = ref.figures.some((n) => this.figureGroups!.groups.has(figureGroup(n)));
    return expected ? { status: 'unresolved', address: [] } : { status: 'external' };
  }

  /**
   * The figure references of a document with no caption anywhere to check them against (their group
   * has none in the workspace, or a bare 図表2 has no caption of its column): told once per file, not
   * once per reference, since a text download without captions would otherwise drown real problems.
   */
  uncaptionedFigureReferences(doc: WhitePaperDocument): CrossReference[] {
    return doc.figureReferences.filter((r) => !r.edition && this.resolveFigures(doc.uri, r).status === 'external');
  }

  /** Headings whose address agrees with `address` on every level both name, ending at the same level. */
  findHeadings(address: PathSegment[]): HeadingTarget[] {
    this.ensureMaps();
    const last = address[address.length - 1];
    const bucket = `${last.level}:${last.key}`;
    const candidates = this.byLastSegment!.get(bucket) ?? [];
    const out: HeadingTarget[] = [];
    for (const i of this.agreeingCandidates(bucket, candidates, address)) {
      const { uri, heading } = candidates[i];
      const match = compareAddress(address, heading);
      if (match) out.push({ kind: 'heading', uri, heading, inferred: match === 'inferred' || heading.inferred });
    }
    return out;
  }

  /**
   * Positions in `candidates` of the headings that name the same key as `address` on every level both
   * name (what `compareAddress` asks first), in order. Thousands of headings share a last segment
   * (every `ア`): testing each one for each reference was quadratic, so a large bucket is grouped by
   * the set of levels its headings name, and each group is keyed by the levels it shares with the
   * address, once per change of the index.
   */
  private agreeingCandidates(bucket: string, candidates: readonly { heading: Heading }[], address: PathSegment[]): Iterable<number> {
    if (candidates.length <= SMALL_BUCKET) return candidates.keys();
    if (this.sharedLevels?.version !== this.version) this.sharedLevels = { version: this.version, buckets: new Map() };
    let byLevels = this.sharedLevels.buckets.get(bucket);
    if (!byLevels) this.sharedLevels.buckets.set(bucket, (byLevels = new CandidatesByLevels(candidates.map((c) => c.heading.segments))));
    return byLevels.agreeing(address);
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

  /** Unresolved references and mismatched titles of one document, as diagnostics in text order. */
  checkReferences(doc: WhitePaperDocument): Diagnostic[] {
    return [...this.referenceProblems(doc)].sort((a, b) => a.start - b.start);
  }

  /**
   * The same problems one reference at a time (not sorted), so that a host can check a large file in
   * pieces between which it answers other requests.
   */
  *referenceProblems(doc: WhitePaperDocument): Generator<Diagnostic> {
    for (const refs of [doc.references, doc.figureReferences]) {
      for (const ref of refs) {
        const problem = this.referenceProblem(doc, ref);
        if (problem) yield problem;
      }
    }
    const uncaptioned = this.uncaptionedFigureReferences(doc);
    if (uncaptioned.length) {
      const first = uncaptioned[0];
      yield { code: 'figure-captions-absent', severity: 'information', start: first.start, end: first.end,
        message: `${uncaptioned.length} figure reference(s) in this file have no caption in the workspace to check them against (the text carries none for their figures); they are not reported one by one.`,
        args: [uncaptioned.length] };
    }
  }

  private referenceProblem(doc: WhitePaperDocument, ref: WhitePaperDocument['references'][number] | WhitePaperDocument['figureReferences'][number]): Diagnostic | undefined {
    const r = this.resolve(doc, ref);
    if (r.status === 'unresolved') {
      const what = ref.kind === 'figure' ? ref.text : pathLabel(r.address);
      return { code: 'reference-unresolved', severity: 'warning', start: ref.start, end: ref.end,
        message: `Nothing in the workspace matches ${what}.`, args: [what] };
    }
    if (r.status !== 'resolved' || !ref.title || !ref.titleSpan) return undefined;
    const target = r.targets[0];
    if (target.kind !== 'heading' || normaliseTitle(ref.title) === normaliseTitle(target.heading.title)) return undefined;
    const where = pathLabel(target.heading.segments);
    return { code: 'reference-title-mismatch', severity: 'warning', start: ref.titleSpan.start, end: ref.titleSpan.end,
      message: `The quoted title 「${ref.title}」 does not match ${where} 「${target.heading.title}」.`,
      args: [ref.title, where, target.heading.title] };
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

/** `Ⅱ-1-1-3` → `Ⅱ-1-1`: a figure number without its serial, the group its figures are numbered in ('' for a bare `2`). */
function figureGroup(n: string): string {
  const serial = n.lastIndexOf('-');
  return serial < 0 ? '' : n.slice(0, serial);
}

/**
 * A book file writes some headings twice: the body's 第1章, and the same 第1章 over a list of figures
 * or of sources (at the back, or wherever the pages were joined), with its part or without a title.
 * Such a reprise (same file, same level and number, same title or none) is the same heading; the one
 * that heads the text — the most subheadings, then the first — stands for it.
 */
function withoutReprises(targets: HeadingTarget[]): HeadingTarget[] {
  if (targets.length < 2) return targets;
  const kept: HeadingTarget[] = [];
  for (const t of targets) {
    const title = normaliseTitle(t.heading.title);
    const i = kept.findIndex((k) => k.uri === t.uri && k.heading.level === t.heading.level && k.heading.key === t.heading.key
      && (title === '' || normaliseTitle(k.heading.title) === '' || title === normaliseTitle(k.heading.title)));
    if (i < 0) kept.push(t);
    else if (t.heading.children.length > kept[i].heading.children.length) kept[i] = t;
  }
  return kept;
}

/** The last 項-level heading before `heading` in the file (the 項 a `(1)` stands under). */
function lastItemBefore(headings: readonly Heading[], heading: Heading): Heading | undefined {
  let item: Heading | undefined;
  for (const h of headings) {
    if (h.start >= heading.start) break;
    if (h.level === 'item') item = h;
    else if (LEVEL_DEPTH[h.level] <= LEVEL_DEPTH.section) item = undefined;
  }
  return item;
}

/**
 * The 項-level headings that every reading of their 節 takes for items of a list inside a 項. Some
 * editions number such a list like the 項s (平成17年版: `1 ブロードバンド化の進展`, then `1 ブロードバンドの普及`,
 * `2 …`, `3 …`, then `2 モバイル化の進展`): the 項s run 1, 2, 3 … and each list runs 1, 2 … under one
 * of them. Each 節's sequence is read in every way that fits with the fewest headings left unread;
 * a heading is a list item when every such reading makes it one. A heading some reading takes for a 項
 * is kept, so an unclear 節 never loses its 項.
 */
export function listItemHeadings(headings: readonly Heading[]): Set<Heading> {
  const out = new Set<Heading>();
  let run: Heading[] = [];
  const flush = () => {
    if (run.length > 1) for (const h of listItemsOfSection(run)) out.add(h);
    run = [];
  };
  for (const h of headings) {
    if (h.level === 'item') run.push(h);
    else if (LEVEL_DEPTH[h.level] <= LEVEL_DEPTH.section) flush();
  }
  flush();
  return out;
}

/** Bound on one 節's 項-level headings read this way (a longer run is left as it is). */
const MAX_SECTION_ITEMS = 400;

function listItemsOfSection(items: readonly Heading[]): Heading[] {
  if (items.length > MAX_SECTION_ITEMS) return [];
  const keys = items.map((h) => (/^[0-9]+$/.test(h.key) ? parseInt(h.key, 10) : NaN));
  const n = keys.length;
  // state: the last 項 read (o) and the last list item of the open list (l, 0 when none); cost: headings left unread
  type Move = { label: 'item' | 'list' | 'skip'; o: number; l: number; cost: number };
  const moves = (i: number, o: number, l: number): Move[] => {
    const k = keys[i], out: Move[] = [{ label: 'skip', o, l, cost: 1 }];
    if (k === o + 1) out.push({ label: 'item', o: k, l: 0, cost: 0 });
    if ((k === 1 && o >= 1) || (l > 0 && k === l + 1)) out.push({ label: 'list', o, l: k, cost: 0 });
    return out;
  };
  const memo = new Map<string, number>();
  const best = (i: number, o: number, l: number): number => {
    if (i === n) return 0;
    const id = `${i}:${o}:${l}`;
    const known = memo.get(id);
    if (known !== undefined) return known;
    let b = Infinity;
    for (const m of moves(i, o, l)) b = Math.min(b, m.cost + best(i + 1, m.o, m.l));
    memo.set(id, b);
    return b;
  };
  // walk every optimal reading at once, collecting how each heading is read
  const labels: Set<string>[] = items.map(() => new Set());
  let states = new Map<string, [number, number]>([['0:0', [0, 0]]]);
  for (let i = 0; i < n; i++) {
    const next = new Map<string, [number, number]>();
    for (const [o, l] of states.values()) {
      const here = best(i, o, l);
      for (const m of moves(i, o, l)) {
        if (m.cost + best(i + 1, m.o, m.l) !== here) continue;
        labels[i].add(m.label);
        next.set(`${m.o}:${m.l}`, [m.o, m.l]);
      }
    }
    states = next;
  }
  return items.filter((_, i) => labels[i].size === 1 && labels[i].has('list'));
}

/** `第1部`, `第Ⅱ部`: a part with a number, unlike はじめに, 序章 or 補論. */
function isNumberedPart(seg: PathSegment): boolean {
  return /^[0-9]+$/.test(seg.key);
}

/**
 * Whether a book numbers its chapters on across its parts (before 2024: 第1部 holds 第1–3章 and
 * 第2部 opens with 第4章), read from its own outline: a numbered part whose first chapter is not 第1章.
 * Only a document holding two numbered parts can say so; a page of one part cannot.
 */
export function chaptersNumberedAcrossParts(headings: readonly Heading[]): boolean {
  let parts = 0, across = false, awaitingChapter = false;
  for (const h of headings) {
    if (h.level === 'part') {
      awaitingChapter = isNumberedPart(h.segments[h.segments.length - 1]);
      if (awaitingChapter) parts++;
    } else if (h.level === 'chapter' && awaitingChapter) {
      awaitingChapter = false;
      if (h.key !== '1') across = true;
    }
  }
  return across && parts >= 2;
}

/**
 * The path a reference continues when it is the next item of a list (`第5章第8節・第9節`,
 * `第2章第1節及び第3節`, `第3章（第4節・第5節）`): the nearest item before it, across items of its
 * own level joined by list words alone, that names an outer level (or another edition). Null when the
 * reference stands on its own. The walk is bounded, so a pathologically long list stays linear.
 */
function enumerationHead(doc: WhitePaperDocument, ref: CrossReference): CrossReference | null {
  if (ref.segments.length === 0) return null;
  const depth = LEVEL_DEPTH[ref.segments[0].level];
  let i = indexOfSpan(doc.references, ref);
  for (let steps = 0; steps < MAX_LIST_ITEMS && i > 0; steps++, i--) {
    const item = doc.references[i], prev = doc.references[i - 1];
    if (prev.segments.length === 0 || item.start - prev.end > 4 || !LIST_JOINER_RE.test(doc.text.slice(prev.end, item.start))) return null;
    const d = LEVEL_DEPTH[prev.segments[0].level];
    if (d < depth || prev.kind === 'edition') return prev;
    if (d > depth) return null;
  }
  return null;
}

const MAX_LIST_ITEMS = 16;

/** What stands between two items of a list of paths; `（` opens the inner items of the path before it. */
const LIST_JOINER_RE = /^(?:[・、，,（(]|及び|並びに|や|と|から|～|〜|又は|または)$/;

/** A section spread over several pages repeats its heading on each: the first page stands for it. */
function firstPerAddress(targets: HeadingTarget[]): HeadingTarget[] {
  const seen = new Set<string>();
  return targets.filter((t) => {
    if (seen.has(t.heading.address)) return false;
    seen.add(t.heading.address);
    return true;
  });
}

/**
 * In a text whose 章 and 節 were inferred (divisions.ts), no heading line is a 節 or 章: the first heading
 * of each inferred 節 (and 章) stands for it, keyed by that level, so `本節` or `3－4参照` finds it.
 */
function divisionOpenings(headings: readonly Heading[]): { key: string; heading: Heading }[] {
  const out: { key: string; heading: Heading }[] = [];
  let chapter = '', section = '';
  for (const h of headings) {
    const placed = placedDivision(h);
    if (!placed) continue;
    const { chapter: c, section: sec } = placed;
    if (c.key !== chapter) out.push({ key: `chapter:${c.key}`, heading: h });
    if (c.key !== chapter || sec.key !== section) out.push({ key: `section:${sec.key}`, heading: h });
    chapter = c.key;
    section = sec.key;
  }
  return out;
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

/** Below this many headings with one last segment, testing each is cheaper than keying them. */
const SMALL_BUCKET = 32;

const levelBit = (level: HeadingLevel) => 1 << LEVEL_DEPTH[level];

/** The keys of `segments` on the levels in `mask`, as one string. */
function keysOn(segments: readonly PathSegment[], mask: number): string {
  let key = '';
  for (const s of segments) if (mask & levelBit(s.level)) key += `${s.level}:${s.key}\u0000`;
  return key;
}

/**
 * Addresses (headings' segments) grouped by the set of levels each names; each group keyed, on
 * demand, by its keys on the levels an address shares with it. Finding the addresses that agree with
 * an address then costs one lookup per group (a handful) instead of a comparison per address.
 */
class CandidatesByLevels {
  /** level mask → positions of the addresses naming exactly those levels */
  private readonly groups = new Map<number, number[]>();
  /** `group mask:shared mask` → keys on the shared levels → positions */
  private readonly keyed = new Map<string, Map<string, number[]>>();

  constructor(private readonly addresses: readonly (readonly PathSegment[])[]) {
    addresses.forEach((segments, i) => {
      let mask = 0;
      for (const s of segments) mask |= levelBit(s.level);
      const group = this.groups.get(mask);
      if (group) group.push(i); else this.groups.set(mask, [i]);
    });
  }

  /** Positions of the addresses that name the same key as `address` on every level both name, in order. */
  agreeing(address: readonly PathSegment[]): number[] {
    let mask = 0;
    for (const s of address) mask |= levelBit(s.level);
    const out: number[] = [];
    for (const [groupMask, group] of this.groups) {
      const shared = groupMask & mask;
      const id = `${groupMask}:${shared}`;
      let byKeys = this.keyed.get(id);
      if (!byKeys) {
        byKeys = new Map();
        for (const i of group) {
          const k = keysOn(this.addresses[i], shared);
          const list = byKeys.get(k);
          if (list) list.push(i); else byKeys.set(k, [i]);
        }
        this.keyed.set(id, byKeys);
      }
      const hit = byKeys.get(keysOn(address, shared));
      if (hit) for (const i of hit) out.push(i);
    }
    return this.groups.size > 1 ? out.sort((a, b) => a - b) : out;
  }
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
