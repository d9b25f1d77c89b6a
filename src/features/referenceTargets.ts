// Shared by the cross-reference features: resolve the reference under the cursor through the index,
// and turn targets into locations.
import * as vscode from 'vscode';
import { AnalysisStore } from '../analysisStore';
import { CrossReference, WhitePaperDocument } from '../core/model';
import { referenceAt } from '../core/queries';
import { lineIndexOf } from '../core/text';
import { Resolution, Target, WorkspaceIndex } from '../core/workspaceIndex';

export interface ReferenceContext {
  doc: WhitePaperDocument;
  reference: CrossReference;
  resolution: Resolution;
}

export async function referenceUnderCursor(store: AnalysisStore, index: WorkspaceIndex, document: vscode.TextDocument, position: vscode.Position): Promise<ReferenceContext | null> {
  const doc = await store.analyse(document);
  const reference = referenceAt(doc, document.offsetAt(position));
  if (!reference) return null;
  return { doc, reference, resolution: index.resolve(doc, reference) };
}

export function targetSpan(target: Target): { start: number; end: number } {
  return target.kind === 'heading' ? target.heading : target.figure;
}

export function toUri(uri: string): vscode.Uri {
  return vscode.Uri.parse(uri);
}

/** Locations need line numbers; the target's own analysed text gives them without opening the file. */
export function targetRange(index: WorkspaceIndex, target: Target): vscode.Range {
  const doc = index.get(target.uri);
  const span = targetSpan(target);
  return doc ? rangeIn(doc, span) : new vscode.Range(0, 0, 0, 0);
}

export function rangeIn(doc: WhitePaperDocument, span: { start: number; end: number }): vscode.Range {
  const lines = lineIndexOf(doc);
  const s = lines.positionAt(span.start), e = lines.positionAt(span.end);
  return new vscode.Range(s.line, s.character, e.line, e.character);
}
