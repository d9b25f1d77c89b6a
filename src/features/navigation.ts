// F12 / Ctrl+click / Peek: from a footnote anchor to its definition, from a cross-reference to its
// heading or figure caption in whichever file holds it. Shift+F12: on a footnote every anchor
// citing it, on a heading every reference to it across the workspace. Highlights: the footnote's
// definition number and anchors. The service answers; this converts.
import * as vscode from 'vscode';
import { AnalysisStore, HAKUSHO_SELECTOR } from '../analysisStore';
import { WorkspaceIndex } from '../core/workspaceIndex';
import { definition } from '../service/definition';
import { documentHighlights, references } from '../service/references';
import { fromPosition, serviceContext, toRange } from '../serviceHost';

export function registerNavigation(context: vscode.ExtensionContext, store: AnalysisStore, index: WorkspaceIndex): void {
  context.subscriptions.push(
    vscode.languages.registerDefinitionProvider(HAKUSHO_SELECTOR, {
      async provideDefinition(document, position) {
        if (!store.isWhitePaper(document)) return undefined;
        const doc = await store.analyse(document);
        const links = definition(serviceContext(index, doc), doc.uri, fromPosition(position));
        return links.map((l): vscode.LocationLink => ({
          originSelectionRange: toRange(l.originRange),
          targetUri: vscode.Uri.parse(l.uri),
          targetRange: toRange(l.targetRange),
          targetSelectionRange: toRange(l.targetSelectionRange),
        }));
      },
    }),
    vscode.languages.registerReferenceProvider(HAKUSHO_SELECTOR, {
      async provideReferences(document, position, ctx) {
        if (!store.isWhitePaper(document)) return undefined;
        const doc = await store.analyse(document);
        const locations = references(serviceContext(index, doc), doc.uri, fromPosition(position), ctx.includeDeclaration);
        return locations.map((l) => new vscode.Location(vscode.Uri.parse(l.uri), toRange(l.range)));
      },
    }),
    vscode.languages.registerDocumentHighlightProvider(HAKUSHO_SELECTOR, {
      async provideDocumentHighlights(document, position) {
        if (!store.isWhitePaper(document)) return undefined;
        const doc = await store.analyse(document);
        return documentHighlights(serviceContext(index, doc), doc.uri, fromPosition(position)).map((h) =>
          new vscode.DocumentHighlight(toRange(h.range), h.kind === 'write' ? vscode.DocumentHighlightKind.Write : vscode.DocumentHighlightKind.Read));
      },
    }),
  );
}
