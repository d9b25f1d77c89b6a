// `hakusho lsp`: the language server on stdin/stdout, for editors other than VS Code.
import { startServer } from '../lsp/server';

export function lspCommand(argv: string[]): number {
  // clients commonly pass --stdio; stdio is the only transport, so it is accepted and implied
  const unknown = argv.filter((a) => a !== '--stdio');
  if (unknown.length) {
    process.stderr.write(`hakusho lsp: unknown argument '${unknown[0]}' (the server speaks on stdin/stdout)\n`);
    return 2;
  }
  startServer();
  return 0;
}
