// Folding: every heading's section (up to its last non-blank line), and each footnote definition block.
import { lineIndexOf } from '../core/text';
import type { ServiceContext } from './service';

export interface FoldingRange {
  startLine: number;
  endLine: number;
  kind: 'region' | 'comment';
}

export function foldingRanges(ctx: ServiceContext, uri: string): FoldingRange[] {
  const doc = ctx.document(uri);
  if (!doc) return [];
  const lines = lineIndexOf(doc);
  const isBlank = (line: number) => doc.text.slice(lines.lineStart(line), lines.lineEnd(line)).trim() === '';
  const lastLine = (end: number) => {
    // a section ends before the next heading's line: fold up to the last non-blank line before it
    const p = lines.positionAt(end);
    let line = end > 0 && p.character === 0 ? p.line - 1 : p.line;
    while (line > 0 && isBlank(line)) line--;
    return line;
  };
  const out: FoldingRange[] = [];
  for (const h of doc.headings) {
    const start = lines.positionAt(h.start).line;
    const end = lastLine(h.sectionEnd);
    if (end > start) out.push({ startLine: start, endLine: end, kind: 'region' });
  }
  const blocks = new Map<number, { start: number; end: number }>();
  for (const f of doc.footnotes) {
    const b = blocks.get(f.block);
    if (b) b.end = f.end; else blocks.set(f.block, { start: f.start, end: f.end });
  }
  for (const b of blocks.values()) {
    const start = lines.positionAt(b.start).line, end = lines.positionAt(b.end).line;
    if (end > start) out.push({ startLine: start, endLine: end, kind: 'comment' });
  }
  return out;
}
