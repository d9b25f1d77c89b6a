// F12 / Ctrl+click / Peek on a cross-reference → its heading or figure caption, in whichever file
// holds it (every candidate when the path is partial or ambiguous). Shift+F12 on a heading → every
// reference to it across the workspace.
import * as vscode from 'vscode';
import { AnalysisStore, HAKUSHO_SELECTOR, rangeOf } from '../analysisStore';
import { headingLineAt } from '../core/queries';
import { WorkspaceIndex } from '../core/workspaceIndex';
import { rangeIn, referenceUnderCursor, targetRange, toUri } from './referenceTargets';

export function registerReferenceNavigation(context: vscode.ExtensionContext, store: AnalysisStore, index: WorkspaceIndex): void {
  context.subscriptions.push(
    vscode.languages.registerDefinitionProvider(HAKUSHO_SELECTOR, {
      async provideDefinition(document, position) {
        if (!store.isWhitePaper(document)) return undefined;
        const hit = await referenceUnderCursor(store, index, document, position);
        if (!hit || (hit.resolution.status !== 'resolved' && hit.resolution.status !== 'ambiguous')) return undefined;
        return hit.resolution.targets.map((t) => {
          const range = targetRange(index, t);
          return { originSelectionRange: rangeOf(document, hit.reference), targetUri: toUri(t.uri), targetRange: range, targetSelectionRange: range } satisfies vscode.LocationLink;
        });
      },
    }),
    vscode.languages.registerReferenceProvider(HAKUSHO_SELECTOR, {
      async provideReferences(document, position, ctx) {
        if (!store.isWhitePaper(document)) return undefined;
        const doc = await store.analyse(document);
        const heading = headingLineAt(doc, document.offsetAt(position));
        if (!heading) return undefined;
        const sites = index.incomingReferences(document.uri.toString(), heading);
        const locations = sites.map((s) => {
          const source = index.get(s.uri);
          return new vscode.Location(toUri(s.uri), source ? rangeIn(source, s.reference) : new vscode.Range(0, 0, 0, 0));
        });
        if (ctx.includeDeclaration) locations.unshift(new vscode.Location(document.uri, rangeOf(document, heading)));
        return locations;
      },
    }),
  );
}
