// F2 (rename) on a footnote number renumbers its definition and every anchor; on a heading's title
// it retitles the heading and every reference in the workspace that quotes the old title.
import * as vscode from 'vscode';
import { AnalysisStore, HAKUSHO_SELECTOR, rangeOf } from '../analysisStore';
import { footnoteAt, headingLineAt } from '../core/queries';
import { footnoteNumberSpan, footnoteRenameEdits, headingRenameEdits, RenameRefusal, TextEdit } from '../core/rename';
import { WorkspaceIndexer } from '../workspaceIndexer';
import { rangeIn } from './referenceTargets';

export function registerRename(context: vscode.ExtensionContext, store: AnalysisStore, indexer: WorkspaceIndexer): void {
  const target = async (document: vscode.TextDocument, position: vscode.Position) => {
    if (!store.isWhitePaper(document)) return null;
    const doc = await store.analyse(document);
    const offset = document.offsetAt(position);
    const def = footnoteAt(doc, offset);
    if (def) {
      const span = footnoteNumberSpan(doc, def, offset);
      return span ? { kind: 'footnote' as const, doc, def, span, offset } : null;
    }
    const heading = headingLineAt(doc, offset);
    if (heading && heading.title && offset >= heading.titleStart) {
      return { kind: 'heading' as const, doc, heading, span: { start: heading.titleStart, end: heading.titleStart + heading.title.length } };
    }
    return null;
  };

  context.subscriptions.push(vscode.languages.registerRenameProvider(HAKUSHO_SELECTOR, {
    async prepareRename(document, position) {
      const t = await target(document, position);
      if (!t) throw new Error(vscode.l10n.t('Only a footnote number or a heading title can be renamed here.'));
      return { range: rangeOf(document, t.span), placeholder: document.getText(rangeOf(document, t.span)) };
    },
    async provideRenameEdits(document, position, newName) {
      const t = await target(document, position);
      if (!t) return undefined;
      const uri = document.uri.toString();
      if (t.kind === 'heading') indexer.index.set(t.doc); // the index must know the editor's current text
      const edits = t.kind === 'footnote'
        ? footnoteRenameEdits(t.doc, t.def, newName.trim(), t.offset)
        : headingRenameEdits(indexer.index, uri, t.heading, newName);
      if (!Array.isArray(edits)) throw new Error(refusalMessage(edits));
      return toWorkspaceEdit(document, indexer, edits);
    },
  }));
}

function refusalMessage(r: RenameRefusal): string {
  switch (r.refused) {
    case 'footnote-number': return vscode.l10n.t('A footnote number is 1 to 999 in half-width digits.');
    case 'footnote-exists': return vscode.l10n.t('Footnote {0} already exists in this block.', r.number);
    case 'heading-title': return vscode.l10n.t('A heading title is one line without 。.');
  }
}

/**
 * What VS Code needs to show an edit of a doubtful anchor in the refactor preview, unchecked: the
 * user applies it only by ticking it. Edits of sure readings carry none and apply as usual.
 */
export function confirmationOf(e: TextEdit): vscode.WorkspaceEditEntryMetadata | undefined {
  if (!e.doubtful) return undefined;
  return {
    needsConfirmation: true,
    label: vscode.l10n.t('Digits read as a footnote anchor with doubt'),
    description: vscode.l10n.t('footnote {0}? {1}', e.doubtful.number, e.doubtful.reason ? vscode.l10n.t(e.doubtful.reason) : ''),
  };
}

/**
 * The edits as the editor will apply them. Another file's edits were computed from the text the index
 * decoded; the editor opens that file with its own encoding (UTF-8 unless told otherwise), so a
 * Shift_JIS page would be edited at the wrong places and saved as mojibake. Such files are refused.
 */
async function toWorkspaceEdit(document: vscode.TextDocument, indexer: WorkspaceIndexer, edits: TextEdit[]): Promise<vscode.WorkspaceEdit> {
  const edit = new vscode.WorkspaceEdit();
  const readDifferently: string[] = [];
  const byFile = new Map<string, TextEdit[]>();
  for (const e of edits) {
    const list = byFile.get(e.uri);
    if (list) list.push(e); else byFile.set(e.uri, [e]);
  }
  for (const [uri, list] of byFile) {
    if (uri === document.uri.toString()) {
      for (const e of list) edit.replace(document.uri, rangeOf(document, e), e.text, confirmationOf(e));
      continue;
    }
    const indexed = indexer.index.get(uri);
    if (!indexed) continue;
    const opened = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    // line endings aside (the editor may normalise mixed ones), the same text: edit it by line and column
    if (opened.getText().replace(/\r\n?/g, '\n') !== indexed.text.replace(/\r\n?/g, '\n')) {
      readDifferently.push(vscode.workspace.asRelativePath(opened.uri));
      continue;
    }
    for (const e of list) edit.replace(opened.uri, rangeIn(indexed, e), e.text, confirmationOf(e));
  }
  if (readDifferently.length) {
    throw new Error(vscode.l10n.t(
      'Not renamed: the editor reads {0} differently from the file on disk (saved as Shift_JIS?). Reopen it with the encoding Japanese (Shift_JIS), or save it as UTF-8, and rename again.',
      readDifferently.join(', ')));
  }
  return edit;
}
