// Rename (F2): on a footnote number, renumber its definition and every anchor; on a heading's title,
// retitle the heading and every reference in the workspace that quotes the old title. Renumber
// Footnotes: a definition block in citation order. Edits of doubtful anchors carry needsConfirmation.
import { FootnoteDefinition, Heading, Span, WhitePaperDocument } from '../core/model';
import { definitionAt, footnoteAt, headingLineAt } from '../core/queries';
import { footnoteNumberSpan, footnoteRenameEdits, headingRenameEdits, RenameRefusal, renumberBlockEdits, TextEdit as CoreEdit } from '../core/rename';
import type { ServiceContext } from './service';
import { Localize, offsetAt, Position, Range, rangeOf, TextEdit } from './types';

type RenameTarget =
  | { kind: 'footnote'; doc: WhitePaperDocument; def: FootnoteDefinition; span: Span; offset: number }
  | { kind: 'heading'; doc: WhitePaperDocument; heading: Heading; span: Span };

function renameTarget(ctx: ServiceContext, uri: string, position: Position): RenameTarget | null {
  const doc = ctx.document(uri);
  if (!doc) return null;
  const offset = offsetAt(doc, position);
  const def = footnoteAt(doc, offset);
  if (def) {
    const span = footnoteNumberSpan(doc, def, offset);
    return span ? { kind: 'footnote', doc, def, span, offset } : null;
  }
  const heading = headingLineAt(doc, offset);
  if (heading && heading.title && offset >= heading.titleStart) {
    return { kind: 'heading', doc, heading, span: { start: heading.titleStart, end: heading.titleStart + heading.title.length } };
  }
  return null;
}

export type Refused = { error: string };

export function prepareRename(ctx: ServiceContext, uri: string, position: Position): { range: Range; placeholder: string } | Refused {
  const target = renameTarget(ctx, uri, position);
  if (!target) return { error: ctx.t('Only a footnote number or a heading title can be renamed here.') };
  return { range: rangeOf(target.doc, target.span), placeholder: target.doc.text.slice(target.span.start, target.span.end) };
}

export function rename(ctx: ServiceContext, uri: string, position: Position, newName: string): TextEdit[] | Refused {
  const target = renameTarget(ctx, uri, position);
  if (!target) return { error: ctx.t('Only a footnote number or a heading title can be renamed here.') };
  const edits = target.kind === 'footnote'
    ? footnoteRenameEdits(target.doc, target.def, newName.trim(), target.offset)
    : headingRenameEdits(ctx.index, uri, target.heading, newName);
  return Array.isArray(edits) ? toEdits(ctx, edits) : { error: refusalMessage(edits, ctx.t) };
}

/** Renumbers in citation order the definition block at the position (or the one its anchor cites, or the first). */
export function renumberFootnotes(ctx: ServiceContext, uri: string, position: Position): TextEdit[] | Refused {
  const doc = ctx.document(uri);
  if (!doc) return { error: ctx.t('Renumber Footnotes works on a white-paper page; this file is not read as one (a Markdown file needs 第…部/章/節 headings or `hakusho: true`).') };
  const offset = offsetAt(doc, position);
  const def = footnoteAt(doc, offset) ?? definitionAt(doc, offset) ?? doc.footnotes[0];
  if (!def) return { error: ctx.t('This file has no footnotes to renumber.') };
  return toEdits(ctx, renumberBlockEdits(doc, def.block));
}

export function refusalMessage(r: RenameRefusal, t: Localize): string {
  switch (r.refused) {
    case 'footnote-number': return t('A footnote number is 1 to 999 in half-width digits.');
    case 'footnote-exists': return t('Footnote {0} already exists in this block.', r.number);
    case 'heading-title': return t('A heading title is one line without 。.');
  }
}

/** Core edits (offsets in the analysed text of their file) as ranges, with the doubtful ones marked. */
function toEdits(ctx: ServiceContext, edits: readonly CoreEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const e of edits) {
    // the text the edit was computed from: the open document's where one is open (a host's index may lag it)
    const doc = ctx.document(e.uri) ?? ctx.index.get(e.uri);
    if (!doc) continue;
    const edit: TextEdit = { uri: e.uri, range: rangeOf(doc, e), newText: e.text };
    if (e.doubtful) {
      edit.needsConfirmation = {
        label: ctx.t('Digits read as a footnote anchor with doubt'),
        description: ctx.t('footnote {0}? {1}', e.doubtful.number, e.doubtful.reason ? ctx.t(e.doubtful.reason) : ''),
      };
    }
    out.push(edit);
  }
  return out;
}
