// Warnings for references that resolve to nothing and for quoted titles that do not match their
// target, with quick fixes: use the real title, or, when the title names exactly one other heading,
// point the path there instead.
import * as vscode from 'vscode';
import { AnalysisStore, HAKUSHO_SELECTOR, rangeOf } from '../analysisStore';
import { pathLabel } from '../core/numbering';
import { referenceAt } from '../core/queries';
import { normaliseTitle, WorkspaceIndex } from '../core/workspaceIndex';
import { WorkspaceIndexer } from '../workspaceIndexer';
import { DiagnosticsFeature } from './diagnostics';

export function registerReferenceChecks(context: vscode.ExtensionContext, store: AnalysisStore, indexer: WorkspaceIndexer, diagnostics: DiagnosticsFeature): void {
  const index = indexer.index;
  diagnostics.addSource((doc) => index.checkReferences(doc));
  const workspaceScope = () => vscode.workspace.getConfiguration('hakusho.diagnostics').get<string>('scope', 'openFiles') === 'workspace';
  let publishedOutline = -1;
  const publish = () => {
    diagnostics.refreshAll();
    if (!workspaceScope()) return;
    // typing in prose changes no other page's problems: republish only what was analysed anew
    void diagnostics.publishWorkspace(index.documents(), { onlyChanged: index.outlineGeneration === publishedOutline });
    publishedOutline = index.outlineGeneration;
  };
  context.subscriptions.push(
    indexer.onDidChange(publish),
    vscode.workspace.onDidChangeConfiguration((e) => {
      // scope, enable, disabledCodes: every closed file's problems are published again (or cleared)
      if (!e.affectsConfiguration('hakusho.diagnostics') && !e.affectsConfiguration('hakusho.markdown')) return;
      publishedOutline = -1;
      if (workspaceScope()) publish();
      else diagnostics.clearClosed();
    }),
    vscode.commands.registerCommand('hakusho.checkWorkspace', async () => {
      await indexer.ready;
      const files = await diagnostics.publishWorkspace(index.documents());
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Hakusho checked {0} white-paper files.', files + vscode.workspace.textDocuments.filter((d) => store.isWhitePaper(d)).length), 5000);
      return files;
    }),
    vscode.languages.registerCodeActionsProvider(HAKUSHO_SELECTOR, {
      async provideCodeActions(document, _range, ctx) {
        if (!store.isWhitePaper(document)) return undefined;
        const actions: vscode.CodeAction[] = [];
        for (const d of ctx.diagnostics) {
          if (d.source !== 'hakusho' || d.code !== 'reference-title-mismatch') continue;
          actions.push(...await titleFixes(store, index, document, d));
        }
        return actions;
      },
    }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
  );
}

async function titleFixes(store: AnalysisStore, index: WorkspaceIndex, document: vscode.TextDocument, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const doc = await store.analyse(document);
  const reference = referenceAt(doc, document.offsetAt(d.range.start));
  if (!reference || !reference.title || !reference.titleSpan) return [];
  const resolution = index.resolve(doc, reference);
  if (resolution.status !== 'resolved' || resolution.targets[0].kind !== 'heading') return [];
  const target = resolution.targets[0].heading;
  if (normaliseTitle(reference.title) === normaliseTitle(target.title)) return []; // already mended since the diagnostic was published
  const out: vscode.CodeAction[] = [];

  const useTitle = new vscode.CodeAction(vscode.l10n.t('Replace the title with 「{0}」', target.title), vscode.CodeActionKind.QuickFix);
  useTitle.edit = new vscode.WorkspaceEdit();
  // the title's place in the current text: the diagnostic's range may be from before the last keystrokes
  useTitle.edit.replace(document.uri, rangeOf(document, reference.titleSpan), target.title);
  useTitle.diagnostics = [d];
  useTitle.isPreferred = true;
  out.push(useTitle);

  const named = index.headingsTitled(reference.title).filter((h) => h.heading.address !== target.address);
  const distinct = new Set(named.map((h) => h.heading.address));
  if (distinct.size === 1) {
    const other = named[0].heading;
    const pathEnd = reference.titleSpan.start - 1; // the path stands before 「
    const pathStart = reference.start;
    const newPath = pathLabel(other.segments);
    const usePath = new vscode.CodeAction(vscode.l10n.t('Point the reference to {0} 「{1}」', newPath, other.title), vscode.CodeActionKind.QuickFix);
    usePath.edit = new vscode.WorkspaceEdit();
    usePath.edit.replace(document.uri, new vscode.Range(document.positionAt(pathStart), document.positionAt(pathEnd)), newPath);
    usePath.diagnostics = [d];
    out.push(usePath);
  }
  return out;
}
