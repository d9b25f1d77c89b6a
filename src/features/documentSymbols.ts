// Outline, breadcrumbs bar and Ctrl+Shift+O: the heading tree, named "number title", level as detail.
import * as vscode from 'vscode';
import { AnalysisStore, HAKUSHO_ONLY_SELECTOR } from '../analysisStore';
import { Heading, HeadingLevel, WhitePaperDocument } from '../core/model';
import { rangeIn } from './referenceTargets';
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
  // a large edition has about a thousand headings: each level's wording is looked up once, and
  // positions come from the analysed text's line index
  const details = new Map<string, string>();
  const detailOf = (h: Heading) => {
    const key = `${h.level}:${h.inferred ? 1 : 0}`;
    let d = details.get(key);
    if (d === undefined) {
      d = h.inferred ? `${levelName(h.level)} · ${vscode.l10n.t('chapter inferred')}` : levelName(h.level);
      details.set(key, d);
    }
    return d;
  };
  const toSymbol = (doc: WhitePaperDocument, h: Heading): vscode.DocumentSymbol => {
    const symbol = new vscode.DocumentSymbol(headingName(h), detailOf(h), SYMBOL_KIND[h.level],
      rangeIn(doc, { start: h.start, end: h.sectionEnd }), rangeIn(doc, h));
    symbol.children = h.children.map((c) => toSymbol(doc, c));
    return symbol;
  };
  context.subscriptions.push(vscode.languages.registerDocumentSymbolProvider(HAKUSHO_ONLY_SELECTOR, {
    provideDocumentSymbols: async (document) => {
      const doc = await store.analyse(document);
      await nextTurn();
      return doc.headingTree.map((h) => toSymbol(doc, h));
    },
  }, { label: 'Hakusho' }));
}
