// Cross-reference figures on the real corpus. Per edition: the section references (full, partial,
// deictic, dash (`3-7-1参照`), and narrative ones that name a path) and how many resolve to exactly one heading, with
// every one that does not listed with its reason, for a person to judge (and, in a text whose 章 and 節
// were inferred from its own references, every one resolved through them, with its target); then the figure
// references, counted apart, and the title mismatches. Each edition is indexed on its own
// (addresses repeat across editions).
//
//   npm run eval:references                 every edition in the corpus
//   npm run eval:references -- ict-r5.txt   only the editions named
//   npm run eval:references -- --summary    figures only, no lists
import fs from 'node:fs';
import path from 'node:path';
import { analyzeText } from '../src/core/analyze';
import { CrossReference, HeadingLevel, WhitePaperDocument } from '../src/core/model';
import { pathLabel } from '../src/core/numbering';
import { lineIndexOf } from '../src/core/text';
import { contextSegments, Resolution, WorkspaceIndex } from '../src/core/workspaceIndex';

const corpusDir = process.env.HAKUSHO_CORPUS ?? path.resolve(__dirname, '../../shared/corpus');
const args = process.argv.slice(2);
const summaryOnly = args.includes('--summary');
const only = args.filter((a) => !a.startsWith('--'));
const files = fs.existsSync(corpusDir)
  ? fs.readdirSync(corpusDir).filter((f) => f.endsWith('.txt') && (only.length === 0 || only.includes(f))).sort()
  : [];
if (files.length === 0) {
  console.log(`No corpus at ${corpusDir} (or no edition named there); set HAKUSHO_CORPUS.`);
  process.exit(0);
}

/** Section references: the ones that name a place in the book's outline. */
function isSectionReference(ref: CrossReference): boolean {
  return ref.kind === 'full' || ref.kind === 'partial' || ref.kind === 'deictic' || ref.kind === 'dash' || (ref.kind === 'narrative' && ref.segments.length > 0);
}

const pct = (n: number, of: number) => (of === 0 ? 'n/a' : `${((100 * n) / of).toFixed(1)}%`);

/** Why a reference did not resolve to one heading, in words a reader of the edition can check. */
function reason(index: WorkspaceIndex, doc: WhitePaperDocument, ref: CrossReference, r: Resolution): string {
  const here = pathLabel(contextSegments(doc, ref.start)) || '(before any heading)';
  if (r.status === 'external') {
    if (ref.kind === 'deictic') {
      const level = DEICTIC_LEVEL[ref.deixis?.[1] ?? ''];
      if (level && !index.hasHeadingLevel(level)) return `${ref.deixis} stands under ${here}, and no heading of the file is a ${LEVEL_WORD[level]}${unnamedDivisions(doc)}: which ${LEVEL_WORD[level]} it means is not in the text`;
      return `the context (${here}) does not name the level ${ref.deixis} counts from`;
    }
    const missing = ref.segments.filter((s) => !index.hasHeadingLevel(s.level)).map((s) => LEVEL_WORD[s.level] ?? s.level);
    return `no heading of the file is a ${[...new Set(missing)].join('/')}: the text carries none of that level${unnamedDivisions(doc)}`;
  }
  if (r.status === 'ambiguous') {
    return `${r.targets.length} headings fit: ${r.targets.map((t) => (t.kind === 'heading' ? pathLabel(t.heading.segments) : t.figure.number)).join(', ')}`;
  }
  if (r.status !== 'unresolved') return '';
  const last = r.address[r.address.length - 1];
  const sameNumber = last ? [...index.allHeadings()].filter(({ heading: h }) => h.level === last.level && h.key === last.key).map(({ heading: h }) => pathLabel(h.segments)) : [];
  const elsewhere = sameNumber.length ? `; ${labelOfLast(r.address)} exists at ${[...new Set(sameNumber)].slice(0, 4).join(', ')}${sameNumber.length > 4 ? ', …' : ''}` : `; no heading numbered ${labelOfLast(r.address)} at all`;
  return `read as ${pathLabel(r.address)} from ${here}${elsewhere}`;
}

const DEICTIC_LEVEL: Record<string, HeadingLevel> = { 部: 'part', 章: 'chapter', 節: 'section', 項: 'item' };
const LEVEL_WORD: Record<string, string> = { part: '部', chapter: '章', section: '節', item: '項' };

/**
 * For a file with no 部, 章 or 節 line at all: where its 項 numbering starts again at 1, a division the
 * text does not name begins (a 節 or a 章: nothing says which, nor its number).
 */
function unnamedDivisions(doc: WhitePaperDocument): string {
  if (doc.headings.some((h) => h.level === 'part' || h.level === 'chapter' || h.level === 'section')) return '';
  const items = doc.headings.filter((h) => h.level === 'item');
  const restarts = items.filter((h, i) => i > 0 && h.key === '1').length;
  return restarts ? ` (no 部/章/節 line at all; its 項 numbering starts again at 1 in ${restarts} places, where divisions the text does not name begin)` : '';
}

function labelOfLast(address: { level: string }[]): string {
  return pathLabel(address.slice(-1) as never);
}

const table: string[] = [];
for (const name of files) {
  const file = path.join(corpusDir, name);
  const index = new WorkspaceIndex();
  const doc = analyzeText(file, fs.readFileSync(file, 'utf8'));
  index.set(doc);
  const lines = lineIndexOf(doc);
  const where = (ref: CrossReference) => `${name}:${lines.positionAt(ref.start).line + 1}`;

  const kinds: Record<string, number> = {};
  for (const ref of [...doc.references, ...doc.figureReferences]) kinds[ref.kind] = (kinds[ref.kind] ?? 0) + 1;

  const section = { total: 0, resolved: 0, ambiguous: 0, unresolved: 0, noContext: 0 };
  const notResolved: string[] = [];
  const throughInferred: string[] = [];
  for (const ref of doc.references) {
    if (!isSectionReference(ref)) continue;
    section.total++;
    const r = index.resolve(doc, ref);
    if (r.status === 'resolved') {
      section.resolved++;
      const target = r.targets[0];
      if (target.kind === 'heading' && target.heading.divisionInferred) throughInferred.push(`  ${where(ref)}: ${ref.text} → ${pathLabel(r.address)}, at ${pathLabel(target.heading.segments)} 「${target.heading.title}」 (line ${lines.positionAt(target.heading.start).line + 1}); cited in 「…${doc.text.slice(Math.max(0, ref.start - 30), ref.start).replace(/\s+/g, ' ')}」`);
      continue;
    }
    if (r.status === 'ambiguous') section.ambiguous++;
    else if (r.status === 'unresolved') section.unresolved++;
    else section.noContext++;
    notResolved.push(`  ${where(ref)}: ${r.status === 'external' ? 'not checkable' : r.status}: ${ref.text} — ${reason(index, doc, ref, r)}`);
  }

  const figures = { total: doc.figureReferences.length, resolved: 0, unresolved: 0, external: 0, otherEdition: 0 };
  const figuresUnresolved: string[] = [];
  const uncaptioned: string[] = [];
  for (const ref of doc.figureReferences) {
    if (ref.edition) { figures.otherEdition++; continue; } // another edition's figure: never checked here
    const r = index.resolve(doc, ref);
    if (r.status === 'resolved' || r.status === 'ambiguous') figures.resolved++;
    else if (r.status === 'unresolved') { figures.unresolved++; figuresUnresolved.push(`  ${where(ref)}: ${ref.text}`); }
    else { figures.external++; uncaptioned.push(ref.text); }
  }
  const checks = index.checkReferences(doc);
  const mismatches = checks.filter((d) => d.code === 'reference-title-mismatch');
  const captionNotes = checks.filter((d) => d.code === 'figure-captions-absent');
  const figureWarnings = checks.filter((d) => d.code === 'reference-unresolved' && doc.figureReferences.some((f) => f.start === d.start)).length;

  console.log(name);
  console.log(`  references by kind: ${JSON.stringify(kinds)}`);
  const checkable = section.total - section.noContext;
  console.log(`  section references: ${section.total}, resolved to one heading ${section.resolved} (${pct(section.resolved, section.total)}; of the ${checkable} checkable ${pct(section.resolved, checkable)}), ambiguous ${section.ambiguous}, unresolved ${section.unresolved}, not checkable ${section.noContext}`);
  console.log(`  figure references: ${figures.total} (captions in the file: ${doc.figures.length}), resolved ${figures.resolved}, unresolved ${figures.unresolved}, not checkable ${figures.external}${figures.otherEdition ? `, in another edition ${figures.otherEdition}` : ''}; warnings ${figureWarnings}, caption notes ${captionNotes.length}`);
  console.log(`  title mismatches: ${mismatches.length}`);
  table.push(`| ${name} | ${section.total} | ${section.resolved} | ${section.ambiguous} | ${section.unresolved} | ${section.noContext} | ${pct(section.resolved, section.total)} | ${pct(section.resolved, checkable)} | ${figures.total} | ${doc.figures.length} | ${figures.resolved} | ${figures.unresolved} | ${figures.external} |`);
  if (summaryOnly) continue;
  for (const m of mismatches) console.log(`  ${name}:${lines.positionAt(m.start).line + 1}: ${m.message}`);
  console.log(`  section references not resolved:${notResolved.length ? '' : ' none'}`);
  for (const u of notResolved) console.log(u);
  if (throughInferred.length) {
    const placed = new Set(doc.headings.filter((h) => h.divisionInferred).map((h) => pathLabel(h.segments.slice(0, 2)))).size;
    console.log(`  resolved in 章 and 節 the text does not name (${placed} divisions placed by its own dash references; see divisions.ts), for a person to judge:`);
    for (const u of throughInferred) console.log(u);
  }
  console.log(`  figure references unresolved:${figuresUnresolved.length ? '' : ' none'}`);
  for (const u of figuresUnresolved) console.log(u);
  if (uncaptioned.length) {
    const distinct = [...new Set(uncaptioned)];
    console.log(`  figure references with no caption of their group in the file (one note, not checked): ${distinct.slice(0, 40).join(' ')}${distinct.length > 40 ? ` … (${distinct.length} distinct)` : ''}`);
  }
}
console.log('');
console.log('| edition | section refs | resolved | ambiguous | unresolved | not checkable | % resolved | % of checkable | figure refs | captions | resolved | unresolved (warned) | no caption to check (one note) |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const row of table) console.log(row);
