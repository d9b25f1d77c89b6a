// Page text / official .txt → Markdown, from the analysed model (so the page-text parser's decisions —
// which digits are anchors, which `1　…` lines are headings and which are footnotes — carry over):
//
//   headings  部 #, 章 ##, 節 ###, 項 ####, (1) #####, ア ######; (ア), ①, ● as bold lines
//   anchors   `[^n]` (the spaces of a spaced anchor ` 6 ` go with it); doubtful anchors and digits
//             inside a URL stay text
//   footnotes `[^n]: …` where the definition block stood; continuation lines indented by 4 spaces
//   furniture breadcrumb, page footer, figure-data links and repeated page headers are dropped;
//             the edition (from the breadcrumb) and an inferred chapter go into the front matter
//   prose     every line a paragraph, Markdown syntax characters escaped; (出典) lines and captions kept
//
// Footnote numbers restart per section and a joined file has several definition blocks with the same
// numbers, while Markdown labels are document-wide: a repeated number gets the label `n-2`, `n-3` …
// (the analysed number stays n: Hakusho reads a label's leading digits as the footnote number).
import { FootnoteAnchor, FurnitureKind, Heading, HeadingLevel, Span, WhitePaperDocument } from './model';
import { urlsIn } from './urls';

const ATX_LEVEL: Partial<Record<HeadingLevel, number>> = { part: 1, chapter: 2, section: 3, item: 4, subitem: 5, kana: 6 };
const DROPPED: ReadonlySet<FurnitureKind> = new Set(['breadcrumb', 'page-header', 'page-footer', 'data-link']);

/** Escapes what Markdown would read as syntax inside a line of prose (URLs become `<…>` autolinks). */
export function escapeInline(s: string, escapeHash = false): string {
  let out = '';
  let last = 0;
  for (const u of urlsIn(s)) {
    out += `${escapeChars(s.slice(last, u.start), escapeHash)}<${s.slice(u.start, u.end)}>`;
    last = u.end;
  }
  return out + escapeChars(s.slice(last), escapeHash);
}

function escapeChars(s: string, escapeHash: boolean): string {
  return s
    .replace(escapeHash ? /[\\`*_[\]<>~#]/g : /[\\`*_[\]<>~]/g, '\\$&')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

/** Escapes line-start syntax (lists, headings, quotes, thematic breaks, indented code) of a paragraph's first line. */
function escapeLineStart(line: string): string {
  let s = line.replace(/^[ \t]+/, '');
  if (/^[-+][ \t]|^[-+]$/.test(s)) s = '\\' + s;
  else if (/^#/.test(s)) s = '\\' + s;
  else if (/^[0-9]{1,9}[.)]([ \t]|$)/.test(s)) s = s.replace(/^([0-9]+)([.)])/, '$1\\$2');
  else if (/^(=+|-+)[ \t]*$/.test(s)) s = '\\' + s;
  return s;
}

/** Labels for the definitions: the number, then `n-2`, `n-3` … for repeated numbers. */
export function footnoteLabels(doc: WhitePaperDocument): string[] {
  const seen = new Map<number, number>();
  return doc.footnotes.map((f) => {
    const k = (seen.get(f.number) ?? 0) + 1;
    seen.set(f.number, k);
    return k === 1 ? String(f.number) : `${f.number}-${k}`;
  });
}

/**
 * Where the number of an anchor or a definition starts as the label writes it. A footnote number has
 * no leading zero: zeros before its digits (`5.02` read as 5.0 and note 2 on a joined line) stay text.
 */
function afterLeadingZeros(text: string, span: Span): number {
  let p = span.start;
  while (p < span.end - 1 && text.charCodeAt(p) === 0x30) p++;
  return p;
}

/**
 * The anchors that become `[^n]`: not those read with doubt (an ordinary number could read the same
 * way, so the digits stay as written), and not digits inside a URL, where a marker would break the
 * link. An anchor at a URL's very end is a marker after the link.
 */
function markedAnchors(doc: WhitePaperDocument): FootnoteAnchor[] {
  const urls = urlsIn(doc.text);
  let u = 0;
  return doc.anchors.filter((a) => {
    if (a.confidence !== 'sure') return false;
    while (u < urls.length && urls[u].end < a.end) u++;
    return !(u < urls.length && urls[u].start < a.start && a.end < urls[u].end);
  });
}

function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x3000 || c === 0x09;
}

interface Replacement extends Span {
  text: string;
}

export function toMarkdown(doc: WhitePaperDocument): string {
  if (doc.form === 'markdown') return doc.text;
  const src = doc.text;
  const labels = footnoteLabels(doc);

  // anchors → `[^label]`, taking the spaces of a spaced anchor (` 6 `) with them
  const replacements: Replacement[] = markedAnchors(doc).map((a) => {
    let start = afterLeadingZeros(src, a), end = a.end;
    if (a.spaced && start === a.start) {
      if (start > 0 && isSpaceCode(src.charCodeAt(start - 1))) start--;
      if (end < src.length && isSpaceCode(src.charCodeAt(end))) end++;
    }
    return { start, end, text: `[^${a.definition >= 0 ? labels[a.definition] : a.number}]` };
  });
  let ri = 0;
  /** `src[from, to)` as Markdown inline text: anchors replaced, syntax escaped. */
  const inline = (from: number, to: number, escapeHash = false): string => {
    while (ri > 0 && replacements[ri - 1].end > from) ri--;
    while (ri < replacements.length && replacements[ri].start < from) ri++;
    // URLs are found on the whole range (an anchor inside one must not let escapes into the rest of it)
    const urls = urlsIn(src.slice(from, to), from);
    for (const u of urls) {
      // an anchor at the URL's end: the link stops before its marker
      const inside = replacements.find((r) => r.start > u.start && r.start < u.end);
      if (inside) u.end = inside.start;
    }
    const escapeRange = (a: number, b: number): string => {
      let out = '';
      let p = a;
      for (const u of urls) {
        if (u.end <= p || u.start >= b) continue;
        if (u.start > p) out += escapeChars(src.slice(p, u.start), escapeHash);
        const e = Math.min(u.end, b);
        // always `<…>`: a bare URL runs on as a link up to the next space, and Japanese prose has none
        out += `<${src.slice(Math.max(p, u.start), e)}>`;
        p = e;
      }
      return out + (p < b ? escapeChars(src.slice(p, b), escapeHash) : '');
    };
    let out = '';
    let p = from;
    for (let k = ri; k < replacements.length && replacements[k].start < to; k++) {
      const r = replacements[k];
      if (r.end > to) break;
      out += escapeRange(p, r.start) + r.text;
      p = r.end;
    }
    return out + escapeRange(p, to);
  };

  // what stands where: headings, definition blocks, dropped furniture; the rest is prose
  type Part = { start: number; end: number; render: () => string | null; definition?: number };
  const parts: Part[] = [];
  for (const h of doc.headings) parts.push({ start: h.start, end: h.end, render: () => headingLine(h, inline) });
  for (const f of doc.furniture) if (DROPPED.has(f.kind)) parts.push({ start: f.start, end: f.end, render: () => null });
  doc.footnotes.forEach((def, i) => {
    parts.push({
      start: def.start === def.numberSpan.start ? afterLeadingZeros(src, def.numberSpan) : def.start, end: def.end, definition: i, render: () => {
        const first = src.slice(def.textStart, def.end).split(/\r\n|\r|\n/);
        const lines = [];
        let p = def.textStart;
        for (const line of first) {
          lines.push(inline(p, p + line.length).replace(/^[ \t]+/, ''));
          p += line.length;
          if (src.charCodeAt(p) === 13 && src.charCodeAt(p + 1) === 10) p += 2; else p += 1;
        }
        const head = `[^${labels[i]}]:${lines[0] ? ' ' + lines[0] : ''}`;
        // a continuation line is a line of its own inside the note: `-----` or `# …` there must stay text
        return [head, ...lines.slice(1).filter((l) => l.trim() !== '').map((l) => `    ${escapeLineStart(l)}`)].join('\n');
      },
    });
  });
  parts.sort((a, b) => a.start - b.start || b.end - a.end);

  const blocks: { text: string; definition: boolean; block: number }[] = [];
  const prose = (from: number, to: number) => {
    let p = from;
    for (const line of src.slice(from, to).split(/(\r\n|\r|\n)/)) {
      if (/^(\r\n|\r|\n)$/.test(line)) { p += line.length; continue; }
      if (line.trim() !== '') {
        const lead = line.length - line.replace(/^[ \t]+/, '').length;
        const text = escapeLineStart(inline(p + lead, p + line.length));
        if (text.trim() !== '') blocks.push({ text: text.replace(/[ \t]+$/, ''), definition: false, block: -1 });
      }
      p += line.length;
    }
  };
  let cursor = 0;
  for (const part of parts) {
    if (part.start < cursor) continue; // nested (a heading inside dropped furniture): the outer one decided
    prose(cursor, part.start);
    const text = part.render();
    const d = part.definition;
    if (text !== null) blocks.push({ text, definition: d !== undefined, block: d !== undefined ? doc.footnotes[d].block : -1 });
    cursor = Math.max(cursor, part.end);
  }
  prose(cursor, src.length);

  const front = ['---', 'hakusho: true'];
  if (doc.edition) front.push(`edition: ${doc.edition}`);
  if (doc.inferredChapter) front.push(`chapter: ${doc.inferredChapter}`);
  front.push('---');

  let out = front.join('\n') + '\n';
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i], prev = blocks[i - 1];
    if (prev && prev.definition && b.definition) {
      // definitions of one block stay together; two blocks that touch are kept apart (numbers restart)
      out += prev.block === b.block ? '\n' : '\n\n<!-- -->\n\n';
    } else {
      out += prev ? '\n\n' : '\n';
    }
    out += b.text;
  }
  return out + '\n';
}

function headingLine(h: Heading, inline: (from: number, to: number, escapeHash?: boolean) => string): string {
  const text = inline(h.start, h.end, true).trim();
  // a list numbered in digits under （1） (headings.ts) is written as the text writes it, `#### 1 …`,
  // `##### （1）…`: read back, its numbering places it one level down again
  const digits = /^[0-9]+$/.test(h.key) && (h.level === 'kana' || h.level === 'subkana');
  const level = ATX_LEVEL[digits ? (h.level === 'kana' ? 'item' : 'subitem') : h.level];
  if (level) return `${'#'.repeat(level)} ${text}`;
  return `**${text}**`;
}
