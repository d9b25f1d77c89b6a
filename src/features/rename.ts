// F2 (rename) on a footnote number renumbers its definition and every anchor; on a heading's title
// it retitles the heading and every reference in the workspace that quotes the old title. The
// service computes the edits; this host refuses files the editor reads differently from the disk.
import * as vscode from 'vscode';
import { AnalysisStore, HAKUSHO_SELECTOR } from '../analysisStore';
import { prepareRename, rename } from '../service/rename';
import { TextEdit } from '../service/types';
import { confirmationOf, fromPosition, serviceContext, toRange } from '../serviceHost';
import { WorkspaceIndexer } from '../workspaceIndexer';

export function registerRename(context: vscode.ExtensionContext, store: AnalysisStore, indexer: WorkspaceIndexer): void {
  context.subscriptions.push(vscode.languages.registerRenameProvider(HAKUSHO_SELECTOR, {
    async prepareRename(document, position) {
      if (!store.isWhitePaper(document)) throw new Error(vscode.l10n.t('Only a footnote number or a heading title can be renamed here.'));
      const doc = await store.analyse(document);
      const r = prepareRename(serviceContext(indexer.index, doc), doc.uri, fromPosition(position));
      if ('error' in r) throw new Error(r.error);
      return { range: toRange(r.range), placeholder: r.placeholder };
    },
    async provideRenameEdits(document, position, newName) {
      if (!store.isWhitePaper(document)) return undefined;
      const doc = await store.analyse(document);
      indexer.index.set(doc); // a heading's references are found through the index: it must know the editor's current text
      const edits = rename(serviceContext(indexer.index, doc), doc.uri, fromPosition(position), newName);
      if (!Array.isArray(edits)) throw new Error(edits.error);
      return toWorkspaceEdit(document, indexer, edits);
    },
  }));
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
      for (const e of list) edit.replace(document.uri, toRange(e.range), e.newText, confirmationOf(e));
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
    for (const e of list) edit.replace(opened.uri, toRange(e.range), e.newText, confirmationOf(e));
  }
  if (readDifferently.length) {
    throw new Error(vscode.l10n.t(
      'Not renamed: the editor reads {0} differently from the file on disk (saved as Shift_JIS?). Reopen it with the encoding Japanese (Shift_JIS), or save it as UTF-8, and rename again.',
      readDifferently.join(', ')));
  }
  return edit;
}
