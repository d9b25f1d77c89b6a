// Problems: the document's own (footnotes, encoding) and the cross-references checked against the
// workspace index, with the wording of ./messages and the settings' filters applied.
import { Diagnostic as CoreDiagnostic, WhitePaperDocument } from '../core/model';
import { diagnosticMessage } from './messages';
import type { ServiceContext } from './service';
import { Range, rangeOf } from './types';

export interface Diagnostic {
  range: Range;
  severity: CoreDiagnostic['severity'];
  code: string;
  message: string;
  /** Shown faded: a footnote nothing cites. */
  unnecessary: boolean;
}

export const DIAGNOSTIC_SOURCE = 'hakusho';

export function diagnostics(ctx: ServiceContext, uri: string): Diagnostic[] {
  const doc = ctx.document(uri);
  return doc ? diagnosticsOf(ctx, doc) : [];
}

/** The problems of every white-paper file of the workspace, by URI (files without problems included, empty). */
export function workspaceDiagnostics(ctx: ServiceContext): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  for (const doc of ctx.index.documents()) out.set(doc.uri, diagnosticsOf(ctx, doc));
  return out;
}

function diagnosticsOf(ctx: ServiceContext, doc: WhitePaperDocument): Diagnostic[] {
  if (!ctx.settings.diagnosticsEnabled) return [];
  const disabled = new Set(ctx.settings.disabledCodes);
  return [...doc.diagnostics, ...ctx.index.checkReferences(doc)]
    .filter((d) => !disabled.has(d.code))
    .map((d) => ({ range: rangeOf(doc, d), severity: d.severity, code: d.code, message: diagnosticMessage(d, ctx.t), unnecessary: d.code === 'footnote-unused' }));
}
