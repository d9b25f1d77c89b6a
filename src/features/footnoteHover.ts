// Hover on an anchor: 脚注 N and the whole definition (Markdown, links clickable), with its source.
// Hover on a definition's number: every place that cites it, with a snippet of the sentence.
import * as vscode from 'vscode';
import { AnalysisStore, HAKUSHO_SELECTOR, rangeOf } from '../analysisStore';
import { anchorAt, definitionNumberAt } from '../core/queries';
import { citationSnippet, markdownEscape, markdownEscapeLinkingUrls } from './format';

export function registerFootnoteHover(context: vscode.ExtensionContext, store: AnalysisStore): void {
  context.subscriptions.push(vscode.languages.registerHoverProvider(HAKUSHO_SELECTOR, {
    async provideHover(document, position) {
      if (!store.isWhitePaper(document)) return undefined;
      const doc = await store.analyse(document);
      const offset = document.offsetAt(position);
      const anchor = anchorAt(doc, offset);
      if (anchor && anchor.definition >= 0) {
        const def = doc.footnotes[anchor.definition];
        const md = new vscode.MarkdownString();
        md.appendMarkdown(`**${vscode.l10n.t('Footnote {0}', def.number)}** · ${vscode.l10n.t('line {0}', document.positionAt(def.start).line + 1)}\n\n`);
        if (anchor.confidence === 'doubtful') {
          md.supportThemeIcons = true;
          md.appendMarkdown(`${doubtNote(anchor.doubt)}\n\n---\n`);
        }
        md.appendMarkdown(markdownEscapeLinkingUrls(def.text).replace(/\n/g, '  \n'));
        if (def.source) md.appendMarkdown(`\n\n---\n${vscode.l10n.t('Source')}: ${markdownEscape(def.source)}`);
        return new vscode.Hover(md, rangeOf(document, anchor));
      }
      const def = definitionNumberAt(doc, offset);
      if (def) {
        const md = new vscode.MarkdownString();
        md.appendMarkdown(`**${vscode.l10n.t('Footnote {0}', def.number)}** · `);
        if (def.anchors.length === 0) {
          md.appendMarkdown(vscode.l10n.t('not cited anywhere in this file'));
        } else {
          md.appendMarkdown(vscode.l10n.t('cited {0} time(s)', def.anchors.length) + '\n');
          for (const i of def.anchors) {
            const a = doc.anchors[i];
            md.appendMarkdown(`\n- ${vscode.l10n.t('line {0}', document.positionAt(a.start).line + 1)}: ${markdownEscape(citationSnippet(doc.text, a))}`);
          }
        }
        return new vscode.Hover(md, rangeOf(document, def.numberSpan));
      }
      return undefined;
    },
  }));
}

/** Says that the digits may be an ordinary number, why, and what edits do with them. */
function doubtNote(reason: string): string {
  const why = reason ? ` ${markdownEscape(vscode.l10n.t(reason))}` : '';
  return `$(warning) ${vscode.l10n.t('Doubtful reading: these digits may be an ordinary number, not a footnote anchor.')}${why}  \n`
    + vscode.l10n.t('Renaming and renumbering leave them unchanged unless you confirm it in the refactor preview.');
}
