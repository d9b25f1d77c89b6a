// Go to symbol in workspace (Ctrl+T): every heading, searchable by its number or title.
import { pathLabel } from '../core/numbering';
import { headingName } from './documentSymbols';
import type { ServiceContext } from './service';
import { Location, rangeOf } from './types';

export interface WorkspaceSymbol {
  name: string;
  /** The full address, e.g. 第Ⅱ部第1章第2節. */
  address: string;
  location: Location;
}

export const MAX_WORKSPACE_SYMBOLS = 2000;

export function workspaceSymbols(ctx: ServiceContext, query: string): WorkspaceSymbol[] {
  const q = query.trim().replace(/\s+/g, '');
  const out: WorkspaceSymbol[] = [];
  for (const { uri, heading } of ctx.index.allHeadings()) {
    if (out.length >= MAX_WORKSPACE_SYMBOLS) break;
    const name = headingName(heading);
    const address = pathLabel(heading.segments);
    if (q && !(name + address).replace(/\s+/g, '').includes(q)) continue;
    const doc = ctx.index.get(uri);
    if (doc) out.push({ name, address, location: { uri, range: rangeOf(doc, heading) } });
  }
  return out;
}
