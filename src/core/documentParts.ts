// What both parsers (page text and Markdown) collect while they walk a page, before the heading
// tree is built from the drafts.
import type { HeadingDraft } from './headings';
import type { CrossReference, FigureCaption, Furniture, Paragraph } from './model';
import { parsePageCode } from './numbering';

export interface DocumentParts {
  furniture: Furniture[];
  figures: FigureCaption[];
  paragraphs: Paragraph[];
  drafts: HeadingDraft[];
  references: CrossReference[];
}

export function emptyDocumentParts(): DocumentParts {
  return { furniture: [], figures: [], paragraphs: [], drafts: [], references: [] };
}

/** The chapter a page's file code names (`nd131200.txt` → `3`), for pages without a chapter line. */
export function chapterFromPageCode(uri: string): string | null {
  const pageCode = parsePageCode(uri);
  return pageCode && pageCode.chapter > 0 ? String(pageCode.chapter) : null;
}
