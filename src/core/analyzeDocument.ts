// One entry point for every caller (editor store, workspace indexer, CLI): the source form decides
// the parser. Markdown (.md, .markdown) goes to the Markdown parser; everything else is page text or
// official .txt, which the page-text parser tells apart itself.
import { analyzeText } from './analyze';
import { analyzeMarkdown } from './markdown';
import { budgetDiagnostic, markdownBudgetExcess } from './markdownBudget';
import { Diagnostic, SourceForm, WhitePaperDocument } from './model';

const MARKDOWN_EXTENSION_RE = /\.(md|markdown|mdown|mkd)$/i;

/** Whether a file name or URI names a Markdown file (query and fragment ignored). */
export function isMarkdownPath(uriOrPath: string): boolean {
  return MARKDOWN_EXTENSION_RE.test(uriOrPath.replace(/[?#].*$/, ''));
}

/**
 * Analyses a white-paper text. `form` forces the parser ('markdown' → Markdown; 'page-text' or
 * 'official-txt' → the page-text parser); without it the extension of `uri` decides.
 */
export function analyzeDocument(uri: string, text: string, form?: SourceForm): WhitePaperDocument {
  const markdown = form ? form === 'markdown' : isMarkdownPath(uri);
  const doc = markdown ? analyzeMarkdownSafely(uri, text) : analyzeText(uri, text);
  const mojibake = mojibakeDiagnostic(text);
  if (mojibake) doc.diagnostics.unshift(mojibake);
  return doc;
}

/**
 * A Markdown text over the parser's budget (markdownBudget.ts) is not parsed; one that still nests
 * deeply enough to exhaust the stack (the parser and the tree walks recurse) is caught. Either way
 * the file gets an empty analysis and one warning that says why, never a freeze or an exception.
 */
function analyzeMarkdownSafely(uri: string, text: string): WhitePaperDocument {
  const excess = markdownBudgetExcess(text);
  if (excess) return unanalysedDocument(uri, text, 'markdown', budgetDiagnostic(excess));
  try {
    return analyzeMarkdown(uri, text);
  } catch (e) {
    if (!(e instanceof RangeError && /call stack/i.test(e.message))) throw e;
    return unanalysedDocument(uri, text, 'markdown', {
      code: 'markdown-too-deep', severity: 'warning', start: 0, end: 0,
      message: 'This Markdown is nested too deeply (lists or quotes inside one another) to be analysed.', args: [],
    });
  }
}

/** The analysis of a text that was not parsed: nothing but the warning saying why. */
export function unanalysedDocument(uri: string, text: string, form: SourceForm, why: Diagnostic): WhitePaperDocument {
  return {
    uri, form, text, breadcrumb: null, edition: null, inferredChapter: null,
    headings: [], headingTree: [], footnotes: [], anchors: [], references: [], figures: [], figureReferences: [],
    furniture: [], paragraphs: [], diagnostics: [why],
  };
}

/**
 * Replacement characters (U+FFFD) mean the file was decoded with the wrong encoding, typically a
 * Shift_JIS download read as UTF-8: everything after them is unreliable, so say so once, up front.
 */
export function mojibakeDiagnostic(text: string): Diagnostic | null {
  // ISO-2022-JP read as UTF-8 gives no replacement character: only its escape sequences show
  const escape = /\x1b(?:\$[@B]|\([BJ])/.exec(text);
  if (escape) {
    return {
      code: 'encoding-mojibake', severity: 'warning', start: escape.index, end: escape.index + escape[0].length,
      message: 'The text holds ISO-2022-JP escape sequences: the file was read with the wrong encoding; reopen it as Japanese (ISO-2022-JP).',
      args: [0, 'ISO-2022-JP'],
    };
  }
  const first = text.indexOf('\uFFFD');
  if (first < 0) return null;
  let count = 0;
  for (let i = first; i >= 0; i = text.indexOf('\uFFFD', i + 1)) count++;
  return {
    code: 'encoding-mojibake', severity: 'warning', start: first, end: first + 1,
    message: `${count} replacement character(s) (U+FFFD): the file was probably read with the wrong encoding; reopen it as Japanese (Shift_JIS).`,
    args: [count],
  };
}
