// Quick fixes where the fix is clear: delete a footnote definition nothing cites; renumber a block
// whose numbers are out of order.
import * as vscode from 'vscode';
import { AnalysisStore, HAKUSHO_SELECTOR } from '../analysisStore';
import { definitionNumberAt } from '../core/queries';

export function registerFootnoteFixes(context: vscode.ExtensionContext, store: AnalysisStore): void {
  context.subscriptions.push(vscode.languages.registerCodeActionsProvider(HAKUSHO_SELECTOR, {
    async provideCodeActions(document, _range, ctx) {
      if (!store.isWhitePaper(document)) return undefined;
      const actions: vscode.CodeAction[] = [];
      for (const d of ctx.diagnostics) {
        if (d.source === 'hakusho' && d.code === 'footnote-order') {
          // through the command, so digits read with doubt stay unchecked in the refactor preview
          const renumber = new vscode.CodeAction(vscode.l10n.t('Renumber the footnotes in citation order'), vscode.CodeActionKind.QuickFix);
          renumber.command = { command: 'hakusho.renumberFootnotes', title: renumber.title, arguments: [document.uri, d.range.start] };
          renumber.diagnostics = [d];
          actions.push(renumber);
          continue;
        }
        if (d.source !== 'hakusho' || d.code !== 'footnote-unused') continue;
        const def = definitionNumberAt(await store.analyse(document), document.offsetAt(d.range.start));
        // a note some digits cite, even with doubt, is not the user's to lose by a quick fix
        if (!def || def.anchors.length > 0) continue;
        const action = new vscode.CodeAction(vscode.l10n.t('Delete footnote {0}', def.number), vscode.CodeActionKind.QuickFix);
        const startLine = document.positionAt(def.start).line;
        const endLine = document.positionAt(def.end).line;
        // take the line break too, so no empty line is left behind
        const end = endLine + 1 < document.lineCount ? new vscode.Position(endLine + 1, 0) : document.lineAt(endLine).range.end;
        action.edit = new vscode.WorkspaceEdit();
        action.edit.delete(document.uri, new vscode.Range(new vscode.Position(startLine, 0), end));
        action.diagnostics = [d];
        actions.push(action);
      }
      return actions;
    },
  }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }));
}
