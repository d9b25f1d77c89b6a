// Footnote anchors look like any other number to a grammar: the service colours them from the analysis.
import * as vscode from 'vscode';
import { AnalysisStore, HAKUSHO_ONLY_SELECTOR } from '../analysisStore';
import { WorkspaceIndex } from '../core/workspaceIndex';
import { SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES, semanticTokens } from '../service/semanticTokens';
import { serviceContext } from '../serviceHost';
import { nextTurn } from '../turns';

export const SEMANTIC_LEGEND = new vscode.SemanticTokensLegend([...SEMANTIC_TOKEN_TYPES], [...SEMANTIC_TOKEN_MODIFIERS]);

export function registerSemanticTokens(context: vscode.ExtensionContext, store: AnalysisStore, index: WorkspaceIndex): void {
  context.subscriptions.push(vscode.languages.registerDocumentSemanticTokensProvider(HAKUSHO_ONLY_SELECTOR, {
    async provideDocumentSemanticTokens(document) {
      const doc = await store.analyse(document);
      await nextTurn();
      const builder = new vscode.SemanticTokensBuilder(SEMANTIC_LEGEND);
      for (const t of semanticTokens(serviceContext(index, doc), doc.uri)) {
        builder.push(t.line, t.character, t.length, SEMANTIC_TOKEN_TYPES.indexOf(t.type), t.unresolved ? 1 << SEMANTIC_TOKEN_MODIFIERS.indexOf('unresolved') : 0);
      }
      return builder.build();
    },
  }, SEMANTIC_LEGEND));
}
