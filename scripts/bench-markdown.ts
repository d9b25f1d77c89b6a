// Markdown vs page text: the time to analyse the Markdown conversion of a white paper against the
// page-text analysis of the same content (both into the same WhitePaperDocument), with the share of the
// remark/micromark parse and the time of the conversion itself. Runs on ../shared/corpus when present
// and always on a generated corpus (bench/generate.ts, 300 pages).
//
//   npm run bench:markdown            (node --expose-gc --import tsx scripts/bench-markdown.ts [runs])
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../bench/generate';
import { analyzeText } from '../src/core/analyze';
import { toMarkdown } from '../src/core/convert';
import { analyzeMarkdown, parseMarkdownTree } from '../src/core/markdown';

const root = path.resolve(__dirname, '..');
const RUNS = Math.max(1, +(process.argv[2] ?? 7));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median wall time of `fn` over every text, after one warm-up pass. */
function time(texts: { name: string; text: string }[], fn: (name: string, text: string) => unknown): number {
  for (const t of texts) fn(t.name, t.text);
  const runs: number[] = [];
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let r = 0; r < RUNS; r++) {
    gc?.();
    const t0 = performance.now();
    for (const t of texts) fn(t.name, t.text);
    runs.push(performance.now() - t0);
  }
  return median(runs);
}

interface Row { set: string; files: number; chars: number; mdChars: number; text: number; md: number; parse: number; convert: number; anchors: string }

function bench(set: string, pages: { name: string; text: string }[]): Row {
  const docs = pages.map((p) => analyzeText(p.name, p.text));
  const md = docs.map((d, i) => ({ name: pages[i].name.replace(/\.txt$/, '.md'), text: toMarkdown(d) }));
  const back = md.map((m) => analyzeMarkdown(m.name, m.text));
  const a1 = docs.reduce((n, d) => n + d.anchors.length, 0), a2 = back.reduce((n, d) => n + d.anchors.length, 0);
  return {
    set, files: pages.length,
    chars: pages.reduce((n, p) => n + p.text.length, 0),
    mdChars: md.reduce((n, p) => n + p.text.length, 0),
    text: time(pages, (n, t) => analyzeText(n, t)),
    md: time(md, (n, t) => analyzeMarkdown(n, t)),
    parse: time(md, (_n, t) => parseMarkdownTree(t)),
    convert: time(pages, (n, t) => toMarkdown(analyzeText(n, t))) - time(pages, (n, t) => analyzeText(n, t)),
    anchors: `${a1} → ${a2}`,
  };
}

const rows: Row[] = [];
const corpus = path.resolve(root, '..', 'shared', 'corpus');
for (const name of ['ict-r5.txt', 'ict-r1.txt']) {
  const file = path.join(corpus, name);
  if (fs.existsSync(file)) rows.push(bench(`corpus ${name}`, [{ name, text: fs.readFileSync(file, 'utf8') }]));
  else console.log(`(${file} not present: skipped)`);
}
const genDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakusho-bench-md-'));
try {
  const gen = generateCorpus(genDir, { pages: 300, targetBytes: 3 * 1024 * 1024, seed: 20250701 });
  rows.push(bench(`generated (${gen.files.length} pages)`, gen.files.map((f) => ({ name: path.basename(f), text: fs.readFileSync(f, 'utf8') }))));
} finally {
  fs.rmSync(genDir, { recursive: true, force: true });
}

const ms = (x: number) => `${x.toFixed(0)} ms`;
const mbps = (chars: number, t: number) => `${((chars * 2.6) / 1e6 / (t / 1000)).toFixed(1)} MB/s`; // ≈ UTF-8 bytes of Japanese text
console.log(`\nMarkdown vs page-text analysis (median of ${RUNS} runs after a warm-up; node ${process.version})\n`);
const header = ['set', 'chars (txt / md)', 'page text', 'Markdown', 'of which remark parse', 'ratio', 'toMarkdown', 'anchors txt → md'];
const table = rows.map((r) => [
  r.set, `${r.chars.toLocaleString('en')} / ${r.mdChars.toLocaleString('en')}`,
  `${ms(r.text)} (${mbps(r.chars, r.text)})`, `${ms(r.md)} (${mbps(r.mdChars, r.md)})`,
  `${ms(r.parse)} (${Math.round((100 * r.parse) / r.md)}%)`, `×${(r.md / r.text).toFixed(1)}`, ms(Math.max(0, r.convert)), r.anchors,
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table) console.log(line(row));
