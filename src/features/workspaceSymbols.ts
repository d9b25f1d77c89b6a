// Ctrl+T: every heading of the workspace, searchable by number or title (the service's list).
import * as vscode from 'vscode';
import { WorkspaceIndex } from '../core/workspaceIndex';
import { workspaceSymbols } from '../service/workspaceSymbols';
import { serviceContext, toRange } from '../serviceHost';

export function registerWorkspaceSymbols(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
  context.subscriptions.push(vscode.languages.registerWorkspaceSymbolProvider({
    provideWorkspaceSymbols(query) {
      return workspaceSymbols(serviceContext(index), query).map((s) => new vscode.SymbolInformation(s.name, vscode.SymbolKind.Class, s.address,
        new vscode.Location(vscode.Uri.parse(s.location.uri), toRange(s.location.range))));
    },
  }));
}
