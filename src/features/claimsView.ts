// The Claims view (activity bar → Hakusho → Claims): the claims of the active file grouped under
// their headings, or of the whole workspace grouped by file then heading. Each claim shows its
// kind (icon + colour), a shortened sentence and how much evidence backs it; clicking reveals
// the sentence, and a reported claim shows what it reports and whose it is. The tree follows the
// cursor and the edits; its description sums up the scope and filters, its message says why it
// is empty. The tree is ./claimsTreeProvider, its commands ./claimsViewCommands; the wording is
// the language service's (src/service/claims.ts).
import * as vscode from 'vscode';
import { AnalysisStore } from '../analysisStore';
import { ClaimCorrectionsStore } from '../claimCorrectionsStore';
import { debouncePerDocument } from '../debounce';
import { ReviewNotesStore } from '../reviewNotesStore';
import { claimsFilterSummary, claimsViewMessage } from '../service/claims';
import { localize } from '../serviceHost';
import { WorkspaceIndexer } from '../workspaceIndexer';
import { CLAIMS_VIEW_ID } from './claimsShared';
import { ClaimsTreeProvider } from './claimsTreeProvider';
import { registerClaimsViewCommands } from './claimsViewCommands';

export function registerClaimsView(
  context: vscode.ExtensionContext, store: AnalysisStore, indexer: WorkspaceIndexer, corrections: ClaimCorrectionsStore, notes?: ReviewNotesStore,
): ClaimsTreeProvider {
  const provider = new ClaimsTreeProvider(store, indexer, corrections, notes);
  const view = vscode.window.createTreeView(CLAIMS_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  context.subscriptions.push(provider, view);

  const isWhitePaper = (d: vscode.TextDocument | undefined): d is vscode.TextDocument => !!d && store.isWhitePaper(d);

  // the menus' when-clauses read these
  const updateContext = () => {
    const setContext = (key: string, value: unknown) => void vscode.commands.executeCommand('setContext', key, value);
    setContext('hakusho.claims.scope', provider.scope);
    setContext('hakusho.claims.withoutEvidence', provider.withoutEvidence);
    setContext('hakusho.claims.onlyOpenNotes', provider.onlyOpenNotes);
    setContext('hakusho.claims.kindFilter', provider.kinds.size > 0);
    setContext('hakusho.claims.holderFilter', provider.holderFilter.type !== 'all');
    setContext('hakusho.claims.groupBy', provider.groupBy);
    view.description = claimsFilterSummary(provider.scope, provider.filter, localize) || undefined;
  };

  const updateMessage = () => {
    // a listing still being read sets the message when it is done (onDidBuild)
    const shown = provider.shownCount();
    if (shown === undefined) return;
    const activeDoc = provider.scope === 'file' && provider.activeUri ? provider.docFor(provider.activeUri) : undefined;
    const message = claimsViewMessage({
      scope: provider.scope, filter: provider.filter, hasFile: !!provider.activeUri, shown,
      staleCorrections: activeDoc ? corrections.staleFor(activeDoc).length : 0,
    }, localize);
    view.message = message;
  };

  const refreshTree = () => {
    provider.refresh();
    if (view.visible) updateMessage();
  };

  const onActiveEditor = (editor: vscode.TextEditor | undefined) => {
    // Moving the focus into a view leaves activeTextEditor undefined only for non-text editors: keep the last file then.
    let uri = provider.activeUri;
    if (editor) uri = isWhitePaper(editor.document) ? editor.document.uri.toString() : undefined;
    else if (vscode.window.visibleTextEditors.length === 0) uri = undefined; // every editor closed
    if (uri !== provider.activeUri) {
      provider.activeUri = uri;
      if (provider.scope === 'file') refreshTree();
    }
  };

  // Edits: debounced per document, then the tree.
  const refreshDocuments = () => {
    provider.refreshDocuments();
    if (view.visible) updateMessage();
  };
  const edits = debouncePerDocument(300, (document) => {
    if (provider.scope === 'workspace' || document.uri.toString() === provider.activeUri) refreshDocuments();
  });
  const onEdit = (document: vscode.TextDocument) => { if (isWhitePaper(document)) edits.schedule(document); };
  context.subscriptions.push(edits);

  // Follow the cursor: reveal the claim under it while the view is visible.
  let followTimer: NodeJS.Timeout | undefined;
  const follow = (editor: vscode.TextEditor) => {
    clearTimeout(followTimer);
    if (!view.visible || !isWhitePaper(editor.document)) return;
    followTimer = setTimeout(() => {
      if (!view.visible || editor.document.isClosed) return;
      // a selection (as the reveal command makes) is about where it starts; a bare cursor, where it stands
      const at = editor.selection.isEmpty ? editor.selection.active : editor.selection.start;
      const node = provider.nodeAt(editor.document.uri.toString(), editor.document.offsetAt(at));
      if (node && view.selection[0]?.id !== node.id) void view.reveal(node, { select: true, focus: false, expand: true }).then(undefined, () => undefined);
    }, 150);
  };
  context.subscriptions.push({ dispose: () => clearTimeout(followTimer) });

  context.subscriptions.push(
    provider.onDidChangeState(updateContext),
    vscode.window.onDidChangeActiveTextEditor(onActiveEditor),
    vscode.window.onDidChangeTextEditorSelection((e) => follow(e.textEditor)),
    vscode.workspace.onDidChangeTextDocument((e) => onEdit(e.document)),
    // language detection switches a .txt to hakusho by closing and reopening it
    vscode.workspace.onDidOpenTextDocument((d) => {
      if (!isWhitePaper(d)) return;
      const active = vscode.window.activeTextEditor;
      if (active?.document.uri.toString() === d.uri.toString()) onActiveEditor(active);
    }),
    indexer.onDidChange(() => { if (provider.scope === 'workspace') refreshDocuments(); }),
    corrections.onDidChange(() => refreshTree()),
    ...(notes ? [notes.onDidChange(() => refreshTree())] : []),
    view.onDidChangeVisibility((e) => {
      if (!e.visible) return;
      updateMessage();
      const editor = vscode.window.activeTextEditor;
      if (editor) follow(editor);
    }),
    provider.onDidChangeTreeData(() => { if (view.visible) setTimeout(updateMessage, 0); }),
    provider.onDidBuild(() => { if (view.visible) updateMessage(); }),
  );

  registerClaimsViewCommands(context, store, provider, view, refreshTree);

  updateContext();
  onActiveEditor(vscode.window.activeTextEditor);
  return provider;
}
