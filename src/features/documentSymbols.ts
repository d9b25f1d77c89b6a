// Outline, breadcrumbs bar and Ctrl+Shift+O: the heading tree, named "number title", level as detail.
import * as vscode from 'vscode';
import { AnalysisStore, HAKUSHO_ONLY_SELECTOR, rangeOf } from '../analysisStore';
import { Heading, HeadingLevel } from '../core/model';
import { nextTurn } from '../turns';

const SYMBOL_KIND: Record<HeadingLevel, vscode.SymbolKind> = {
  part: vscode.SymbolKind.Module, chapter: vscode.SymbolKind.Namespace, section: vscode.SymbolKind.Class,
  item: vscode.SymbolKind.Method, subitem: vscode.SymbolKind.Function, kana: vscode.SymbolKind.Field,
  subkana: vscode.SymbolKind.Property, circled: vscode.SymbolKind.EnumMember, unnumbered: vscode.SymbolKind.String,
};

export function levelName(level: HeadingLevel): string {
  switch (level) {
    case 'part': return vscode.l10n.t('Part');
    case 'chapter': return vscode.l10n.t('Chapter');
    case 'section': return vscode.l10n.t('Section');
    case 'item': return vscode.l10n.t('Item');
    case 'subitem': return vscode.l10n.t('Sub-item');
    case 'kana': return vscode.l10n.t('Kana item');
    case 'subkana': return vscode.l10n.t('Kana sub-item');
    case 'circled': return vscode.l10n.t('Circled item');
    case 'unnumbered': return vscode.l10n.t('Run-in heading');
  }
}

export function headingName(h: Heading): string {
  return [h.label, h.title].filter(Boolean).join(' ') || h.label || '…';
}

export function registerDocumentSymbols(context: vscode.ExtensionContext, store: AnalysisStore): void {
  const toSymbol = (document: vscode.TextDocument, h: Heading): vscode.DocumentSymbol => {
    const detail = h.inferred ? `${levelName(h.level)} · ${vscode.l10n.t('chapter inferred')}` : levelName(h.level);
    const symbol = new vscode.DocumentSymbol(headingName(h), detail, SYMBOL_KIND[h.level],
      rangeOf(document, { start: h.start, end: h.sectionEnd }), rangeOf(document, h));
    symbol.children = h.children.map((c) => toSymbol(document, c));
    return symbol;
  };
  context.subscriptions.push(vscode.languages.registerDocumentSymbolProvider(HAKUSHO_ONLY_SELECTOR, {
    provideDocumentSymbols: async (document) => {
      const doc = await store.analyse(document);
      await nextTurn();
      return doc.headingTree.map((h) => toSymbol(document, h));
    },
  }, { label: 'Hakusho' }));
}
