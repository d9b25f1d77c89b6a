// Outline and breadcrumbs: the heading tree, each named "number title" with its level as detail.
import { Heading, HeadingLevel } from '../core/model';
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
  return doc.headingTree.map(toSymbol);
}
