// Claims in the editor itself: a subtle underline under each claim sentence, coloured by kind
// (`hakusho.claims.decorations`), and the number of claims of the active file in the status bar
// (click: the Claims view). Both follow edits, debounced per document.
import * as vscode from 'vscode';
import { AnalysisStore } from '../analysisStore';
import { ClaimCorrectionsStore } from '../claimCorrectionsStore';
import { CLAIM_KINDS } from '../core/claimExtraction';
import { Claim, ClaimKind } from '../core/model';
import { debouncePerDocument } from '../debounce';
import { nextTurn } from '../turns';

/** Underline colours in the text (the chart colours, faded): subtle on light and dark themes. */
const KIND_RGBA: Record<ClaimKind, string> = {
  necessity: 'rgba(209, 134, 22, 0.6)',
  importance: 'rgba(26, 133, 255, 0.55)',
  expectation: 'rgba(56, 138, 52, 0.6)',
  assessment: 'rgba(101, 44, 179, 0.5)',
  attributed: 'rgba(191, 143, 0, 0.6)',
  concern: 'rgba(229, 20, 0, 0.5)',
};

export function claimsCount(n: number): string {
  return n === 1 ? vscode.l10n.t('1 claim') : vscode.l10n.t('{0} claims', n);
}

class ClaimDecorations implements vscode.Disposable {
  private readonly types = new Map<ClaimKind, vscode.TextEditorDecorationType>();

  constructor() {
    for (const kind of CLAIM_KINDS) {
      this.types.set(kind, vscode.window.createTextEditorDecorationType({
        borderStyle: 'none none solid none',
        borderWidth: '0 0 1px 0',
        borderColor: KIND_RGBA[kind],
        overviewRulerColor: KIND_RGBA[kind],
        overviewRulerLane: vscode.OverviewRulerLane.Left,
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      }));
    }
  }

  apply(editor: vscode.TextEditor, claims: readonly Claim[]): void {
    const byKind = new Map<ClaimKind, vscode.Range[]>(CLAIM_KINDS.map((k) => [k, []]));
    const document = editor.document;
    for (const c of claims) byKind.get(c.kind)!.push(new vscode.Range(document.positionAt(c.start), document.positionAt(c.end)));
    for (const [kind, type] of this.types) editor.setDecorations(type, byKind.get(kind)!);
  }

  dispose(): void {
    for (const t of this.types.values()) t.dispose();
  }
}

function decorationsEnabled(document: vscode.TextDocument): boolean {
  return vscode.workspace.getConfiguration('hakusho.claims', document.uri).get<boolean>('decorations', true);
}

export function registerClaimsInText(context: vscode.ExtensionContext, store: AnalysisStore, corrections: ClaimCorrectionsStore, showViewCommand: string): void {
  const decorations = new ClaimDecorations();
  const status = vscode.window.createStatusBarItem('hakusho.claims', vscode.StatusBarAlignment.Right, 100);
  status.name = vscode.l10n.t('Hakusho claims');
  status.command = { command: showViewCommand, title: vscode.l10n.t('Show the Claims view') };
  context.subscriptions.push(decorations, status);

  const isWhitePaper = (d: vscode.TextDocument | undefined): d is vscode.TextDocument => !!d && store.isWhitePaper(d);

  /** The claims of the editor's text as it is now (analysed and extracted on the worker), or null once it has changed. */
  const currentClaims = async (document: vscode.TextDocument) => {
    const version = document.version;
    const doc = await store.analyse(document);
    await store.prepareClaims(doc);
    await nextTurn();
    return document.version === version && !document.isClosed ? corrections.claimsOf(doc) : null;
  };

  const updateStatus = async () => {
    const editor = vscode.window.activeTextEditor;
    if (!isWhitePaper(editor?.document)) {
      status.hide();
      return;
    }
    const claims = await currentClaims(editor.document);
    if (!claims || vscode.window.activeTextEditor !== editor) return; // a newer update is on its way
    const n = claims.length;
    status.text = `$(comment-discussion) ${claimsCount(n)}`;
    status.tooltip = vscode.l10n.t('Claims in this file: {0}. Click to show the Claims view.', n);
    status.show();
  };

  const decorate = async (editor: vscode.TextEditor) => {
    if (!isWhitePaper(editor.document) || !decorationsEnabled(editor.document)) return decorations.apply(editor, []);
    const claims = await currentClaims(editor.document);
    if (claims) decorations.apply(editor, claims);
  };

  const edits = debouncePerDocument(300, (document) => {
    for (const e of vscode.window.visibleTextEditors) if (e.document === document) decorate(e);
    if (vscode.window.activeTextEditor?.document === document) updateStatus();
  });
  const onEdit = (document: vscode.TextDocument) => { if (isWhitePaper(document)) edits.schedule(document); };
  context.subscriptions.push(edits);

  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(() => updateStatus()),
    vscode.window.onDidChangeVisibleTextEditors((editors) => { for (const e of editors) decorate(e); }),
    vscode.workspace.onDidChangeTextDocument((e) => onEdit(e.document)),
    // language detection switches a .txt to hakusho by closing and reopening it
    vscode.workspace.onDidOpenTextDocument((d) => {
      if (!isWhitePaper(d)) return;
      if (vscode.window.activeTextEditor?.document.uri.toString() === d.uri.toString()) updateStatus();
      for (const e of vscode.window.visibleTextEditors) if (e.document.uri.toString() === d.uri.toString()) decorate(e);
    }),
    corrections.onDidChange(() => {
      for (const e of vscode.window.visibleTextEditors) decorate(e);
      updateStatus();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('hakusho.claims.decorations')) for (const ed of vscode.window.visibleTextEditors) decorate(ed);
    }),
  );

  updateStatus();
  for (const e of vscode.window.visibleTextEditors) decorate(e);
}
