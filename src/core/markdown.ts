// The Markdown parser: a Markdown white paper (`## 第1章 …` headings, GFM footnotes `[^3]` / `[^3]: …`)
// in, the same WhitePaperDocument as the page-text parser out. The syntax tree comes from unified +
// remark-parse + remark-gfm (mdast with UTF-16 offsets into the text); everything white-paper specific
// (numbering, addresses, references, captions, furniture) is the shared code the page-text parser uses.
//
// Offsets: every span indexes the text as given. micromark drops a leading BOM and counts from the
// character after it, so offsets from the tree are shifted back by one when the text starts with U+FEFF.
// Front matter is blanked (same length, line breaks kept) before parsing, so it cannot shift anything.
import type { FootnoteDefinition as MdFootnoteDefinition, Heading as MdHeading, Nodes, Paragraph as MdParagraph, Parents, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { footnoteSource } from './footnotes';
import { breadcrumbOf, captionNumber, chapterFromPageCode, EDITION_RE, emptyDocumentParts } from './documentParts';
import { inferDivisions } from './divisions';
import { buildHeadings, nestHeadings } from './headings';
import { classifyLine, headingShape } from './lines';
import { Breadcrumb, Diagnostic, FootnoteAnchor, FootnoteDefinition, HeadingLevel, Span, WhitePaperDocument } from './model';
import { addressOf } from './numbering';
import { findReferences } from './references';
import { toHalfWidth } from './text';


// ---------------------------------------------------------------------------------------------
// Front matter and the white-paper decision

export interface FrontMatter extends Span {
  /** `key: value` pairs of the YAML front matter (flat scalars only; quotes removed). */
  fields: Record<string, string>;
}

const FRONT_MATTER_RE = /^(\uFEFF?)---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** YAML front matter at the very start of the text (`---` … `---`), read as flat `key: value` lines. */
export function readFrontMatter(text: string): FrontMatter | null {
  const m = FRONT_MATTER_RE.exec(text);
  if (!m) return null;
  const fields: Record<string, string> = {};
  for (const line of (m[2] ?? '').split(/\r?\n/)) {
    // patterns without nested runs of spaces: this runs on every keystroke, on any text
    const kv = /^([A-Za-z_][\w.-]*)[ \t]*:(.*)$/.exec(line);
    if (!kv) continue;
    let v = kv[2];
    const comment = v.search(/[ \t]#/);
    if (comment >= 0) v = v.slice(0, comment);
    v = v.trim();
    if (/^(['"]).*\1$/.test(v)) v = v.slice(1, -1);
    fields[kv[1]] = v;
  }
  let end = m[0].length;
  // the closing fence's line break belongs to the front matter; keep the span on the fence line
  while (end > 0 && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
  return { start: m[1].length, end, fields };
}

function flag(value: string | undefined): boolean | null {
  if (value === undefined) return null;
  if (/^(true|yes|on)$/i.test(value)) return true;
  if (/^(false|no|off)$/i.test(value)) return false;
  return null;
}

/** An ATX heading line (outside code fences) whose text starts with 第…部/章/節. */
const NUMBERED_ATX_RE = /^ {0,3}#{1,6}[ \t]+(?:\*\*|__)?第(?:[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]|[IVX]{1,4}|[0-9０-９]{1,2})[部章節]/;
const FENCE_RE = /^ {0,3}(`{3,}|~{3,})/;
/** A heading's number in emphasis: `**第1章**`, `_第1節_`, `**1**`, `*（1）*`. */
const LEADING_EMPHASIS_RE = /^(\*\*|__|\*|_)(第[^*_\s]{1,6}|[0-9０-９]{1,3}|[（(][^*_\s）)]{1,3}[）)]|[ア-ン])(\*\*|__|\*|_)(?=[ \t\u3000]|$)/;
const NUMBERED_ATX_ANYWHERE_RE = new RegExp(NUMBERED_ATX_RE.source.replace('^', '^\\uFEFF?'), 'm');

/**
 * Whether a Markdown text is a white paper: front matter `hakusho: true`, or a `#` heading carrying
 * the white-paper numbering (第…部, 第…章, 第…節). `hakusho: false` in the front matter says no.
 * Settings (hakusho.markdown.include) can force the answer for whole folders; that is the editor's part.
 */
export function isMarkdownWhitePaper(text: string): boolean {
  const fm = readFrontMatter(text);
  const declared = flag(fm?.fields.hakusho);
  if (declared !== null) return declared;
  // one search of the whole text first: ordinary Markdown has no such heading line at all, and this
  // runs on every keystroke in every Markdown file
  if (!NUMBERED_ATX_ANYWHERE_RE.test(text)) return false;
  let fence: string | null = null;
  let i = fm ? fm.end : 0;
  const n = text.length;
  while (i < n) {
    let j = text.indexOf('\n', i);
    if (j < 0) j = n;
    const line = text.slice(i, j).replace(/\r$/, '');
    const f = FENCE_RE.exec(line);
    if (fence) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length) fence = null;
    } else if (f) {
      fence = f[1];
    } else if (line.charCodeAt(line.search(/\S/)) === 0x23 /* # */ && NUMBERED_ATX_RE.test(line.replace(/^\uFEFF/, ''))) {
      return true;
    }
    i = j + 1;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Parsing

let processor: ReturnType<typeof makeProcessor> | null = null;
function makeProcessor() {
  return unified().use(remarkParse).use(remarkGfm);
}

/** The mdast of a Markdown text, with offsets into `text` exactly (front matter blanked, BOM accounted for). */
export function parseMarkdownTree(text: string): { tree: Root; shift: number; frontMatter: FrontMatter | null } {
  processor ??= makeProcessor();
  const frontMatter = readFrontMatter(text);
  let source = text;
  if (frontMatter) {
    // blank the front matter without moving anything: every character but line breaks becomes a space
    const head = text.slice(0, frontMatter.end).replace(/[^\r\n\uFEFF]/g, ' ');
    source = head + text.slice(frontMatter.end);
  }
  const shift = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const tree = processor.parse(shift ? source.slice(1) : source) as Root;
  return { tree, shift, frontMatter };
}

const PLAIN_NUMBER_RE = /^([0-9０-９]{1,3})[ \u3000\t]+(?=\S)/;
/** What a plain-number heading (`### 3 データ流通`) is, by its `#` level: 部 #, 章 ##, 節 ###, 項 ####, (n) #####. */
const LEVEL_BY_DEPTH: HeadingLevel[] = ['part', 'part', 'chapter', 'section', 'item', 'subitem', 'subitem'];
/** `[^label]`; the label cannot hold `[`, so a run of `[^[^[^…` is not searched to its end from every `[^`. */
const FOOTNOTE_MARKER_RE = /\[\^[^\][\s]{1,100}\]/g;

/** Footnote label → the number shown: its leading digits (`3`, `3-2` → 3). */
function labelNumber(label: string): number {
  const m = /^[0-9０-９]{1,4}/.exec(label.trim());
  return m ? parseInt(toHalfWidth(m[0]), 10) : NaN;
}

/** A heading title as read: footnote markers, escapes and emphasis markers removed. */
function plainTitle(s: string): string {
  return s
    .replace(FOOTNOTE_MARKER_RE, '')
    .replace(/(?<!\\)(\*\*|__|\*|`)/g, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .trimEnd()
    .replace(/(?<=[ \t])#+$/, '') // a closing `###`, found without a quadratic scan of the spaces before it
    .trim();
}

export function analyzeMarkdown(uri: string, text: string): WhitePaperDocument {
  const { tree, shift, frontMatter } = parseMarkdownTree(text);
  const walk = new MarkdownWalk(text, shift);
  walk.run(tree);
  const { definitions, anchors, diagnostics } = bindFootnotes(text, walk);
  const { furniture, figures, paragraphs, references } = walk.parts;
  const fmChapter = frontMatter?.fields.chapter?.trim() || null;
  const inferredChapter = chapterFromPageCode(uri) ?? fmChapter;
  references.sort((a, b) => a.start - b.start);
  const { headings, headingTree, usesChapterInference } = readHeadings(walk, inferredChapter, text);
  paragraphs.sort((a, b) => a.start - b.start);
  figures.sort((a, b) => a.start - b.start);

  const fmEdition = frontMatter?.fields.edition?.trim() || null;
  const headingEdition = headings.length && headings[0].level === 'unnumbered' ? EDITION_RE.exec(headings[0].title)?.[0] ?? null : null;
  const edition = fmEdition ?? walk.breadcrumb?.edition ?? headingEdition;

  return {
    uri,
    form: 'markdown',
    text,
    breadcrumb: walk.breadcrumb,
    edition,
    inferredChapter: usesChapterInference ? inferredChapter : null,
    headings,
    headingTree,
    footnotes: definitions,
    anchors,
    references: references.filter((r) => r.kind !== 'figure'),
    figures,
    figureReferences: references.filter((r) => r.kind === 'figure'),
    furniture,
    paragraphs,
    diagnostics,
  };
}

/**
 * One walk of the syntax tree, in document order: heading drafts, paragraphs and the non-prose lines
 * that lead them (breadcrumb, furniture, captions, sources), references, footnote anchors and
 * definitions as found. Numbering, nesting and binding come after, from what it collected.
 */
class MarkdownWalk {
  readonly parts = emptyDocumentParts();
  breadcrumb: Breadcrumb | null = null;
  readonly anchors: { span: Span; identifier: string; label: string }[] = [];
  readonly undefinedMarkers: { span: Span; label: string }[] = [];
  readonly definitions: { node: MdFootnoteDefinition; span: Span; block: number }[] = [];
  /** Whether anything but blank lines came before (a breadcrumb is read on the first content line only). */
  private seenContent = false;
  /** Footnote blocks: a run of top-level definitions is one block. */
  private block = -1;
  private previousWasDefinition = false;

  constructor(private readonly src: string, private readonly shift: number) {}

  run(tree: Root): void {
    for (const c of tree.children) this.visit(c as Nodes, false, true);
  }

  /** A node's span in the text as given (the BOM micromark drops counted back in). */
  pos(n: Nodes): Span | null {
    const s = n.position?.start.offset, e = n.position?.end.offset;
    return s === undefined || e === undefined ? null : { start: s + this.shift, end: e + this.shift };
  }

  private visit(node: Nodes, inFootnote: boolean, topLevel: boolean): void {
    const isDefinition = node.type === 'footnoteDefinition';
    if (topLevel) {
      if (isDefinition && !this.previousWasDefinition) this.block++;
      this.previousWasDefinition = isDefinition;
    }
    switch (node.type) {
      case 'heading':
        this.visitHeading(node, inFootnote);
        return;
      case 'paragraph':
        this.visitParagraph(node, inFootnote);
        return;
      case 'footnoteDefinition': {
        const span = this.pos(node);
        if (!span) return;
        if (!topLevel && !this.previousWasDefinition) this.block++;
        this.definitions.push({ node, span, block: Math.max(this.block, 0) });
        for (const c of node.children) this.visit(c as Nodes, true, false);
        return;
      }
      case 'code': case 'html': case 'yaml': case 'thematicBreak': case 'definition':
        return;
      case 'table':
        // cells: references and anchors, but not prose paragraphs (no sentences or claims from tables)
        for (const c of node.children) this.scanPhrasing(c as Nodes, true, inFootnote);
        return;
      default:
        if ('children' in node) for (const c of (node as Parents).children) this.visit(c as Nodes, inFootnote, false);
    }
  }

  /** Anchors, undefined `[^x]` markers and (when `refs`) cross-references in phrasing content. */
  private scanPhrasing(node: Nodes, refs: boolean, inFootnote: boolean): void {
    switch (node.type) {
      case 'footnoteReference': {
        const span = this.pos(node);
        if (span) this.anchors.push({ span, identifier: node.identifier, label: node.label ?? node.identifier });
        return;
      }
      case 'text': {
        const span = this.pos(node);
        if (!span) return;
        if (refs) findReferences(this.src, span.start, span.end, inFootnote, this.parts.references);
        const raw = this.src.slice(span.start, span.end);
        if (raw.includes('[^')) {
          for (const m of raw.matchAll(FOOTNOTE_MARKER_RE)) {
            const start = span.start + (m.index ?? 0);
            this.undefinedMarkers.push({ span: { start, end: start + m[0].length }, label: m[0].slice(2, -1) });
          }
        }
        return;
      }
      case 'inlineCode': case 'html': case 'image': case 'imageReference': case 'code': case 'yaml':
        return;
      default:
        if ('children' in node) for (const c of (node as Parents).children) this.scanPhrasing(c as Nodes, refs, inFootnote);
    }
  }

  private visitHeading(h: MdHeading, inFootnote: boolean): void {
    // a `#` line or setext underline inside a footnote is part of the note, not the paper's outline
    if (inFootnote) { for (const c of h.children) this.scanPhrasing(c as Nodes, true, true); return; }
    if (h.children.length === 0) return;
    const first = this.pos(h.children[0] as Nodes), last = this.pos(h.children[h.children.length - 1] as Nodes);
    if (!first || !last) return;
    let end = last.end;
    while (end > first.start && /[ \t]/.test(this.src[end - 1])) end--;
    this.addHeading({ start: first.start, end }, this.src.slice(first.start, end), h.depth, h);
    this.seenContent = true;
  }

  private addHeading(span: Span, raw: string, depth: number | null, node: Parents): void {
    const { drafts } = this.parts;
    let content = raw.replace(/\t/g, ' '); // a tab after the number is a space to Markdown (same length)
    // emphasis around the number (`**第1章** 通信`, `_第1節_ 固定通信`): read the number through it,
    // blanking the markers so that offsets still point into the source
    const marked = LEADING_EMPHASIS_RE.exec(content);
    if (marked) {
      content = ' '.repeat(marked[1].length) + marked[2] + ' '.repeat(marked[3].length) + content.slice(marked[0].length);
      const lead = marked[1].length;
      span = { start: span.start + lead, end: span.end };
      content = content.slice(lead);
    }
    const shape = headingShape(content);
    if (shape && shape.kind === 'heading') {
      drafts.push({ level: shape.level, rawNumber: shape.rawNumber, start: span.start, end: span.end, labelEnd: span.start + shape.labelEnd, titleStart: span.start + shape.titleStart });
    } else {
      const plain = depth !== null ? PLAIN_NUMBER_RE.exec(content) : null;
      if (plain && depth !== null) {
        drafts.push({ level: LEVEL_BY_DEPTH[depth], rawNumber: plain[1], start: span.start, end: span.end, labelEnd: span.start + plain[1].length, titleStart: span.start + plain[0].length });
      } else {
        drafts.push({ level: 'unnumbered', rawNumber: '', start: span.start, end: span.end, labelEnd: span.start, titleStart: span.start });
      }
    }
    // anchors in headings count (footnotes are cited from headings too); references are not read in headings
    for (const c of node.children) this.scanPhrasing(c as Nodes, false, false);
  }

  /** A paragraph that is only bold text shaped like a heading: `**（ア）　…**`, `**①…**` (deeper levels). */
  private boldHeading(p: MdParagraph): boolean {
    const kids = p.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
    if (kids.length !== 1 || kids[0].type !== 'strong' || kids[0].children.length === 0) return false;
    const strong = kids[0];
    const first = this.pos(strong.children[0] as Nodes), last = this.pos(strong.children[strong.children.length - 1] as Nodes);
    if (!first || !last) return false;
    const span = { start: first.start, end: last.end };
    const content = this.src.slice(span.start, span.end);
    if (content.includes('\n')) return false;
    const shape = headingShape(content);
    if (!shape || shape.kind !== 'heading') return false;
    this.addHeading(span, content, null, strong);
    return true;
  }

  /** Reads one leading line of a paragraph that is not prose; false when it is prose. */
  private readLeadingLine(line: string, start: number, end: number, shape: ReturnType<typeof classifyLine>): boolean {
    const { furniture, figures } = this.parts;
    switch (shape.kind) {
      case 'breadcrumb':
        furniture.push({ kind: 'breadcrumb', start, end });
        this.breadcrumb ??= breadcrumbOf(line, start, end);
        return true;
      case 'furniture':
        furniture.push({ kind: shape.furniture, start, end });
        return true;
      case 'source':
        furniture.push({ kind: 'source-line', start, end });
        return true;
      case 'caption': {
        // prose that begins with a figure number; a 。 inside brackets (`（最も利用するメディア。全年代）`) is still a caption
        if (line.replace(/（[^（）]*）|\([^()]*\)|「[^「」]*」/g, '').includes('。')) return false;
        figures.push({
          start, end,
          number: captionNumber(line.slice(2, shape.numberEnd)),
          numberSpan: { start, end: start + shape.numberEnd },
          title: plainTitle(line.slice(shape.titleStart)),
        });
        return true;
      }
      case 'heading':
        // a heading-shaped line without `#` is no sentence of the paragraph (and no heading either);
        // `（1）地域においては…進み、` wrapped onto the next line is the paragraph's first line of prose
        return !line.includes('。') && !/[、，,「『（(]$/.test(line.trimEnd());
      default:
        return false;
    }
  }

  private visitParagraph(p: MdParagraph, inFootnote: boolean): void {
    const { src } = this;
    const { references, paragraphs } = this.parts;
    const span = this.pos(p);
    if (!span) return;
    if (inFootnote) {
      for (const c of p.children) this.scanPhrasing(c as Nodes, true, true);
      return;
    }
    if (this.boldHeading(p)) { this.seenContent = true; return; }
    // Leading lines that are not prose — a breadcrumb, page furniture, figure captions, source lines,
    // a heading-shaped line — are read as such, one after another; the prose starts after them.
    let proseFrom = span.start;
    while (proseFrom < span.end) {
      const nl = src.indexOf('\n', proseFrom);
      const lineEnd = nl < 0 || nl >= span.end ? span.end : nl - (src[nl - 1] === '\r' ? 1 : 0);
      const line = src.slice(proseFrom, lineEnd);
      if (!this.readLeadingLine(line, proseFrom, lineEnd, classifyLine(line, !this.seenContent))) break;
      this.seenContent = true;
      proseFrom = lineEnd;
      while (proseFrom < span.end && (src[proseFrom] === '\r' || src[proseFrom] === '\n')) proseFrom++;
    }
    this.seenContent = true;
    // footnote anchors everywhere in the paragraph; references and prose only after a caption/furniture line
    for (const c of p.children) {
      const cs = this.pos(c as Nodes);
      this.scanPhrasing(c as Nodes, !!cs && cs.end > proseFrom, false);
    }
    if (proseFrom > span.start) {
      // references found on the furniture/caption line are not read there (as in page text)
      for (let k = references.length - 1; k >= 0 && references[k].start >= span.start; k--) {
        if (references[k].start < proseFrom) references.splice(k, 1);
      }
      const rest = src.slice(proseFrom, span.end);
      const lead = rest.length - rest.replace(/^[\s]+/, '').length;
      if (proseFrom + lead < span.end) paragraphs.push({ start: proseFrom + lead, end: span.end });
    } else {
      paragraphs.push(span);
    }
  }
}

/** Footnotes: definitions by identifier (the first one wins, as in GFM), anchors bound to them, and what does not match. */
function bindFootnotes(src: string, walk: MarkdownWalk): { definitions: FootnoteDefinition[]; anchors: FootnoteAnchor[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const definitions: FootnoteDefinition[] = [];
  const byIdentifier = new Map<string, number>();
  const firstCall = new Map<string, number>();
  for (const a of walk.anchors) if (!firstCall.has(a.identifier)) firstCall.set(a.identifier, firstCall.size + 1);
  let ordinal = firstCall.size;
  let lastInBlock: { block: number; number: number } | null = null;
  for (const { node, span, block: b } of walk.definitions) {
    const label = node.label ?? node.identifier;
    const close = src.indexOf(']', span.start);
    const numberSpan = { start: span.start, end: close >= 0 && close < span.end ? close + 1 : span.start };
    let number = labelNumber(label);
    if (Number.isNaN(number)) number = firstCall.get(node.identifier) ?? ++ordinal;
    const first = node.children.length ? walk.pos(node.children[0] as Nodes) : null;
    let textStart = first ? first.start : numberSpan.end + 1;
    if (!first) while (textStart < span.end && /[ \t]/.test(src[textStart])) textStart++;
    textStart = Math.min(textStart, span.end);
    // the note as read: continuation indents, escapes and the brackets of `<https://…>` autolinks removed
    const defText = src.slice(textStart, span.end).replace(/\r\n?/g, '\n').replace(/\n[ \t]{1,4}/g, '\n').replace(/\\([!-/:-@[-`{-~])/g, '$1')
      .replace(/<(https?:\/\/[^\s<>]+)>/g, '$1');
    const def: FootnoteDefinition = { number, numberSpan, start: span.start, end: span.end, textStart, text: defText, block: b, source: footnoteSource(defText), anchors: [] };
    if (byIdentifier.has(node.identifier)) {
      diagnostics.push(diag('footnote-duplicate', numberSpan, `Footnote ${number} is defined twice in this block.`, [number]));
    } else {
      byIdentifier.set(node.identifier, definitions.length);
      if (lastInBlock && lastInBlock.block === b && number < lastInBlock.number) {
        diagnostics.push(diag('footnote-order', numberSpan, `Footnote ${number} comes after footnote ${lastInBlock.number}.`, [number, lastInBlock.number]));
      }
    }
    lastInBlock = { block: b, number };
    definitions.push(def);
  }
  const anchors: FootnoteAnchor[] = [];
  for (const a of walk.anchors.sort((x, y) => x.span.start - y.span.start)) {
    const d = byIdentifier.get(a.identifier);
    if (d === undefined) continue;
    anchors.push({ start: a.span.start, end: a.span.end, number: definitions[d].number, definition: d, spaced: false, confidence: 'sure', doubt: '' });
  }
  anchors.forEach((a, i) => definitions[a.definition].anchors.push(i));
  definitions.forEach((def, i) => {
    const duplicate = byIdentifier.get(walk.definitions[i].node.identifier) !== i;
    if (def.anchors.length === 0 && !duplicate) {
      diagnostics.push(diag('footnote-unused', def.numberSpan, `Footnote ${def.number} is never cited.`, [def.number]));
    }
  });
  for (const m of walk.undefinedMarkers) {
    const n = labelNumber(m.label);
    const shown: string | number = Number.isNaN(n) ? m.label : n;
    diagnostics.push(diag('footnote-undefined', m.span, `Footnote ${shown} is cited but has no definition.`, [shown]));
  }
  diagnostics.sort((a, b) => a.start - b.start);
  return { definitions, anchors, diagnostics };
}

/** Headings: the shared addressing and nesting, titles read without Markdown markup; repeats become page headers. */
function readHeadings(walk: MarkdownWalk, inferredChapter: string | null, src: string) {
  const { drafts, furniture } = walk.parts;
  drafts.sort((a, b) => a.start - b.start);
  const { headings, repeats } = buildHeadings(drafts, { inferredChapter, text: src });
  for (const h of headings) {
    const clean = plainTitle(h.title);
    if (clean === h.title) continue;
    h.title = clean;
    if (h.level === 'unnumbered') {
      const last = h.segments.length - 1;
      if (last >= 0 && h.segments[last].level === 'unnumbered') {
        h.segments[last] = { level: 'unnumbered', number: '', key: clean };
        h.path[last] = clean;
        h.address = addressOf(h.segments);
        h.key = clean;
      }
    }
  }
  for (const r of repeats) furniture.push({ kind: 'page-header', start: r.start, end: r.end });
  furniture.sort((a, b) => a.start - b.start);
  const usesChapterInference = headings.some((h) => h.inferred);
  // (a page's place is its breadcrumb's: its dash paths point to other pages)
  if (!walk.breadcrumb) inferDivisions(headings, walk.parts.references);
  return { headings, headingTree: nestHeadings(headings, src.length), usesChapterInference };
}

function diag(code: string, span: Span, message: string, args: (string | number)[]): Diagnostic {
  return { code, start: span.start, end: span.end, severity: code === 'footnote-unused' ? 'information' : 'warning', message, args };
}
