// The help texts of `hakusho` and its commands, and the version it reports. Kept apart from the
// commands so that `hakusho <command> --help` answers before any argument is checked.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const COMMANDS = ['analyze', 'check', 'claims', 'convert', 'notes', 'lsp'] as const;
export type CommandName = (typeof COMMANDS)[number];

const PATHS = `PATH may be a file or a folder (folders are searched for .txt and .md files; Markdown files count
when a # heading carries the numbering (第…部/章/節) or the front matter says hakusho: true).
Encodings: UTF-8 (with or without BOM) and Shift_JIS/CP932 are detected automatically.`;

const COMMAND_HELP: Record<CommandName, string> = {
  analyze: `Usage: hakusho analyze [--json] PATH...

Headings, footnotes and references of each white-paper file, as text or as JSON.

Options:
  --json          one JSON object per file (file, encoding, headings, footnotes, references, diagnostics)
  -h, --help      this text

Exit codes:
  0  every file was read
  1  a file could not be read or holds no white paper (the others are still listed)
  2  wrong usage

${PATHS}`,
  check: `Usage: hakusho check [--format text|json|github|sarif] [--footnotes] PATH...

Resolves the cross-references of all the files together and reports broken ones and mismatched
titles (with --footnotes also footnote problems), each with its diagnostic code.

Options:
  --format text   file:line:col: message [code], one per line; a count on stderr (the default)
  --format json   a JSON array of {file, line, character, code, severity, message} (0-based positions)
  --format github GitHub Actions workflow commands (::warning file=…,line=…,col=…::message),
                  shown as annotations on the changed files of a pull request
  --format sarif  a SARIF 2.1.0 log (rule ids are the diagnostic codes) for code-scanning tools
  --json          the same as --format json
  --footnotes     also report footnote problems (undefined, unused, duplicated, out of order)
  -h, --help      this text

Exit codes:
  0  no problem found
  1  problems were found
  2  wrong usage, or a path could not be read (and nothing else was found)

${PATHS}`,
  claims: `Usage: hakusho claims [--json|--csv|--markdown] [--no-corrections] PATH...

The claims (necessity, importance, concern …) of each file by heading, with the footnotes, figures
and references that back them. Kinds set by reviewers in the nearest .hakusho/claims.json apply.

Options:
  --json, --csv, --markdown   the claim register in that format (default: text)
  --no-corrections            ignore .hakusho/claims.json
  -h, --help                  this text

Exit codes:
  0  the claims were listed
  1  a file could not be read, or a corrections file is broken or stale (the rest is still listed)
  2  wrong usage

${PATHS}`,
  convert: `Usage: hakusho convert --to markdown PATH [-o FILE]

A page-text or official .txt white paper as Markdown (# headings, GFM footnotes [^n]).

Options:
  --to markdown   the target format (the only one)
  -o FILE         write to FILE instead of stdout (never the file being converted)
  -h, --help      this text

Exit codes:
  0  converted
  1  the file could not be read, or FILE could not be written
  2  wrong usage`,
  notes: `Usage: hakusho notes [--json|--csv|--markdown|--format text|json|csv|markdown|w3c] PATH...

Reviewers' notes on each file from the nearest .hakusho/notes.json: the passage as the file reads
now, its line, the heading path it sits under, label, status and replies. A note whose passage is
gone is flagged orphaned (it is never dropped).

Options:
  --json, --csv, --markdown   the notes in that format (default: text)
  --format w3c                a W3C Web Annotation collection (JSON-LD) for other annotation tools
  -h, --help                  this text

Exit codes:
  0  the notes were listed
  1  a file could not be read, or a notes file is broken (the rest is still listed)
  2  wrong usage

${PATHS}`,
  lsp: `Usage: hakusho lsp [--stdio]

A language server (Language Server Protocol, on stdin/stdout) for editors other than VS Code:
hover, go to definition, references, outline, workspace symbols, folding, selection ranges,
completion of 第… paths, rename and renumbering, quick fixes, reference counts, semantic tokens
and diagnostics, over the white-paper files of the editor's workspace folders. Settings may be
sent as initializationOptions.settings or under "hakusho" in workspace/didChangeConfiguration:
diagnostics.enable, diagnostics.disabledCodes, completion.insertTitle, codeLens.references,
markdown.include, exclude.

Options:
  --stdio         accepted for clients that pass it (stdio is the only transport)
  -h, --help      this text

Exit codes:
  0  the client ended the session (shutdown, exit)
  1  the client exited without shutting down
  2  wrong usage`,
};

export const USAGE = `Usage: hakusho <command> [options] PATH...
       hakusho <command> --help | hakusho --help | hakusho --version

Commands:
  analyze [--json] PATH...   headings, footnotes and references of each white-paper file
  check [--format text|json|github|sarif] [--footnotes] PATH...
                             resolve cross-references across all files; report broken ones
                             and mismatched titles (exit 1 when any); github and sarif are
                             annotations for CI
  claims [--json|--csv|--markdown] [--no-corrections] PATH...
                             claims (necessity, importance, concern …) by heading, with the
                             footnotes, figures and references that back them; kinds set by
                             reviewers in the nearest .hakusho/claims.json apply unless
                             --no-corrections (a broken corrections file: exit 1)
  convert --to markdown PATH [-o FILE]
                             a page-text / official .txt white paper as Markdown (# headings,
                             GFM footnotes [^n]); stdout unless -o
  notes [--json|--csv|--markdown|--format w3c] PATH...
                             reviewers' notes from the nearest .hakusho/notes.json with their
                             passage, heading and status; orphans flagged; w3c: W3C Web
                             Annotation JSON-LD (a broken notes file: exit 1)
  lsp                        a language server on stdin/stdout for Neovim, Helix, Emacs and
                             other editors
  help [COMMAND]             this text, or the help of COMMAND

Options:
  -h, --help                 help (after a command: that command's help)
  -V, --version              the version of hakusho

Exit codes:
  0  success: nothing to report
  1  problems found (check), or a file could not be read or a corrections or notes file is broken
  2  wrong usage: unknown command or option, missing PATH

${PATHS}`;

export function isCommand(name: string | undefined): name is CommandName {
  return (COMMANDS as readonly string[]).includes(name ?? '');
}

export function commandHelp(command: CommandName): string {
  return COMMAND_HELP[command];
}

/** `--help` / `-h` anywhere before a `--` asks for help, whatever else is given. */
export function asksForHelp(argv: string[]): boolean {
  for (const a of argv) {
    if (a === '--') return false;
    if (a === '--help' || a === '-h') return true;
  }
  return false;
}

export interface PackageInfo {
  version: string;
  homepage: string;
}

/**
 * Version and homepage from the package.json of the installed package: the CLI runs bundled
 * (dist/cli.js) or from source (src/cli), so the manifest is looked for upwards, not at a fixed path.
 */
export function packageInfo(from: string = __dirname): PackageInfo {
  for (let dir = from; ; dir = path.dirname(dir)) {
    try {
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown; homepage?: unknown };
      if (manifest.name === 'hakusho' && typeof manifest.version === 'string') {
        return { version: manifest.version, homepage: typeof manifest.homepage === 'string' ? manifest.homepage : '' };
      }
    } catch {
      // no package.json here, or not ours: keep looking upwards
    }
    if (path.dirname(dir) === dir) return { version: 'unknown', homepage: '' };
  }
}
