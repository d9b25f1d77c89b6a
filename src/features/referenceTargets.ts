// A span of any analysed text as a VS Code range, from that text's own line index (the file need
// not be open). Used by the features still computed here (rename, reference CodeLens).
import * as vscode from 'vscode';
import { WhitePaperDocument } from '../core/model';
import { lineIndexOf } from '../core/text';

export function rangeIn(doc: WhitePaperDocument, span: { start: number; end: number }): vscode.Range {
  const lines = lineIndexOf(doc);
  const s = lines.positionAt(span.start), e = lines.positionAt(span.end);
  return new vscode.Range(s.line, s.character, e.line, e.character);
}
