// F12 on an anchor → its definition; Shift+F12 on a definition or an anchor → every anchor citing it;
// document highlights mark all anchors of the same footnote.
import * as vscode from 'vscode';
import { AnalysisStore, HAKUSHO_SELECTOR, rangeOf } from '../analysisStore';
import { anchorAt, footnoteAt } from '../core/queries';

export function registerFootnoteNavigation(context: vscode.ExtensionContext, store: AnalysisStore): void {
  context.subscriptions.push(
    vscode.languages.registerDefinitionProvider(HAKUSHO_SELECTOR, {
      async provideDefinition(document, position) {
        if (!store.isWhitePaper(document)) return undefined;
        const doc = await store.analyse(document);
        const anchor = anchorAt(doc, document.offsetAt(position));
        if (!anchor || anchor.definition < 0) return undefined;
        const def = doc.footnotes[anchor.definition];
        return [{
          originSelectionRange: rangeOf(document, anchor),
          targetUri: document.uri,
          targetRange: rangeOf(document, def),
          targetSelectionRange: rangeOf(document, def.numberSpan),
        } satisfies vscode.LocationLink];
      },
    }),
    vscode.languages.registerReferenceProvider(HAKUSHO_SELECTOR, {
      async provideReferences(document, position, context) {
        if (!store.isWhitePaper(document)) return undefined;
        const doc = await store.analyse(document);
        const def = footnoteAt(doc, document.offsetAt(position));
        if (!def) return undefined;
        const locations = def.anchors.map((i) => new vscode.Location(document.uri, rangeOf(document, doc.anchors[i])));
        if (context.includeDeclaration) locations.unshift(new vscode.Location(document.uri, rangeOf(document, def.numberSpan)));
        return locations;
      },
    }),
    vscode.languages.registerDocumentHighlightProvider(HAKUSHO_SELECTOR, {
      async provideDocumentHighlights(document, position) {
        if (!store.isWhitePaper(document)) return undefined;
        const doc = await store.analyse(document);
        const def = footnoteAt(doc, document.offsetAt(position));
        if (!def) return undefined;
        return [
          new vscode.DocumentHighlight(rangeOf(document, def.numberSpan), vscode.DocumentHighlightKind.Write),
          ...def.anchors.map((i) => new vscode.DocumentHighlight(rangeOf(document, doc.anchors[i]), vscode.DocumentHighlightKind.Read)),
        ];
      },
    }),
  );
}
