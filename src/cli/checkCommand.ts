// `hakusho check [--format text|json|github|sarif] PATH...`: resolve every reference across the given
// files and folders and report what does not match, as `file:line:col: message` (or JSON, GitHub
// workflow annotations, SARIF). Exit 1 when anything is reported.
import { lineIndexOf } from '../core/text';
import { WorkspaceIndex } from '../core/workspaceIndex';
import { parseArgs } from './args';
import { CHECK_FORMATS, CheckProblem, githubAnnotations, isCheckFormat, sarifLog } from './checkFormats';
import { packageInfo } from './help';
import { analysePaths } from './whitePaper';

const UNANALYSED = new Set(['markdown-too-complex', 'markdown-too-deep']);

export function checkCommand(argv: string[]): number {
  const args = parseArgs(argv, ['--json', '--footnotes'], ['--format']);
  const format = args.options.get('--format') ?? (args.flags.has('--json') ? 'json' : 'text');
  const usageError = args.error
    ?? (!isCheckFormat(format) ? `unknown format '${format}' (one of ${CHECK_FORMATS.join(', ')})` : undefined)
    ?? (args.flags.has('--json') && format !== 'json' ? `--json and --format ${format} contradict each other` : undefined)
    ?? (args.paths.length === 0 ? 'give at least one file or folder' : undefined);
  if (usageError) {
    process.stderr.write(`hakusho check: ${usageError} (hakusho check --help)\n`);
    return 2;
  }
  const { files, failed: unreadable } = analysePaths(args.paths);
  const index = new WorkspaceIndex();
  for (const { doc } of files) index.set(doc);
  const problems: CheckProblem[] = [];
  for (const doc of index.documents()) {
    const lines = lineIndexOf(doc);
    const found = index.checkReferences(doc);
    // footnote problems are included on request: editorial CI usually gates on references first
    // loops, not push(...all): spreading a file's hundred thousand diagnostics overflows the call stack
    if (args.flags.has('--footnotes')) for (const d of doc.diagnostics) found.push(d);
    // a file left unanalysed (over the Markdown budget) was not checked: always say so
    else for (const d of doc.diagnostics) if (UNANALYSED.has(d.code)) found.push(d);
    for (const d of found) {
      const p = lines.positionAt(d.start);
      const e = lines.positionAt(d.end);
      problems.push({ file: doc.uri, line: p.line, character: p.character, endLine: e.line, endCharacter: e.character, diagnostic: d });
    }
  }
  if (format === 'json') {
    process.stdout.write(JSON.stringify(problems.map((p) => ({
      file: p.file, line: p.line, character: p.character, code: p.diagnostic.code, severity: p.diagnostic.severity, message: p.diagnostic.message,
    })), null, 2) + '\n');
  } else if (format === 'github') {
    process.stdout.write(githubAnnotations(problems));
    process.stderr.write(`hakusho check: ${index.size} files, ${problems.length} problem(s)\n`);
  } else if (format === 'sarif') {
    const { version, homepage } = packageInfo();
    process.stdout.write(JSON.stringify(sarifLog(problems, { name: 'hakusho', version, informationUri: homepage }), null, 2) + '\n');
  } else {
    for (const p of problems) process.stdout.write(`${p.file}:${p.line + 1}:${p.character + 1}: ${p.diagnostic.message} [${p.diagnostic.code}]\n`);
    process.stderr.write(`hakusho check: ${index.size} files, ${problems.length} problem(s)\n`);
  }
  if (problems.length > 0) return 1;
  return unreadable ? 2 : 0;
}
