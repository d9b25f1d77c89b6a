// Which files the CLI analyses, and with which parser: page text / official .txt as before, and
// Markdown files only when they are white papers (numbered `#` headings or `hakusho: true`).
import { analyzeDocument, isMarkdownPath } from '../core/analyzeDocument';
import { isMarkdownWhitePaper } from '../core/markdown';
import { WhitePaperDocument } from '../core/model';

/** The analysed document, or null for a Markdown file that is not a white paper (left alone). */
export function analyzeLoaded(file: string, text: string): WhitePaperDocument | null {
  if (isMarkdownPath(file)) return isMarkdownWhitePaper(text) ? analyzeDocument(file, text, 'markdown') : null;
  return analyzeDocument(file, text, 'page-text');
}
