// One parse per document version: every feature asks this store, nothing re-parses on its own.
import * as vscode from 'vscode';
import { analyzeText } from './core/analyze';
import { WhitePaperDocument } from './core/model';

interface Entry {
  version: number;
  doc: WhitePaperDocument;
}

export class AnalysisStore implements vscode.Disposable {
  private readonly cache = new Map<string, Entry>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    this.subscriptions.push(vscode.workspace.onDidCloseTextDocument((d) => this.cache.delete(d.uri.toString())));
  }

  get(document: vscode.TextDocument): WhitePaperDocument {
    const key = document.uri.toString();
    const hit = this.cache.get(key);
    if (hit && hit.version === document.version) return hit.doc;
    const doc = analyzeText(key, document.getText());
    this.cache.set(key, { version: document.version, doc });
    return doc;
  }

  dispose(): void {
    this.cache.clear();
    for (const s of this.subscriptions) s.dispose();
  }
}

export const HAKUSHO_SELECTOR: vscode.DocumentSelector = [{ language: 'hakusho' }];

export function rangeOf(document: vscode.TextDocument, span: { start: number; end: number }): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}
