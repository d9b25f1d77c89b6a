// Output formats of `hakusho check` that CI systems read: GitHub Actions workflow commands
// (annotations on a pull request's files) and SARIF 2.1.0 (code-scanning tools). Pure functions of
// the problems found, so that the escaping and the log's shape are tested without running the CLI.
import * as path from 'node:path';
import { Diagnostic } from '../core/model';

export interface CheckProblem {
  /** The path as the user gave it (or as found under a folder they gave). */
  file: string;
  /** 0-based line and UTF-16 column of the start, and of the end, of the problem. */
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  diagnostic: Diagnostic;
}

export const CHECK_FORMATS = ['text', 'json', 'github', 'sarif'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export function isCheckFormat(value: string): value is CheckFormat {
  return (CHECK_FORMATS as readonly string[]).includes(value);
}

/** Paths in annotations are relative to the repository root with `/`, whatever the platform. */
const slashes = (file: string) => file.replace(/\\/g, '/');

/**
 * The path GitHub expects in an annotation: relative to the repository root, which is where CI runs
 * the command. An absolute path inside `cwd` is made relative; one outside stays as it is.
 */
export function annotationPath(file: string, cwd: string): string {
  if (!path.isAbsolute(file)) return slashes(file);
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? slashes(relative) : slashes(file);
}

/** A workflow command's message: `%`, CR and LF would end or corrupt the command. */
export function escapeGithubData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value: also `:` and `,`, which separate the properties. */
export function escapeGithubProperty(text: string): string {
  return escapeGithubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const GITHUB_LEVEL: Record<Diagnostic['severity'], 'error' | 'warning' | 'notice'> = {
  error: 'error', warning: 'warning', information: 'notice', hint: 'notice',
};

/** One `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message` line per problem (1-based; paths as annotationPath). */
export function githubAnnotations(problems: readonly CheckProblem[], cwd: string = process.cwd()): string {
  return problems.map((p) => {
    const props = [
      `file=${escapeGithubProperty(annotationPath(p.file, cwd))}`,
      `line=${p.line + 1}`,
      `col=${p.character + 1}`,
      `endLine=${p.endLine + 1}`,
      `endColumn=${p.endCharacter + 1}`,
      `title=${escapeGithubProperty(`hakusho ${p.diagnostic.code}`)}`,
    ].join(',');
    return `::${GITHUB_LEVEL[p.diagnostic.severity]} ${props}::${escapeGithubData(p.diagnostic.message)}\n`;
  }).join('');
}

const SARIF_LEVEL: Record<Diagnostic['severity'], 'error' | 'warning' | 'note'> = {
  error: 'error', warning: 'warning', information: 'note', hint: 'note',
};

/** A relative path as a URI reference (each segment percent-encoded: Japanese file names, spaces, `#`). */
function artifactUri(file: string): string {
  const p = slashes(file);
  const encode = (rest: string) => rest.split('/').map((segment) => encodeURIComponent(segment)).join('/');
  if (p.startsWith('/')) return `file://${encode(p)}`;
  if (/^[A-Za-z]:\//.test(p)) return `file:///${p.slice(0, 2)}${encode(p.slice(2))}`;
  return encode(p);
}

export interface SarifTool {
  name: string;
  version: string;
  /** The project's page; left out of the log when empty (SARIF wants an absolute URI there). */
  informationUri: string;
}

/**
 * A SARIF 2.1.0 log with one run: one rule per diagnostic code that occurs (the rule id is the code,
 * as in the editor's Problems panel), one result per problem. Columns are UTF-16 code units, which
 * is how the analysis counts them, and 1-based as SARIF wants.
 */
export function sarifLog(problems: readonly CheckProblem[], tool: SarifTool): object {
  const ruleIds = [...new Set(problems.map((p) => p.diagnostic.code))].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: tool.name,
          version: tool.version,
          ...(tool.informationUri ? { informationUri: tool.informationUri } : {}),
          rules: ruleIds.map((id) => ({ id, name: ruleName(id), ...(tool.informationUri ? { helpUri: tool.informationUri } : {}) })),
        },
      },
      originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The folder hakusho check was run in.' } } },
      columnKind: 'utf16CodeUnits',
      results: problems.map((p) => {
        const uri = artifactUri(p.file);
        return {
          ruleId: p.diagnostic.code,
          ruleIndex: ruleIndex.get(p.diagnostic.code),
          level: SARIF_LEVEL[p.diagnostic.severity],
          message: { text: p.diagnostic.message },
          locations: [{
            physicalLocation: {
              artifactLocation: uri.startsWith('file://') ? { uri } : { uri, uriBaseId: '%SRCROOT%' },
              region: { startLine: p.line + 1, startColumn: p.character + 1, endLine: p.endLine + 1, endColumn: p.endCharacter + 1 },
            },
          }],
        };
      }),
    }],
  };
}

/** `reference-title-mismatch` → `ReferenceTitleMismatch` (SARIF's rule name is an identifier-like label). */
function ruleName(code: string): string {
  return code.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}
