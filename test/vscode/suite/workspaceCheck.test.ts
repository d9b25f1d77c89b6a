// Problems for files nobody has opened: the Check All White-Paper Files command publishes them from
// the background index (unopened/nd141100.txt is opened by no suite).
import * as assert from 'node:assert/strict';
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
});
