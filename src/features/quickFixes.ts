// Quick fixes where the fix is clear (the service finds them): delete a footnote definition nothing
// cites; renumber a block whose numbers are out of order; for a quoted title that does not match
// its target, use the target's title, or point the path to the one other heading of that title.
import * as vscode from 'vscode';
import { AnalysisStore, HAKUSHO_SELECTOR } from '../analysisStore';
import { WorkspaceIndex } from '../core/workspaceIndex';
import { CodeAction, codeActions } from '../service/codeActions';
import { DIAGNOSTIC_SOURCE } from '../service/diagnostics';
import { fromPosition, serviceContext, toRange } from '../serviceHost';

export function registerQuickFixes(context: vscode.ExtensionContext, store: AnalysisStore, index: WorkspaceIndex): void {
  context.subscriptions.push(vscode.languages.registerCodeActionsProvider(HAKUSHO_SELECTOR, {
    async provideCodeActions(document, _range, ctx) {
      if (!store.isWhitePaper(document)) return undefined;
      const ours = ctx.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && typeof d.code === 'string');
      if (ours.length === 0) return [];
      const service = serviceContext(index, await store.analyse(document));
      const uri = document.uri.toString();
      return ours.flatMap((d) => codeActions(service, uri, [{ code: d.code as string, range: { start: fromPosition(d.range.start), end: fromPosition(d.range.end) } }])
        .map((a) => toCodeAction(document, d, a)));
    },
  }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }));
}

function toCodeAction(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, a: CodeAction): vscode.CodeAction {
  const action = new vscode.CodeAction(a.title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  if (a.isPreferred) action.isPreferred = true;
  if (a.command) {
    // through the command, so digits read with doubt stay unchecked in the refactor preview
    action.command = { command: a.command.command, title: a.title, arguments: [document.uri, diagnostic.range.start] };
  } else {
    action.edit = new vscode.WorkspaceEdit();
    for (const e of a.edits) action.edit.replace(vscode.Uri.parse(e.uri), toRange(e.range), e.newText);
  }
  return action;
}
