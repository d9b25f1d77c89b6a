// Which files the CLI analyses, and with which parser: the editor's policy (../service/whitePaperFiles),
// so `hakusho analyze FOLDER` reads the files the editor's index reads, and no ordinary notes.txt.
import { analyzeDocument } from '../core/analyzeDocument';
import { WhitePaperDocument } from '../core/model';
import { notWhitePaperReason, whitePaperForm } from '../service/whitePaperFiles';
import { expandPaths, loadFile } from './files';

/** The analysed document, or null for a file the policy does not read as a white paper (left alone). */
export function analyzeLoaded(file: string, text: string): WhitePaperDocument | null {
  const form = whitePaperForm(file, text);
  return form ? analyzeDocument(file, text, form) : null;
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
    const doc = analyzeLoaded(file, loaded.text);
    if (!doc) {
      process.stderr.write(`hakusho: ${file}: ${notWhitePaperReason(file)}; skipped\n`);
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
