// URLs in white-paper text. A URL is made of the characters RFC 3986 allows, so the Japanese prose
// glued to it (`…/index.html（データ集）`, `…/a.htmlを参照`) stays prose instead of joining the link.
import { Span } from './model';

const URL_RE = /https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/g;

/** The URLs in `s` (offsets shifted by `offset`), without the sentence punctuation or unbalanced `)` that may end them. */
export function urlsIn(s: string, offset = 0): Span[] {
  const spans: Span[] = [];
  URL_RE.lastIndex = 0;
  for (let m; (m = URL_RE.exec(s));) {
    let url = m[0];
    let open = 0, close = 0;
    for (const c of url) { if (c === '(') open++; else if (c === ')') close++; }
    for (;;) {
      if (/[.,:;!?']$/.test(url)) url = url.slice(0, -1);
      else if (url.endsWith(')') && open < close) { url = url.slice(0, -1); close--; }
      else break;
    }
    spans.push({ start: offset + m.index, end: offset + m.index + url.length });
  }
  return spans;
}
