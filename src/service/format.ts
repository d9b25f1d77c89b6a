// Text helpers for the Markdown the service returns (hovers, tooltips): text from files is escaped,
// so a page's `*`, `[` or `<` never turns into formatting or links.

export function markdownEscape(s: string): string {
  return s.replace(/[\\`*_{}\[\]()#+\-!|<>]/g, (c) => `\\${c}`);
}

/** Bare http(s) URLs in escaped text become links to themselves. */
export function linkify(escaped: string): string {
  return escaped.replace(/https?:\/\/[^\s　）)」』、，。<>]+/g, (url) => `[${url}](${url.replace(/\\/g, '')})`);
}

/** The sentence around an anchor, shortened to about `width` characters, with the anchor marked. */
export function citationSnippet(text: string, span: { start: number; end: number }, width = 60): string {
  const lineStart = Math.max(text.lastIndexOf('\n', span.start - 1) + 1, 0);
  let sentenceStart = Math.max(text.lastIndexOf('。', span.start - 1) + 1, lineStart);
  if (span.start - sentenceStart > width) sentenceStart = span.start - width;
  let end = text.indexOf('。', span.end);
  const lineEnd = text.indexOf('\n', span.end);
  if (end < 0 || (lineEnd >= 0 && lineEnd < end)) end = lineEnd < 0 ? text.length : lineEnd;
  end = Math.min(end + 1, span.end + 20, text.length);
  const before = text.slice(sentenceStart, span.start).trim();
  const after = text.slice(span.end, end).replace(/\r?\n$/, '');
  return `${sentenceStart > lineStart ? '…' : ''}${before}[${text.slice(span.start, span.end)}]${after}${end < text.length && text[end - 1] !== '。' ? '…' : ''}`;
}

export function shorten(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : flat.slice(0, max - 1) + '…';
}
