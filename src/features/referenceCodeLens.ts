// "N references" above headings that the workspace cites (setting hakusho.codeLens.references): the
// service's lenses, each running VS Code's "show references" on the places that cite the heading.
import * as vscode from 'vscode';
import { AnalysisStore, HAKUSHO_SELECTOR } from '../analysisStore';
import { eachCodeLens } from '../service/codeLens';
import { serviceContext, serviceSettings, toRange } from '../serviceHost';
import { nextTurn } from '../turns';
import { WorkspaceIndexer } from '../workspaceIndexer';

export function registerReferenceCodeLens(context: vscode.ExtensionContext, store: AnalysisStore, indexer: WorkspaceIndexer): void {
  const changed = new vscode.EventEmitter<void>();
  context.subscriptions.push(changed, indexer.onDidChange(() => changed.fire()));
  context.subscriptions.push(vscode.languages.registerCodeLensProvider(HAKUSHO_SELECTOR, {
    onDidChangeCodeLenses: changed.event,
    async provideCodeLenses(document) {
      if (!store.isWhitePaper(document)) return undefined;
      if (!serviceSettings(document.uri).codeLensReferences) return [];
      const doc = await store.analyse(document);
      await nextTurn();
      // resolving every reference of the workspace and listing the lenses of a large page are long
      // in one piece: both go in slices
      await indexer.index.prepareIncoming(nextTurn);
      const lenses: vscode.CodeLens[] = [];
      let sliceStart = Date.now();
      for (const lens of eachCodeLens(serviceContext(indexer.index, doc), doc.uri)) {
        const range = toRange(lens.range);
        const locations = lens.locations.map((l) => new vscode.Location(vscode.Uri.parse(l.uri), toRange(l.range)));
        lenses.push(new vscode.CodeLens(range, { title: lens.title, command: 'editor.action.showReferences', arguments: [document.uri, range.start, locations] }));
        if (Date.now() - sliceStart > 10) {
          await nextTurn();
          sliceStart = Date.now();
        }
      }
      return lenses;
    },
  }));
}
