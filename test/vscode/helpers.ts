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
