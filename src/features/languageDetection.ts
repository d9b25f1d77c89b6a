// Plain-text files that are white-paper pages become `hakusho` documents: a breadcrumb
// (`… > 白書 > …`) or a 部/章/節 heading in the first lines is enough, or several kinds of white-paper
// markup further down (1　headings, (1) headings, 図表 numbers). Setting: hakusho.detectPlainText.
import * as vscode from 'vscode';
import { looksLikeWhitePaper } from '../core/detect';

export function registerLanguageDetection(context: vscode.ExtensionContext): void {
  const check = (document: vscode.TextDocument) => {
    if (document.languageId !== 'plaintext') return;
    if (!vscode.workspace.getConfiguration('hakusho').get<boolean>('detectPlainText', true)) return;
    const head = document.getText(new vscode.Range(0, 0, Math.min(document.lineCount, 80), 0));
    if (looksLikeWhitePaper(head)) void vscode.languages.setTextDocumentLanguage(document, 'hakusho');
  };
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(check));
  for (const d of vscode.workspace.textDocuments) check(d);
}
