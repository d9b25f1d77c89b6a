// URLs inside footnote definitions become links (the URL ends where the characters a URL may hold
// end, and a sentence's punctuation after it is the prose's, see core/urls).
import { urlsIn } from '../core/urls';
import type { ServiceContext } from './service';
import { Range, rangeOf } from './types';

export interface DocumentLink {
  range: Range;
  target: string;
}

export function documentLinks(ctx: ServiceContext, uri: string): DocumentLink[] {
  const doc = ctx.document(uri);
  if (!doc) return [];
  const out: DocumentLink[] = [];
  for (const def of doc.footnotes) {
    for (const span of urlsIn(doc.text.slice(def.textStart, def.end), def.textStart)) {
      const url = doc.text.slice(span.start, span.end);
      if (!isWellFormedUrl(url)) continue; // a malformed URL stays plain text
      out.push({ range: rangeOf(doc, span), target: url });
    }
  }
  return out;
}

function isWellFormedUrl(url: string): boolean {
  try {
    return new URL(url).host !== '';
  } catch {
    return false;
  }
}
