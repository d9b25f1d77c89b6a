// Problems panel: what does not match (footnotes, and cross-references once the workspace index
// knows their targets). Each has a stable code; hakusho.diagnostics.* turns them off.
// Analysis runs on the edited document only, debounced, so typing stays smooth in large files.
import * as vscode from 'vscode';
import { AnalysisStore } from '../analysisStore';
import { Diagnostic, WhitePaperDocument } from '../core/model';
import { lineIndexOf } from '../core/text';
import { debouncePerDocument } from '../debounce';
import { DIAGNOSTIC_SOURCE } from '../service/diagnostics';
import { diagnosticMessage } from '../service/messages';
import { localize } from '../serviceHost';
import { collectInSlices, nextTurn, yieldToHost } from '../turns';

const SEVERITY: Record<Diagnostic['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information, hint: vscode.DiagnosticSeverity.Hint,
};

/** The message shown to the user, localised from the diagnostic's code and arguments (the service's wording). */
export function localisedMessage(d: Diagnostic): string {
  return diagnosticMessage(d, localize);
}

/**
 * A further check over an analysed document (open or not), e.g. cross-references against the index:
 * its problems one at a time, so that a large file is checked in pieces.
 */
export type ExtraDiagnostics = (doc: WhitePaperDocument) => Iterable<Diagnostic>;

function* eachExtra(extras: readonly ExtraDiagnostics[], doc: WhitePaperDocument): Generator<Diagnostic> {
  for (const check of extras) yield* check(doc);
}

export class DiagnosticsFeature implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('hakusho');
  private readonly pending = debouncePerDocument(300, (document) => void this.update(document));
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly extras: ExtraDiagnostics[] = [];
  /** The analysis each closed file's problems were last published from. */
  private published = new Map<string, WhitePaperDocument>();
  /** Counts publications of the workspace's problems: a newer one stops an older one between files. */
  private publishRun = 0;

  constructor(private readonly store: AnalysisStore) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.pending.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => this.pending.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.collection.delete(d.uri)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('hakusho.diagnostics') || e.affectsConfiguration('hakusho.markdown')) this.refreshAll();
      }),
    );
    this.refreshAll();
  }

  /** Other features (cross-references) add their checks here. */
  addSource(source: ExtraDiagnostics): void {
    this.extras.push(source);
    this.refreshAll();
  }

  refreshAll(): void {
    for (const d of vscode.workspace.textDocuments) this.pending.schedule(d, 0);
  }

  private async update(document: vscode.TextDocument): Promise<void> {
    if (document.isClosed) return;
    if (!this.store.isWhitePaper(document)) {
      this.collection.delete(document.uri);
      return;
    }
    const config = vscode.workspace.getConfiguration('hakusho.diagnostics', document.uri);
    if (!config.get<boolean>('enable', true)) {
      this.collection.set(document.uri, []);
      return;
    }
    const disabled = new Set(config.get<string[]>('disabledCodes', []));
    const version = document.version;
    const doc = await this.store.analyse(document);
    await nextTurn();
    if (document.isClosed || document.version !== version) return; // the newer text's update is on its way
    // checking a large file's references against the index is long in one piece: in slices
    const extra = await collectInSlices(eachExtra(this.extras, doc));
    if (document.isClosed || document.version !== version) return;
    this.collection.set(document.uri, this.diagnosticsOf(doc, disabled, (d) => new vscode.Range(document.positionAt(d.start), document.positionAt(d.end)), extra));
  }

  private diagnosticsOf(doc: WhitePaperDocument, disabled: Set<string>, range: (d: Diagnostic) => vscode.Range,
    extra: readonly Diagnostic[] = [...eachExtra(this.extras, doc)]): vscode.Diagnostic[] {
    const all = [...doc.diagnostics, ...[...extra].sort((a, b) => a.start - b.start)];
    return all.filter((d) => !disabled.has(d.code)).map((d) => {
      const diagnostic = new vscode.Diagnostic(range(d), localisedMessage(d), SEVERITY[d.severity]);
      diagnostic.code = d.code;
      diagnostic.source = DIAGNOSTIC_SOURCE;
      if (d.code === 'footnote-unused') diagnostic.tags = [vscode.DiagnosticTag.Unnecessary];
      return diagnostic;
    });
  }

  /**
   * Problems for every indexed file, not only the open ones (setting hakusho.diagnostics.scope, or
   * the Check Workspace command): open documents keep their live diagnostics.
   */
  async publishWorkspace(docs: Iterable<WhitePaperDocument>, { onlyChanged = false } = {}): Promise<number> {
    const run = ++this.publishRun;
    const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    const before = this.published;
    this.published = new Map(); // files gone from the index are forgotten
    let files = 0;
    let slice = Date.now();
    for (const doc of [...docs]) {
      if (open.has(doc.uri)) continue;
      this.published.set(doc.uri, doc);
      // `onlyChanged`: nothing the others' problems depend on changed, so only pages analysed anew
      if (onlyChanged && before.get(doc.uri) === doc) { files++; continue; }
      const uri = vscode.Uri.parse(doc.uri);
      const config = vscode.workspace.getConfiguration('hakusho.diagnostics', uri);
      if (!config.get<boolean>('enable', true)) continue;
      const lines = lineIndexOf(doc);
      const toRange = (d: Diagnostic) => {
        const s = lines.positionAt(d.start), e = lines.positionAt(d.end);
        return new vscode.Range(s.line, s.character, e.line, e.character);
      };
      const found = this.diagnosticsOf(doc, new Set(config.get<string[]>('disabledCodes', [])), toRange);
      this.collection.set(uri, found);
      files++;
      // checking every file against the index is long in one piece on a large workspace: yield between files
      if (Date.now() - slice > 15) {
        await yieldToHost();
        if (run !== this.publishRun) return files; // a newer publication took over
        slice = Date.now();
      }
    }
    return files;
  }

  /** Forget the problems of files that are not open (back to the open-files scope). */
  clearClosed(): void {
    const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    this.collection.forEach((uri) => { if (!open.has(uri.toString())) this.collection.delete(uri); });
    this.published.clear();
    this.publishRun++;
  }

  dispose(): void {
    this.pending.dispose();
    this.collection.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
