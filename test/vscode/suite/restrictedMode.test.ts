// Restricted Mode: a workspace that is not trusted. Reading features work; writing the reviewers'
// files (.hakusho/claims.json, .hakusho/notes.json) is refused with a message; restricted settings
// in the workspace's settings (hakusho.exclude) are ignored. Runs only in `scripts/vscode-tests.mjs
// --untrusted`, on a copy of the test workspace whose .vscode/settings.json sets hakusho.exclude to
// pages/** and turns the reference CodeLens off (an ordinary setting, which does apply).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { exec, hoverText, openPage, waitFor, wsUri } from '../helpers';

/** Runs `work`, collecting the error messages the extension shows meanwhile. */
async function errorsShownWhile<T>(work: () => Thenable<T>): Promise<{ result: T; errors: string[] }> {
  const errors: string[] = [];
  const window = vscode.window as { showErrorMessage: (message: string, ...rest: unknown[]) => Thenable<unknown> };
  const original = window.showErrorMessage;
  window.showErrorMessage = (message: string, ...rest: unknown[]) => {
    errors.push(message);
    return original.call(vscode.window, message, ...rest);
  };
  try {
    return { result: await work(), errors };
  } finally {
    window.showErrorMessage = original;
  }
}

describe('Restricted Mode: an untrusted workspace', function () {
  this.timeout(30000);

  before(function () {
    // the other runs trust their workspace; this one must really be untrusted
    if (!process.env.HAKUSHO_EXPECT_UNTRUSTED) this.skip();
  });

  after(async () => {
    await exec('workbench.action.closeAllEditors');
  });

  it('the workspace is not trusted, and Hakusho is active in it', async () => {
    assert.equal(vscode.workspace.isTrusted, false);
    await openPage('pages/nd111200.txt');
    const ext = vscode.extensions.getExtension('hakusho.hakusho');
    assert.ok(await waitFor(() => ext?.isActive, (a) => a === true, 10000), 'the extension is active');
  });

  it('hakusho.exclude from the workspace settings is ignored: a file under pages/ is still indexed', async () => {
    const settings = JSON.parse(fs.readFileSync(wsUri('.vscode/settings.json').fsPath, 'utf8'));
    assert.deepEqual(settings['hakusho.exclude'], ['**/pages/**'], 'the workspace settings do exclude pages/');
    const config = vscode.workspace.getConfiguration('hakusho');
    assert.deepEqual(config.get('exclude'), ['**/node_modules/**'], 'the restricted setting keeps its default');
    assert.equal(config.get('codeLens.references'), false, 'an ordinary setting of the same file applies');
    // nd112000.txt is never opened here: only the index knows its headings
    const citing = wsUri('pages/nd112000.txt');
    const symbols = await waitFor(() => exec<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '地域産業のデータ活用'),
      (s) => s.some((x) => x.location.uri.toString() === citing.toString()), 10000, 200);
    assert.ok(symbols.some((x) => x.location.uri.toString() === citing.toString()), 'pages/nd112000.txt is in the index');
  });

  it('the footnote hover and go to definition work', async () => {
    const doc = await openPage('pages/nd111200.txt');
    const anchor = new vscode.Position(8, 44);
    const hovers = await waitFor(() => exec<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, anchor), (h) => (h ?? []).length > 0, 10000);
    assert.match(hoverText(hovers), /Footnote 3/);
    const defs = await exec<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, anchor);
    assert.equal(defs.length, 1);
    const d = defs[0];
    assert.equal(('targetUri' in d ? d.targetRange : d.range).start.line, 20, 'lands on footnote 3');
  });

  it('Set Claim Kind is refused with a message, and no .hakusho/claims.json is written', async () => {
    const doc = await openPage('claims/nd133100.txt');
    const sentence = '市町村が発令する避難情報は、防災行政無線や携帯電話への緊急速報メールなど複数の手段で住民に伝えられている。';
    const start = doc.getText().indexOf(sentence);
    assert.ok(start > 0);
    const { result, errors } = await errorsShownWhile(() => exec<boolean>('hakusho.claims.setKind', { uri: doc.uri.toString(), start, end: start + sentence.length }, { kind: 'concern' }));
    assert.equal(result, false, 'the command reports that nothing was set');
    assert.deepEqual(errors, ['Claim corrections are not saved in Restricted Mode. Trust this workspace to save them.']);
    assert.equal(fs.existsSync(wsUri('.hakusho/claims.json').fsPath), false);
    assert.equal(fs.existsSync(wsUri('claims/.hakusho/claims.json').fsPath), false);
  });

  it('adding a review note is refused with a message, and no .hakusho/notes.json is written', async () => {
    const doc = await openPage('notes/nd141100.txt');
    const passage = '事業者の投資だけでは採算が合わない地域が残っている';
    const start = doc.getText().indexOf(passage);
    assert.ok(start > 0);
    const { result, errors } = await errorsShownWhile(() => exec<string | undefined>('hakusho.notes.addToSelection',
      { uri: doc.uri.toString(), start, end: start + passage.length, text: '出典の調査年を確認', label: '出典' }));
    assert.equal(result, undefined, 'no note was made');
    assert.deepEqual(errors, ['Review notes are not written in Restricted Mode: trust this workspace to add or change notes.']);
    assert.equal(fs.existsSync(wsUri('.hakusho/notes.json').fsPath), false);
  });
});
