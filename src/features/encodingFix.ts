// Mojibake (U+FFFD in the text) gets a quick fix that reopens the file with another encoding.
import * as vscode from 'vscode';
import { HAKUSHO_SELECTOR } from '../analysisStore';

export function registerEncodingFix(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.languages.registerCodeActionsProvider(HAKUSHO_SELECTOR, {
    provideCodeActions(_document, _range, ctx) {
      return ctx.diagnostics
        .filter((d) => d.source === 'hakusho' && d.code === 'encoding-mojibake')
        .map((d) => {
          const action = new vscode.CodeAction(vscode.l10n.t('Reopen with another encoding (e.g. Japanese Shift_JIS)…'), vscode.CodeActionKind.QuickFix);
          action.command = { command: 'workbench.action.editor.changeEncoding', title: action.title };
          action.diagnostics = [d];
          action.isPreferred = true;
          return action;
        });
    },
  }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }));
}
