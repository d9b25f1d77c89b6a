// Safe renames: a footnote's number (its definition and every anchor citing it) and a heading's
// title (the heading and every quoted 「title」 in references that resolve to it, in any file).
import { FootnoteAnchor, FootnoteDefinition, Heading, Span, WhitePaperDocument } from './model';
import { normaliseTitle, WorkspaceIndex } from './workspaceIndex';

export interface TextEdit extends Span {
  uri: string;
  text: string;
  /**
   * Set when the edit rewrites the digits of an anchor read with doubt (an ordinary number could read
   * the same way): the footnote number and why. The editor applies such an edit only when the user
   * confirms it.
   */
  doubtful?: { number: number; reason: string };
}

/** What an edit of an anchor's digits carries: nothing when the reading is sure, the doubt otherwise. */
function doubtOf(anchor: FootnoteAnchor): Pick<TextEdit, 'doubtful'> {
  return anchor.confidence === 'doubtful' ? { doubtful: { number: anchor.number, reason: anchor.doubt } } : {};
}

/** Why a rename is refused; the editor words it in the user's language. */
export type RenameRefusal =
  | { refused: 'footnote-number' }
  | { refused: 'footnote-exists'; number: number }
  | { refused: 'heading-title' };

/** The digits inside a span (`3`, or the `3` of a Markdown `[^3]`). */
function digitsIn(text: string, span: Span): Span | null {
  const m = /[0-9０-９]+/.exec(text.slice(span.start, span.end));
  return m ? { start: span.start + m.index, end: span.start + m.index + m[0].length } : null;
}

/** The span a footnote rename starts from: the digits of the definition number or of an anchor. */
export function footnoteNumberSpan(doc: WhitePaperDocument, def: FootnoteDefinition, at: number): Span | null {
  const spans = [def.numberSpan, ...def.anchors.map((i) => doc.anchors[i])];
  const hit = spans.find((s) => s.start <= at && at <= s.end);
  return hit ? digitsIn(doc.text, hit) : null;
}

/**
 * Renumbers a footnote: its definition's number and every anchor citing it. An anchor read with doubt
 * gets an edit marked `doubtful`, unless the rename starts from that very anchor (`from`, an offset in
 * it): the user pointed at those digits as the footnote.
 */
export function footnoteRenameEdits(doc: WhitePaperDocument, def: FootnoteDefinition, newNumber: string, from?: number): TextEdit[] | RenameRefusal {
  if (!/^[0-9]{1,3}$/.test(newNumber) || +newNumber === 0) return { refused: 'footnote-number' };
  const clash = doc.footnotes.find((f) => f !== def && f.block === def.block && f.number === +newNumber);
  if (clash) return { refused: 'footnote-exists', number: clash.number };
  const edits: TextEdit[] = [];
  const number = digitsIn(doc.text, def.numberSpan);
  if (number) edits.push({ uri: doc.uri, ...number, text: newNumber });
  for (const anchor of def.anchors.map((i) => doc.anchors[i])) {
    const digits = digitsIn(doc.text, anchor);
    if (!digits) continue;
    const chosen = from !== undefined && anchor.start <= from && from <= anchor.end;
    edits.push({ uri: doc.uri, ...digits, text: newNumber, ...(chosen ? {} : doubtOf(anchor)) });
  }
  return edits;
}

export function headingRenameEdits(index: WorkspaceIndex, uri: string, heading: Heading, newTitle: string): TextEdit[] | RenameRefusal {
  const title = newTitle.trim();
  if (!title || /[\r\n。]/.test(title)) return { refused: 'heading-title' };
  const doc = index.get(uri);
  const edits: TextEdit[] = [{ uri, start: heading.titleStart, end: heading.titleStart + heading.title.length, text: title }];
  if (!doc) return edits;
  // a page's breadcrumb ends with the title of its deepest heading
  const crumb = doc.breadcrumb ? doc.text.lastIndexOf(heading.title, doc.breadcrumb.end) : -1;
  if (doc.breadcrumb && crumb >= doc.breadcrumb.start && crumb + heading.title.length === doc.breadcrumb.end) {
    edits.push({ uri, start: crumb, end: doc.breadcrumb.end, text: title });
  }
  const old = normaliseTitle(heading.title);
  for (const site of index.incomingReferences(uri, heading)) {
    const r = site.reference;
    // only quotations of this title: a reference quoting something else is left for its own warning
    if (r.title !== null && r.titleSpan && normaliseTitle(r.title) === old) {
      edits.push({ uri: site.uri, start: r.titleSpan.start, end: r.titleSpan.end, text: title });
    }
  }
  return edits;
}

/**
 * The edits renumbering the block's doubtful anchors, each marked for the user to confirm. Left out:
 * one whose number stays (nothing to confirm), and one inside a definition of the block, which is
 * rewritten as a whole and moved (a separate edit would overlap it): it keeps its digits.
 */
function doubtfulRenumberEdits(doc: WhitePaperDocument, defs: FootnoteDefinition[], numberOf: Map<FootnoteDefinition, number>): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const f of defs) {
    const text = String(numberOf.get(f));
    for (const anchor of f.anchors.map((k) => doc.anchors[k]).filter((a) => a.confidence === 'doubtful')) {
      const digits = digitsIn(doc.text, anchor);
      if (!digits || doc.text.slice(digits.start, digits.end) === text) continue;
      if (defs.some((d) => d.start <= digits.start && digits.end <= d.end)) continue;
      edits.push({ uri: doc.uri, ...digits, text, ...doubtOf(anchor) });
    }
  }
  return edits;
}

/**
 * Renumbers the footnotes of one definition block in the order the text cites them, from the
 * block's smallest number: the definitions are rewritten in that order and every anchor follows
 * its definition. For editors who inserted or deleted a footnote in the middle of a section.
 * Returns no edits when the numbering is already in order.
 *
 * Anchors read with doubt neither decide the order (a note's first sure citation does, when it has
 * one) nor change silently: each gets its own edit marked `doubtful` (doubtfulRenumberEdits).
 */
export function renumberBlockEdits(doc: WhitePaperDocument, block: number): TextEdit[] {
  const defs = doc.footnotes.filter((f) => f.block === block);
  if (defs.length === 0) return [];
  const firstCited = (f: FootnoteDefinition) => {
    const cites = f.anchors.map((k) => doc.anchors[k]);
    const first = cites.find((a) => a.confidence === 'sure') ?? cites[0];
    return first ? first.start : Infinity;
  };
  const ordered = defs.map((f, i) => ({ f, i })).sort((a, b) => firstCited(a.f) - firstCited(b.f) || a.i - b.i).map((x) => x.f);
  // a loop, not Math.min(...numbers): spreading 150,000 arguments overflows the call stack
  let base = Infinity;
  for (const f of defs) base = Math.min(base, f.number);
  const numberOf = new Map(ordered.map((f, i) => [f, base + i]));
  if (defs.every((f, i) => ordered[i] === f && numberOf.get(f) === f.number)) return [];

  const edits: TextEdit[] = [];
  // An anchor inside one of the block's definitions (a note citing another, `[^2]: 前掲[^1]…`) is
  // renumbered within that definition's rewritten text: a separate edit would overlap it.
  const within = new Map<FootnoteDefinition, { start: number; end: number; text: string }[]>(defs.map((f) => [f, []]));
  for (const f of defs) {
    for (const k of f.anchors.filter((k) => doc.anchors[k].confidence === 'sure')) {
      const digits = digitsIn(doc.text, doc.anchors[k]);
      if (!digits) continue;
      const host = definitionHolding(defs, digits);
      if (host) within.get(host)!.push({ ...digits, text: String(numberOf.get(f)) });
      else edits.push({ uri: doc.uri, ...digits, text: String(numberOf.get(f)) });
    }
  }
  edits.push(...doubtfulRenumberEdits(doc, defs, numberOf));
  // the definitions, each with its numbers replaced, in citation order at the places the old ones held
  const rewritten = ordered.map((f) => {
    const changes = [{ ...digitsIn(doc.text, f.numberSpan)!, text: String(numberOf.get(f)) }, ...within.get(f)!].sort((a, b) => b.start - a.start);
    let text = doc.text.slice(f.start, f.end);
    for (const c of changes) text = text.slice(0, c.start - f.start) + c.text + text.slice(c.end - f.start);
    return text;
  });
  defs.forEach((f, i) => edits.push({ uri: doc.uri, start: f.start, end: f.end, text: rewritten[i] }));
  return edits;
}

/**
 * The definition (of `defs`, in text order, none inside another) that holds `span`: the last one
 * starting before it, found by a binary search, as a block may hold thousands.
 */
function definitionHolding(defs: readonly FootnoteDefinition[], span: Span): FootnoteDefinition | undefined {
  let lo = 0, hi = defs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (defs[mid].start <= span.start) lo = mid + 1; else hi = mid;
  }
  const d = defs[lo - 1];
  return d && d.start <= span.start && span.end <= d.end ? d : undefined;
}
