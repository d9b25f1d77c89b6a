// Shared by the extension-host suites: workspace paths, polling, commands, range formatting.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

/** A file of the test workspace (test/vscode/workspace) by its relative path. */
export function wsUri(rel: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open (test/vscode/workspace)');
  return vscode.Uri.joinPath(folder.uri, ...rel.split('/'));
}

/** Polls `get` until `ok` holds or `ms` pass; returns the last value either way. */
export async function waitFor<T>(get: () => T | PromiseLike<T>, ok: (v: T) => boolean, ms = 5000, step = 100): Promise<T> {
  const end = Date.now() + ms;
  let v = await get();
  while (!ok(v) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, step));
    v = await get();
  }
  return v;
}

export const exec = <T>(command: string, ...args: unknown[]) => vscode.commands.executeCommand<T>(command, ...args);

/** `line:char-line:char`, 0-based, for readable assertions on ranges. */
export const fmtRange = (r: vscode.Range) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

/** Opens a white-paper page of the test workspace and waits for it to become `hakusho` (content sniffing is async). */
export async function openPage(rel: string, show = true): Promise<vscode.TextDocument> {
  let doc = await vscode.workspace.openTextDocument(wsUri(rel));
  if (show) await vscode.window.showTextDocument(doc);
  doc = await waitFor(() => vscode.workspace.textDocuments.find((d) => d.uri.toString() === doc.uri.toString()) ?? doc,
    (d) => d.languageId === 'hakusho', 5000);
  assert.equal(doc.languageId, 'hakusho', `${rel} is a hakusho document`);
  return doc;
}

/** The Markdown of each hover, as VS Code would render it. */
export function hoverTexts(hovers: vscode.Hover[] | undefined): string[] {
  return (hovers ?? []).map((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n'));
}

/** All hovers' Markdown in one string. */
export const hoverText = (hovers: vscode.Hover[] | undefined) => hoverTexts(hovers).join('\n---\n');

/** Markdown with its backslash escapes removed, to compare with the source text. */
export const plain = (md: string) => md.replace(/\\(.)/g, '$1');
