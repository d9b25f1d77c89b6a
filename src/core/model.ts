// The white-paper document model: plain data with UTF-16 offsets into the analysed text.
// Every source form (page text, official .txt, Markdown) is parsed into this shape.

export type SourceForm = 'page-text' | 'official-txt' | 'markdown';

export type HeadingLevel =
  | 'part' | 'chapter' | 'section' | 'item' | 'subitem' | 'kana' | 'subkana' | 'circled' | 'unnumbered';

/** Nesting depth of each level; unnumbered run-in headings sit below everything numbered. */
export const LEVEL_DEPTH: Record<HeadingLevel, number> = {
  part: 1, chapter: 2, section: 3, item: 4, subitem: 5, kana: 6, subkana: 7, circled: 8, unnumbered: 9,
};

export interface Span {
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset just past the last character. */
  end: number;
}

export interface Heading extends Span {
  level: HeadingLevel;
  /** Number as written in the text, e.g. `第Ⅰ部`, `（1）`, `ア`. Empty for unnumbered headings. */
  label: string;
  /** Display-normalised number: `Ⅰ`, `1`, `(1)`, `ア`, `(ア)`, `①`. Same form as reference path segments. */
  number: string;
  /** Matching key of the number alone (Ⅰ = I = 1, full-width = half-width, `(1)` = `1`). */
  key: string;
  title: string;
  titleStart: number;
  /** End of the heading's section: the start of the next heading at the same or an outer level, or the end of text. */
  sectionEnd: number;
  /** Address from the outermost known level down to this heading, e.g. ['Ⅰ','1','2','1','(3)','ア']. */
  path: string[];
  /** The same address as typed segments (level, display number, key). */
  segments: PathSegment[];
  /** Matching key of `path`, e.g. `part:1/chapter:1/section:2/item:1/subitem:3/kana:ア`. */
  address: string;
  /** True when an outer level of `path` was inferred (file name, neighbouring pages) rather than read. */
  inferred: boolean;
  /**
   * True when its 章 and 節 were inferred from the text's own dash references (`1-3-1(2)参照`), in a
   * text that has no 部, 章 or 節 line (see `divisions.ts`).
   */
  divisionInferred?: boolean;
  children: Heading[];
}

export interface FootnoteAnchor extends Span {
  number: number;
  /** Index into `footnotes` of the definition this anchor binds to; -1 when none. */
  definition: number;
  /** Whether the digits are separated from the prose by spaces (` 6 `) rather than glued. */
  spaced: boolean;
  /** How sure the reading is. Edits never rewrite a doubtful anchor without the user's confirmation. */
  confidence: AnchorConfidence;
  /** Why a doubtful anchor is doubtful, for its hover; empty when sure. */
  doubt: string;
}

/** `sure`: the text decides it; `doubtful`: an ordinary number could read the same way. */
export type AnchorConfidence = 'sure' | 'doubtful';

export interface FootnoteDefinition extends Span {
  number: number;
  /** Span of the number itself at the start of the definition. */
  numberSpan: Span;
  /** Definition text, lines joined with '\n', without the leading number. */
  text: string;
  textStart: number;
  /** Index of the definition block (one per page bottom) this definition belongs to. */
  block: number;
  /** The source it names (an interview, a report, a survey), when it names one. */
  source: string | null;
  /** Indices into `anchors`. */
  anchors: number[];
}

export type ReferenceKind =
  | 'full'        // starts at the part: 第Ⅰ部第1章第2節1(3)ア
  | 'partial'     // starts below the part: 第2章第2節, 第3節, 第2節第1項
  | 'deictic'     // 本節, 前章, 次節 …
  | 'narrative'   // 前述, 後述, 上述 (no target address)
  | 'figure'      // 図表Ⅰ-1-1-2
  | 'edition'     // another edition or another paper: 令和元年版情報通信白書…
  | 'backmatter'  // 巻末付注4, コラム1-5, 政策フォーカス「…」
  | 'dash'        // an older edition's own section in dash form: 3-7-1参照 (第3章第7節1), 1-序-3 (第1章序節3)
  ;

export interface PathSegment {
  level: HeadingLevel;
  /** Display-normalised number (`Ⅰ`, `1`, `(3)`, `ア`). */
  number: string;
  key: string;
}

export interface CrossReference extends Span {
  kind: ReferenceKind;
  /** The whole reference as written, e.g. `第Ⅰ部第1章第2節1(3)ア「LLMの研究開発動向」参照`. */
  text: string;
  /** Parsed path, outermost first. Empty for narrative and most edition/back-matter references. */
  segments: PathSegment[];
  /** The quoted title 「…」 when present. */
  title: string | null;
  titleSpan: Span | null;
  /** For deictic references: the word (本節, 前章 …). */
  deixis: string | null;
  /** For figure references: the figure number(s), normalised (`Ⅰ-1-1-2`). */
  figures: string[];
  /** For edition references: the edition named. */
  edition: string | null;
  /** True when the reference stands inside a footnote definition. */
  inFootnote: boolean;
}

export interface FigureCaption extends Span {
  /** Normalised figure number, e.g. `Ⅰ-1-1-2` or `1-1-2-1`. */
  number: string;
  numberSpan: Span;
  title: string;
}

export type FurnitureKind = 'breadcrumb' | 'page-header' | 'page-footer' | 'data-link' | 'source-line';

export interface Furniture extends Span {
  kind: FurnitureKind;
}

export interface Breadcrumb extends Span {
  crumbs: string[];
  /** `令和7年版` etc. when a crumb names the edition. */
  edition: string | null;
}

/** A paragraph of prose: the ranges claims and sentences are drawn from. */
export interface Paragraph extends Span {}

export const CLAIM_KINDS = ['necessity', 'importance', 'expectation', 'assessment', 'attributed', 'concern'] as const;
export type ClaimKind = typeof CLAIM_KINDS[number];
export type ClaimStrength = 'firm' | 'hedged';
/** What a claim asserts, whoever holds it: every kind but `attributed` (which says whose, not what). */
export const INNER_KINDS = ['necessity', 'importance', 'expectation', 'assessment', 'concern'] as const;
export type InnerKind = typeof INNER_KINDS[number];
export const HOLDER_TYPES = ['own', 'named', 'unnamed'] as const;
/** Whose claim: the paper's own, a party the sentence names, or reported with no one named (`…とされている`). */
export type HolderType = typeof HOLDER_TYPES[number];
export interface ClaimHolder {
  type: HolderType;
  /** The party as the sentence names it (`OECD`, `A社の調査`, `有識者`); null when unnamed, or named only in an earlier sentence (`…と指摘している` with its subject left out). */
  text: string | null;
}

export interface Sentence extends Span {
  text: string;
}

export interface Claim extends Sentence {
  /** The kind as a register files it: `attributed` whenever the claim is someone else's. */
  kind: ClaimKind;
  strength: ClaimStrength;
  /** The kind of what is asserted: for an attributed claim the kind of what is reported, otherwise `kind`. */
  inner: InnerKind;
  /** On whose authority the claim stands; `own` exactly when `kind` is not `attributed`. */
  holder: ClaimHolder;
  /** The marker that decided the kind, e.g. `必要がある` (empty when a reviewer set a kind the classifier did not see). */
  marker: string;
  /** Present when a reviewer set the kind (.hakusho/claims.json): what the classifier said. */
  correctedFrom?: ClaimKind | 'none';
  headingPath: string[];
  evidence: {
    footnotes: { number: number; source: string | null; definition: number }[];
    figures: string[];
    references: string[];
  };
}

export interface Diagnostic extends Span {
  code: string;
  severity: 'error' | 'warning' | 'information' | 'hint';
  /** English message; the editor localises by `code` + `args`. */
  message: string;
  args: (string | number)[];
}

export interface WhitePaperDocument {
  uri: string;
  form: SourceForm;
  /** The analysed text, exactly as given (offsets index into it). */
  text: string;
  breadcrumb: Breadcrumb | null;
  edition: string | null;
  /** Chapter number inferred from the ministry page code in the file name, when the page has no chapter line. */
  inferredChapter: string | null;
  /** All headings in text order. */
  headings: Heading[];
  /** Top-level headings with nested children. */
  headingTree: Heading[];
  footnotes: FootnoteDefinition[];
  anchors: FootnoteAnchor[];
  references: CrossReference[];
  figures: FigureCaption[];
  /** Figure references in prose, with the normalised numbers. */
  figureReferences: CrossReference[];
  furniture: Furniture[];
  paragraphs: Paragraph[];
  diagnostics: Diagnostic[];
}
