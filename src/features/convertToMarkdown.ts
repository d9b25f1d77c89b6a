// Hakusho: Convert to Markdown — the page-text / official .txt page in the editor as a Markdown white
// paper (`#` headings, GFM footnotes), opened in a new untitled Markdown editor. Nothing is written to disk.
import * as vscode from 'vscode';
import { AnalysisStore } from '../analysisStore';
import { toMarkdown } from '../core/convert';

export function registerConvertToMarkdown(context: vscode.ExtensionContext, store: AnalysisStore): void {
  context.subscriptions.push(vscode.commands.registerCommand('hakusho.convertToMarkdown', async (uri?: vscode.Uri) => {
    const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!document || (document.languageId !== 'hakusho' && document.languageId !== 'plaintext')) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a white-paper page (page text or official .txt) to convert it to Markdown.'));
      return undefined;
    }
    const markdown = toMarkdown(await store.analyse(document));
    const result = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
    await vscode.window.showTextDocument(result, { preview: false });
    return result.uri;
  }));
}
