// Expand selection (Shift+Alt+→): anchor → sentence → paragraph → section → enclosing sections.
import * as vscode from 'vscode';
import { AnalysisStore, HAKUSHO_ONLY_SELECTOR, rangeOf } from '../analysisStore';
import { selectionSpans } from '../core/selection';
import { nextTurn } from '../turns';

export function registerSelectionRanges(context: vscode.ExtensionContext, store: AnalysisStore): void {
  context.subscriptions.push(vscode.languages.registerSelectionRangeProvider(HAKUSHO_ONLY_SELECTOR, {
    async provideSelectionRanges(document, positions) {
      const doc = await store.analyse(document);
      await nextTurn();
      return positions.map((position) => {
        const spans = selectionSpans(doc, document.offsetAt(position));
        let range: vscode.SelectionRange | undefined;
        for (let i = spans.length - 1; i >= 0; i--) range = new vscode.SelectionRange(rangeOf(document, spans[i]), range);
        return range ?? new vscode.SelectionRange(new vscode.Range(position, position));
      });
    },
  }));
}
