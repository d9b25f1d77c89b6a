// `hakusho analyze [--json] PATH...`
import { WhitePaperDocument } from '../core/model';
import { pathLabel } from '../core/numbering';
import { LineIndex } from '../core/text';
import { parseArgs } from './args';
import { analysePaths } from './whitePaper';

export function analysisJson(file: string, encoding: string, doc: WhitePaperDocument) {
  const lines = new LineIndex(doc.text);
  const at = (offset: number) => lines.positionAt(offset);
  return {
    file,
    encoding,
    form: doc.form,
    edition: doc.edition,
    breadcrumb: doc.breadcrumb?.crumbs ?? null,
    inferredChapter: doc.inferredChapter,
    headings: doc.headings.map((h) => ({
      level: h.level, number: h.number, label: h.label, title: h.title, line: at(h.start).line,
      path: h.path, address: h.address, inferred: h.inferred,
    })),
    footnotes: doc.footnotes.map((f) => ({
      number: f.number, line: at(f.start).line, text: f.text, source: f.source,
      anchors: f.anchors.map((i) => at(doc.anchors[i].start)),
    })),
    references: [...doc.references, ...doc.figureReferences].sort((a, b) => a.start - b.start).map((r) => ({
      text: r.text, ...at(r.start), kind: r.kind,
      path: r.kind === 'figure' ? r.figures : r.segments.map((s) => s.number),
      title: r.title, deixis: r.deixis, inFootnote: r.inFootnote,
    })),
    figures: doc.figures.map((f) => ({ number: f.number, title: f.title, line: at(f.start).line })),
    diagnostics: doc.diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message, ...at(d.start) })),
  };
}

function summary(file: string, encoding: string, doc: WhitePaperDocument): string {
  const lines = new LineIndex(doc.text);
  const out: string[] = [`${file} (${doc.form}, ${encoding}${doc.edition ? `, ${doc.edition}` : ''})`];
  const depthIndent: Record<string, string> = { part: '', chapter: '  ', section: '    ', item: '      ', subitem: '        ', kana: '          ', subkana: '            ', circled: '              ', unnumbered: '              ' };
  out.push(`  headings: ${doc.headings.length}`);
  for (const h of doc.headings.slice(0, 200)) {
    out.push(`    ${String(lines.positionAt(h.start).line + 1).padStart(5)}  ${depthIndent[h.level]}${h.label}${h.label ? ' ' : ''}${h.title}${h.divisionInferred ? `  (${pathLabel(h.segments.slice(0, 2))} inferred)` : h.inferred ? '  (chapter inferred)' : ''}`);
  }
  if (doc.headings.length > 200) out.push(`    … ${doc.headings.length - 200} more`);
  const cited = doc.footnotes.filter((f) => f.anchors.length > 0).length;
  out.push(`  footnotes: ${doc.footnotes.length} definitions (${cited} cited), ${doc.anchors.length} anchors`);
  const kinds: Record<string, number> = {};
  for (const r of [...doc.references, ...doc.figureReferences]) kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
  out.push(`  references: ${Object.entries(kinds).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
  out.push(`  figures: ${doc.figures.length} captions`);
  for (const d of doc.diagnostics) {
    const p = lines.positionAt(d.start);
    out.push(`  ${file}:${p.line + 1}:${p.character + 1}: ${d.severity}: ${d.message} [${d.code}]`);
  }
  return out.join('\n');
}

export function analyzeCommand(argv: string[]): number {
  const args = parseArgs(argv, ['--json']);
  if (args.error) {
    process.stderr.write(`hakusho analyze: ${args.error}\n`);
    return 2;
  }
  if (args.paths.length === 0) {
    process.stderr.write('hakusho analyze: give at least one file or folder\n');
    return 2;
  }
  const { files, failed } = analysePaths(args.paths);
  const results: unknown[] = [];
  for (const { file, encoding, doc } of files) {
    if (args.flags.has('--json')) results.push(analysisJson(file, encoding, doc));
    else process.stdout.write(summary(file, encoding, doc) + '\n\n');
  }
  if (args.flags.has('--json')) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  return failed ? 1 : 0;
}
