// "N references" above the headings the workspace cites (setting codeLensReferences).
import type { ServiceContext } from './service';
import { Location, Range, rangeOf } from './types';

export interface CodeLens {
  range: Range;
  title: string;
  /** Where the heading is cited, for the host's "show references" command. */
  locations: Location[];
}

export function codeLenses(ctx: ServiceContext, uri: string): CodeLens[] {
  return [...eachCodeLens(ctx, uri)];
}

/**
 * The lenses one heading at a time, so that a host can list a large page's in slices between its
 * other work (a thousand headings, each looking up the places that cite it, are long in one piece).
 */
export function* eachCodeLens(ctx: ServiceContext, uri: string): Generator<CodeLens> {
  const doc = ctx.document(uri);
  if (!doc || !ctx.settings.codeLensReferences) return;
  for (const heading of doc.headings) {
    const sites = ctx.index.incomingReferences(uri, heading);
    if (sites.length === 0) continue;
    const locations = sites.flatMap((s) => {
      const source = ctx.index.get(s.uri);
      return source ? [{ uri: s.uri, range: rangeOf(source, s.reference) }] : [];
    });
    yield { range: rangeOf(doc, heading), title: sites.length === 1 ? ctx.t('1 reference') : ctx.t('{0} references', sites.length), locations };
  }
}
