// Hover on a cross-reference: the target's full address and title, its file, and the first
// paragraph of the target section, so the reader does not have to leave the page.
import * as vscode from 'vscode';
import { AnalysisStore, HAKUSHO_SELECTOR, rangeOf } from '../analysisStore';
import { pathLabel } from '../core/numbering';
import { proseWithoutAnchors } from '../core/queries';
import { Target, WorkspaceIndex } from '../core/workspaceIndex';
import { markdownEscape, shorten } from './format';
import { referenceUnderCursor, targetRange } from './referenceTargets';

export function registerReferenceHover(context: vscode.ExtensionContext, store: AnalysisStore, index: WorkspaceIndex): void {
  context.subscriptions.push(vscode.languages.registerHoverProvider(HAKUSHO_SELECTOR, {
    async provideHover(document, position) {
      if (!store.isWhitePaper(document)) return undefined;
      const hit = await referenceUnderCursor(store, index, document, position);
      if (!hit) return undefined;
      const { reference, resolution } = hit;
      const md = new vscode.MarkdownString();
      switch (resolution.status) {
        case 'external':
          md.appendMarkdown(reference.kind === 'edition'
            ? vscode.l10n.t('Reference to another edition or paper: {0}', markdownEscape(reference.edition ?? reference.text))
            : reference.kind === 'backmatter' ? vscode.l10n.t('Reference to back matter: {0}', markdownEscape(reference.text))
            : vscode.l10n.t('Reference within the text: {0}', markdownEscape(reference.text)));
          break;
        case 'unresolved':
          md.appendMarkdown(`$(warning) ${vscode.l10n.t('Nothing in the workspace matches {0}.', markdownEscape(reference.kind === 'figure' ? reference.text : pathLabel(resolution.address)))}`);
          md.supportThemeIcons = true;
          break;
        default:
          if (resolution.status === 'ambiguous') md.appendMarkdown(`${vscode.l10n.t('{0} candidates:', resolution.targets.length)}\n\n`);
          resolution.targets.slice(0, 5).forEach((t, i) => {
            if (i > 0) md.appendMarkdown('\n\n---\n\n');
            md.appendMarkdown(describeTarget(index, t));
          });
          if (resolution.targets.length > 5) md.appendMarkdown(`\n\n${vscode.l10n.t('… and {0} more', resolution.targets.length - 5)}`);
      }
      return new vscode.Hover(md, rangeOf(document, reference));
    },
  }));
}

function describeTarget(index: WorkspaceIndex, t: Target): string {
  const file = vscode.workspace.asRelativePath(vscode.Uri.parse(t.uri));
  const line = targetRange(index, t).start.line + 1;
  const link = `[${markdownEscape(file)}:${line}](${vscode.Uri.parse(t.uri).with({ fragment: `L${line}` }).toString()})`;
  if (t.kind === 'figure') {
    return `**${markdownEscape(`図表${t.figure.number}`)}** ${markdownEscape(t.figure.title)}\n\n${link}`;
  }
  const h = t.heading;
  const parts = [`**${markdownEscape(pathLabel(h.segments))}** 「${markdownEscape(h.title)}」`, link];
  if (t.inferred) parts.push(`_${vscode.l10n.t('The chapter of this page was inferred (its page has no chapter line).')}_`);
  const doc = index.get(t.uri);
  const para = doc?.paragraphs.find((p) => p.start >= h.end && p.start < h.sectionEnd);
  if (doc && para) parts.push(`> ${markdownEscape(shorten(proseWithoutAnchors(doc, para), 400))}`);
  return parts.join('\n\n');
}
