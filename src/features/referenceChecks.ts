// Warnings for references that resolve to nothing and for quoted titles that do not match their
// target (their quick fixes: quickFixes.ts), in the open files or, by setting or command, the
// whole workspace.
import * as vscode from 'vscode';
import { AnalysisStore } from '../analysisStore';
import { WorkspaceIndexer } from '../workspaceIndexer';
import type { DiagnosticsFeature } from './diagnostics';

export function registerReferenceChecks(context: vscode.ExtensionContext, store: AnalysisStore, indexer: WorkspaceIndexer, diagnostics: DiagnosticsFeature): void {
  const index = indexer.index;
  diagnostics.addSource((doc) => index.referenceProblems(doc));
  const workspaceScope = () => vscode.workspace.getConfiguration('hakusho.diagnostics').get<string>('scope', 'openFiles') === 'workspace';
  let publishedOutline = -1;
  const publish = () => {
    diagnostics.refreshAll();
    if (!workspaceScope()) return;
    // typing in prose changes no other page's problems: republish only what was analysed anew
    void diagnostics.publishWorkspace(index.documents(), { onlyChanged: index.outlineGeneration === publishedOutline });
    publishedOutline = index.outlineGeneration;
  };
  context.subscriptions.push(
    indexer.onDidChange(publish),
    vscode.workspace.onDidChangeConfiguration((e) => {
      // scope, enable, disabledCodes: every closed file's problems are published again (or cleared)
      if (!e.affectsConfiguration('hakusho.diagnostics') && !e.affectsConfiguration('hakusho.markdown')) return;
      publishedOutline = -1;
      if (workspaceScope()) publish();
      else diagnostics.clearClosed();
    }),
    vscode.commands.registerCommand('hakusho.checkWorkspace', async () => {
      await indexer.ready;
      const files = await diagnostics.publishWorkspace(index.documents());
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Hakusho checked {0} white-paper files.', files + vscode.workspace.textDocuments.filter((d) => store.isWhitePaper(d)).length), 5000);
      return files;
    }),
  );
}
