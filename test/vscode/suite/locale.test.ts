// The user interface follows VS Code's display language: hovers and messages are Japanese when it
// is Japanese, English otherwise. (Offline there is no Japanese language pack for VS Code, so the
// suites run in English; test/unit/l10n.test.ts checks that every string has its Japanese text.)
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { exec, hoverText, openPage, waitFor } from '../helpers';

describe('display language', function () {
  this.timeout(30000);

  it(`footnote hovers are in the display language (${vscode.env.language})`, async () => {
    const doc = await openPage('pages/nd111100.txt');
    const at = doc.positionAt(doc.getText().indexOf('に達しており1') + 6);
    const hovers = await waitFor(() => exec<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at), (h) => (h ?? []).length > 0, 10000);
    const text = hoverText(hovers);
    if (vscode.env.language.startsWith('ja')) {
      assert.match(text, /脚注 1/);
      assert.match(text, /出典/);
    } else {
      assert.match(text, /Footnote 1/);
      assert.match(text, /Source/);
    }
  });
});
