// One parse per document version: every feature asks this store, nothing re-parses on its own.
// Page text (`hakusho` documents) and Markdown white papers (`markdown` documents that carry the
// numbering, set `hakusho: true`, or match hakusho.markdown.include) go through the same entry point.
import * as vscode from 'vscode';
import { analyzeDocument } from './core/analyzeDocument';
import { matchesAnyGlob } from './core/glob';
import { isMarkdownWhitePaper } from './core/markdown';
import { WhitePaperDocument } from './core/model';

interface Entry {
  version: number;
  doc: WhitePaperDocument;
}

/** Whether hakusho.markdown.include forces a Markdown file to be read as a white paper. */
export function isIncludedMarkdown(uri: vscode.Uri): boolean {
  const patterns = vscode.workspace.getConfiguration('hakusho', uri).get<string[]>('markdown.include', []);
  if (!patterns.length) return false;
  const relative = vscode.workspace.asRelativePath(uri, false);
  return matchesAnyGlob(relative, patterns) || matchesAnyGlob(uri.path, patterns);
}

/** A Markdown text is a white paper when it says so or carries the numbering, or a setting forces it. */
export function isMarkdownWhitePaperFile(uri: vscode.Uri, text: string): boolean {
  return isIncludedMarkdown(uri) || isMarkdownWhitePaper(text);
}

export class AnalysisStore implements vscode.Disposable {
  private readonly cache = new Map<string, Entry>();
  private readonly whitePaper = new Map<string, { version: number; value: boolean }>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
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
    const value = isMarkdownWhitePaperFile(document.uri, document.getText());
    this.whitePaper.set(key, { version: document.version, value });
    return value;
  }

  get(document: vscode.TextDocument): WhitePaperDocument {
    const key = document.uri.toString();
    const hit = this.cache.get(key);
    if (hit && hit.version === document.version) return hit.doc;
    const doc = analyzeDocument(key, document.getText(), document.languageId === 'markdown' ? 'markdown' : 'page-text');
    this.cache.set(key, { version: document.version, doc });
    return doc;
  }

  dispose(): void {
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
