// Safe renames: a footnote's number (its definition and every anchor citing it) and a heading's
// title (the heading and every quoted 「title」 in references that resolve to it, in any file).
import { FootnoteDefinition, Heading, Span, WhitePaperDocument } from './model';
import { normaliseTitle, WorkspaceIndex } from './workspaceIndex';

export interface TextEdit extends Span {
  uri: string;
  text: string;
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

export function footnoteRenameEdits(doc: WhitePaperDocument, def: FootnoteDefinition, newNumber: string): TextEdit[] | RenameRefusal {
  if (!/^[0-9]{1,3}$/.test(newNumber) || +newNumber === 0) return { refused: 'footnote-number' };
  const clash = doc.footnotes.find((f) => f !== def && f.block === def.block && f.number === +newNumber);
  if (clash) return { refused: 'footnote-exists', number: clash.number };
  const edits: TextEdit[] = [];
  for (const span of [def.numberSpan, ...def.anchors.map((i) => doc.anchors[i])]) {
    const digits = digitsIn(doc.text, span);
    if (digits) edits.push({ uri: doc.uri, ...digits, text: newNumber });
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
 * Renumbers the footnotes of one definition block in the order the text cites them, from the
 * block's smallest number: the definitions are rewritten in that order and every anchor follows
 * its definition. For editors who inserted or deleted a footnote in the middle of a section.
 * Returns no edits when the numbering is already in order.
 */
export function renumberBlockEdits(doc: WhitePaperDocument, block: number): TextEdit[] {
  const defs = doc.footnotes.filter((f) => f.block === block);
  if (defs.length === 0) return [];
  const firstCited = (f: FootnoteDefinition) => (f.anchors.length ? doc.anchors[f.anchors[0]].start : Infinity);
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
    for (const k of f.anchors) {
      const digits = digitsIn(doc.text, doc.anchors[k]);
      if (!digits) continue;
      const host = definitionHolding(defs, digits);
      if (host) within.get(host)!.push({ ...digits, text: String(numberOf.get(f)) });
      else edits.push({ uri: doc.uri, ...digits, text: String(numberOf.get(f)) });
    }
  }
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
