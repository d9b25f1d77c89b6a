// Writing a file under `.hakusho/` of a workspace folder (reviewers' notes, claim corrections):
// never through a symbolic link (it could point outside the workspace), never half-written (a
// temporary file beside it, then a rename), and never beyond a size a reviewer's file can reach.
import * as vscode from 'vscode';
import { NOTES_MAX_BYTES } from './core/notes';

/** Largest `.hakusho/` file written or read: the notes file's cap. */
export const MAX_HAKUSHO_FILE_BYTES = NOTES_MAX_BYTES;

async function typeOf(uri: vscode.Uri): Promise<vscode.FileType | undefined> {
  try {
    return (await vscode.workspace.fs.stat(uri)).type;
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
    throw e;
  }
}

const isLink = (type: vscode.FileType | undefined) => type !== undefined && (type & vscode.FileType.SymbolicLink) !== 0;

/** Writes `text` to `relativePath` (e.g. `.hakusho/notes.json`) of `root`, atomically; throws a readable error when refused. */
export async function writeHakushoFile(root: vscode.Uri, relativePath: string, text: string): Promise<void> {
  const bytes = new TextEncoder().encode(text);
  const target = vscode.Uri.joinPath(root, ...relativePath.split('/'));
  const shown = vscode.workspace.asRelativePath(target);
  if (bytes.length > MAX_HAKUSHO_FILE_BYTES) {
    throw new Error(vscode.l10n.t('{0} would grow beyond {1} MB; nothing was written.', shown, MAX_HAKUSHO_FILE_BYTES / 1024 / 1024));
  }
  const parts = relativePath.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const uri = vscode.Uri.joinPath(root, ...parts.slice(0, i));
    if (isLink(await typeOf(uri))) {
      throw new Error(vscode.l10n.t('{0} is a symbolic link; Hakusho writes only real files inside the workspace folder.', vscode.workspace.asRelativePath(uri)));
    }
  }
  await writeAtomically(target, bytes);
}

/**
 * Writes a temporary file next to `target`, then renames it over `target`: a crash or a full disk
 * mid-write leaves the old file whole, and the rename replaces a link put there meanwhile instead
 * of writing through it.
 */
export async function writeAtomically(target: vscode.Uri, bytes: Uint8Array): Promise<void> {
  const name = target.path.slice(target.path.lastIndexOf('/') + 1);
  const temp = target.with({ path: `${target.path.slice(0, -name.length)}.${name}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp` });
  try {
    await vscode.workspace.fs.writeFile(temp, bytes);
    await vscode.workspace.fs.rename(temp, target, { overwrite: true });
  } catch (e) {
    await Promise.resolve(vscode.workspace.fs.delete(temp)).catch(() => undefined);
    throw e;
  }
}
