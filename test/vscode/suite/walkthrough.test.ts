// The first-run walkthrough: every step's button names a command that exists and its page exists, and
// each step's command does the step on the sample (opened from a copy, not from the extension's folder).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { exec, hoverText, waitFor } from '../helpers';

interface Step { id: string; description: string; media: { markdown: string }; completionEvents: string[] }

describe('walkthrough', function () {
  this.timeout(60000);
  const ext = () => vscode.extensions.getExtension('hakusho.hakusho')!;
  const steps = () => (ext().packageJSON.contributes.walkthroughs as { steps: Step[] }[])[0].steps;

  before(async () => {
    await ext().activate();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('has the five steps, each with a button whose command exists and a page that exists', async () => {
    assert.deepEqual(steps().map((s) => s.id), ['openSample', 'hoverFootnote', 'followReference', 'claims', 'checkAll']);
    const commands = new Set(await vscode.commands.getCommands(true));
    for (const step of steps()) {
      const buttons = [...step.description.matchAll(/^\[[^\]]+\]\(command:([\w.]+)\)$/gm)].map((m) => m[1]);
      assert.equal(buttons.length, 1, `${step.id} has one button: ${step.description}`);
      assert.ok(commands.has(buttons[0]), `${step.id}: command ${buttons[0]} is registered`);
      const media = path.join(ext().extensionPath, step.media.markdown);
      assert.ok(fs.existsSync(media), `${step.id}: ${step.media.markdown} exists`);
      assert.match(fs.readFileSync(media, 'utf8'), /^# /, `${step.id}: the page has a title`);
    }
  });

  it('Open the sample: the first page, as a white paper, from a copy outside the extension', async () => {
    const uri = await exec<vscode.Uri>('hakusho.walkthrough.openSample');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.equal(editor.document.uri.toString(), uri.toString());
    assert.equal(path.basename(uri.fsPath), 'nd111100.txt');
    assert.equal(editor.document.languageId, 'hakusho');
    assert.ok(!uri.fsPath.startsWith(ext().extensionPath + path.sep), `${uri.fsPath} is not in the extension's folder`);
    // the copy is the shipped sample, untouched
    assert.equal(editor.document.getText(), fs.readFileSync(path.join(ext().extensionPath, 'sample/pages/nd111100.txt'), 'utf8'));
  });

  it('Hover a footnote: the cursor stands on an anchor whose hover shows its note', async () => {
    await exec('hakusho.walkthrough.hoverFootnote');
    const editor = vscode.window.activeTextEditor!;
    const hovers = await exec<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.selection.active);
    assert.match(hoverText(hovers), /\*\*(Footnote|脚注) \d+\*\*/);
  });

  it('Follow a cross-reference: the cursor ends on the heading a reference of another page quotes', async () => {
    const target = await exec<vscode.Uri | undefined>('hakusho.walkthrough.followReference');
    assert.ok(target, 'a reference was followed');
    const editor = await waitFor(() => vscode.window.activeTextEditor, (e) => e?.document.uri.toString() === target.toString(), 5000);
    assert.equal(editor?.document.uri.toString(), target.toString(), 'the target page is shown');
    const line = editor.document.lineAt(editor.selection.active.line).text;
    // the titles quoted by references 「…」 on the other sample pages
    const pages = path.join(ext().extensionPath, 'sample/pages');
    const quoted = fs.readdirSync(pages).filter((f) => f !== path.basename(target.fsPath))
      .flatMap((f) => [...fs.readFileSync(path.join(pages, f), 'utf8').matchAll(/[節)）\d]「([^」]+)」/g)].map((m) => m[1]));
    assert.ok(quoted.some((title) => line.endsWith(title)), `the cursor is on a quoted heading: ${JSON.stringify(line)} (quoted: ${quoted.join(', ')})`);
  });

  it('Claims view and Check All: their commands run beside a white paper', async () => {
    await exec('hakusho.walkthrough.showClaims');
    assert.equal(vscode.window.activeTextEditor?.document.languageId, 'hakusho');
    const files = await exec<number>('hakusho.checkWorkspace');
    assert.ok(files > 0, `Check All checked ${files} files`);
  });
});
