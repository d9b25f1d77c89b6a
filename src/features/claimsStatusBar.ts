// The number of claims of the active white-paper file in the status bar; a click shows the Claims
// view. It follows the active editor, edits (debounced per document) and reviewers' corrections.
import * as vscode from 'vscode';
import { AnalysisStore } from '../analysisStore';
import { ClaimCorrectionsStore } from '../claimCorrectionsStore';
import { debouncePerDocument } from '../debounce';
import { claimsCount } from '../service/claims';
import { localize } from '../serviceHost';
import { CLAIMS_VIEW_ID, currentClaims } from './claimsShared';

export function registerClaimsStatusBar(context: vscode.ExtensionContext, store: AnalysisStore, corrections: ClaimCorrectionsStore): void {
  const status = vscode.window.createStatusBarItem('hakusho.claims', vscode.StatusBarAlignment.Right, 100);
  status.name = vscode.l10n.t('Hakusho claims');
  status.command = { command: `${CLAIMS_VIEW_ID}.focus`, title: vscode.l10n.t('Show the Claims view') };
  context.subscriptions.push(status);

  const isWhitePaper = (d: vscode.TextDocument | undefined): d is vscode.TextDocument => !!d && store.isWhitePaper(d);

  const update = async () => {
    const editor = vscode.window.activeTextEditor;
    if (!isWhitePaper(editor?.document)) {
      status.hide();
      return;
    }
    const claims = await currentClaims(store, corrections, editor.document);
    if (!claims || vscode.window.activeTextEditor !== editor) return; // a newer update is on its way
    const n = claims.length;
    status.text = `$(comment-discussion) ${claimsCount(n, localize)}`;
    status.tooltip = vscode.l10n.t('Claims in this file: {0}. Click to show the Claims view.', n);
    status.show();
  };

  const edits = debouncePerDocument(300, (document) => {
    if (vscode.window.activeTextEditor?.document === document) update();
  });
  context.subscriptions.push(edits);

  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(() => update()),
    vscode.workspace.onDidChangeTextDocument((e) => { if (isWhitePaper(e.document)) edits.schedule(e.document); }),
    // language detection switches a .txt to hakusho by closing and reopening it
    vscode.workspace.onDidOpenTextDocument((d) => {
      if (isWhitePaper(d) && vscode.window.activeTextEditor?.document.uri.toString() === d.uri.toString()) update();
    }),
    corrections.onDidChange(() => update()),
  );

  update();
}
