// The user interface follows VS Code's display language: hovers and messages are Japanese when it
// is Japanese, English otherwise. The suites run in English; `npm test` runs the 「日本語」 suite once
// more in a VS Code whose display language is Japanese (scripts/vscode-tests.mjs --locale ja), where
// VS Code reads package.nls.ja.json and l10n/bundle.l10n.ja.json. test/unit/l10n.test.ts checks that
// every string has its Japanese text.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { exec, hoverText, openPage, waitFor, wsUri } from '../helpers';

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

describe('日本語: the user interface in a Japanese VS Code', function () {
  this.timeout(30000);
  const manifest = () => vscode.extensions.getExtension('hakusho.hakusho')?.packageJSON as {
    contributes: { viewsContainers: { activitybar: { title: string }[] }; views: { hakusho: { id: string; name: string }[] }; commands: { command: string; title: string | { value: string; original: string } }[] };
  };

  before(function () {
    // the English run has nothing to show here; the Japanese run must really be Japanese
    if (!process.env.HAKUSHO_EXPECT_LANGUAGE && !vscode.env.language.startsWith('ja')) this.skip();
  });

  it('VS Code\'s display language is Japanese', () => {
    assert.equal(vscode.env.language, process.env.HAKUSHO_EXPECT_LANGUAGE ?? 'ja');
  });

  it('the Hakusho view and a command have their Japanese titles', async () => {
    await openPage('pages/nd111100.txt'); // activates the extension
    const contributes = manifest().contributes;
    assert.equal(contributes.viewsContainers.activitybar[0].title, 'Hakusho（白書）');
    assert.equal(contributes.views.hakusho.find((v) => v.id === 'hakusho.claims')?.name, '主張');
    // a localized command title comes as { value, original }: what the palette shows, and the English
    const title = contributes.commands.find((c) => c.command === 'hakusho.checkWorkspace')?.title;
    assert.equal(typeof title === 'object' ? title.value : title, 'すべての白書ファイルを検査');
  });

  it('the walkthrough is in Japanese, with its Japanese pages', () => {
    const ext = vscode.extensions.getExtension('hakusho.hakusho')!;
    const [walkthrough] = ext.packageJSON.contributes.walkthroughs as { title: string; steps: { title: string; media: { markdown: string } }[] }[];
    assert.equal(walkthrough.title, 'Hakusho をはじめる');
    assert.equal(walkthrough.steps[0].title, 'サンプルの白書を開く');
    for (const step of walkthrough.steps) {
      assert.match(step.media.markdown, /\.ja\.md$/);
      assert.ok(fs.existsSync(path.join(ext.extensionPath, step.media.markdown)), `${step.media.markdown} exists`);
    }
  });

  it('the footnote hover\'s heading is Japanese', async () => {
    const doc = await openPage('pages/nd111100.txt');
    const at = doc.positionAt(doc.getText().indexOf('に達しており1') + 6);
    const hovers = await waitFor(() => exec<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at), (h) => (h ?? []).length > 0, 10000);
    const text = hoverText(hovers);
    assert.match(text, /\*\*脚注 1\*\*/);
    assert.doesNotMatch(text, /Footnote/);
  });

  it('diagnostics are Japanese', async () => {
    const doc = await openPage('problems/nd131100.txt');
    const diagnostics = await waitFor(() => vscode.languages.getDiagnostics(wsUri('problems/nd131100.txt')), (d) => d.length > 0, 10000);
    const unused = diagnostics.find((d) => d.code === 'footnote-unused');
    assert.ok(unused, `a footnote-unused diagnostic on ${doc.uri.path}: ${diagnostics.map((d) => d.code).join(', ')}`);
    assert.match(unused.message, /^脚注 \d+ はどこからも引用されていません。$/);
    for (const d of diagnostics) assert.match(d.message, /[\u3040-\u30ff\u4e00-\u9fff]/, `${d.code} is in Japanese: ${d.message}`);
  });
});
