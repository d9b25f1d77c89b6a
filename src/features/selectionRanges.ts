// Expand selection (Shift+Alt+→): anchor → sentence → paragraph → section → enclosing sections.
import * as vscode from 'vscode';
import { AnalysisStore, HAKUSHO_ONLY_SELECTOR } from '../analysisStore';
import { WorkspaceIndex } from '../core/workspaceIndex';
import { selectionRanges } from '../service/selectionRanges';
import { fromPosition, serviceContext, toRange } from '../serviceHost';
import { nextTurn } from '../turns';

export function registerSelectionRanges(context: vscode.ExtensionContext, store: AnalysisStore, index: WorkspaceIndex): void {
  context.subscriptions.push(vscode.languages.registerSelectionRangeProvider(HAKUSHO_ONLY_SELECTOR, {
    async provideSelectionRanges(document, positions) {
      const doc = await store.analyse(document);
      await nextTurn();
      // innermost first: each range's parent is the next one out
      return selectionRanges(serviceContext(index, doc), doc.uri, positions.map(fromPosition)).map((ranges) =>
        ranges.reduceRight<vscode.SelectionRange | undefined>((parent, r) => new vscode.SelectionRange(toRange(r), parent), undefined)!);
    },
  }));
}
