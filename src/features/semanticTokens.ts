// Footnote anchors look like any other number to a grammar: colour them from the analysis.
import * as vscode from 'vscode';
import { AnalysisStore, HAKUSHO_ONLY_SELECTOR } from '../analysisStore';
import { nextTurn } from '../turns';

export const SEMANTIC_LEGEND = new vscode.SemanticTokensLegend(['footnoteAnchor'], ['unresolved']);

export function registerSemanticTokens(context: vscode.ExtensionContext, store: AnalysisStore): void {
  context.subscriptions.push(vscode.languages.registerDocumentSemanticTokensProvider(HAKUSHO_ONLY_SELECTOR, {
    async provideDocumentSemanticTokens(document) {
      const doc = await store.analyse(document);
      await nextTurn();
      const builder = new vscode.SemanticTokensBuilder(SEMANTIC_LEGEND);
      for (const a of doc.anchors) {
        const p = document.positionAt(a.start);
        builder.push(p.line, p.character, a.end - a.start, 0, a.definition >= 0 ? 0 : 1);
      }
      return builder.build();
    },
  }, SEMANTIC_LEGEND));
}
