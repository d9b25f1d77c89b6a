// Text helpers for the Markdown the service returns (hovers, tooltips): text from files is escaped,
// so a page's `*`, `[`, `<` or `$(…)` never turns into formatting, links or theme icons.
import { urlsIn } from '../core/urls';

/**
 * Text from a file as Markdown that shows it literally. Every ASCII punctuation character gets a
 * backslash (CommonMark allows it on each): no link, image, emphasis, list, HTML, entity, theme icon
 * (`$(…)`) or bare-URL autolink can come out of what a page says.
 */
export function markdownEscape(s: string): string {
  return s.replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);
}

/**
 * Text from a file as literal Markdown in which each http(s) URL is a link whose text and target
 * are that same URL: nothing else becomes a link, and no text can give a link another target.
 */
export function markdownEscapeLinkingUrls(s: string): string {
  let out = '';
  let last = 0;
  for (const span of urlsIn(s)) {
    const url = s.slice(span.start, span.end);
    const target = linkTarget(url);
    if (!target) continue;
    out += markdownEscape(s.slice(last, span.start)) + `[${markdownEscape(url)}](<${target}>)`;
    last = span.end;
  }
  return out + markdownEscape(s.slice(last));
}

/** The URL as a link target, or null unless it is a well-formed http(s) URL; characters that could end the target are percent-encoded. */
function linkTarget(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.href.replace(/[<>()[\]\\"' `]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
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
