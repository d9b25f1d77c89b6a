// Claims in the editor itself: a subtle underline under each claim sentence, coloured by kind, with
// a mark in the overview ruler (`hakusho.claims.decorations`). They follow edits, debounced per
// document, and reviewers' corrections.
import * as vscode from 'vscode';
import { AnalysisStore } from '../analysisStore';
import { ClaimCorrectionsStore } from '../claimCorrectionsStore';
import { CLAIM_KINDS } from '../core/claimExtraction';
import { Claim, ClaimKind } from '../core/model';
import { debouncePerDocument } from '../debounce';
import { yieldToHost } from '../turns';
import { currentClaims } from './claimsShared';

/** Underline colours in the text (the chart colours, faded): subtle on light and dark themes. */
const KIND_RGBA: Record<ClaimKind, string> = {
  necessity: 'rgba(209, 134, 22, 0.6)',
  importance: 'rgba(26, 133, 255, 0.55)',
  expectation: 'rgba(56, 138, 52, 0.6)',
  assessment: 'rgba(101, 44, 179, 0.5)',
  attributed: 'rgba(191, 143, 0, 0.6)',
  concern: 'rgba(229, 20, 0, 0.5)',
};

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

  /** Counts the calls per editor: a slow earlier one must not overwrite a later one's underlines. */
  private readonly runs = new WeakMap<vscode.TextEditor, number>();

  /** Underlines `claims` in `editor`; their ranges are worked out in slices (an edition has thousands). */
  async apply(editor: vscode.TextEditor, claims: readonly Claim[]): Promise<void> {
    const byKind = new Map<ClaimKind, vscode.Range[]>(CLAIM_KINDS.map((k) => [k, []]));
    const document = editor.document;
    const version = document.version;
    const run = (this.runs.get(editor) ?? 0) + 1;
    this.runs.set(editor, run);
    let slice = Date.now();
    for (const c of claims) {
      byKind.get(c.kind)!.push(new vscode.Range(document.positionAt(c.start), document.positionAt(c.end)));
      if (Date.now() - slice > 10) {
        await yieldToHost();
        // the newer text's claims, or a later call's, are on their way
        if (document.isClosed || document.version !== version || this.runs.get(editor) !== run) return;
        slice = Date.now();
      }
    }
    for (const [kind, type] of this.types) editor.setDecorations(type, byKind.get(kind)!);
  }

  dispose(): void {
    for (const t of this.types.values()) t.dispose();
  }
}

function decorationsEnabled(document: vscode.TextDocument): boolean {
  return vscode.workspace.getConfiguration('hakusho.claims', document.uri).get<boolean>('decorations', true);
}

export function registerClaimsInText(context: vscode.ExtensionContext, store: AnalysisStore, corrections: ClaimCorrectionsStore): void {
  const decorations = new ClaimDecorations();
  context.subscriptions.push(decorations);

  const isWhitePaper = (d: vscode.TextDocument | undefined): d is vscode.TextDocument => !!d && store.isWhitePaper(d);

  const decorate = async (editor: vscode.TextEditor) => {
    if (!isWhitePaper(editor.document) || !decorationsEnabled(editor.document)) return decorations.apply(editor, []);
    const claims = await currentClaims(store, corrections, editor.document);
    if (claims) await decorations.apply(editor, claims);
  };
  const decorateAll = () => { for (const e of vscode.window.visibleTextEditors) decorate(e); };

  const edits = debouncePerDocument(300, (document) => {
    for (const e of vscode.window.visibleTextEditors) if (e.document === document) decorate(e);
  });
  context.subscriptions.push(edits);

  context.subscriptions.push(
    vscode.window.onDidChangeVisibleTextEditors((editors) => { for (const e of editors) decorate(e); }),
    vscode.workspace.onDidChangeTextDocument((e) => { if (isWhitePaper(e.document)) edits.schedule(e.document); }),
    // language detection switches a .txt to hakusho by closing and reopening it
    vscode.workspace.onDidOpenTextDocument((d) => {
      if (!isWhitePaper(d)) return;
      for (const e of vscode.window.visibleTextEditors) if (e.document.uri.toString() === d.uri.toString()) decorate(e);
    }),
    corrections.onDidChange(decorateAll),
    vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('hakusho.claims.decorations')) decorateAll(); }),
  );

  decorateAll();
}
