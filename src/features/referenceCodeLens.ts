// "N references" above headings that the workspace cites (setting hakusho.codeLens.references).
import * as vscode from 'vscode';
import { AnalysisStore, HAKUSHO_SELECTOR, rangeOf } from '../analysisStore';
import { WorkspaceIndexer } from '../workspaceIndexer';
import { rangeIn } from './referenceTargets';

export function registerReferenceCodeLens(context: vscode.ExtensionContext, store: AnalysisStore, indexer: WorkspaceIndexer): void {
  const changed = new vscode.EventEmitter<void>();
  context.subscriptions.push(changed, indexer.onDidChange(() => changed.fire()));
  context.subscriptions.push(vscode.languages.registerCodeLensProvider(HAKUSHO_SELECTOR, {
    onDidChangeCodeLenses: changed.event,
    async provideCodeLenses(document) {
      if (!store.isWhitePaper(document)) return undefined;
      if (!vscode.workspace.getConfiguration('hakusho', document.uri).get<boolean>('codeLens.references', true)) return [];
      const doc = await store.analyse(document);
      const lenses: vscode.CodeLens[] = [];
      for (const heading of doc.headings) {
        const sites = indexer.index.incomingReferences(document.uri.toString(), heading);
        if (sites.length === 0) continue;
        const locations = sites.flatMap((s) => {
          const source = indexer.index.get(s.uri);
          return source ? [new vscode.Location(vscode.Uri.parse(s.uri), rangeIn(source, s.reference))] : [];
        });
        const range = rangeOf(document, heading);
        lenses.push(new vscode.CodeLens(range, {
          title: sites.length === 1 ? vscode.l10n.t('1 reference') : vscode.l10n.t('{0} references', sites.length),
          command: 'editor.action.showReferences',
          arguments: [document.uri, range.start, locations],
        }));
      }
      return lenses;
    },
  }));
}
