// `hakusho`: the same analysis as the editor, for a whole edition on the command line or in CI.
import { analyzeCommand } from './analyzeCommand';
import { checkCommand } from './checkCommand';
import { claimsCommand } from './claimsCommand';
import { convertCommand } from './convertCommand';
import { lspCommand } from './lspCommand';
import { notesCommand } from './notesCommand';
import { USAGE, asksForHelp, commandHelp, isCommand, packageInfo } from './help';

export function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (isCommand(command) && asksForHelp(rest)) {
    process.stdout.write(commandHelp(command) + '\n');
    return 0;
  }
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
    case 'lsp':
      return lspCommand(rest);
    case '--version':
    case '-V':
    case 'version':
      process.stdout.write(`hakusho ${packageInfo().version}\n`);
      return 0;
    case 'help':
      if (isCommand(rest[0])) {
        process.stdout.write(commandHelp(rest[0]) + '\n');
        return 0;
      }
      if (rest[0] !== undefined) {
        process.stderr.write(`hakusho help: unknown command '${rest[0]}'\n\n${USAGE}\n`);
        return 2;
      }
      process.stdout.write(USAGE + '\n');
      return 0;
    case undefined:
    case '--help':
    case '-h':
      // bare `hakusho` is a usage error (exit 2) that still shows the help
      (command === undefined ? process.stderr : process.stdout).write(USAGE + '\n');
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
