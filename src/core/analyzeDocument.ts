// One entry point for every caller (editor store, workspace indexer, CLI): the source form decides
// the parser. Markdown (.md, .markdown) goes to the Markdown parser; everything else is page text or
// official .txt, which the page-text parser tells apart itself.
import { analyzeText } from './analyze';
import { analyzeMarkdown } from './markdown';
import { SourceForm, WhitePaperDocument } from './model';

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
  return markdown ? analyzeMarkdown(uri, text) : analyzeText(uri, text);
}
