// Footnote-anchor accuracy on the real official-.txt corpus, plus counts of what the parser finds.
// The 令和5年版 file writes anchors spaced (` 6 `): that shape is the ground truth. Removing the
// spaces gives the glued form (`…された6。`), which must yield the same anchors at the same places.
import fs from 'node:fs';
import path from 'node:path';
import { analyzeText } from '../src/core/analyze';
import { WhitePaperDocument } from '../src/core/model';

const corpusDir = process.env.HAKUSHO_CORPUS ?? path.resolve(__dirname, '../../shared/corpus');
if (!fs.existsSync(corpusDir)) {
  console.log(`No corpus at ${corpusDir}; set HAKUSHO_CORPUS to a folder with ict-r5.txt / ict-r1.txt.`);
  process.exit(0);
}

interface Score { precision: number; recall: number; truth: number; found: number; hits: number }

function score(truth: Map<number, number>, doc: WhitePaperDocument): Score & { misses: number[]; extras: number[] } {
  const found = new Map(doc.anchors.map((a) => [a.start, a.number]));
  let hits = 0;
  const misses: number[] = [], extras: number[] = [];
  for (const [pos, n] of truth) (found.get(pos) === n ? hits++ : misses.push(pos));
  for (const [pos, n] of found) if (truth.get(pos) !== n) extras.push(pos);
  return { precision: hits / Math.max(1, found.size), recall: hits / Math.max(1, truth.size), truth: truth.size, found: found.size, hits, misses, extras };
}

/** Spaced anchors: ` N ` (or ` N` at the line end) after prose, outside numbered lines. */
function spacedTruth(text: string): Map<number, number> {
  const truth = new Map<number, number>();
  const re = /(?<=[^\s\u3000\n])( )([0-9]{1,3})(?=\r?$| (?![A-Za-z0-9]))/gm;
  for (let m; (m = re.exec(text));) truth.set(m.index + 1, parseInt(m[2], 10));
  return truth;
}

/** Removes the spaces around each truth anchor; returns the glued text and the anchors' new offsets. */
function glue(text: string, truth: Map<number, number>): { text: string; truth: Map<number, number> } {
  const positions = [...truth.keys()].sort((a, b) => a - b);
  let out = '', last = 0, removed = 0;
  const moved = new Map<number, number>();
  for (const pos of positions) {
    const n = truth.get(pos)!;
    const digits = String(n).length;
    out += text.slice(last, pos - 1); // drop the space before
    removed++;
    moved.set(pos - removed, n);
    out += text.slice(pos, pos + digits);
    last = pos + digits;
    if (text[last] === ' ') { last++; removed++; } // and the space after
  }
  out += text.slice(last);
  return { text: out, truth: moved };
}

function context(text: string, pos: number): string {
  return JSON.stringify(text.slice(Math.max(0, pos - 14), pos + 8));
}

function counts(doc: WhitePaperDocument) {
  const headings: Record<string, number> = {}, refs: Record<string, number> = {};
  for (const h of doc.headings) headings[h.level] = (headings[h.level] ?? 0) + 1;
  for (const r of [...doc.references, ...doc.figureReferences]) refs[r.kind] = (refs[r.kind] ?? 0) + 1;
  return { headings, refs };
}

const fmt = (x: number) => x.toFixed(4);
const verbose = process.argv.includes('--verbose');
const r5file = path.join(corpusDir, 'ict-r5.txt');
if (fs.existsSync(r5file)) {
  const spaced = fs.readFileSync(r5file, 'utf8');
  const truth = spacedTruth(spaced);
  const sDoc = analyzeText(r5file, spaced);
  const s = score(truth, sDoc);
  const glued = glue(spaced, truth);
  const gDoc = analyzeText(r5file, glued.text);
  const g = score(glued.truth, gDoc);
  console.log('Footnote anchors, ict-r5.txt (truth = spaced anchors in the official text)');
  console.log('form     truth  found  correct  precision  recall   target');
  console.log(`spaced   ${String(s.truth).padStart(5)}  ${String(s.found).padStart(5)}  ${String(s.hits).padStart(7)}  ${fmt(s.precision)}     ${fmt(s.recall)}   >= 0.99`);
  console.log(`glued    ${String(g.truth).padStart(5)}  ${String(g.found).padStart(5)}  ${String(g.hits).padStart(7)}  ${fmt(g.precision)}     ${fmt(g.recall)}   >= 0.98`);
  if (verbose) {
    for (const p of s.misses) console.log('  spaced miss ', context(spaced, p));
    for (const p of s.extras) console.log('  spaced extra', context(spaced, p));
    for (const p of g.misses) console.log('  glued miss  ', context(glued.text, p));
    for (const p of g.extras) console.log('  glued extra ', context(glued.text, p));
  }
  console.log();
}

for (const name of ['ict-r5.txt', 'ict-r1.txt']) {
  const file = path.join(corpusDir, name);
  if (!fs.existsSync(file)) continue;
  const doc = analyzeText(file, fs.readFileSync(file, 'utf8'));
  const c = counts(doc);
  const unused = doc.diagnostics.filter((d) => d.code === 'footnote-unused').length;
  console.log(`${name}: ${doc.headings.length} headings ${JSON.stringify(c.headings)}`);
  console.log(`  footnotes: ${doc.footnotes.length} definitions, ${doc.anchors.length} anchors, ${unused} definitions without an anchor`);
  console.log(`  references: ${JSON.stringify(c.refs)}`);
  const diags: Record<string, number> = {};
  for (const d of doc.diagnostics) diags[d.code] = (diags[d.code] ?? 0) + 1;
  console.log(`  footnote diagnostics: ${JSON.stringify(diags)}`);
}
