// Problems for files nobody has opened: the Check All White-Paper Files command publishes them from
// the background index (unopened/nd141100.txt is opened by no suite).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { exec, waitFor, wsUri } from '../helpers';

describe('checking the whole workspace', function () {
  this.timeout(30000);

  it('shows the problems of a file that is not open', async () => {
    const uri = wsUri('unopened/nd141100.txt');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'the file is not open');
    await waitFor(() => exec<number>('hakusho.checkWorkspace'), () => vscode.languages.getDiagnostics(uri).length > 0, 15000, 500);
    const found = vscode.languages.getDiagnostics(uri).map((d) => `${d.range.start.line}:${d.code}`).sort();
    assert.deepEqual(found, ['10:footnote-unused', '6:reference-unresolved']);
  });

  it('with the workspace scope, a heading added elsewhere mends a closed file\'s warning; typing in prose keeps it', async () => {
    const uri = wsUri('unopened/nd141100.txt');
    const codes = () => vscode.languages.getDiagnostics(uri).map((d) => `${d.range.start.line}:${d.code}`).sort();
    const config = vscode.workspace.getConfiguration('hakusho.diagnostics');
    const settings = wsUri('.vscode/settings.json').fsPath;
    const existed = fs.existsSync(settings);
    const page = await vscode.workspace.openTextDocument({ language: 'hakusho', content: '第Ⅳ部 郵便と物流\n第9章 物流の将来\n\n物流の効率化が進んでいる。\n' });
    try {
      await config.update('scope', 'workspace', vscode.ConfigurationTarget.Workspace);
      assert.deepEqual(await waitFor(codes, (c) => c.length === 2, 10000), ['10:footnote-unused', '6:reference-unresolved']);
      // the page grows the heading the closed file refers to: its warning goes
      const editor = await vscode.window.showTextDocument(page);
      await editor.edit((e) => e.insert(new vscode.Position(3, 0), '第9節 配送の自動化\n'));
      assert.deepEqual(await waitFor(codes, (c) => c.length === 1, 10000), ['10:footnote-unused']);
      // typing in prose somewhere changes nothing for it
      await editor.edit((e) => e.insert(new vscode.Position(5, 0), 'また、'));
      await new Promise((r) => setTimeout(r, 800));
      assert.deepEqual(codes(), ['10:footnote-unused']);
      // and the heading removed again: the warning is back
      await editor.edit((e) => e.delete(new vscode.Range(3, 0, 4, 0)));
      assert.deepEqual(await waitFor(codes, (c) => c.length === 2, 10000), ['10:footnote-unused', '6:reference-unresolved']);
    } finally {
      await vscode.window.showTextDocument(page);
      await exec('workbench.action.revertAndCloseActiveEditor');
      await config.update('scope', undefined, vscode.ConfigurationTarget.Workspace);
      if (!existed) {
        try { fs.rmSync(path.dirname(settings), { recursive: true, force: true }); } catch { /* left for the next run */ }
      }
    }
  });
});
