// Hover on a heading: its full address, and where the workspace cites it (each place with its file,
// line and the sentence around the reference), so an editor sees what depends on a section.
import * as vscode from 'vscode';
import { AnalysisStore, HAKUSHO_SELECTOR, rangeOf } from '../analysisStore';
import { pathLabel } from '../core/numbering';
import { headingLineAt } from '../core/queries';
import { WorkspaceIndex } from '../core/workspaceIndex';
import { levelName } from './documentSymbols';
import { citationSnippet, markdownEscape } from './format';
import { rangeIn } from './referenceTargets';

const MAX_LISTED = 10;

export function registerHeadingHover(context: vscode.ExtensionContext, store: AnalysisStore, index: WorkspaceIndex): void {
  context.subscriptions.push(vscode.languages.registerHoverProvider(HAKUSHO_SELECTOR, {
    async provideHover(document, position) {
      if (!store.isWhitePaper(document)) return undefined;
      const doc = await store.analyse(document);
      const heading = headingLineAt(doc, document.offsetAt(position));
      if (!heading || heading.level === 'unnumbered') return undefined;
      const md = new vscode.MarkdownString();
      md.appendMarkdown(`**${markdownEscape(pathLabel(heading.segments))}** · ${levelName(heading.level)}`);
      if (heading.inferred) md.appendMarkdown(` · _${vscode.l10n.t('chapter inferred')}_`);
      const sites = index.incomingReferences(document.uri.toString(), heading);
      md.appendMarkdown('\n\n' + (sites.length === 0
        ? vscode.l10n.t('Not cited anywhere in the workspace.')
        : vscode.l10n.t('Cited in {0} place(s):', sites.length)));
      for (const site of sites.slice(0, MAX_LISTED)) {
        const source = index.get(site.uri);
        if (!source) continue;
        const line = rangeIn(source, site.reference).start.line + 1;
        const uri = vscode.Uri.parse(site.uri);
        const where = `${vscode.workspace.asRelativePath(uri)}:${line}`;
        md.appendMarkdown(`\n- [${markdownEscape(where)}](${uri.with({ fragment: `L${line}` }).toString()}): ${markdownEscape(citationSnippet(source.text, site.reference))}`);
      }
      if (sites.length > MAX_LISTED) md.appendMarkdown(`\n\n${vscode.l10n.t('… and {0} more', sites.length - MAX_LISTED)}`);
      return new vscode.Hover(md, rangeOf(document, heading));
    },
  }));
}
