// URLs inside footnote definitions become clickable links.
import * as vscode from 'vscode';
import { AnalysisStore, HAKUSHO_ONLY_SELECTOR, rangeOf } from '../analysisStore';
import { nextTurn } from '../turns';

const URL_RE = /https?:\/\/[^\s　）)」』、，。<>"]+/g;

export function registerDocumentLinks(context: vscode.ExtensionContext, store: AnalysisStore): void {
  context.subscriptions.push(vscode.languages.registerDocumentLinkProvider(HAKUSHO_ONLY_SELECTOR, {
    async provideDocumentLinks(document) {
      const doc = await store.analyse(document);
      await nextTurn();
      const links: vscode.DocumentLink[] = [];
      for (const def of doc.footnotes) {
        const text = doc.text.slice(def.textStart, def.end);
        for (const m of text.matchAll(URL_RE)) {
          const start = def.textStart + (m.index ?? 0);
          const url = m[0].replace(/[.,]+$/, '');
          try {
            links.push(new vscode.DocumentLink(rangeOf(document, { start, end: start + url.length }), vscode.Uri.parse(url, true)));
          } catch {
            // a malformed URL stays plain text
          }
        }
      }
      return links;
    },
  }));
}
