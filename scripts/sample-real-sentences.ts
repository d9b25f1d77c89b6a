// Draw a deterministic sample of real white-paper sentences for blind labelling.
//
//   npx tsx scripts/sample-real-sentences.ts [--out /tmp/real-sentences.tsv] [--n 130] [--seed S]
//       [--exclude LABELS.tsv]... [--prose-only] [--files ict-h25.txt,ict-h29.txt]
//
// For each corpus file (../shared/corpus/ict-*.txt, or HAKUSHO_CORPUS): analyzeText, split every
// prose paragraph (doc.paragraphs) into sentences as claim extraction does, skip sentences shorter
// than 12 characters, and draw N per file with a seeded PRNG. The sample goes to a scratch file
// OUTSIDE the project (default /tmp/real-sentences.tsv): corpus text must never be copied into the
// project. The labels file (test/fixtures/claims-real-labels.tsv) refers to each sentence only by
// file, offsets and the first 8 hex digits of the SHA-1 of its text.
//
// Output columns: file, start, end, sha1_8, text (sorted by file, then offset). Tabs inside a
// sentence are shown as spaces in the text column; the hash is of the untouched sentence text.
// The classifier is deliberately not run here, so the sample can be labelled blind.
//
// Options for drawing a further, disjoint set (the defaults reproduce the first set exactly):
//   --seed S              a different PRNG seed.
//   --exclude FILE        (repeatable) leave out every sentence already named in a labels file
//                         (file, start, end, sha1_8, …): a candidate is excluded when its file and
//                         offsets match a row, or its file and hash do.
//   --prose-only          also skip sentences that are plainly not prose and hence never claims:
//                         figure captions (`図表…`, `4-1-2-2　…`, `（データ集）　…`), source / URL lines
//                         (`（出典）`, `出典：`, `URL：`, a bare URL, reference-list entries), `【関連データ】`
//                         lines, and pieces under 40 characters with no sentence terminator (headings). The second blind set
//                         (test/fixtures/claims-real-labels-2.tsv) was drawn with
//                         `--seed 20250607 --exclude test/fixtures/claims-real-labels.tsv --prose-only`.

import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { analyzeText } from '../src/core/analyze';
import { splitSentences } from '../src/core/sentences';
import { prng } from './prng';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : dflt;
};
const outPath = path.resolve(opt('--out', '/tmp/real-sentences.tsv'));
const perFile = Number(opt('--n', '130'));
const seed = Number(opt('--seed', '20250131'));
const proseOnly = args.includes('--prose-only');
const excludePaths: string[] = [];
args.forEach((a, i) => {
  if (a === '--exclude' && args[i + 1] !== undefined) excludePaths.push(path.resolve(args[i + 1]));
});
const MIN_LENGTH = 12;
/** `--files a.txt,b.txt` draws from other editions (the default reproduces the earlier sets). */
export const SAMPLE_FILES = opt('--files', 'ict-r5.txt,ict-r1.txt').split(',').map((f) => f.trim()).filter(Boolean);

const projectRoot = path.resolve(__dirname, '..');
if (outPath === projectRoot || outPath.startsWith(projectRoot + path.sep)) {
  console.error(`refusing to write corpus text inside the project (${outPath}); choose a path outside it`);
  process.exit(1);
}

const corpusDir = process.env.HAKUSHO_CORPUS ?? path.resolve(projectRoot, '../shared/corpus');
if (!fs.existsSync(corpusDir)) {
  console.log(`No corpus at ${corpusDir}; set HAKUSHO_CORPUS to a folder with ${SAMPLE_FILES.join(' / ')}.`);
  process.exit(0);
}

/** Sentences already named in the --exclude labels files, as `file:start-end` and `file#sha1_8`. */
const excluded = new Set<string>();
for (const p of excludePaths) {
  if (!fs.existsSync(p)) {
    console.error(`--exclude ${p}: no such file`);
    process.exit(1);
  }
  let rows = 0;
  for (const line of fs.readFileSync(p, 'utf8').split(/\r?\n/)) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [file, start, end, hash] = line.split('\t');
    excluded.add(`${file}:${start}-${end}`);
    if (hash) excluded.add(`${file}#${hash}`);
    rows++;
  }
  console.log(`excluding ${rows} sentences named in ${p}`);
}

/** Plainly not prose (captions, source and URL lines, related-data links, headings): never claims. */
export function isNonProse(sentence: string): boolean {
  const t = sentence.trim();
  // Figure captions and furniture: `図表…`, a numbered caption `4-1-2-2　…`, `（データ集）　…`,
  // `（外部サイト）　…`, a bare `（…参照）`; source and URL lines; `【関連データ】`.
  if (/^(（出典）|\(出典\)|出典[:：]|(URL|ＵＲＬ)[:：]|【関連データ】|（データ集）|（外部サイト）)/.test(t)) return true;
  if (/^図表[0-9０-９ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]*(?:[-‐－][0-9０-９]+)*(?:[ 　]|$)/.test(t)) return true; // not `図表2-4-4-1でみたとおり、…`
  if (/^[0-9０-９]+(-[0-9０-９]+){2,}[ 　]/.test(t)) return true;
  if (/^[（(][^（）()]*参照[）)]$/.test(t)) return true;
  if (/^(https?:\/\/\S+\s*)+$/.test(t)) return true;
  if (!/[。！？!?]/.test(t)) {
    // No sentence terminator at all: a short one is a heading or caption (the same rule as the
    // corpus report in eval-claims.mjs); a longer one with a quoted title and ending in it, in a
    // bracket (a year, a date) or in 資料/データ/報告書 is an entry of a source / reference list (`総務省「…」`, `OECD (2019) "…"`).
    if (t.length < 40) return true;
    if (/[「『“"][^」』”"]+[」』”"]/.test(t) && /([」』”"]|[）)]|資料|データ|報告書)$/.test(t)) return true;
  }
  return false;
}

/** Stable 32-bit hash of a string (FNV-1a), to give each file its own stream. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export const sha1_8 = (s: string): string => createHash('sha1').update(s, 'utf8').digest('hex').slice(0, 8);

const lines: string[] = ['# file\tstart\tend\tsha1_8\ttext'];
for (const file of SAMPLE_FILES) {
  const full = path.join(corpusDir, file);
  if (!fs.existsSync(full)) {
    console.error(`missing ${full}: skipped`);
    continue;
  }
  const text = fs.readFileSync(full, 'utf8');
  const doc = analyzeText(file, text);
  const candidates: { start: number; end: number; text: string }[] = [];
  let nonProse = 0, already = 0;
  for (const p of doc.paragraphs) {
    for (const s of splitSentences(text, p.start, p.end)) {
      if (s.text.length < MIN_LENGTH) continue;
      if (proseOnly && isNonProse(s.text)) { nonProse++; continue; }
      if (excluded.has(`${file}:${s.start}-${s.end}`) || excluded.has(`${file}#${sha1_8(s.text)}`)) { already++; continue; }
      candidates.push(s);
    }
  }
  // Partial Fisher–Yates: the first `perFile` slots become a uniform sample without replacement.
  const draw = prng(seed ^ fnv1a(file));
  const pool = candidates.slice();
  const n = Math.min(perFile, pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(draw() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  const picked = pool.slice(0, n).sort((a, b) => a.start - b.start);
  for (const s of picked) lines.push([file, s.start, s.end, sha1_8(s.text), s.text.replace(/\t/g, ' ')].join('\t'));
  const skips = [proseOnly ? `${nonProse} non-prose skipped` : '', excluded.size ? `${already} already labelled skipped` : ''].filter(Boolean);
  console.log(`${file}: ${candidates.length} sentences of ${MIN_LENGTH}+ characters in ${doc.paragraphs.length} paragraphs${skips.length ? ` (${skips.join(', ')})` : ''}; drew ${n}`);
}
fs.writeFileSync(outPath, lines.join('\n') + '\n');
console.log(`wrote ${lines.length - 1} sentences to ${outPath}`);
