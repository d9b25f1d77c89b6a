// Hover on an anchor: 脚注 N and the whole definition (Markdown, links clickable), with its source.
// Hover on a definition's number: every place that cites it, with a snippet of the sentence.
import * as vscode from 'vscode';
import { AnalysisStore, HAKUSHO_SELECTOR, rangeOf } from '../analysisStore';
import { anchorAt, definitionNumberAt } from '../core/queries';
import { citationSnippet, markdownEscape } from './format';

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
        md.appendMarkdown(linkify(markdownEscape(def.text)).replace(/\n/g, '  \n'));
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

function linkify(escaped: string): string {
  return escaped.replace(/https?:\/\/[^\s　）)」』、，。<>]+/g, (url) => `[${url}](${url.replace(/\\/g, '')})`);
}
