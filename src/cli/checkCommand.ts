// `hakusho check [--json] PATH...`: resolve every reference across the given files and folders and
// report what does not match, as `file:line:col: message`. Exit 1 when anything is reported.
import { Diagnostic } from '../core/model';
import { lineIndexOf } from '../core/text';
import { WorkspaceIndex } from '../core/workspaceIndex';
import { parseArgs } from './args';
import { analysePaths } from './whitePaper';

const UNANALYSED = new Set(['markdown-too-complex', 'markdown-too-deep']);

export function checkCommand(argv: string[]): number {
  const args = parseArgs(argv, ['--json', '--footnotes']);
  if (args.error || args.paths.length === 0) {
    process.stderr.write(`hakusho check: ${args.error ?? 'give at least one file or folder'}\n`);
    return 2;
  }
  const { files, failed: unreadable } = analysePaths(args.paths);
  const index = new WorkspaceIndex();
  for (const { doc } of files) index.set(doc);
  const problems: { file: string; line: number; character: number; diagnostic: Diagnostic }[] = [];
  for (const doc of index.documents()) {
    const lines = lineIndexOf(doc);
    const found = index.checkReferences(doc);
    // footnote problems are included on request: editorial CI usually gates on references first
    if (args.flags.has('--footnotes')) found.push(...doc.diagnostics);
    // a file left unanalysed (over the Markdown budget) was not checked: always say so
    else found.push(...doc.diagnostics.filter((d) => UNANALYSED.has(d.code)));
    for (const d of found) {
      const p = lines.positionAt(d.start);
      problems.push({ file: doc.uri, line: p.line, character: p.character, diagnostic: d });
    }
  }
  if (args.flags.has('--json')) {
    process.stdout.write(JSON.stringify(problems.map((p) => ({
      file: p.file, line: p.line, character: p.character, code: p.diagnostic.code, severity: p.diagnostic.severity, message: p.diagnostic.message,
    })), null, 2) + '\n');
  } else {
    for (const p of problems) process.stdout.write(`${p.file}:${p.line + 1}:${p.character + 1}: ${p.diagnostic.message} [${p.diagnostic.code}]\n`);
    process.stderr.write(`hakusho check: ${index.size} files, ${problems.length} problem(s)\n`);
  }
  if (problems.length > 0) return 1;
  return unreadable ? 2 : 0;
}
