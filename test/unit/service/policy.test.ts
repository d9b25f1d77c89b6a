// The one policy for white-paper files, the one source of diagnostic wording, and the service's
// independence of any editor or of Node (so it runs in a browser as it runs here).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { analyzeCommand } from '../../../src/cli/analyzeCommand';
import { analyzeDocument } from '../../../src/core/analyzeDocument';
import { budgetDiagnostic, MARKDOWN_LIMITS, MarkdownLimit } from '../../../src/core/markdownBudget';
import { WorkspaceIndex } from '../../../src/core/workspaceIndex';
import { handleAnalysisRequest } from '../../../src/service/analysisRequests';
import { matchesAnyGlob } from '../../../src/core/glob';
import {
  CANDIDATE_GLOB, DIAGNOSTIC_MESSAGES, diagnosticMessage, isCandidatePath, isExcludedPath, isIncludedMarkdown, isMarkdownWhitePaperFile, whitePaperForm,
} from '../../../src/service';
import { runCaptured } from '../helpers';
import { FILES, MARKDOWN, NOTES, PAGE_1 } from './fixtures';

const root = path.resolve(__dirname, '../../..');

describe('service: which files are white papers (the one policy)', () => {
  it('plain text: a page-code name, a .hakusho name, or white-paper markup near the start; not ordinary notes', () => {
    assert.equal(whitePaperForm('notes.txt', NOTES), null);
    assert.equal(whitePaperForm('nd211100.txt', NOTES), 'page-text', 'a ministry page code names a page, whatever it holds yet');
    assert.equal(whitePaperForm('draft.hakusho.txt', NOTES), 'page-text');
    assert.equal(whitePaperForm('chapter.txt', PAGE_1), 'page-text', 'a breadcrumb in the first lines');
    assert.equal(whitePaperForm('chapter.csv', PAGE_1), null, 'only text and Markdown files are read');
  });

  it('Markdown: numbered headings or hakusho: true, or an include glob; not an ordinary README', () => {
    assert.equal(whitePaperForm('policy.md', MARKDOWN), 'markdown');
    assert.equal(whitePaperForm('README.md', '# Notes\n'), null);
    assert.equal(whitePaperForm('/ws/book/README.md', '# Notes\n', { markdownInclude: ['book/**'], relativePath: 'book/README.md' }), 'markdown');
  });

  it('skips dependency, build and dot folders, and the exclude globs', () => {
    assert.equal(isExcludedPath('node_modules/pkg/nd111100.txt'), true);
    assert.equal(isExcludedPath('.git/nd111100.txt'), true);
    assert.equal(isExcludedPath('pages/nd111100.txt'), false);
    assert.equal(isExcludedPath('drafts/old/nd111100.txt', ['drafts/**']), true);
  });
});

describe("the editor's indexing follows the same policy", () => {
  // what the editor's indexer sends the analysis worker for a file on disk: its bytes and its form by name
  const workerReads = (file: string, text: string, forcedWhitePaper = false) => {
    const markdown = /\.(md|markdown|mdown|mkd)$/.test(file);
    const reply = handleAnalysisRequest({ kind: 'analyze-file', id: 1, uri: `file://${file}`, path: file, bytes: Buffer.from(text), markdown, forcedWhitePaper });
    return reply.kind === 'document';
  };

  it('a file on disk is indexed exactly when the command line and the language server read it', () => {
    const cases: Array<[string, string]> = [
      ['/ws/notes.txt', NOTES], ['/ws/nd211100.txt', NOTES], ['/ws/draft.hakusho.txt', NOTES], ['/ws/draft.hakusho', NOTES],
      ['/ws/chapter.txt', PAGE_1], ['/ws/policy.md', MARKDOWN], ['/ws/README.md', '# Notes\n'], ['/ws/policy.mdown', MARKDOWN],
    ];
    for (const [file, text] of cases) assert.equal(workerReads(file, text), whitePaperForm(file, text) !== null, file);
    assert.equal(workerReads('/ws/draft.hakusho.txt', NOTES), true, 'a *.hakusho.txt name makes a page, as its language says');
  });

  it('the editor finds and watches every candidate name, and nothing else', () => {
    for (const name of ['pages/nd211100.txt', 'draft.hakusho', 'policy.md', 'book/ch1.markdown', 'a.mdown', 'b.mkd']) {
      assert.ok(isCandidatePath(name) && matchesAnyGlob(name, [CANDIDATE_GLOB]), name);
    }
    for (const name of ['data.csv', 'page.txt.bak', 'image.png']) assert.ok(!isCandidatePath(name) && !matchesAnyGlob(name, [CANDIDATE_GLOB]), name);
  });

  it('an untitled Markdown document (no name) is a white paper by its text; an include glob by its relative path', () => {
    assert.equal(isMarkdownWhitePaperFile('Untitled-1', MARKDOWN), true);
    assert.equal(isMarkdownWhitePaperFile('Untitled-1', '# Notes\n'), false);
    assert.equal(isIncludedMarkdown('/home/me/ws/book/README.md', { markdownInclude: ['book/**'], relativePath: 'book/README.md' }), true);
    assert.equal(isIncludedMarkdown('/home/me/ws/other/README.md', { markdownInclude: ['book/**'], relativePath: 'other/README.md' }), false);
    assert.equal(isIncludedMarkdown('/home/me/ws/book/README.md', { markdownInclude: [], relativePath: 'book/README.md' }), false);
  });

  it("skips build output and dot folders as well as the user's excludes and files.exclude globs", () => {
    assert.equal(isExcludedPath('out/nd111100.txt', ['**/node_modules/**']), true);
    assert.equal(isExcludedPath('.history/pages/nd111100.txt', []), true);
    assert.equal(isExcludedPath('pages/nd111100.txt', ['**/node_modules/**', '**/.git']), false);
    assert.equal(isExcludedPath('drafts/nd111100.txt', ['**/drafts']), false, 'a folder glob without /** names the folder, not its files');
  });
});

describe('service: diagnostic wording', () => {
  it("the service's wording of each code is the core's English, so the l10n keys cannot drift", () => {
    const index = new WorkspaceIndex();
    const docs = Object.entries(FILES).map(([uri, text]) => analyzeDocument(uri, text));
    docs.push(analyzeDocument('file:///ws/mojibake.txt', `${PAGE_1}\uFFFD`));
    for (const d of docs) index.set(d);
    const found = docs.flatMap((d) => [...d.diagnostics, ...index.checkReferences(d)]);
    const codes = new Set(found.map((d) => d.code));
    for (const code of ['footnote-unused', 'reference-title-mismatch', 'reference-unresolved', 'encoding-mojibake']) assert.ok(codes.has(code), code);
    for (const d of found) assert.equal(diagnosticMessage(d), d.message, d.code);
  });

  it('the warnings instead of an analysis read as the core words them: ISO-2022-JP text, each Markdown limit', () => {
    const iso = analyzeDocument('file:///ws/iso.txt', `${PAGE_1}\x1b$B`).diagnostics.find((d) => d.code === 'encoding-mojibake');
    assert.ok(iso);
    assert.match(diagnosticMessage(iso), /ISO-2022-JP escape sequences/);
    assert.equal(diagnosticMessage(iso), iso.message);
    for (const limit of Object.keys(MARKDOWN_LIMITS) as MarkdownLimit[]) {
      const d = budgetDiagnostic({ limit, count: 1, start: 0, end: 0 });
      assert.equal(diagnosticMessage(d), d.message, limit);
      const ja = JSON.parse(fs.readFileSync(path.join(root, 'l10n/bundle.l10n.ja.json'), 'utf8'));
      assert.notEqual(diagnosticMessage(d, (m) => ja[m] ?? m), d.message, `${limit} has a Japanese wording`);
    }
  });

  it('every diagnostic template has a Japanese translation in the l10n bundle', () => {
    const ja = JSON.parse(fs.readFileSync(path.join(root, 'l10n/bundle.l10n.ja.json'), 'utf8'));
    for (const template of Object.values(DIAGNOSTIC_MESSAGES)) assert.ok(ja[template], template);
  });
});

describe('service: wording', () => {
  it("every string the service passes to the host's t has a Japanese translation (the VS Code keys)", () => {
    const ja = JSON.parse(fs.readFileSync(path.join(root, 'l10n/bundle.l10n.ja.json'), 'utf8'));
    const dir = path.join(root, 'src/service');
    const missing: string[] = [];
    let count = 0;
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      for (const m of fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/\bt\(\s*'((?:[^'\\]|\\.)*)'/g)) {
        count++;
        const key = m[1].replace(/\\'/g, "'");
        if (!(key in ja)) missing.push(`${f}: ${key}`);
      }
    }
    assert.ok(count > 50, `${count} strings found`);
    assert.deepEqual(missing, []);
  });
});

describe('service: no editor, no Node', () => {
  for (const part of ['src/core', 'src/service']) {
    it(`nothing in ${part} imports vscode or a Node built-in`, () => {
      const dir = path.join(root, part);
      const offending: string[] = [];
      const builtins = new Set(builtinModules);
      for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
        const text = fs.readFileSync(path.join(dir, f), 'utf8');
        for (const m of text.matchAll(/^(?:import|export)[^'"]*['"]([^'"]+)['"]/gm)) {
          const name = m[1].replace(/^node:/, '');
          if (m[1] === 'vscode' || m[1].startsWith('node:') || builtins.has(name.split('/')[0])) offending.push(`${f}: ${m[1]}`);
        }
      }
      assert.deepEqual(offending, []);
    });
  }
});

describe('hakusho analyze follows the same policy', () => {
  it('a folder with a page and an ordinary notes.txt: the page is read, the notes are skipped with the reason', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakusho-policy-'));
    fs.writeFileSync(path.join(dir, 'nd211100.txt'), PAGE_1);
    fs.writeFileSync(path.join(dir, 'notes.txt'), NOTES);
    const { code, out, err } = runCaptured(analyzeCommand, ['--json', dir]);
    fs.rmSync(dir, { recursive: true, force: true });
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(out).map((r: { file: string }) => path.basename(r.file)), ['nd211100.txt']);
    assert.match(err, /notes\.txt: not a white paper .*; skipped/);
  });
});

/** Every .ts file under `dir`, at any depth. */
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

/**
 * The import cycles among `files`, each as a trail of paths relative to `base`. Type-only imports
 * vanish from the built code, so they cannot make a cycle at run time and are not followed.
 */
function importCycles(files: readonly string[], base: string): string[] {
  const imports = new Map<string, string[]>();
  for (const f of files) {
    const text = fs.readFileSync(f, 'utf8');
    const targets = [...text.matchAll(/^(?:import|export)(?! type)[^'"]*from ['"](\.{1,2}(?:\/[^'"]*)?)['"]/gm)]
      .map((m) => path.resolve(path.dirname(f), m[1]))
      .map((t) => [`${t}.ts`, path.join(t, 'index.ts')].find((c) => fs.existsSync(c)))
      .filter((t): t is string => t !== undefined);
    imports.set(f, targets);
  }
  const cycles: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (f: string, trail: string[]) => {
    if (state.get(f) === 'done') return;
    if (state.get(f) === 'visiting') {
      cycles.push([...trail.slice(trail.indexOf(f)), f].map((x) => path.relative(base, x)).join(' → '));
      return;
    }
    state.set(f, 'visiting');
    for (const t of imports.get(f) ?? []) visit(t, [...trail, f]);
    state.set(f, 'done');
  };
  for (const f of files) visit(f, []);
  return cycles;
}

describe('service: no import cycles', () => {
  it('nothing in src (core, service, language server, command line, the editor\'s features and host) imports itself round a cycle', () => {
    const files = sourceFiles(path.join(root, 'src'));
    assert.ok(files.some((f) => f.includes(`${path.sep}features${path.sep}`)) && files.some((f) => path.dirname(f) === path.join(root, 'src')), 'the features and the host files are read');
    assert.deepEqual(importCycles(files, root), []);
  });

  it('a cycle is found, through a folder index too; a type-only import makes none', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakusho-cycles-'));
    try {
      fs.mkdirSync(path.join(dir, 'view'));
      fs.writeFileSync(path.join(dir, 'view/index.ts'), "export { exportClaims } from '../exportClaims';\n");
      fs.writeFileSync(path.join(dir, 'exportClaims.ts'), "import { kindName } from './view';\nexport const exportClaims = kindName;\n");
      fs.writeFileSync(path.join(dir, 'names.ts'), "import type { Provider } from './provider';\nexport const names: Provider[] = [];\n");
      fs.writeFileSync(path.join(dir, 'provider.ts'), "import {\n  names,\n} from './names';\nexport type Provider = typeof names;\n");
      const cycles = importCycles(sourceFiles(dir), dir);
      assert.equal(cycles.length, 1, cycles.join('\n'));
      assert.match(cycles[0], /exportClaims\.ts → view\/index\.ts → exportClaims\.ts|view\/index\.ts → exportClaims\.ts → view\/index\.ts/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
