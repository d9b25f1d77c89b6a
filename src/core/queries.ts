// Position lookups on an analysed document: what stands at an offset. Binary searches, no rescans.
import { CrossReference, FootnoteAnchor, FootnoteDefinition, Heading, Span, WhitePaperDocument } from './model';

/** The span in a start-sorted list that contains `offset` (end inclusive, so a cursor right after a digit counts). */
export function spanAt<T extends Span>(spans: readonly T[], offset: number): T | null {
  let lo = 0, hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset > s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

/** Where `span` itself stands in a start-sorted list (-1 if absent): a binary search, then the equal starts. */
export function indexOfSpan<T extends Span>(spans: readonly T[], span: T): number {
  let lo = 0, hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < span.start) lo = mid + 1; else hi = mid;
  }
  for (let i = lo; i < spans.length && spans[i].start === span.start; i++) if (spans[i] === span) return i;
  return -1;
}

export function anchorAt(doc: WhitePaperDocument, offset: number): FootnoteAnchor | null {
  return spanAt(doc.anchors, offset);
}

/** The definition whose number (at the start of its line) is at `offset`. */
export function definitionNumberAt(doc: WhitePaperDocument, offset: number): FootnoteDefinition | null {
  // the number opens its definition: find the definition, then check the number
  const def = spanAt(doc.footnotes, offset);
  return def && offset >= def.numberSpan.start && offset <= def.numberSpan.end ? def : null;
}

/** The definition whose text contains `offset`. */
export function definitionAt(doc: WhitePaperDocument, offset: number): FootnoteDefinition | null {
  return spanAt(doc.footnotes, offset);
}

export function referenceAt(doc: WhitePaperDocument, offset: number): CrossReference | null {
  return spanAt(doc.references, offset) ?? spanAt(doc.figureReferences, offset);
}

export function headingLineAt(doc: WhitePaperDocument, offset: number): Heading | null {
  return spanAt(doc.headings, offset);
}

/** The footnote an offset is about: an anchor citing it, or its own definition number. */
export function footnoteAt(doc: WhitePaperDocument, offset: number): FootnoteDefinition | null {
  const anchor = anchorAt(doc, offset);
  if (anchor) return anchor.definition >= 0 ? doc.footnotes[anchor.definition] : null;
  return definitionNumberAt(doc, offset);
}

/** The text of a span with its footnote anchors left out, for previews that quote the prose. */
export function proseWithoutAnchors(doc: WhitePaperDocument, span: Span): string {
  let out = '';
  let at = span.start;
  for (const a of doc.anchors) {
    if (a.end <= span.start || a.start < at) continue;
    if (a.start >= span.end) break;
    // a spaced anchor (` 4 `) goes with the spaces around it
    const cutStart = a.spaced && doc.text[a.start - 1] === ' ' ? a.start - 1 : a.start;
    const cutEnd = a.spaced && doc.text[a.end] === ' ' ? a.end + 1 : a.end;
    out += doc.text.slice(at, Math.max(at, cutStart));
    at = Math.min(cutEnd, span.end);
  }
  return out + doc.text.slice(at, span.end);
}

/** The headings whose sections hold `offset`, outermost first (empty before the first heading). */
export function headingsAt(doc: WhitePaperDocument, offset: number): Heading[] {
  const holds = (h: Heading) => h.start <= offset && (offset < h.sectionEnd || (offset === h.sectionEnd && h.sectionEnd === doc.text.length));
  const out: Heading[] = [];
  for (let level = doc.headingTree, h = level.find(holds); h; level = h.children, h = level.find(holds)) out.push(h);
  return out;
}
