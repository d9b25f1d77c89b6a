// Who writes a review note when hakusho.notes.author is empty, on Node: git's user.name of the
// workspace folder, else the system's user name. (The browser has neither; notes are then by 「Reviewer」.)
import { execFile } from 'node:child_process';
import * as os from 'node:os';
import * as vscode from 'vscode';

let gitUserName: Promise<string | null> | undefined;

export async function systemAuthor(folder: vscode.Uri | undefined): Promise<string | undefined> {
  gitUserName ??= new Promise<string | null>((resolve) => {
    execFile('git', ['config', 'user.name'], { cwd: folder?.scheme === 'file' ? folder.fsPath : undefined, timeout: 3000 }, (error, stdout) => resolve(error ? null : stdout.trim() || null));
  });
  const git = await gitUserName;
  if (git) return git;
  try {
    return os.userInfo().username;
  } catch {
    return undefined;
  }
}
