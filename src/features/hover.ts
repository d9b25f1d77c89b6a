// Hover: the service's one hover (footnote, cross-reference and heading parts stacked) as a
// VS Code hover. `$(warning)` in it is a theme icon; the text from files is escaped by the service.
import * as vscode from 'vscode';
import { AnalysisStore, HAKUSHO_SELECTOR } from '../analysisStore';
import { WorkspaceIndex } from '../core/workspaceIndex';
import { hover } from '../service/hover';
import { fromPosition, serviceContext, toRange } from '../serviceHost';

export function registerHover(context: vscode.ExtensionContext, store: AnalysisStore, index: WorkspaceIndex): void {
  context.subscriptions.push(vscode.languages.registerHoverProvider(HAKUSHO_SELECTOR, {
    async provideHover(document, position) {
      if (!store.isWhitePaper(document)) return undefined;
      const doc = await store.analyse(document);
      const result = hover(serviceContext(index, doc), doc.uri, fromPosition(position));
      if (!result) return undefined;
      const md = new vscode.MarkdownString(result.contents);
      md.supportThemeIcons = true;
      return new vscode.Hover(md, toRange(result.range));
    },
  }));
}
