// Plain data the service takes and returns: positions in lines and UTF-16 characters (as LSP and
// VS Code count them), ranges, locations and edits. Hosts convert these to their own types.
import { Span, WhitePaperDocument } from '../core/model';
import { lineIndexOf } from '../core/text';

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }
export interface Location { uri: string; range: Range }

/** A jump from the text under the cursor to a target in some file. */
export interface LocationLink {
  originRange: Range;
  uri: string;
  /** The whole target (a heading line, a footnote definition). */
  targetRange: Range;
  /** The part to select (a footnote's number, the heading). */
  targetSelectionRange: Range;
}

/** An edit of one file. Edits of doubtful footnote anchors say so, for hosts that can ask first. */
export interface TextEdit {
  uri: string;
  range: Range;
  newText: string;
  needsConfirmation?: { label: string; description: string };
}

/** Localisation: VS Code passes `vscode.l10n.t`; other hosts get the English with `{0}` filled in. */
export type Localize = (message: string, ...args: Array<string | number | boolean>) => string;

export const english: Localize = (message, ...args) =>
  message.replace(/\{(\d+)\}/g, (whole, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : whole));

export function positionAt(doc: WhitePaperDocument, offset: number): Position {
  return lineIndexOf(doc).positionAt(offset);
}

export function offsetAt(doc: WhitePaperDocument, position: Position): number {
  return lineIndexOf(doc).offsetAt(position.line, position.character);
}

export function rangeOf(doc: WhitePaperDocument, span: Span): Range {
  const lines = lineIndexOf(doc);
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

export function spanOf(doc: WhitePaperDocument, range: Range): Span {
  return { start: offsetAt(doc, range.start), end: offsetAt(doc, range.end) };
}
