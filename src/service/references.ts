// Find all references (Shift+F12): on a footnote (an anchor or its definition's number), every
// anchor citing it; on a heading, every cross-reference to it across the workspace. Also the
// shared lookup of the cross-reference under the cursor and of a target's place.
import { CrossReference, WhitePaperDocument } from '../core/model';
import { footnoteAt, headingLineAt, referenceAt } from '../core/queries';
import { Resolution, Target } from '../core/workspaceIndex';
import type { ServiceContext } from './service';
import { Location, offsetAt, Position, Range, rangeOf } from './types';

export interface ReferenceContext {
  reference: CrossReference;
  resolution: Resolution;
}

export function referenceUnderCursor(ctx: ServiceContext, doc: WhitePaperDocument, offset: number): ReferenceContext | null {
  const reference = referenceAt(doc, offset);
  return reference ? { reference, resolution: ctx.index.resolve(doc, reference) } : null;
}

const START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** A target's place, from its own file's analysed text (the file need not be open). */
export function targetRange(ctx: ServiceContext, target: Target): Range {
  const doc = ctx.index.get(target.uri);
  return doc ? rangeOf(doc, target.kind === 'heading' ? target.heading : target.figure) : START;
}

export function references(ctx: ServiceContext, uri: string, position: Position, includeDeclaration: boolean): Location[] {
  const doc = ctx.document(uri);
  if (!doc) return [];
  const offset = offsetAt(doc, position);
  const out: Location[] = [];
  const def = footnoteAt(doc, offset);
  if (def) {
    if (includeDeclaration) out.push({ uri, range: rangeOf(doc, def.numberSpan) });
    for (const i of def.anchors) out.push({ uri, range: rangeOf(doc, doc.anchors[i]) });
  }
  const heading = headingLineAt(doc, offset);
  if (heading) {
    if (includeDeclaration) out.push({ uri, range: rangeOf(doc, heading) });
    for (const site of ctx.index.incomingReferences(uri, heading)) {
      const source = ctx.index.get(site.uri);
      out.push({ uri: site.uri, range: source ? rangeOf(source, site.reference) : START });
    }
  }
  return out;
}

export interface DocumentHighlight {
  range: Range;
  /** The definition's number is written; the anchors read it. */
  kind: 'read' | 'write';
}

/** The footnote under the cursor: its definition's number and every anchor citing it. */
export function documentHighlights(ctx: ServiceContext, uri: string, position: Position): DocumentHighlight[] {
  const doc = ctx.document(uri);
  if (!doc) return [];
  const def = footnoteAt(doc, offsetAt(doc, position));
  if (!def) return [];
  return [
    { range: rangeOf(doc, def.numberSpan), kind: 'write' },
    ...def.anchors.map((i): DocumentHighlight => ({ range: rangeOf(doc, doc.anchors[i]), kind: 'read' })),
  ];
}
