// Footnote anchors look like any other number to a grammar: they are coloured from the analysis.
import { lineIndexOf } from '../core/text';
import type { ServiceContext } from './service';

export const SEMANTIC_TOKEN_TYPES = ['footnoteAnchor'] as const;
export const SEMANTIC_TOKEN_MODIFIERS = ['unresolved'] as const;

export interface SemanticToken {
  line: number;
  character: number;
  length: number;
  type: typeof SEMANTIC_TOKEN_TYPES[number];
  /** An anchor citing no definition. */
  unresolved: boolean;
}

export function semanticTokens(ctx: ServiceContext, uri: string): SemanticToken[] {
  const doc = ctx.document(uri);
  if (!doc) return [];
  const lines = lineIndexOf(doc);
  return doc.anchors.map((a) => {
    const p = lines.positionAt(a.start);
    return { line: p.line, character: p.character, length: a.end - a.start, type: 'footnoteAnchor', unresolved: a.definition < 0 };
  });
}

/** The tokens in the protocol's relative encoding (five integers each), in text order. */
export function encodeSemanticTokens(tokens: readonly SemanticToken[]): number[] {
  const data: number[] = [];
  let line = 0, character = 0;
  for (const t of [...tokens].sort((a, b) => a.line - b.line || a.character - b.character)) {
    data.push(t.line - line, t.line === line ? t.character - character : t.character, t.length,
      SEMANTIC_TOKEN_TYPES.indexOf(t.type), t.unresolved ? 1 << SEMANTIC_TOKEN_MODIFIERS.indexOf('unresolved') : 0);
    line = t.line;
    character = t.character;
  }
  return data;
}
