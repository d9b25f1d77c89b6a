// One parse per document version: every feature asks this store, nothing re-parses on its own.
// Page text (`hakusho` documents) and Markdown white papers (`markdown` documents that carry the
// numbering, set `hakusho: true`, or match hakusho.markdown.include) go through the same entry point.
// The parsing runs on the analysis worker (`analyse`; a worker thread or a Web Worker, by host); the
// extension host's thread only receives the result, so a large or adversarial file never stalls it.
import * as vscode from 'vscode';
import { AnalysisClient, AnalysisTimeout, AnalysisWorkerHost } from './analysisClient';
import { AnalysisReply } from './service/analysisRequests';
import { analyzeDocument, unanalysedDocument } from './core/analyzeDocument';
import { FileCorrections } from './core/claimCorrections';
import { hasClaims, seedClaims } from './core/claimExtraction';
import { SourceForm, WhitePaperDocument } from './core/model';
import { isIncludedMarkdown, isMarkdownWhitePaperFile, WhitePaperPolicyOptions } from './service/whitePaperFiles';

interface Entry {
  version: number;
  doc?: WhitePaperDocument;
  pending?: Promise<WhitePaperDocument>;
}

/** The settings and relative path the service's white-paper policy asks for, from the resource's scope. */
function policyOptions(uri: vscode.Uri): WhitePaperPolicyOptions {
  return {
    markdownInclude: vscode.workspace.getConfiguration('hakusho', uri).get<string[]>('markdown.include', []),
    relativePath: vscode.workspace.asRelativePath(uri, false),
  };
}

/** Whether hakusho.markdown.include forces a Markdown file to be read as a white paper. */
export function isIncludedMarkdownUri(uri: vscode.Uri): boolean {
  return isIncludedMarkdown(uri.path, policyOptions(uri));
}

export class AnalysisStore implements vscode.Disposable {
  private readonly cache = new Map<string, Entry>();
  readonly client: AnalysisClient;
  /** The reviewers' corrections of a file, so the worker extracts claims as the Claims view shows them. */
  correctionsFor: (uri: string) => FileCorrections | undefined = () => undefined;
  /** The analysis the workspace index holds for a file, if any: an indexed file opened unchanged reuses it. */
  indexedAnalysis: (uri: string) => WhitePaperDocument | undefined = () => undefined;
  private readonly whitePaper = new Map<string, { version: number; value: boolean }>();
  private readonly subscriptions: vscode.Disposable[] = [];

  /** `workers`: how this host runs the analysis off its thread (a worker thread, a Web Worker). */
  constructor(private readonly workers: AnalysisWorkerHost) {
    this.client = new AnalysisClient(workers.start);
    this.subscriptions.push(
      vscode.workspace.onDidCloseTextDocument((d) => { this.cache.delete(d.uri.toString()); this.whitePaper.delete(d.uri.toString()); }),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('hakusho.markdown')) this.whitePaper.clear(); }),
    );
  }

  /**
   * Whether Hakusho's features apply to this document: every `hakusho` document, and `markdown`
   * documents that are white papers. Providers registered for Markdown check this first.
   */
  isWhitePaper(document: vscode.TextDocument): boolean {
    if (document.languageId === 'hakusho') return true;
    if (document.languageId !== 'markdown') return false;
    const key = document.uri.toString();
    const hit = this.whitePaper.get(key);
    if (hit && hit.version === document.version) return hit.value;
    // the language id already says Markdown: an untitled document (no name) is judged by its text
    const value = isMarkdownWhitePaperFile(document.uri.path, document.getText(), policyOptions(document.uri));
    this.whitePaper.set(key, { version: document.version, value });
    return value;
  }

  /** Where the analysis runs, in words (the index's status bar tooltip says it). */
  whereAnalysisRuns(): string {
    if (this.client.mode === 'in-process') return vscode.l10n.t('Analysis runs in the extension host, one file at a time: no worker could be started here.');
    return this.workers.kind === 'web-worker'
      ? vscode.l10n.t('Analysis runs on a Web Worker (VS Code for the Web).')
      : vscode.l10n.t('Analysis runs on a worker thread.');
  }

  /** The analysis of the document's current version, from the worker (once per version). */
  analyse(document: vscode.TextDocument): Promise<WhitePaperDocument> {
    const key = document.uri.toString();
    const hit = this.cache.get(key);
    if (hit && hit.version === document.version) return hit.doc ? Promise.resolve(hit.doc) : hit.pending!;
    const version = document.version;
    const text = document.getText();
    const form: SourceForm = document.languageId === 'markdown' ? 'markdown' : 'page-text';
    const indexed = this.sameAsIndexed(key, text, form);
    if (indexed) {
      // opening a file the index has read, unchanged: no second analysis of the same text
      this.cache.set(key, { version, doc: indexed });
      return Promise.resolve(indexed);
    }
    const pending = this.analyseText(key, text, form, true).then((doc) => {
      const entry = this.cache.get(key);
      if (entry && entry.version === version && !entry.doc) entry.doc = doc;
      return entry?.version === version && entry.doc ? entry.doc : doc;
    });
    this.cache.set(key, { version, pending });
    return pending;
  }

  private sameAsIndexed(uri: string, text: string, form: SourceForm): WhitePaperDocument | undefined {
    const indexed = this.indexedAnalysis(uri);
    return indexed && indexed.text === text && (indexed.form === 'markdown') === (form === 'markdown') ? indexed : undefined;
  }

  /**
   * The analysis of the document's current version at once: the worker's when it has answered,
   * else parsed here. For the few callers that cannot wait; the editor's events have usually asked
   * `analyse` already, so this is a cache hit.
   */
  get(document: vscode.TextDocument): WhitePaperDocument {
    const key = document.uri.toString();
    const hit = this.cache.get(key);
    if (hit && hit.version === document.version && hit.doc) return hit.doc;
    const text = document.getText();
    const form: SourceForm = document.languageId === 'markdown' ? 'markdown' : 'page-text';
    const doc = this.sameAsIndexed(key, text, form) ?? analyzeDocument(key, text, form);
    if (hit && hit.version === document.version) hit.doc = doc;
    else this.cache.set(key, { version: document.version, doc });
    return doc;
  }

  /** Analyses a text on the worker; its claims (with the file's corrections) come along. */
  async analyseText(uri: string, text: string, form: SourceForm, urgent: boolean): Promise<WhitePaperDocument> {
    const corrections = this.correctionsFor(uri);
    const reply = await this.ask(() => this.client.request({ kind: 'analyze-text', uri, text, form, corrections: corrections && [...corrections] }, { urgent }));
    if (!reply) return this.overTime(uri, text, form);
    const doc = this.fromReply(reply, uri, text, corrections);
    if (!doc) throw new Error(`analysing ${uri}: the worker skipped a text it was asked to analyse`);
    return doc;
  }

  /** What a text whose analysis ran over the worker's time limit gets: the warning alone. */
  private overTime(uri: string, text: string, form: SourceForm): WhitePaperDocument {
    return unanalysedDocument(uri, text, form, {
      code: 'analysis-timeout', severity: 'warning', start: 0, end: 0, args: [this.client.limitMs],
      message: `This file is not analysed: analysing it took longer than ${this.client.limitMs} ms.`,
    });
  }

  /**
   * Reads a file's bytes on the worker: decoded, checked to be a white paper, analysed. Null when it
   * is not one (or cannot be decoded); a file whose analysis runs over the time limit gets the warning.
   */
  async analyseFile(uri: vscode.Uri, bytes: Uint8Array, markdown: boolean, forcedWhitePaper: boolean): Promise<WhitePaperDocument | null> {
    const key = uri.toString();
    const corrections = this.correctionsFor(key);
    const reply = await this.ask(() => this.client.request({
      kind: 'analyze-file', uri: key, path: uri.path, bytes, markdown, forcedWhitePaper, corrections: corrections && [...corrections],
    }));
    // the text was decoded on the worker that was stopped: the index keeps the warning alone
    if (!reply) return this.overTime(key, '', markdown ? 'markdown' : 'page-text');
    return this.fromReply(reply, key, undefined, corrections);
  }

  /** Makes sure the claims of `doc` with the file's current corrections are known (extracted on the worker). */
  async prepareClaims(doc: WhitePaperDocument): Promise<void> {
    const corrections = this.correctionsFor(doc.uri);
    if (hasClaims(doc, corrections)) return;
    const reply = await this.ask(() => this.client.request({
      kind: 'analyze-text', uri: doc.uri, text: doc.text, form: doc.form === 'markdown' ? 'markdown' : 'page-text', corrections: corrections && [...corrections], claimsOnly: true,
    }));
    if (reply?.kind === 'document' && reply.claims && !hasClaims(doc, corrections)) seedClaims(doc, corrections, reply.claims, reply.stale ?? []);
  }

  /** The reply, or undefined when the worker ran over the time limit. */
  private async ask(send: () => Promise<AnalysisReply>): Promise<AnalysisReply | undefined> {
    try {
      return await send();
    } catch (e) {
      if (e instanceof AnalysisTimeout) return undefined;
      throw e;
    }
  }

  private fromReply(reply: AnalysisReply, uri: string, text: string | undefined, corrections: FileCorrections | undefined): WhitePaperDocument | null {
    if (reply.kind === 'error') throw new Error(`analysing ${uri}: ${reply.message}`);
    if (reply.kind === 'skipped' || !reply.doc) return null;
    const doc = { ...reply.doc, text: text ?? reply.doc.text ?? '' } as WhitePaperDocument;
    if (reply.claims) seedClaims(doc, corrections, reply.claims, reply.stale ?? []);
    return doc;
  }

  dispose(): void {
    this.client.dispose();
    this.cache.clear();
    this.whitePaper.clear();
    for (const s of this.subscriptions) s.dispose();
  }
}

/**
 * Documents Hakusho's providers are registered for: white-paper pages (`hakusho`) and Markdown.
 * Markdown keeps its language id (preview, built-in Outline), so every provider registered with this
 * selector first checks `store.isWhitePaper(document)` and returns nothing for ordinary Markdown.
 */
export const HAKUSHO_SELECTOR: vscode.DocumentSelector = [{ language: 'hakusho' }, { language: 'markdown' }];

/**
 * Only `hakusho` documents: for what VS Code's built-in Markdown support already gives Markdown files
 * (Outline / document symbols, folding, links) and for the anchor colouring (Markdown anchors are explicit).
 */
export const HAKUSHO_ONLY_SELECTOR: vscode.DocumentSelector = [{ language: 'hakusho' }];

export function rangeOf(document: vscode.TextDocument, span: { start: number; end: number }): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}
