// URLs inside footnote definitions become links (a trailing `.` or `,` is the prose's, not the URL's).
import type { ServiceContext } from './service';
import { Range, rangeOf } from './types';

const URL_RE = /https?:\/\/[^\s　）)」』、，。<>"]+/g;

export interface DocumentLink {
  range: Range;
  target: string;
}

export function documentLinks(ctx: ServiceContext, uri: string): DocumentLink[] {
  const doc = ctx.document(uri);
  if (!doc) return [];
  const out: DocumentLink[] = [];
  for (const def of doc.footnotes) {
    const text = doc.text.slice(def.textStart, def.end);
    for (const m of text.matchAll(URL_RE)) {
      const url = m[0].replace(/[.,]+$/, '');
      if (!isWellFormedUrl(url)) continue; // a malformed URL stays plain text
      const start = def.textStart + (m.index ?? 0);
      out.push({ range: rangeOf(doc, { start, end: start + url.length }), target: url });
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
