// Which files the CLI analyses, and with which parser: page text / official .txt as before, and
// Markdown files only when they are white papers (numbered `#` headings or `hakusho: true`).
import { analyzeDocument, isMarkdownPath } from '../core/analyzeDocument';
import { looksLikeWhitePaper } from '../core/detect';
import { isMarkdownWhitePaper } from '../core/markdown';
import { WhitePaperDocument } from '../core/model';
import { parsePageCode } from '../core/numbering';
import { expandPaths, loadFile } from './files';

/** The analysed document, or null for a Markdown file that is not a white paper (left alone). */
export function analyzeLoaded(file: string, text: string): WhitePaperDocument | null {
  if (isMarkdownPath(file)) return isMarkdownWhitePaper(text) ? analyzeDocument(file, text, 'markdown') : null;
  return analyzeDocument(file, text, 'page-text');
}

export interface AnalysedFile {
  file: string;
  encoding: string;
  doc: WhitePaperDocument;
}

/**
 * Expands PATHs, reads and analyses every white-paper file. Problems go to stderr with the file
 * name (a missing path, a folder without .txt/.md files, an unreadable or binary file, no white
 * paper at all); `failed` says whether there were any, and every other file is still returned.
 */
export function analysePaths(paths: string[]): { files: AnalysedFile[]; failed: boolean } {
  const { files, missing, empty, unreadable } = expandPaths(paths);
  let failed = missing.length > 0 || empty.length > 0 || unreadable.length > 0;
  for (const m of missing) process.stderr.write(`hakusho: ${m}: no such file or folder\n`);
  for (const e of empty) process.stderr.write(`hakusho: ${e}: no .txt or .md files in this folder\n`);
  for (const u of unreadable) process.stderr.write(`hakusho: ${u.path}: ${u.reason}\n`);
  const out: AnalysedFile[] = [];
  for (const file of files) {
    const loaded = loadFile(file);
    if (!loaded.ok) {
      process.stderr.write(`hakusho: ${file}: ${loaded.reason}\n`);
      failed = true;
      continue;
    }
    if (loaded.text.trim() === '') {
      // an empty page has nothing to check: passing it would hide a failed download or export
      process.stderr.write(`hakusho: ${file}: empty file; nothing to check\n`);
      failed = true;
      continue;
    }
    if (!isMarkdownPath(file) && !parsePageCode(file) && !looksLikeWhitePaper(loaded.text)) {
      process.stderr.write(`hakusho: ${file}: not a white paper (no breadcrumb, 第…部/章/節 heading or other white-paper markup near its start); skipped\n`);
      continue;
    }
    const doc = analyzeLoaded(file, loaded.text);
    if (!doc) {
      process.stderr.write(`hakusho: ${file}: Markdown without white-paper headings (第…部/章/節) or \`hakusho: true\`; skipped\n`);
      continue;
    }
    out.push({ file, encoding: loaded.encoding, doc });
  }
  if (out.length === 0 && !failed) {
    // every file was Markdown that is no white paper: nothing was checked, which is not a pass
    process.stderr.write(`hakusho: no white-paper files among the ${files.length} file${files.length === 1 ? '' : 's'} given\n`);
    failed = true;
  }
  return { files: out, failed };
}
