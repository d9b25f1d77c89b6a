// `hakusho lsp` as an editor meets it: the built CLI spawned, JSON-RPC over its stdin/stdout, a
// folder of two pages (and ordinary notes) on disk; hover, definition across files, published
// diagnostics, completion, references and rename answer as the service does.
import assert from 'node:assert/strict';
import { ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { LineIndex } from '../../src/core/text';
import { NOTES, PAGE_1, PAGE_2 } from './service/fixtures';
import { at } from './helpers';

const root = path.resolve(__dirname, '../..');

interface Position { line: number; character: number }
interface Range { start: Position; end: Position }
interface PublishedDiagnostics { uri: string; diagnostics: { code: string; message: string; range: Range; source: string }[] }

function pos(text: string, needle: string, skip = 0): Position {
  return new LineIndex(text).positionAt(at(text, needle, skip));
}

describe('hakusho lsp', function () {
  this.timeout(60000);
  let server: ChildProcess;
  let connection: MessageConnection;
  let dir: string;
  let page1: string, page2: string;
  const published = new Map<string, PublishedDiagnostics>();
  const waiters: (() => void)[] = [];
  let stderr = '';

  /** Resolves when diagnostics for `uri` satisfying `ok` have been published. */
  function diagnosticsFor(uri: string, ok: (d: PublishedDiagnostics) => boolean = () => true): Promise<PublishedDiagnostics> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri}; stderr: ${stderr}`)), 20000);
      const check = () => {
        const d = published.get(uri);
        if (d && ok(d)) { clearTimeout(timer); resolve(d); } else waiters.push(check);
      };
      check();
    });
  }

  before(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'pipe' });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakusho-lsp-'));
    fs.mkdirSync(path.join(dir, 'pages'));
    fs.writeFileSync(path.join(dir, 'pages', 'nd211100.txt'), PAGE_1);
    fs.writeFileSync(path.join(dir, 'pages', 'nd211200.txt'), PAGE_2);
    fs.writeFileSync(path.join(dir, 'notes.txt'), NOTES);
    page1 = pathToFileURL(path.join(dir, 'pages', 'nd211100.txt')).href;
    page2 = pathToFileURL(path.join(dir, 'pages', 'nd211200.txt')).href;
    server = spawn(process.execPath, [path.join(root, 'bin', 'hakusho.js'), 'lsp'], { stdio: ['pipe', 'pipe', 'pipe'] });
    server.stderr!.on('data', (c) => { stderr += String(c); });
    connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => {
      published.set(p.uri, p);
      for (const w of waiters.splice(0)) w();
    });
    connection.onNotification('window/logMessage', () => undefined);
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    const rootUri = pathToFileURL(dir).href;
    const init = await connection.sendRequest('initialize', {
      processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'ws' }],
      capabilities: { textDocument: { definition: { linkSupport: true } } },
    }) as { capabilities: Record<string, unknown> };
    for (const c of ['hoverProvider', 'definitionProvider', 'referencesProvider', 'completionProvider', 'renameProvider', 'documentSymbolProvider', 'workspaceSymbolProvider', 'foldingRangeProvider', 'selectionRangeProvider', 'codeLensProvider', 'semanticTokensProvider']) {
      assert.ok(init.capabilities[c], `announces ${c}`);
    }
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: page1, languageId: 'plaintext', version: 1, text: PAGE_1 } });
  });

  after(async () => {
    try {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
    } catch { /* already gone */ }
    connection?.dispose();
    server?.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('publishes the open page’s problems, checked against the other page on disk', async () => {
    const d = await diagnosticsFor(page1);
    assert.deepEqual(d.diagnostics.map((x) => [x.code, x.range.start.line, x.source]), [
      ['footnote-unused', 16, 'hakusho'],
      ['reference-title-mismatch', 11, 'hakusho'],
    ]);
    assert.match(d.diagnostics[1].message, /「無線の普及」 does not match 第Ⅱ部第1章第2節 「移動通信の動向」/);
  });

  it('hover on anchor 2 shows footnote 2 as Markdown', async () => {
    const hover = await connection.sendRequest('textDocument/hover', { textDocument: { uri: page1 }, position: pos(PAGE_1, '分担している2', '分担している'.length) }) as { contents: { kind: string; value: string } };
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /^\*\*Footnote 2\*\* · line 15\n\n国の補助は整備費の半分までとされている。/);
  });

  it('definition of 第Ⅱ部第1章第2節 lands on the heading in the other file, which was never opened', async () => {
    const links = await connection.sendRequest('textDocument/definition', { textDocument: { uri: page1 }, position: pos(PAGE_1, '詳しくは第Ⅱ部', '詳しくは'.length + 5) }) as { targetUri: string; targetRange: Range }[];
    assert.equal(links.length, 1);
    assert.equal(links[0].targetUri, page2);
    assert.equal(links[0].targetRange.start.line, pos(PAGE_2, '第2節 移動通信の動向').line);
  });

  it('references of a heading come from the other file', async () => {
    const refs = await connection.sendRequest('textDocument/references', { textDocument: { uri: page1 }, position: pos(PAGE_1, '1 光回線の整備', 3), context: { includeDeclaration: false } }) as { uri: string; range: Range }[];
    assert.deepEqual(refs.map((r) => [r.uri, r.range.start.line]), [[page2, pos(PAGE_2, '第Ⅱ部第1章第1節1').line]]);
  });

  it('completion after 第Ⅱ部第1 offers the headings with their titles', async () => {
    const text = `${PAGE_1}詳細は第Ⅱ部第1`;
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri: page1, version: 2 }, contentChanges: [{ text }] });
    const list = await connection.sendRequest('textDocument/completion', { textDocument: { uri: page1 }, position: new LineIndex(text).positionAt(text.length) }) as { items: { label: string; textEdit: { newText: string; range: Range } }[] };
    const item = list.items.find((i) => i.label === '第Ⅱ部第1章第2節');
    assert.ok(item, list.items.map((i) => i.label).join(', '));
    assert.equal(item.textEdit.newText, '第Ⅱ部第1章第2節「移動通信の動向」参照');
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri: page1, version: 3 }, contentChanges: [{ text: PAGE_1 }] });
  });

  it('rename of a heading title edits the quoting reference in the other file; a refusal is an error with the reason', async () => {
    const at = pos(PAGE_1, '光回線の整備\n\n光回線', 1);
    const prepared = await connection.sendRequest('textDocument/prepareRename', { textDocument: { uri: page1 }, position: at }) as { placeholder: string };
    assert.equal(prepared.placeholder, '光回線の整備');
    const edit = await connection.sendRequest('textDocument/rename', { textDocument: { uri: page1 }, position: at, newName: '光回線の普及' }) as { changes: Record<string, { newText: string; range: Range }[]> };
    assert.deepEqual(Object.keys(edit.changes).sort(), [page1, page2].sort());
    assert.deepEqual(edit.changes[page2].map((e) => [e.newText, e.range.start.line]), [['光回線の普及', pos(PAGE_2, '第Ⅱ部第1章第1節1').line]]);
    await assert.rejects(connection.sendRequest('textDocument/rename', { textDocument: { uri: page1 }, position: pos(PAGE_1, '3 事業者'), newName: '2' }), /Footnote 2 already exists in this block\./);
  });

  it('the other page’s problems follow an edit of the open one', async () => {
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: page2, languageId: 'plaintext', version: 1, text: PAGE_2 } });
    await diagnosticsFor(page2, (d) => d.diagnostics.length === 0);
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri: page1, version: 4 }, contentChanges: [{ text: PAGE_1.replace('1 光回線の整備', '1 光ファイバの整備') }] });
    const d = await diagnosticsFor(page2, (x) => x.diagnostics.length > 0);
    assert.deepEqual(d.diagnostics.map((x) => x.code), ['reference-title-mismatch']);
  });

  it('outline, workspace symbols, folding, selection, tokens, links, code lens and quick fixes answer in protocol form', async () => {
    const doc = { textDocument: { uri: page1 } };
    const [part] = await connection.sendRequest('textDocument/documentSymbol', doc) as { name: string; kind: number; children: { name: string }[] }[];
    assert.deepEqual([part.name, part.kind, part.children[0].name], ['第Ⅱ部 情報通信の現状', 2, '第1節 地域の通信基盤']);
    const symbols = await connection.sendRequest('workspace/symbol', { query: '料金の変化' }) as { name: string; location: { uri: string } }[];
    assert.deepEqual(symbols.map((x) => [x.name, x.location.uri]), [['2 料金の変化', page2]]);
    const folds = await connection.sendRequest('textDocument/foldingRange', doc) as { startLine: number; endLine: number; kind: string }[];
    assert.ok(folds.some((f) => f.kind === 'comment' && f.startLine === 13 && f.endLine === 16), JSON.stringify(folds));
    const [selection] = await connection.sendRequest('textDocument/selectionRange', { ...doc, positions: [pos(PAGE_1, '減っている1', '減っている'.length)] }) as { range: Range; parent?: { range: Range } }[];
    assert.equal(selection.range.end.character - selection.range.start.character, 1, 'the anchor first');
    assert.equal(selection.parent?.range.start.line, 6, 'then its sentence');
    const tokens = await connection.sendRequest('textDocument/semanticTokens/full', doc) as { data: number[] };
    assert.equal(tokens.data.length, 15, 'three anchors, five numbers each');
    const links = await connection.sendRequest('textDocument/documentLink', doc) as { target: string }[];
    assert.deepEqual(links.map((l) => l.target), ['https://example.jp/hojo']);
    const lenses = await connection.sendRequest('textDocument/codeLens', { textDocument: { uri: page2 } }) as { command: { title: string } }[];
    assert.deepEqual(lenses.map((l) => l.command.title), ['2 references']);
    const diagnostics = (await diagnosticsFor(page1)).diagnostics.filter((d) => d.code === 'footnote-unused');
    const actions = await connection.sendRequest('textDocument/codeAction', { ...doc, range: diagnostics[0].range, context: { diagnostics } }) as { title: string; edit: { changes: Record<string, unknown[]> } }[];
    assert.deepEqual(actions.map((a) => [a.title, Object.keys(a.edit.changes)]), [['Delete footnote 4', [page1]]]);
  });

  it('hakusho lsp --help says what it serves; an unknown argument is a usage error', () => {
    const help = spawnSync(process.execPath, [path.join(root, 'bin', 'hakusho.js'), 'lsp', '--help'], { encoding: 'utf8' });
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: hakusho lsp \[--stdio\]/);
    assert.match(spawnSync(process.execPath, [path.join(root, 'bin', 'hakusho.js'), '--help'], { encoding: 'utf8' }).stdout, /^ {2}lsp /m);
    const wrong = spawnSync(process.execPath, [path.join(root, 'bin', 'hakusho.js'), 'lsp', '--tcp'], { encoding: 'utf8' });
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /unknown argument '--tcp'/);
  });
});
