// The extension activates on white-paper pages, they get the `hakusho` language
// (by file name, or by sniffing a breadcrumb first line), and the outline is the document's heading tree.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { wsUri, waitFor } from '../helpers';

const EXTENSION_ID = 'hakusho.hakusho';

async function open(rel: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(wsUri(rel));
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** The language of the document at `rel`, read again from the workspace (setTextDocumentLanguage replaces the object). */
function languageOf(rel: string): string | undefined {
  const uri = wsUri(rel).toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri)?.languageId;
}

type Sym = { name: string; children: Sym[]; range: vscode.Range };

function describeTree(syms: readonly Sym[], depth = 0): string {
  return syms.map((s) => `${'  '.repeat(depth)}${s.name}\n${describeTree(s.children ?? [], depth + 1)}`).join('');
}

function findDeep(syms: readonly Sym[], pred: (s: Sym) => boolean): Sym | undefined {
  for (const s of syms) {
    if (pred(s)) return s;
    const hit = findDeep(s.children ?? [], pred);
    if (hit) return hit;
  }
  return undefined;
}

describe('activation and language', () => {
  it(`extension ${EXTENSION_ID} is installed`, () => {
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `${EXTENSION_ID} is among the loaded extensions`);
  });

  it('pages/nd111100.txt opens as language "hakusho" (file name pattern)', async () => {
    const doc = await open('pages/nd111100.txt');
    const lang = await waitFor(() => languageOf('pages/nd111100.txt') ?? doc.languageId, (l) => l === 'hakusho', 3000);
    assert.equal(lang, 'hakusho');
  });

  it('the extension is active after opening a white-paper page', async () => {
    await open('pages/nd111100.txt');
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    const active = await waitFor(() => ext.isActive, (a) => a, 10000);
    assert.ok(active, `${EXTENSION_ID} became active within 10 s`);
  });

  it('a plain .txt whose first line is a white-paper breadcrumb becomes "hakusho" (content sniffing)', async () => {
    const rel = 'misc/page-copy.txt';
    const doc = await open(rel);
    assert.match(doc.lineAt(0).text, /白書\s?>/, 'fixture starts with a breadcrumb');
    const lang = await waitFor(() => languageOf(rel) ?? doc.languageId, (l) => l === 'hakusho', 5000);
    assert.equal(lang, 'hakusho');
  });
});

describe('document symbols', () => {
  let symbols: Sym[] = [];

  before(async function () {
    this.timeout(30000);
    const doc = await open('pages/nd111100.txt');
    // the provider is registered on activation: ask again for a few seconds until it answers
    symbols = await waitFor(
      async () => (await vscode.commands.executeCommand<Sym[] | undefined>('vscode.executeDocumentSymbolProvider', doc.uri)) ?? [],
      (s) => s.length > 0,
      10000,
      250,
    );
  });

  it('returns a symbol tree for pages/nd111100.txt', () => {
    assert.ok(symbols.length > 0, 'executeDocumentSymbolProvider returned no symbols');
    assert.ok('children' in symbols[0], 'symbols are DocumentSymbols (nested), not flat SymbolInformation');
  });

  it('top symbol is the part 第Ⅰ部, with 第1節 below it and the item "1 光ファイバ網の整備状況" below that', () => {
    const tree = describeTree(symbols);
    assert.ok(symbols.length > 0, 'no symbols');
    const part = symbols[0];
    assert.ok(part.name.includes('第Ⅰ部'), `top symbol is 第Ⅰ部; tree:\n${tree}`);
    const section = findDeep(part.children ?? [], (s) => s.name.startsWith('第1節'));
    assert.ok(section, `第1節 is a descendant of ${part.name}; tree:\n${tree}`);
    const item = findDeep(section.children ?? [], (s) => s.name === '1 光ファイバ網の整備状況');
    assert.ok(item, `"1 光ファイバ網の整備状況" is under ${section.name}; tree:\n${tree}`);
    assert.ok(section.range.contains(item.range), 'the section range contains the item range');
    assert.equal(item.range.start.line, 4, 'the item starts on line 5 (0-based 4)');
  });
});
