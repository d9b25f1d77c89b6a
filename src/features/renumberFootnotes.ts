// Command "Renumber Footnotes": the definition block under the cursor (or the one the anchor under
// the cursor cites) is renumbered in citation order, definitions and anchors together, as one undoable edit.
import * as vscode from 'vscode';
import { AnalysisStore } from '../analysisStore';
import { WorkspaceIndex } from '../core/workspaceIndex';
import { renumberFootnotes } from '../service/rename';
import { confirmationOf, fromPosition, serviceContext, toRange } from '../serviceHost';

export function registerRenumberFootnotes(context: vscode.ExtensionContext, store: AnalysisStore, index: WorkspaceIndex): void {
  context.subscriptions.push(vscode.commands.registerCommand('hakusho.renumberFootnotes', async (uri?: vscode.Uri, position?: vscode.Position) => {
    const editor = vscode.window.activeTextEditor;
    const document = uri ? await vscode.workspace.openTextDocument(uri) : editor?.document;
    if (!document || !store.isWhitePaper(document)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Renumber Footnotes works on a white-paper page; this file is not read as one (a Markdown file needs 第…部/章/節 headings or `hakusho: true`).'));
      return false;
    }
    const doc = await store.analyse(document);
    const at = position ?? editor?.selection.active ?? new vscode.Position(0, 0);
    const edits = renumberFootnotes(serviceContext(index, doc), doc.uri, fromPosition(at));
    if (!Array.isArray(edits)) {
      void vscode.window.showInformationMessage(edits.error);
      return false;
    }
    if (edits.length === 0) {
      void vscode.window.setStatusBarMessage(vscode.l10n.t('The footnotes are already numbered in order.'), 4000);
      return false;
    }
    const edit = new vscode.WorkspaceEdit();
    for (const e of edits) edit.replace(document.uri, toRange(e.range), e.newText, confirmationOf(e));
    // an edit of a doubtful anchor opens the refactor preview with it unchecked; the promise settles
    // when the user applies or discards there
    const applied = await vscode.workspace.applyEdit(edit, { isRefactoring: true });
    if (!applied) {
      void vscode.window.showWarningMessage(edits.some((e) => e.needsConfirmation)
        ? vscode.l10n.t('The footnotes were not renumbered: the refactor preview was discarded, or VS Code refused the edit (is the file read-only?).')
        : vscode.l10n.t('The footnotes were not renumbered: VS Code refused the edit (is the file read-only?).'));
    }
    return applied;
  }));
}
