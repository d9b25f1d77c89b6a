// "N references" above headings that the workspace cites (setting hakusho.codeLens.references).
import * as vscode from 'vscode';
import { AnalysisStore, HAKUSHO_SELECTOR, rangeOf } from '../analysisStore';
import { WorkspaceIndexer } from '../workspaceIndexer';
import { nextTurn } from '../turns';
import { rangeIn } from './referenceTargets';

const pause = nextTurn;

export function registerReferenceCodeLens(context: vscode.ExtensionContext, store: AnalysisStore, indexer: WorkspaceIndexer): void {
  const changed = new vscode.EventEmitter<void>();
  context.subscriptions.push(changed, indexer.onDidChange(() => changed.fire()));
  context.subscriptions.push(vscode.languages.registerCodeLensProvider(HAKUSHO_SELECTOR, {
    onDidChangeCodeLenses: changed.event,
    async provideCodeLenses(document) {
      if (!store.isWhitePaper(document)) return undefined;
      if (!vscode.workspace.getConfiguration('hakusho', document.uri).get<boolean>('codeLens.references', true)) return [];
      const doc = await store.analyse(document);
      await nextTurn();
      // resolving every reference of the workspace and listing the lenses of a large page are long
      // in one piece: both go in slices
      await indexer.index.prepareIncoming(pause);
      const lenses: vscode.CodeLens[] = [];
      let sliceStart = Date.now();
      for (const heading of doc.headings) {
        if (Date.now() - sliceStart > 10) {
          await pause();
          sliceStart = Date.now();
        }
        const sites = indexer.index.incomingReferences(document.uri.toString(), heading);
        if (sites.length === 0) continue;
        const locations = sites.flatMap((s) => {
          const source = indexer.index.get(s.uri);
          if (!source) return [];
          // a place in this very text: the editor's own line index, not a second one of a large file
          const range = source === doc ? rangeOf(document, s.reference) : rangeIn(source, s.reference);
          return [new vscode.Location(vscode.Uri.parse(s.uri), range)];
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
