// The page-text / official-.txt parser: text in, WhitePaperDocument out. Three stages:
// lines and their shapes → footnotes (which settle the 項-heading ambiguity) → headings and references.
import { analyseFootnotes } from './footnotes';
import { breadcrumbOf, captionNumber, chapterFromPageCode, emptyDocumentParts } from './documentParts';
import { inferDivisions } from './divisions';
import { buildHeadings, nestHeadings } from './headings';
import { scanLines } from './lines';
import { Breadcrumb, WhitePaperDocument } from './model';
import { findReferences } from './references';
import { summaryEnd } from './summary';

export function analyzeText(uri: string, text: string): WhitePaperDocument {
  const src = text;
  const lines = scanLines(src);
  const notes = analyseFootnotes(src, lines);
  // an opening summary restates the outline: its heading lines and chapter names are not the body's
  const bodyStart = summaryEnd(src, lines);

  const inferredChapter = chapterFromPageCode(uri);

  let breadcrumb: Breadcrumb | null = null;
  const { furniture, figures, paragraphs, drafts, references } = emptyDocumentParts();

  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    const shape = line.shape;
    if (notes.definitionLines.has(li)) continue;
    switch (shape.kind) {
      case 'breadcrumb':
        furniture.push({ kind: 'breadcrumb', start: line.start, end: line.end });
        breadcrumb ??= breadcrumbOf(src.slice(line.start, line.end), line.start, line.end);
        break;
      case 'furniture':
        furniture.push({ kind: shape.furniture, start: line.start, end: line.end });
        break;
      case 'source':
        furniture.push({ kind: 'source-line', start: line.start, end: line.end });
        break;
      case 'caption': {
        figures.push({
          start: line.start, end: line.end,
          number: captionNumber(src.slice(line.start + 2, line.start + shape.numberEnd)),
          numberSpan: { start: line.start, end: line.start + shape.numberEnd },
          title: src.slice(line.start + shape.titleStart, line.end).trim(),
        });
        break;
      }
      case 'heading':
        if (li < bodyStart) { paragraphs.push({ start: line.start, end: line.end }); break; }
        drafts.push({ level: shape.level, rawNumber: shape.rawNumber, start: line.start, end: line.end, labelEnd: line.start + shape.labelEnd, titleStart: line.start + shape.titleStart });
        break;
      case 'numbered':
        if (notes.itemHeadingLines.has(li) && li >= bodyStart) {
          drafts.push({ level: 'item', rawNumber: shape.rawNumber, start: line.start, end: line.end, labelEnd: line.start + shape.numberEnd, titleStart: line.start + shape.textStart });
        }
        break;
      case 'prose':
        paragraphs.push({ start: line.start, end: line.end });
        if (li >= bodyStart) findReferences(src, line.start, line.end, false, references);
        break;
      case 'blank':
        break;
    }
  }
  for (const def of notes.definitions) {
    findReferences(src, def.textStart, def.end, true, references);
  }
  references.sort((a, b) => a.start - b.start);

  const { headings, repeats } = buildHeadings(drafts, { inferredChapter, text: src });
  for (const r of repeats) furniture.push({ kind: 'page-header', start: r.start, end: r.end });
  furniture.sort((a, b) => a.start - b.start);
  const usesChapterInference = headings.some((h) => h.inferred);
  // (a page's place is its breadcrumb's: its dash paths point to other pages)
  if (!breadcrumb) inferDivisions(headings, references);
  const headingTree = nestHeadings(headings, src.length);

  return {
    uri,
    form: breadcrumb ? 'page-text' : 'official-txt',
    text: src,
    breadcrumb,
    edition: breadcrumb?.edition ?? null,
    inferredChapter: usesChapterInference ? inferredChapter : null,
    headings,
    headingTree,
    footnotes: notes.definitions,
    anchors: notes.anchors,
    references: references.filter((r) => r.kind !== 'figure'),
    figures,
    figureReferences: references.filter((r) => r.kind === 'figure'),
    furniture,
    paragraphs,
    diagnostics: notes.diagnostics,
  };
}
