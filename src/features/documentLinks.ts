// URLs inside footnote definitions become clickable links.
import * as vscode from 'vscode';
import { AnalysisStore, HAKUSHO_ONLY_SELECTOR, rangeOf } from '../analysisStore';
import { urlsIn } from '../core/urls';

export function registerDocumentLinks(context: vscode.ExtensionContext, store: AnalysisStore): void {
  context.subscriptions.push(vscode.languages.registerDocumentLinkProvider(HAKUSHO_ONLY_SELECTOR, {
    provideDocumentLinks(document) {
      const doc = store.get(document);
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
