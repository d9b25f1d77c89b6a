// Typing `第` or a partial path suggests the headings of the workspace with their titles and
// completes the path, followed by 「title」参照 (setting hakusho.completion.insertTitle). The service
// makes the items; this converts them.
import * as vscode from 'vscode';
import { AnalysisStore, HAKUSHO_SELECTOR } from '../analysisStore';
import { WorkspaceIndex } from '../core/workspaceIndex';
import { COMPLETION_TRIGGER_CHARACTERS, completions } from '../service/completion';
import { fromPosition, serviceContext, toRange } from '../serviceHost';

export function registerReferenceCompletion(context: vscode.ExtensionContext, store: AnalysisStore, index: WorkspaceIndex): void {
  context.subscriptions.push(vscode.languages.registerCompletionItemProvider(HAKUSHO_SELECTOR, {
    async provideCompletionItems(document, position) {
      if (!store.isWhitePaper(document)) return undefined;
      const doc = await store.analyse(document);
      const items = completions(serviceContext(index, doc), doc.uri, fromPosition(position)).map((c) => {
        const item = new vscode.CompletionItem({ label: c.label, description: c.description }, vscode.CompletionItemKind.Reference);
        item.detail = c.detail;
        item.documentation = new vscode.MarkdownString(c.documentation);
        item.filterText = c.filterText;
        item.sortText = c.sortText;
        item.range = toRange(c.range);
        item.insertText = c.insertText;
        return item;
      });
      return items.length ? new vscode.CompletionList(items, false) : undefined;
    },
  }, ...COMPLETION_TRIGGER_CHARACTERS));
}
