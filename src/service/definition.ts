// Go to definition (F12): from a footnote anchor to its definition; from a cross-reference to its
// heading or figure caption, in whichever file holds it (every candidate when it is ambiguous).
import { anchorAt } from '../core/queries';
import { referenceUnderCursor, targetRange } from './references';
import type { ServiceContext } from './service';
import { LocationLink, offsetAt, Position, rangeOf } from './types';

export function definition(ctx: ServiceContext, uri: string, position: Position): LocationLink[] {
  const doc = ctx.document(uri);
  if (!doc) return [];
  const offset = offsetAt(doc, position);
  const anchor = anchorAt(doc, offset);
  if (anchor && anchor.definition >= 0) {
    const def = doc.footnotes[anchor.definition];
    return [{ originRange: rangeOf(doc, anchor), uri, targetRange: rangeOf(doc, def), targetSelectionRange: rangeOf(doc, def.numberSpan) }];
  }
  const hit = referenceUnderCursor(ctx, doc, offset);
  if (!hit || (hit.resolution.status !== 'resolved' && hit.resolution.status !== 'ambiguous')) return [];
  const originRange = rangeOf(doc, hit.reference);
  return hit.resolution.targets.map((target) => {
    const range = targetRange(ctx, target);
    return { originRange, uri: target.uri, targetRange: range, targetSelectionRange: range };
  });
}
