// `hakusho convert --to markdown PATH [-o FILE]`: a page-text / official .txt white paper as Markdown
// (`#` headings, GFM footnotes `[^n]`), on stdout or into FILE.
import fs from 'node:fs';
import { analyzeDocument, isMarkdownPath } from '../core/analyzeDocument';
import { toMarkdown } from '../core/convert';
import { parseArgs } from './args';
import { describeFsError, loadFile } from './files';

export function convertCommand(argv: string[]): number {
  const args = parseArgs(argv, [], ['--to', '-o']);
  const fail = (message: string) => { process.stderr.write(`hakusho convert: ${message}\n`); return 2; };
  if (args.error) return fail(args.error);
  const to = args.options.get('--to') ?? 'markdown';
  if (to !== 'markdown' && to !== 'md') return fail(`cannot convert to '${to}' (only --to markdown)`);
  if (args.paths.length !== 1) return fail('give one white-paper file');
  const file = args.paths[0];
  if (isMarkdownPath(file)) return fail(`${file} is already Markdown`);
  const out = args.options.get('-o');
  if (out && isSameFile(file, out)) return fail(`-o ${out} is the file being converted; writing it would replace the page text`);
  const loaded = loadFile(file);
  if (!loaded.ok) {
    process.stderr.write(`hakusho: ${file}: ${loaded.reason}\n`);
    return 1;
  }
  const markdown = toMarkdown(analyzeDocument(file, loaded.text, 'page-text'));
  if (out) {
    try {
      fs.writeFileSync(out, markdown);
    } catch (e) {
      process.stderr.write(`hakusho: ${out}: cannot write: ${describeFsError(e)}\n`);
      return 1;
    }
  } else {
    process.stdout.write(markdown);
  }
  return 0;
}

/** Whether two paths name one file (also through `./`, symlinks or hard links); false when either is missing. */
function isSameFile(a: string, b: string): boolean {
  try {
    const sa = fs.statSync(a), sb = fs.statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}
