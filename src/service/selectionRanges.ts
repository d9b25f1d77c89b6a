// Expand selection: anchor → sentence → paragraph → section → enclosing sections, per position.
import { selectionSpans } from '../core/selection';
import type { ServiceContext } from './service';
import { offsetAt, Position, Range, rangeOf } from './types';

/** Innermost first; each range contains the one before it. An empty range at the position when nothing encloses it. */
export function selectionRanges(ctx: ServiceContext, uri: string, positions: readonly Position[]): Range[][] {
  const doc = ctx.document(uri);
  return positions.map((position) => {
    if (!doc) return [{ start: position, end: position }];
    const spans = selectionSpans(doc, offsetAt(doc, position));
    return spans.length ? spans.map((s) => rangeOf(doc, s)) : [{ start: position, end: position }];
  });
}
