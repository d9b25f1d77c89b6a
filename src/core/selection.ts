// Expand selection on white-paper text: anchor → sentence → paragraph (or footnote) → each
// enclosing section, innermost first. Pure, so the editor adapter only converts spans.
import { headingAt } from './headings';
import { Heading, Span, WhitePaperDocument } from './model';
import { anchorAt, definitionAt, spanAt } from './queries';
import { splitSentences } from './sentences';

export function selectionSpans(doc: WhitePaperDocument, offset: number): Span[] {
  const spans: Span[] = [];
  const push = (s: Span | null) => {
    if (!s) return;
    const last = spans[spans.length - 1];
    if (last && s.start === last.start && s.end === last.end) return;
    if (last && (s.start > last.start || s.end < last.end)) return; // each step must contain the previous
    spans.push({ start: s.start, end: s.end });
  };
  push(anchorAt(doc, offset));
  const block = spanAt(doc.paragraphs, offset) ?? definitionAt(doc, offset);
  if (block) {
    const sentence = splitSentences(doc.text, block.start, block.end, { softLineBreaks: doc.form === 'markdown' }).find((s) => s.start <= offset && offset <= s.end) ?? null;
    push(sentence);
    push(block);
  }
  for (let h: Heading | null = headingAt(doc.headings, offset); h; h = parentOf(doc, h)) {
    push({ start: h.start, end: h.sectionEnd });
  }
  return spans;
}

function parentOf(doc: WhitePaperDocument, h: Heading): Heading | null {
  // the parent is the innermost heading before h whose section still contains it
  const i = doc.headings.indexOf(h);
  for (let k = i - 1; k >= 0; k--) {
    const p = doc.headings[k];
    if (p.sectionEnd >= h.sectionEnd && p.children.includes(h)) return p;
  }
  return null;
}
