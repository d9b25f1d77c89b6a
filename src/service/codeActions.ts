// Quick fixes where the fix is clear: delete a footnote nothing cites; renumber a block out of
// order; for a quoted title that does not match its target, use the target's title, or point the
// path to the one other heading of that title.
import { pathLabel } from '../core/numbering';
import { definitionNumberAt, referenceAt } from '../core/queries';
import { lineIndexOf } from '../core/text';
import { normaliseTitle } from '../core/workspaceIndex';
import { renumberFootnotes } from './rename';
import type { ServiceContext } from './service';
import { offsetAt, Range, rangeOf, TextEdit } from './types';

export interface CodeAction {
  title: string;
  kind: 'quickfix';
  /** The code of the diagnostic it fixes. */
  diagnosticCode: string;
  isPreferred?: boolean;
  edits: TextEdit[];
  /** VS Code runs this command instead of applying the edits (its refactor preview shows doubtful edits unticked). */
  command?: { command: string; arguments: unknown[] };
}

/** The fixes for the diagnostics (by code and range) the host reports at a place in a file. */
export function codeActions(ctx: ServiceContext, uri: string, diagnostics: readonly { code: string; range: Range }[]): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    if (d.code === 'footnote-order') out.push(...renumberFix(ctx, uri, d.range));
    else if (d.code === 'footnote-unused') out.push(...deleteUnusedFix(ctx, uri, d.range));
    else if (d.code === 'reference-title-mismatch') out.push(...titleFixes(ctx, uri, d.range));
  }
  return out;
}

function renumberFix(ctx: ServiceContext, uri: string, range: Range): CodeAction[] {
  const edits = renumberFootnotes(ctx, uri, range.start);
  if (!Array.isArray(edits) || edits.length === 0) return [];
  return [{
    title: ctx.t('Renumber the footnotes in citation order'), kind: 'quickfix', diagnosticCode: 'footnote-order', edits,
    command: { command: 'hakusho.renumberFootnotes', arguments: [uri, range.start] },
  }];
}

function deleteUnusedFix(ctx: ServiceContext, uri: string, range: Range): CodeAction[] {
  const doc = ctx.document(uri);
  if (!doc) return [];
  const def = definitionNumberAt(doc, offsetAt(doc, range.start));
  // a note some digits cite, even with doubt, is not the user's to lose by a quick fix
  if (!def || def.anchors.length > 0) return [];
  const lines = lineIndexOf(doc);
  const startLine = lines.positionAt(def.start).line;
  const endLine = lines.positionAt(def.end).line;
  // take the line break too, so no empty line is left behind
  const end = endLine + 1 < lines.lineCount ? { line: endLine + 1, character: 0 } : lines.positionAt(lines.lineEnd(endLine));
  return [{
    title: ctx.t('Delete footnote {0}', def.number), kind: 'quickfix', diagnosticCode: 'footnote-unused',
    edits: [{ uri, range: { start: { line: startLine, character: 0 }, end }, newText: '' }],
  }];
}

function titleFixes(ctx: ServiceContext, uri: string, range: Range): CodeAction[] {
  const doc = ctx.document(uri);
  if (!doc) return [];
  const reference = referenceAt(doc, offsetAt(doc, range.start));
  if (!reference || !reference.title || !reference.titleSpan) return [];
  const resolution = ctx.index.resolve(doc, reference);
  if (resolution.status !== 'resolved' || resolution.targets[0].kind !== 'heading') return [];
  const target = resolution.targets[0].heading;
  if (normaliseTitle(reference.title) === normaliseTitle(target.title)) return []; // already mended
  const out: CodeAction[] = [{
    title: ctx.t('Replace the title with 「{0}」', target.title), kind: 'quickfix', diagnosticCode: 'reference-title-mismatch', isPreferred: true,
    // the title's place in the current text: the diagnostic's range may be from before the last keystrokes
    edits: [{ uri, range: rangeOf(doc, reference.titleSpan), newText: target.title }],
  }];
  const named = ctx.index.headingsTitled(reference.title).filter((h) => h.heading.address !== target.address);
  if (new Set(named.map((h) => h.heading.address)).size === 1) {
    const other = named[0].heading;
    const newPath = pathLabel(other.segments);
    out.push({
      title: ctx.t('Point the reference to {0} 「{1}」', newPath, other.title), kind: 'quickfix', diagnosticCode: 'reference-title-mismatch',
      // the path stands before 「
      edits: [{ uri, range: rangeOf(doc, { start: reference.start, end: reference.titleSpan.start - 1 }), newText: newPath }],
    });
  }
  return out;
}
