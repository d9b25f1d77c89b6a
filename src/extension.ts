// activate(): one analysis store, then each feature registers itself.
import * as vscode from 'vscode';
import { AnalysisStore } from './analysisStore';
import { DiagnosticsFeature } from './features/diagnostics';
import { registerDocumentLinks } from './features/documentLinks';
import { registerDocumentSymbols } from './features/documentSymbols';
import { registerFolding } from './features/folding';
import { registerFootnoteHover } from './features/footnoteHover';
import { registerFootnoteNavigation } from './features/footnoteNavigation';
import { registerLanguageDetection } from './features/languageDetection';
import { registerSemanticTokens } from './features/semanticTokens';

export function activate(context: vscode.ExtensionContext): void {
  const store = new AnalysisStore();
  context.subscriptions.push(store);
  registerLanguageDetection(context);
  registerDocumentSymbols(context, store);
  registerFolding(context, store);
  registerFootnoteHover(context, store);
  registerFootnoteNavigation(context, store);
  registerDocumentLinks(context, store);
  registerSemanticTokens(context, store);
  context.subscriptions.push(new DiagnosticsFeature(store));
}

export function deactivate(): void {}
