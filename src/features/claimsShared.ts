// What the claims features share in VS Code: the view's id, the icon and colour of each kind, where
// a claim is as commands pass it, what the export and the corrections read of the view (its scope,
// its documents, their claims and notes), and the claims of an editor's current text. The wording
// is the language service's (src/service/claims.ts).
import * as vscode from 'vscode';
import { AnalysisStore } from '../analysisStore';
import { ClaimCorrectionsStore } from '../claimCorrectionsStore';
import { Claim, ClaimKind, WhitePaperDocument } from '../core/model';
import { AnchoredNote } from '../core/notes';
import type { ClaimItem } from '../service/claimsTree';
import type { ClaimsScope } from '../service/claims';
import { nextTurn } from '../turns';

export const CLAIMS_VIEW_ID = 'hakusho.claims';

export const KIND_ICON: Record<ClaimKind, string> = {
  necessity: 'tasklist',
  importance: 'star-full',
  expectation: 'target',
  assessment: 'lightbulb',
  attributed: 'quote',
  concern: 'warning',
};

export const KIND_COLOR: Record<ClaimKind, string> = {
  necessity: 'charts.orange',
  importance: 'charts.blue',
  expectation: 'charts.green',
  assessment: 'charts.purple',
  attributed: 'charts.yellow',
  concern: 'charts.red',
};

/** Where a claim is, as passed to `hakusho.claims.reveal`, `hakusho.claims.copy` and `hakusho.claims.setKind`. */
export interface ClaimLocation { uri: string; start: number; end: number }

/** A command's target: a Claims view item or a location, as a location. */
export function locationOf(target: ClaimLocation | ClaimItem | undefined): ClaimLocation | undefined {
  return target && 'claim' in target ? { uri: target.uri, start: target.claim.start, end: target.claim.end } : target;
}

/** What the export and the corrections read of the Claims view. */
export interface ClaimsSource {
  readonly scope: ClaimsScope;
  /** The analysed document for a URI: the open editor's, else the workspace index's. */
  docFor(uri: string): WhitePaperDocument | undefined;
  /** The claims of a document, with the reviewers' corrections. */
  claimsOf(doc: WhitePaperDocument): Claim[];
  /** Claims passing the view's filters, per document in scope. */
  visibleClaims(scope?: ClaimsScope): { doc: WhitePaperDocument; claims: Claim[] }[];
  /** The notes of a file, anchored (undefined when notes are not read). */
  anchoredNotes(doc: WhitePaperDocument): AnchoredNote[] | undefined;
}

/** A file's path as the claims features show it: relative to its workspace folder, without the folder's name. */
export function relativeName(uri: string): string {
  return vscode.workspace.asRelativePath(vscode.Uri.parse(uri), false);
}

/** The claims of the editor's text as it is now (analysed and extracted on the worker), or null once it has changed. */
export async function currentClaims(store: AnalysisStore, corrections: ClaimCorrectionsStore, document: vscode.TextDocument): Promise<Claim[] | null> {
  const version = document.version;
  const doc = await store.analyse(document);
  await store.prepareClaims(doc);
  await nextTurn();
  return document.version === version && !document.isClosed ? corrections.claimsOf(doc) : null;
}
