// Outline and breadcrumbs: the heading tree, each named "number title" with its level as detail.
import { placedDivision } from '../core/divisions';
import { Heading, HeadingLevel, PathSegment } from '../core/model';
import { labelOf } from '../core/numbering';
import { levelName } from './messages';
import type { ServiceContext } from './service';
import { Range, rangeOf } from './types';

export interface DocumentSymbol {
  name: string;
  detail: string;
  level: HeadingLevel;
  /** The whole section. */
  range: Range;
  /** The heading line. */
  selectionRange: Range;
  children: DocumentSymbol[];
}

export function headingName(h: Heading): string {
  return [h.label, h.title].filter(Boolean).join(' ') || h.label || '…';
}

export function documentSymbols(ctx: ServiceContext, uri: string): DocumentSymbol[] {
  const doc = ctx.document(uri);
  if (!doc) return [];
  const toSymbol = (h: Heading): DocumentSymbol => ({
    name: headingName(h),
    detail: h.inferred ? `${levelName(h.level, ctx.t)} · ${ctx.t(h.divisionInferred ? 'chapter and section inferred' : 'chapter inferred')}` : levelName(h.level, ctx.t),
    level: h.level,
    range: rangeOf(doc, { start: h.start, end: h.sectionEnd }),
    selectionRange: rangeOf(doc, h),
    children: h.children.map(toSymbol),
  });
  return withInferredDivisions(ctx, doc.headingTree.map(toSymbol), doc.headingTree);
}

/**
 * A text without 章 and 節 lines whose divisions its references place (divisions.ts) has only 項s at
 * its top level: the Outline groups them under the 章 and 節 they were placed in, marked inferred, so
 * the text reads as the book it is. Unplaced headings stay where they are.
 */
function withInferredDivisions(ctx: ServiceContext, symbols: DocumentSymbol[], roots: readonly Heading[]): DocumentSymbol[] {
  if (!roots.some((h) => h.divisionInferred)) return symbols;
  const out: DocumentSymbol[] = [];
  let chapter: DocumentSymbol | null = null, section: DocumentSymbol | null = null;
  const group = (level: 'chapter' | 'section', seg: PathSegment, first: DocumentSymbol): DocumentSymbol => ({
    name: labelOf(seg), detail: `${levelName(level, ctx.t)} · ${ctx.t('chapter and section inferred')}`, level,
    range: { start: first.range.start, end: first.range.end }, selectionRange: first.selectionRange, children: [],
  });
  roots.forEach((h, i) => {
    const symbol = symbols[i];
    const placed = placedDivision(h);
    if (!placed) {
      chapter = section = null;
      out.push(symbol);
      return;
    }
    const { chapter: c, section: sec } = placed;
    if (chapter?.name !== labelOf(c)) {
      chapter = group('chapter', c, symbol);
      section = null;
      out.push(chapter);
    }
    if (section?.name !== labelOf(sec)) {
      section = group('section', sec, symbol);
      chapter.children.push(section);
    }
    section.children.push(symbol);
    section.range.end = chapter.range.end = symbol.range.end;
  });
  return out;
}
