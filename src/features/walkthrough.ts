// The first-run walkthrough (contributes.walkthroughs): each step's button runs one of these commands,
// which does the step for the user on the sample white paper shipped with the extension — open it,
// show a footnote's hover, follow a cross-reference, show the Claims view. (Check All is the
// ordinary hakusho.checkWorkspace.)
//
// The sample is copied into the extension's global storage and opened from there: the installed
// extension's folder may be read-only and is replaced on update, and the user's experiments (a
// renumbering, a claim correction) should neither fail nor vanish. The pages are opened as documents
// (not as a workspace folder, which would reload the window), and open documents are indexed, so
// cross-references between the sample's pages resolve whatever the workspace is.
import * as vscode from 'vscode';
import { AnalysisStore, rangeOf } from '../analysisStore';
import { CrossReference, WhitePaperDocument } from '../core/model';
import { WorkspaceIndexer } from '../workspaceIndexer';

/** The sample's pages, the first one shown on opening. */
const SAMPLE_PAGES = ['pages/nd111100.txt', 'pages/nd110000.txt', 'pages/nd111200.txt', 'pages/nd112000.txt'];

export function registerWalkthrough(context: vscode.ExtensionContext, store: AnalysisStore, indexer: WorkspaceIndexer): void {
  const openSample = async (): Promise<vscode.TextDocument[]> => {
    const folder = await sampleCopy(context);
    // every page open, so that the index knows all of them before the first step needs a reference
    const docs = await Promise.all(SAMPLE_PAGES.map((p) => vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, ...p.split('/')))));
    await vscode.window.showTextDocument(docs[0], { preview: false });
    return docs;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('hakusho.walkthrough.openSample', async () => (await openSample())[0].uri),

    vscode.commands.registerCommand('hakusho.walkthrough.hoverFootnote', async () => {
      const docs = await openSample();
      for (const document of docs) {
        const doc = store.get(document);
        const anchor = doc.anchors.find((a) => a.definition >= 0);
        if (!anchor) continue;
        await showAt(document, rangeOf(document, anchor));
        await vscode.commands.executeCommand('editor.action.showHover');
        return document.uri;
      }
      void vscode.window.showWarningMessage(vscode.l10n.t('The sample has no footnote to show.'));
      return undefined;
    }),

    vscode.commands.registerCommand('hakusho.walkthrough.followReference', async () => {
      const docs = await openSample();
      await indexer.ready;
      const found = firstReferenceToAnotherPage(docs.map((d) => store.get(d)), indexer);
      if (!found) {
        void vscode.window.showWarningMessage(vscode.l10n.t('The sample has no cross-reference to follow.'));
        return undefined;
      }
      const document = docs.find((d) => d.uri.toString() === found.doc.uri)!;
      const at = rangeOf(document, found.reference);
      await showAt(document, at);
      // where F12 would go: the definition providers' answer for the reference (this extension's navigation)
      const answers = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
        'vscode.executeDefinitionProvider', document.uri, at.start.translate(0, 1));
      const target = answers?.[0];
      if (!target) {
        void vscode.window.showWarningMessage(vscode.l10n.t('The sample has no cross-reference to follow.'));
        return undefined;
      }
      const uri = 'targetUri' in target ? target.targetUri : target.uri;
      const range = 'targetUri' in target ? target.targetSelectionRange ?? target.targetRange : target.range;
      await showAt(await vscode.workspace.openTextDocument(uri), range);
      return uri;
    }),

    vscode.commands.registerCommand('hakusho.walkthrough.showClaims', async () => {
      // the view lists the active file's claims: show it beside a white paper
      const active = vscode.window.activeTextEditor?.document;
      if (!active || !store.isWhitePaper(active)) await openSample();
      await vscode.commands.executeCommand('hakusho.claims.focus');
    }),
  );
}

/** The sample in global storage, copied from the extension (again for any page the user deleted). */
async function sampleCopy(context: vscode.ExtensionContext): Promise<vscode.Uri> {
  const source = vscode.Uri.joinPath(context.extensionUri, 'sample');
  const target = vscode.Uri.joinPath(context.globalStorageUri, 'sample');
  if (!(await exists(target))) {
    await vscode.workspace.fs.createDirectory(context.globalStorageUri);
    await vscode.workspace.fs.copy(source, target, { overwrite: false });
  }
  for (const page of SAMPLE_PAGES) {
    const to = vscode.Uri.joinPath(target, ...page.split('/'));
    if (!(await exists(to))) await vscode.workspace.fs.copy(vscode.Uri.joinPath(source, ...page.split('/')), to, { overwrite: false });
  }
  return target;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * The cross-reference worth following: one that resolves to a heading on another page, preferably one
 * that quotes the heading's title (「…」), as most do; a bare 前節 is the last choice. Page order otherwise.
 */
function firstReferenceToAnotherPage(docs: WhitePaperDocument[], indexer: WorkspaceIndexer): { doc: WhitePaperDocument; reference: CrossReference } | undefined {
  let fallback: { doc: WhitePaperDocument; reference: CrossReference } | undefined;
  for (const doc of docs) {
    for (const reference of doc.references) {
      const r = indexer.index.resolve(doc, reference);
      if (r.status !== 'resolved' || r.targets[0].kind !== 'heading' || r.targets[0].uri === doc.uri) continue;
      if (reference.title) return { doc, reference };
      fallback ??= { doc, reference };
    }
  }
  return fallback;
}

async function showAt(document: vscode.TextDocument, range: vscode.Range): Promise<void> {
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  editor.selection = new vscode.Selection(range.start, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
