// Pages on a virtual file system (not `file:`), as in a virtual workspace: the reading features use
// VS Code's file system and documents only, so they work there as on disk. The page is served by an
// in-memory file system provider registered by the test.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { exec, hoverText, wsUri } from '../helpers';

const SCHEME = 'hakusho-memfs';

/** A read-only file system holding a few files in memory. */
class MemoryFiles implements vscode.FileSystemProvider {
  private readonly emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.emitter.event;
  constructor(private readonly files: Map<string, Uint8Array>) {}
  watch(): vscode.Disposable { return new vscode.Disposable(() => undefined); }
  stat(uri: vscode.Uri): vscode.FileStat {
    const bytes = this.files.get(uri.path);
    if (bytes) return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: bytes.byteLength };
    if ([...this.files.keys()].some((p) => p.startsWith(uri.path.replace(/\/?$/, '/')))) return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
    throw vscode.FileSystemError.FileNotFound(uri);
  }
  readDirectory(): [string, vscode.FileType][] { return []; }
  readFile(uri: vscode.Uri): Uint8Array {
    const bytes = this.files.get(uri.path);
    if (!bytes) throw vscode.FileSystemError.FileNotFound(uri);
    return bytes;
  }
  createDirectory(uri: vscode.Uri): void { throw vscode.FileSystemError.NoPermissions(uri); }
  writeFile(uri: vscode.Uri): void { throw vscode.FileSystemError.NoPermissions(uri); }
  delete(uri: vscode.Uri): void { throw vscode.FileSystemError.NoPermissions(uri); }
  rename(uri: vscode.Uri): void { throw vscode.FileSystemError.NoPermissions(uri); }
}

describe('a page on a virtual file system', function () {
  this.timeout(30000);
  let registration: vscode.Disposable;
  let doc: vscode.TextDocument;

  before(async () => {
    const page = fs.readFileSync(wsUri('pages/nd111100.txt').fsPath);
    registration = vscode.workspace.registerFileSystemProvider(SCHEME, new MemoryFiles(new Map([['/remote/nd111100.txt', new Uint8Array(page)]])), { isReadonly: true });
    doc = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: SCHEME, path: '/remote/nd111100.txt' }));
    await vscode.window.showTextDocument(doc);
  });
  after(async () => {
    await exec('workbench.action.closeActiveEditor');
    registration.dispose();
  });

  it('is read as a white paper: its headings are symbols, and a footnote anchor shows its note', async () => {
    assert.equal(doc.languageId, 'hakusho');
    const symbols = await exec<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    const names = (symbols ?? []).flatMap(function all(s: vscode.DocumentSymbol): string[] { return [s.name, ...s.children.flatMap(all)]; });
    assert.ok(names.some((n) => n.includes('光ファイバ網の整備状況')), names.join(' | '));
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('光ファイバ網は'));
    const anchor = doc.lineAt(line).text.indexOf('達しており1') + '達しており'.length;
    const hover = hoverText(await exec<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(line, anchor)));
    assert.match(hover, /ブロードバンド基盤整備状況調査/);
  });
});
