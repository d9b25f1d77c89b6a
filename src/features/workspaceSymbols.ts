// Ctrl+T: every heading of the workspace, searchable by number or title.
import * as vscode from 'vscode';
import { pathLabel } from '../core/numbering';
import { WorkspaceIndex } from '../core/workspaceIndex';
import { headingName } from './documentSymbols';
import { rangeIn } from './referenceTargets';

const MAX_SYMBOLS = 2000;

export function registerWorkspaceSymbols(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
  context.subscriptions.push(vscode.languages.registerWorkspaceSymbolProvider({
    provideWorkspaceSymbols(query, token) {
      const q = query.trim().replace(/\s+/g, '');
      const out: vscode.SymbolInformation[] = [];
      for (const { uri, heading } of index.allHeadings()) {
        if (token.isCancellationRequested || out.length >= MAX_SYMBOLS) break;
        const name = headingName(heading);
        const address = pathLabel(heading.segments);
        if (q && !(name + address).replace(/\s+/g, '').includes(q)) continue;
        const doc = index.get(uri);
        if (!doc) continue;
        out.push(new vscode.SymbolInformation(name, vscode.SymbolKind.Class, address,
          new vscode.Location(vscode.Uri.parse(uri), rangeIn(doc, heading))));
      }
      return out;
    },
  }));
}
