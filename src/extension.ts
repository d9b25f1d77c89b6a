// activate(): one analysis store, then each feature registers itself.
import * as vscode from 'vscode';
import { AnalysisStore } from './analysisStore';
import { ClaimCorrectionsStore } from './claimCorrectionsStore';
import { registerClaims } from './features/claimsView';
import { registerConvertToMarkdown } from './features/convertToMarkdown';
import { DiagnosticsFeature } from './features/diagnostics';
import { registerDocumentLinks } from './features/documentLinks';
import { registerDocumentSymbols } from './features/documentSymbols';
import { registerEncodingFix } from './features/encodingFix';
import { registerFolding } from './features/folding';
import { registerFootnoteFixes } from './features/footnoteFixes';
import { registerFootnoteHover } from './features/footnoteHover';
import { registerFootnoteNavigation } from './features/footnoteNavigation';
import { registerHeadingHover } from './features/headingHover';
import { registerLanguageDetection } from './features/languageDetection';
import { registerReferenceChecks } from './features/referenceChecks';
import { registerReferenceCodeLens } from './features/referenceCodeLens';
import { registerReferenceCompletion } from './features/referenceCompletion';
import { registerReferenceHover } from './features/referenceHover';
import { registerReferenceNavigation } from './features/referenceNavigation';
import { registerRename } from './features/rename';
import { registerReviewNotes } from './features/reviewNotes';
import { registerRenumberFootnotes } from './features/renumberFootnotes';
import { registerSelectionRanges } from './features/selectionRanges';
import { registerSemanticTokens } from './features/semanticTokens';
import { registerWalkthrough } from './features/walkthrough';
import { registerWorkspaceSymbols } from './features/workspaceSymbols';
import { ReviewNotesStore } from './reviewNotesStore';
import { WorkspaceIndexer } from './workspaceIndexer';

export function activate(context: vscode.ExtensionContext): void {
  const store = new AnalysisStore();
  context.subscriptions.push(store);
  registerLanguageDetection(context);
  registerDocumentSymbols(context, store);
  registerFolding(context, store);
  registerFootnoteHover(context, store);
  registerFootnoteNavigation(context, store);
  registerDocumentLinks(context, store);
  registerSemanticTokens(context, store);
  registerSelectionRanges(context, store);
  registerFootnoteFixes(context, store);
  registerRenumberFootnotes(context, store);
  registerEncodingFix(context);
  registerConvertToMarkdown(context, store);
  const diagnostics = new DiagnosticsFeature(store);
  context.subscriptions.push(diagnostics);

  const indexer = new WorkspaceIndexer(store);
  context.subscriptions.push(indexer);
  registerReferenceNavigation(context, store, indexer.index);
  registerReferenceHover(context, store, indexer.index);
  registerHeadingHover(context, store, indexer.index);
  registerReferenceChecks(context, store, indexer, diagnostics);
  registerReferenceCompletion(context, store, indexer.index);
  registerReferenceCodeLens(context, store, indexer);
  registerWorkspaceSymbols(context, indexer.index);
  registerRename(context, store, indexer);
  const corrections = new ClaimCorrectionsStore();
  context.subscriptions.push(corrections);
  // the worker extracts claims with the reviewers' corrections, as the Claims view shows them
  store.correctionsFor = (uri) => corrections.correctionsFor(uri);
  const notes = new ReviewNotesStore();
  context.subscriptions.push(notes);
  registerClaims(context, store, indexer, corrections, notes);
  registerWalkthrough(context, store, indexer);
  registerReviewNotes(context, store, notes);
}

export function deactivate(): void {}
