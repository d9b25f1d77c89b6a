// `hakusho`: the same analysis as the editor, for a whole edition on the command line or in CI.
import { analyzeCommand } from './analyzeCommand';
import { checkCommand } from './checkCommand';
import { claimsCommand } from './claimsCommand';
import { convertCommand } from './convertCommand';
import { notesCommand } from './notesCommand';

const USAGE = `Usage: hakusho <command> [options] PATH...

Commands:
  analyze [--json] PATH...   headings, footnotes and references of each white-paper file
  check [--json] [--footnotes] PATH...
                             resolve cross-references across all files; report broken ones
                             and mismatched titles (exit 1 when any)
  claims [--json|--csv|--markdown] [--no-corrections] PATH...
                             claims (necessity, importance, concern …) by heading, with the
                             footnotes, figures and references that back them; kinds set by
                             reviewers in the nearest .hakusho/claims.json apply unless
                             --no-corrections (a broken corrections file: exit 1)
  convert --to markdown PATH [-o FILE]
                             a page-text / official .txt white paper as Markdown (# headings,
                             GFM footnotes [^n]); stdout unless -o
  notes [--json|--csv|--markdown|--format w3c] PATH...
                             reviewers' notes from the nearest .hakusho/notes.json: passage,
                             heading, status; notes whose passage is gone are flagged orphaned;
                             --format w3c writes W3C Web Annotation JSON-LD (a broken notes
                             file: exit 1)
  help                       this text

PATH may be a file or a folder (folders are searched for .txt and .md files; Markdown files count
when a # heading carries the numbering (第…部/章/節) or the front matter says hakusho: true).
Encodings: UTF-8 (with or without BOM) and Shift_JIS/CP932 are detected automatically.`;

export function main(argv: string[]): number {
  const [command, ...rest] = argv;
  switch (command) {
    case 'analyze':
      return analyzeCommand(rest);
    case 'check':
      return checkCommand(rest);
    case 'claims':
      return claimsCommand(rest);
    case 'convert':
      return convertCommand(rest);
    case 'notes':
      return notesCommand(rest);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE + '\n');
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`hakusho: unknown command '${command}'\n\n${USAGE}\n`);
      return 2;
  }
}

// `hakusho claims --json … | head`: when the reader stops early, stop quietly as other command-line
// tools do, instead of dying with an EPIPE stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = main(process.argv.slice(2));
