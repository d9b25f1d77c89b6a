// URLs inside footnote definitions become clickable links (found by the service).
import * as vscode from 'vscode';
import { AnalysisStore, HAKUSHO_ONLY_SELECTOR } from '../analysisStore';
import { WorkspaceIndex } from '../core/workspaceIndex';
import { documentLinks } from '../service/documentLinks';
import { serviceContext, toRange } from '../serviceHost';
import { nextTurn } from '../turns';

export function registerDocumentLinks(context: vscode.ExtensionContext, store: AnalysisStore, index: WorkspaceIndex): void {
  context.subscriptions.push(vscode.languages.registerDocumentLinkProvider(HAKUSHO_ONLY_SELECTOR, {
    async provideDocumentLinks(document) {
      const doc = await store.analyse(document);
      await nextTurn();
      return documentLinks(serviceContext(index, doc), doc.uri).flatMap((l) => {
        try {
          return [new vscode.DocumentLink(toRange(l.range), vscode.Uri.parse(l.target, true))];
        } catch {
          return []; // a URL VS Code cannot parse stays plain text
        }
      });
    },
  }));
}
