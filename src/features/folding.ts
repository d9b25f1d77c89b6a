// Folding: every heading's section, and each footnote definition block (computed by the service).
import * as vscode from 'vscode';
import { AnalysisStore, HAKUSHO_ONLY_SELECTOR } from '../analysisStore';
import { foldingRanges } from '../service/folding';
import { serviceContext } from '../serviceHost';
import { WorkspaceIndex } from '../core/workspaceIndex';
import { nextTurn } from '../turns';

export function registerFolding(context: vscode.ExtensionContext, store: AnalysisStore, index: WorkspaceIndex): void {
  context.subscriptions.push(vscode.languages.registerFoldingRangeProvider(HAKUSHO_ONLY_SELECTOR, {
    async provideFoldingRanges(document) {
      const doc = await store.analyse(document);
      await nextTurn();
      return foldingRanges(serviceContext(index, doc), doc.uri).map((r) =>
        new vscode.FoldingRange(r.startLine, r.endLine, r.kind === 'region' ? vscode.FoldingRangeKind.Region : vscode.FoldingRangeKind.Comment));
    },
  }));
}
