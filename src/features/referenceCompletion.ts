// Typing `第` or a partial path suggests the headings of the workspace with their titles and
// completes the path, followed by 「title」参照 (setting hakusho.completion.insertTitle).
import * as vscode from 'vscode';
import { AnalysisStore, HAKUSHO_SELECTOR } from '../analysisStore';
import { pathLabel } from '../core/numbering';
import { WorkspaceIndex } from '../core/workspaceIndex';
import { headingName, levelName } from './documentSymbols';
import { markdownEscape } from './format';

/** The partial path being typed just before the cursor (`第Ⅰ部第1`, `第2章第`), or null. */
const PARTIAL_PATH = /第[^\s。、「」（）]{0,30}$/;

export function registerReferenceCompletion(context: vscode.ExtensionContext, store: AnalysisStore, index: WorkspaceIndex): void {
  context.subscriptions.push(vscode.languages.registerCompletionItemProvider(HAKUSHO_SELECTOR, {
    provideCompletionItems(document, position) {
      if (!store.isWhitePaper(document)) return undefined;
      const linePrefix = document.lineAt(position.line).text.slice(0, position.character);
      const m = PARTIAL_PATH.exec(linePrefix);
      if (!m) return undefined;
      const typed = m[0];
      const range = new vscode.Range(position.translate(0, -typed.length), position);
      const insertTitle = vscode.workspace.getConfiguration('hakusho', document.uri).get<boolean>('completion.insertTitle', true);
      const seen = new Set<string>();
      const items: vscode.CompletionItem[] = [];
      for (const { uri, heading } of index.allHeadings()) {
        if (heading.level === 'unnumbered' || seen.has(heading.address)) continue;
        const label = pathLabel(heading.segments);
        if (!label.startsWith('第')) continue;
        seen.add(heading.address);
        const item = new vscode.CompletionItem({ label, description: heading.title }, vscode.CompletionItemKind.Reference);
        item.detail = `${levelName(heading.level)} · ${vscode.workspace.asRelativePath(vscode.Uri.parse(uri))}`;
        item.documentation = new vscode.MarkdownString(`**${markdownEscape(headingName(heading))}**`);
        item.filterText = label + heading.title;
        item.sortText = heading.address;
        item.range = range;
        item.insertText = insertTitle ? `${label}「${heading.title}」参照` : label;
        items.push(item);
      }
      return new vscode.CompletionList(items, false);
    },
  }, '第'));
}
