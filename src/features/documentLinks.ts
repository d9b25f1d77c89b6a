// URLs inside footnote definitions become clickable links.
import * as vscode from 'vscode';
import { AnalysisStore, HAKUSHO_ONLY_SELECTOR, rangeOf } from '../analysisStore';
import { urlsIn } from '../core/urls';
import { nextTurn } from '../turns';

export function registerDocumentLinks(context: vscode.ExtensionContext, store: AnalysisStore): void {
  context.subscriptions.push(vscode.languages.registerDocumentLinkProvider(HAKUSHO_ONLY_SELECTOR, {
    async provideDocumentLinks(document) {
      const doc = await store.analyse(document);
      await nextTurn();
      const links: vscode.DocumentLink[] = [];
      for (const def of doc.footnotes) {
        for (const span of urlsIn(doc.text.slice(def.textStart, def.end), def.textStart)) {
          try {
            links.push(new vscode.DocumentLink(rangeOf(document, span), vscode.Uri.parse(doc.text.slice(span.start, span.end), true)));
          } catch {
            // a malformed URL stays plain text
          }
        }
      }
      return links;
    },
  }));
}
