// activate(): the shared stores, then every feature of the list registers itself with them.
import * as vscode from 'vscode';
import { AnalysisStore } from './analysisStore';
import { ClaimCorrectionsStore } from './claimCorrectionsStore';
import { WorkspaceIndex } from './core/workspaceIndex';
import { registerClaimCorrection } from './features/claimCorrection';
import { registerClaimExport } from './features/claimsExport';
import { registerClaimsInText } from './features/claimsInText';
import { registerClaimsStatusBar } from './features/claimsStatusBar';
import { registerClaimsView } from './features/claimsView';
import { registerConvertToMarkdown } from './features/convertToMarkdown';
import { DiagnosticsFeature } from './features/diagnostics';
import { registerDocumentLinks } from './features/documentLinks';
import { registerDocumentSymbols } from './features/documentSymbols';
import { registerEncodingFix } from './features/encodingFix';
import { registerFolding } from './features/folding';
import { registerHover } from './features/hover';
import { registerLanguageDetection } from './features/languageDetection';
import { registerNavigation } from './features/navigation';
import { registerQuickFixes } from './features/quickFixes';
import { registerReferenceChecks } from './features/referenceChecks';
import { registerReferenceCodeLens } from './features/referenceCodeLens';
import { registerReferenceCompletion } from './features/referenceCompletion';
import { registerRename } from './features/rename';
import { registerReviewNotes } from './features/reviewNotes';
import { registerRenumberFootnotes } from './features/renumberFootnotes';
import { registerSelectionRanges } from './features/selectionRanges';
import { registerSemanticTokens } from './features/semanticTokens';
import { registerWalkthrough } from './features/walkthrough';
import { registerWorkspaceSymbols } from './features/workspaceSymbols';
import { ReviewNotesStore } from './reviewNotesStore';
import { WorkspaceIndexer } from './workspaceIndexer';

/** What the features share: one analysis store, one workspace index, the stores of reviewers' files. */
interface Host {
  readonly context: vscode.ExtensionContext;
  readonly store: AnalysisStore;
  readonly indexer: WorkspaceIndexer;
  readonly index: WorkspaceIndex;
  readonly diagnostics: DiagnosticsFeature;
  readonly corrections: ClaimCorrectionsStore;
  readonly notes: ReviewNotesStore;
}

type Feature = (host: Host) => void;

/** Every feature, in the order VS Code gets its registrations. */
const FEATURES: readonly Feature[] = [
  ({ context }) => registerLanguageDetection(context),
  ({ context, store, index }) => registerDocumentSymbols(context, store, index),
  ({ context, store, index }) => registerFolding(context, store, index),
  ({ context, store, index }) => registerHover(context, store, index),
  ({ context, store, index }) => registerNavigation(context, store, index),
  ({ context, store, index }) => registerDocumentLinks(context, store, index),
  ({ context, store, index }) => registerSemanticTokens(context, store, index),
  ({ context, store, index }) => registerSelectionRanges(context, store, index),
  ({ context, store, index }) => registerQuickFixes(context, store, index),
  ({ context, store, index }) => registerRenumberFootnotes(context, store, index),
  ({ context }) => registerEncodingFix(context),
  ({ context, store }) => registerConvertToMarkdown(context, store),
  ({ context, store, indexer, diagnostics }) => registerReferenceChecks(context, store, indexer, diagnostics),
  ({ context, store, index }) => registerReferenceCompletion(context, store, index),
  ({ context, store, indexer }) => registerReferenceCodeLens(context, store, indexer),
  ({ context, index }) => registerWorkspaceSymbols(context, index),
  ({ context, store, indexer }) => registerRename(context, store, indexer),
  ({ context, store, indexer, corrections, notes }) => {
    // the export and the corrections act on what the view shows
    const claimsView = registerClaimsView(context, store, indexer, corrections, notes);
    registerClaimsInText(context, store, corrections);
    registerClaimsStatusBar(context, store, corrections);
    registerClaimExport(context, claimsView);
    registerClaimCorrection(context, claimsView, corrections);
  },
  ({ context, store, indexer }) => registerWalkthrough(context, store, indexer),
  ({ context, store, notes }) => registerReviewNotes(context, store, notes),
];

function createHost(context: vscode.ExtensionContext): Host {
  const store = new AnalysisStore();
  const diagnostics = new DiagnosticsFeature(store);
  const indexer = new WorkspaceIndexer(store);
  const corrections = new ClaimCorrectionsStore();
  const notes = new ReviewNotesStore();
  context.subscriptions.push(store, diagnostics, indexer, corrections, notes);
  // the worker extracts claims with the reviewers' corrections, as the Claims view shows them
  store.correctionsFor = (uri) => corrections.correctionsFor(uri);
  return { context, store, indexer, index: indexer.index, diagnostics, corrections, notes };
}

export function activate(context: vscode.ExtensionContext): void {
  const host = createHost(context);
  for (const register of FEATURES) register(host);
}

export function deactivate(): void {}
