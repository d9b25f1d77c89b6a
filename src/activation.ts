// The composition root both entries share (extension.ts for VS Code's Node extension host,
// web/extension.ts for the browser's): the shared stores, then every feature of the list registers
// itself with them. The entries differ only in what their host provides (HostServices).
import * as vscode from 'vscode';
import { AnalysisWorkerHost } from './analysisClient';
import { AnalysisStore } from './analysisStore';
import { ClaimCorrectionsStore, DiskRefusal } from './claimCorrectionsStore';
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
import { registerReviewNotes, SystemAuthor } from './features/reviewNotes';
import { registerRenumberFootnotes } from './features/renumberFootnotes';
import { registerSelectionRanges } from './features/selectionRanges';
import { registerSemanticTokens } from './features/semanticTokens';
import { registerWalkthrough } from './features/walkthrough';
import { registerWorkspaceSymbols } from './features/workspaceSymbols';
import { ReviewNotesStore } from './reviewNotesStore';
import { LocalFileReader, WorkspaceIndexer } from './workspaceIndexer';

/** What the extension host provides: how the analysis runs off its thread, how files on disk are checked. */
export interface HostServices {
  readonly analysisWorkers: AnalysisWorkerHost;
  /** Node: links and where a `.hakusho` folder resolves; absent in the browser (the file system's stat says what is a link). */
  readonly diskRefusal?: DiskRefusal;
  /** Node: who the user is (git, the system) when no note author is set; absent in the browser. */
  readonly systemAuthor?: SystemAuthor;
  /** On a local disk: reads only regular files, and no more than the cap (Node's safeFiles); absent in the browser. */
  readonly readLocalFile?: LocalFileReader;
}

/** What the features share: one analysis store, one workspace index, the stores of reviewers' files. */
interface Host {
  readonly context: vscode.ExtensionContext;
  readonly store: AnalysisStore;
  readonly indexer: WorkspaceIndexer;
  readonly index: WorkspaceIndex;
  readonly diagnostics: DiagnosticsFeature;
  readonly corrections: ClaimCorrectionsStore;
  readonly notes: ReviewNotesStore;
  readonly services: HostServices;
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
  ({ context, store, notes, services }) => registerReviewNotes(context, store, notes, services.systemAuthor),
];

function createHost(context: vscode.ExtensionContext, services: HostServices): Host {
  const store = new AnalysisStore(services.analysisWorkers);
  const diagnostics = new DiagnosticsFeature(store);
  const indexer = new WorkspaceIndexer(store, services.readLocalFile);
  const corrections = new ClaimCorrectionsStore(services.diskRefusal);
  const notes = new ReviewNotesStore();
  context.subscriptions.push(store, diagnostics, indexer, corrections, notes);
  // the worker extracts claims with the reviewers' corrections, as the Claims view shows them
  store.correctionsFor = (uri) => corrections.correctionsFor(uri);
  store.indexedAnalysis = (uri) => indexer.index.get(uri);
  return { context, store, indexer, index: indexer.index, diagnostics, corrections, notes, services };
}

/** Registers every feature with the stores built on what this host provides. */
export function activateFeatures(context: vscode.ExtensionContext, services: HostServices): void {
  const host = createHost(context, services);
  for (const register of FEATURES) register(host);
}
