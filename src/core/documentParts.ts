// What both parsers (page text and Markdown) collect while they walk a page, before the heading
// tree is built from the drafts.
import type { HeadingDraft } from './headings';
import type { Breadcrumb, CrossReference, FigureCaption, Furniture, Paragraph } from './model';
import { parsePageCode } from './numbering';
import { normaliseFigureNumber } from './references';

/** An edition as breadcrumbs and titles name it: `令和8年版`, `2024年版`. */
export const EDITION_RE = /(令和|平成|昭和)(元|[0-9０-９]{1,2})年版|[0-9]{4}年版/;

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

/** A breadcrumb line `白書トップ > … > 令和8年版 > …` at `[start, end)`: its crumbs and the edition among them. */
export function breadcrumbOf(line: string, start: number, end: number): Breadcrumb {
  const crumbs = line.split(/\s*[>＞]\s*/).map((c) => c.trim()).filter(Boolean);
  return { start, end, crumbs, edition: crumbs.find((c) => EDITION_RE.test(c)) ?? null };
}

/** A caption's figure number as written after 図表 (`Ⅰ-1-1-2`, `２`), keyed as references key it. */
export function captionNumber(numberText: string): string {
  const m = /^([^-－‐―−]+)(.*)$/.exec(numberText);
  return m ? normaliseFigureNumber(m[1], m[2]) : numberText;
}
