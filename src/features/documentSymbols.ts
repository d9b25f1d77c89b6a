// Outline, breadcrumbs bar and Ctrl+Shift+O: the service's heading tree, named "number title",
// level as detail, each level its own symbol kind.
import * as vscode from 'vscode';
import { AnalysisStore, HAKUSHO_ONLY_SELECTOR } from '../analysisStore';
import { HeadingLevel } from '../core/model';
import { WorkspaceIndex } from '../core/workspaceIndex';
import { DocumentSymbol, documentSymbols } from '../service/documentSymbols';
import { serviceContext, toRange } from '../serviceHost';
import { nextTurn } from '../turns';

const SYMBOL_KIND: Record<HeadingLevel, vscode.SymbolKind> = {
  part: vscode.SymbolKind.Module, chapter: vscode.SymbolKind.Namespace, section: vscode.SymbolKind.Class,
  item: vscode.SymbolKind.Method, subitem: vscode.SymbolKind.Function, kana: vscode.SymbolKind.Field,
  subkana: vscode.SymbolKind.Property, circled: vscode.SymbolKind.EnumMember, unnumbered: vscode.SymbolKind.String,
};

function toSymbol(s: DocumentSymbol): vscode.DocumentSymbol {
  const symbol = new vscode.DocumentSymbol(s.name, s.detail, SYMBOL_KIND[s.level], toRange(s.range), toRange(s.selectionRange));
  symbol.children = s.children.map(toSymbol);
  return symbol;
}

export function registerDocumentSymbols(context: vscode.ExtensionContext, store: AnalysisStore, index: WorkspaceIndex): void {
  // the outline, breadcrumbs and sticky scroll each ask for the same version's symbols: built once
  // per analysis (an edition has a thousand headings and more)
  const built = new WeakMap<object, vscode.DocumentSymbol[]>();
  context.subscriptions.push(vscode.languages.registerDocumentSymbolProvider(HAKUSHO_ONLY_SELECTOR, {
    provideDocumentSymbols: async (document) => {
      const doc = await store.analyse(document);
      const hit = built.get(doc);
      if (hit) return hit;
      await nextTurn();
      const symbols = documentSymbols(serviceContext(index, doc), doc.uri).map(toSymbol);
      built.set(doc, symbols);
      return symbols;
    },
  }, { label: 'Hakusho' }));
}
