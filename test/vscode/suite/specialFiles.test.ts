// Named pipes in the workspace, named like pages: the indexer must never open them for reading (an
// open with no writer waits for ever and holds one of the file-system threads, of which there are four).
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { exec, waitFor, wsUri } from '../helpers';

/** Lets a reader stuck on the pipe finish (it reads an empty file), so nothing is left waiting. */
function releaseReaders(file: string): void {
  try {
    fs.closeSync(fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK));
  } catch { /* no reader is waiting */ }
}

describe('a named pipe named like a page', function () {
  this.timeout(30000);
  const pipes = ['nd999991.txt', 'nd999992.txt', 'nd999993.txt', 'nd999994.txt', 'nd999995.txt'].map((n) => wsUri(`special/${n}`).fsPath);
  const page = wsUri('special/nd999990.txt');

  before(function () {
    fs.mkdirSync(wsUri('special').fsPath, { recursive: true });
    try {
      for (const p of pipes) execFileSync('mkfifo', [p]);
    } catch {
      this.skip();
    }
  });

  after(() => {
    for (const p of pipes) releaseReaders(p);
    fs.rmSync(wsUri('special').fsPath, { recursive: true, force: true });
  });

  it('does not stall indexing: a page written next to the pipes is indexed within seconds, the pipes are not', async () => {
    // the pipes' creation reaches the indexer's file watcher; a change of hakusho.exclude indexes everything again
    const config = vscode.workspace.getConfiguration('hakusho');
    await new Promise((r) => setTimeout(r, 1500));
    await config.update('exclude', ['**/node_modules/**', '**/no-such-folder/**'], vscode.ConfigurationTarget.Workspace);
    try {
      fs.writeFileSync(page.fsPath, '第Ⅸ部 特殊なファイル\n第1章 名前付きパイプの隣\n\n本文である。\n');
      const search = () => exec<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '名前付きパイプの隣');
      const found = await waitFor(search, (s) => s.some((x) => x.location.uri.toString() === page.toString()), 8000, 200);
      assert.ok(found.some((x) => x.location.uri.toString() === page.toString()), 'the page beside the pipes is indexed');
      // and the index still answers for the rest of the workspace, with no pipe among its files
      const all = await exec<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '第');
      assert.ok(all.length > 5, `the workspace's headings are there (${all.length})`);
      assert.deepEqual(all.filter((s) => /nd99999[1-5]\.txt$/.test(s.location.uri.path)).map((s) => s.location.uri.path), []);
      const checked = await waitFor(() => exec<number>('hakusho.checkWorkspace'), (n) => n > 0, 5000, 500);
      assert.ok(checked > 0, 'Check All answers');
    } finally {
      await config.update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
