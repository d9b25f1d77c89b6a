// Fresh, doubly-labelled blind sets of real sentences: reading them and scoring the classifier
// against the targets (kind, inner kind, holder, strength), with the annotators' agreement.
// Used by scripts/eval-claims.mjs (`npm run eval:claims -- --fresh FILE`); pure apart from reading
// the set and the corpus files it names.
//
// FILE FORMAT (UTF-8, tab-separated, one sentence per line):
//
//   # <provenance: how the set was drawn and labelled; every `#` line before the header is printed>
//   # file	start	end	sha1_8	kind	strength	inner	holder	holder_text	kind_A	strength_A	inner_A	holder_A	holder_text_A	kind_B	strength_B	inner_B	holder_B	holder_text_B
//   ict-h25.txt	1234	1300	0a1b2c3d	attributed	firm	necessity	named	OECD	attributed	firm	necessity	named	OECD	…
//
// - The header (the last `#` line whose first field is `file`, or a line starting `file<TAB>`) names
//   the columns; they may come in any order, and the annotators' columns may be missing (then no
//   agreement is printed). Columns without a suffix are the ADJUDICATED labels; `_A` and `_B` are the
//   two annotators' own labels, written independently before adjudication.
// - file, start, end: the corpus file and UTF-16 offsets of the sentence; sha1_8: the first 8 hex
//   digits of the SHA-1 of its text. The text is re-derived from the corpus and checked; a row whose
//   file is missing or whose hash differs is reported and skipped (no corpus text is kept in a set).
// - kind: necessity | importance | expectation | assessment | attributed | concern | none.
// - strength: firm | hedged, `-` for none.
// - inner: the kind of what is asserted (necessity … concern, never attributed); for a claim that is
//   not attributed it equals kind; `-` for none.
// - holder: own | named | unnamed (`-` for none); holder_text: the party as the sentence names it for
//   `named` (empty or `-` when the sentence leaves it to an earlier one), empty or `-` otherwise. In a
//   set of corpus sentences it is written `@i-j`, the UTF-16 offsets of the party within the sentence
//   (re-read from the corpus like the sentence), or `#` and the first 8 hex digits of the SHA-1 of a
//   party written other than as in the sentence: no corpus text is kept in a set. Plain text (`OECD`)
//   is read as it is, for sets of sentences written by hand.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifySentence, type ClaimClass } from '../src/core/claims';

export const CLAIM_KINDS = ['necessity', 'importance', 'expectation', 'assessment', 'attributed', 'concern'] as const;
export const LABELS = [...CLAIM_KINDS, 'none'] as const;
const INNER = ['necessity', 'importance', 'expectation', 'assessment', 'concern'];
const HOLDERS = ['own', 'named', 'unnamed'];

export type Label = typeof LABELS[number];

export interface Reading {
  kind: Label;
  strength: 'firm' | 'hedged' | '-';
  inner: string;
  holder: string;
  holderText: string;
}

export interface FreshRow {
  where: string;
  sentence: string;
  gold: Reading;
  a?: Reading;
  b?: Reading;
}

export interface FreshSet {
  name: string;
  provenance: string[];
  rows: FreshRow[];
  skipped: string[];
}

const DEFAULT_COLUMNS = ['file', 'start', 'end', 'sha1_8', 'kind', 'strength', 'inner', 'holder', 'holder_text',
  'kind_A', 'strength_A', 'inner_A', 'holder_A', 'holder_text_A', 'kind_B', 'strength_B', 'inner_B', 'holder_B', 'holder_text_B'];

const sha1_8 = (t: string) => createHash('sha1').update(t, 'utf8').digest('hex').slice(0, 8);

function readingOf(get: (col: string) => string | undefined, suffix: string, where: string): Reading | undefined {
  const kind = get(`kind${suffix}`);
  if (kind === undefined || kind === '') return undefined;
  if (!(LABELS as readonly string[]).includes(kind)) throw new Error(`${where}: kind${suffix} "${kind}" is not one of ${LABELS.join(', ')}`);
  const dash = (v: string | undefined) => (v === undefined || v === '' ? '-' : v);
  const strength = dash(get(`strength${suffix}`));
  if (kind !== 'none' && strength !== 'firm' && strength !== 'hedged') throw new Error(`${where}: strength${suffix} must be firm or hedged for a claim`);
  // inner and holder may be left out of a set labelled before they existed: derived where the kind decides them
  let inner = dash(get(`inner${suffix}`));
  let holder = dash(get(`holder${suffix}`));
  if (kind !== 'none' && kind !== 'attributed') {
    if (inner === '-') inner = kind;
    if (holder === '-') holder = 'own';
  }
  if (inner !== '-' && !INNER.includes(inner)) throw new Error(`${where}: inner${suffix} "${inner}" is not one of ${INNER.join(', ')}`);
  if (holder !== '-' && !HOLDERS.includes(holder)) throw new Error(`${where}: holder${suffix} "${holder}" is not one of ${HOLDERS.join(', ')}`);
  const holderText = get(`holder_text${suffix}`) ?? '';
  return { kind: kind as Label, strength: kind === 'none' ? '-' : (strength as Reading['strength']), inner, holder, holderText: holderText === '-' ? '' : holderText };
}

/** A holder text written as offsets into its sentence (`@3-9`) read from the sentence; any other form as it is. */
function holderTextIn(written: string, sentence: string): string {
  const at = /^@(\d+)-(\d+)$/.exec(written);
  return at ? sentence.slice(Number(at[1]), Number(at[2])) : written;
}

/**
 * Read a fresh set; sentences are re-derived from `corpus` and checked against their hashes. With
 * `files`, only the rows drawn from those corpus files are kept (the others' files are never opened).
 */
export function readFreshSet(path: string, corpus: string, files?: ReadonlySet<string>): FreshSet {
  const provenance: string[] = [];
  let columns: string[] | null = null;
  const rows: FreshRow[] = [];
  const skipped: string[] = [];
  const texts = new Map<string, string | null>();
  const lines = readFileSync(path, 'utf8').replace(/^\ufeff/, '').split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${path}:${i + 1}`;
    if (line.startsWith('#')) {
      const body = line.replace(/^#\s?/, '');
      if (body.split('\t')[0].trim() === 'file') columns = body.split('\t').map((c) => c.trim());
      else if (columns === null) provenance.push(body);
      return;
    }
    if (columns === null && line.startsWith('file\t')) {
      columns = line.split('\t').map((c) => c.trim());
      return;
    }
    const cols = columns ?? DEFAULT_COLUMNS;
    const cells = line.split('\t');
    const get = (c: string) => {
      const k = cols.indexOf(c);
      return k < 0 ? undefined : cells[k]?.trim();
    };
    const file = get('file') ?? '', start = Number(get('start')), end = Number(get('end')), hash = get('sha1_8') ?? '';
    if (file === '' || !Number.isInteger(start) || !Number.isInteger(end) || end <= start || !/^[0-9a-f]{8}$/.test(hash)) {
      throw new Error(`${where}: expected file, start, end and sha1_8 (8 hex digits)`);
    }
    const gold = readingOf(get, '', where);
    if (!gold) throw new Error(`${where}: no adjudicated kind`);
    if (files && !files.has(file)) return;
    if (!texts.has(file)) {
      const full = join(corpus, file);
      texts.set(file, existsSync(full) ? readFileSync(full, 'utf8') : null);
    }
    const text = texts.get(file);
    if (text === null || text === undefined) {
      skipped.push(`${file}:${start}-${end} (file missing)`);
      return;
    }
    const sentence = text.slice(start, end);
    if (sha1_8(sentence) !== hash) {
      skipped.push(`${file}:${start}-${end} (hash ${sha1_8(sentence)}, label says ${hash})`);
      return;
    }
    const a = readingOf(get, '_A', where), b = readingOf(get, '_B', where);
    for (const r of [gold, a, b]) if (r) r.holderText = holderTextIn(r.holderText, sentence);
    rows.push({ where: `${file}:${start}`, sentence, gold, a, b });
  });
  return { name: path.split(/[\\/]/).pop() ?? path, provenance, rows, skipped };
}

// ---------------------------------------------------------------------------------------------
// Scores

export interface KindScores {
  perKind: Record<Label, { p: number; r: number; f1: number; support: number }>;
  macroF1: number;
}

export function kindScores(gold: readonly string[], pred: readonly string[]): KindScores {
  const perKind = {} as KindScores['perKind'];
  for (const k of LABELS) {
    let tp = 0, fp = 0, fn = 0;
    gold.forEach((g, i) => {
      if (g === k && pred[i] === k) tp++;
      else if (pred[i] === k) fp++;
      else if (g === k) fn++;
    });
    const p = tp + fp === 0 ? 1 : tp / (tp + fp);
    const r = tp + fn === 0 ? 1 : tp / (tp + fn);
    perKind[k] = { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r), support: tp + fn };
  }
  return { perKind, macroF1: CLAIM_KINDS.reduce((a, k) => a + perKind[k].f1, 0) / CLAIM_KINDS.length };
}

/** Cohen's kappa of two labellings over the same items. */
export function cohensKappa(a: readonly string[], b: readonly string[]): number {
  const n = a.length;
  if (n === 0) return 1;
  const agree = a.filter((x, i) => x === b[i]).length / n;
  const cats = new Set([...a, ...b]);
  let chance = 0;
  for (const c of cats) chance += (a.filter((x) => x === c).length / n) * (b.filter((x) => x === c).length / n);
  return chance === 1 ? 1 : (agree - chance) / (1 - chance);
}

/** A fraction with its counts, or `n/a` when nothing was counted. */
export interface Share { right: number; total: number }
const share = (right: number, total: number): Share => ({ right, total });
export const shareText = (s: Share) => (s.total === 0 ? 'n/a' : `${(s.right / s.total).toFixed(3)} (${s.right}/${s.total})`);

export interface FreshScore {
  n: number;
  kinds: KindScores;
  /** gold → predicted → count, over the seven labels. */
  confusion: Record<string, Record<string, number>>;
  /** Inner kind right, over the claims the adjudicated labels call attributed (a missed claim counts wrong). */
  innerAttributed: Share;
  /** The same, over those the classifier also calls attributed. */
  innerAttributedFound: Share;
  /** Holder type right, over the adjudicated claims (a missed claim counts wrong). */
  holder: Share;
  /** Holder type right over the claims the classifier found. */
  holderFound: Share;
  /** Strength right, over the claims whose kind is right. */
  strength: Share;
}

export function scoreFresh(rows: readonly FreshRow[], classify: (s: string) => ClaimClass | null = classifySentence): FreshScore {
  const preds = rows.map((r) => classify(r.sentence));
  const gold = rows.map((r) => r.gold.kind);
  const predKinds = preds.map((p) => p?.kind ?? 'none');
  const confusion: FreshScore['confusion'] = {};
  for (const g of LABELS) confusion[g] = Object.fromEntries(LABELS.map((p) => [p, 0]));
  gold.forEach((g, i) => confusion[g][predKinds[i]]++);
  let innerRight = 0, innerTotal = 0, innerFoundRight = 0, innerFoundTotal = 0;
  let holderRight = 0, holderTotal = 0, holderFoundRight = 0, holderFoundTotal = 0;
  let strengthRight = 0, strengthTotal = 0;
  rows.forEach((r, i) => {
    const p = preds[i];
    const g = r.gold;
    if (g.kind === 'none') return;
    if (g.kind === 'attributed' && g.inner !== '-') {
      innerTotal++;
      if (p?.inner === g.inner) innerRight++;
      if (p?.kind === 'attributed') {
        innerFoundTotal++;
        if (p.inner === g.inner) innerFoundRight++;
      }
    }
    if (g.holder !== '-') {
      holderTotal++;
      if (p?.holder.type === g.holder) holderRight++;
      if (p) {
        holderFoundTotal++;
        if (p.holder.type === g.holder) holderFoundRight++;
      }
    }
    if (p?.kind === g.kind) {
      strengthTotal++;
      if (p.strength === g.strength) strengthRight++;
    }
  });
  return {
    n: rows.length, kinds: kindScores(gold, predKinds), confusion,
    innerAttributed: share(innerRight, innerTotal), innerAttributedFound: share(innerFoundRight, innerFoundTotal),
    holder: share(holderRight, holderTotal), holderFound: share(holderFoundRight, holderFoundTotal),
    strength: share(strengthRight, strengthTotal),
  };
}

export interface Agreement {
  n: number;
  kindAgree: Share;
  kindKappa: number;
  /** macro-F1 of B against A over the six kinds. */
  macroF1BvsA: number;
  strengthKappa: number | null;
  innerKappa: number | null;
  holderKappa: number | null;
  /** The classifier's macro-F1 against each annotator alone. */
  classifierVsA: number;
  classifierVsB: number;
}

/** How far the annotators agree with each other (the ceiling for a classifier), over rows with both. */
export function agreement(rows: readonly FreshRow[], classify: (s: string) => ClaimClass | null = classifySentence): Agreement | null {
  const both = rows.filter((r) => r.a && r.b);
  if (both.length === 0) return null;
  const a = both.map((r) => r.a!), b = both.map((r) => r.b!);
  const c = both.map((r) => classify(r.sentence)?.kind ?? 'none');
  const ka = a.map((x) => x.kind), kb = b.map((x) => x.kind);
  // strength, inner and holder compared where both annotators saw a claim
  const claimed = both.map((_, i) => i).filter((i) => a[i].kind !== 'none' && b[i].kind !== 'none');
  const kappaOf = (f: (x: Reading) => string) => {
    const idx = claimed.filter((i) => f(a[i]) !== '-' && f(b[i]) !== '-');
    return idx.length ? cohensKappa(idx.map((i) => f(a[i])), idx.map((i) => f(b[i]))) : null;
  };
  return {
    n: both.length,
    kindAgree: share(ka.filter((k, i) => k === kb[i]).length, both.length),
    kindKappa: cohensKappa(ka, kb),
    macroF1BvsA: kindScores(ka, kb).macroF1,
    strengthKappa: kappaOf((x) => x.strength),
    innerKappa: kappaOf((x) => x.inner),
    holderKappa: kappaOf((x) => x.holder),
    classifierVsA: kindScores(ka, c).macroF1,
    classifierVsB: kindScores(kb, c).macroF1,
  };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const kappaText = (k: number | null) => (k === null ? 'n/a' : k.toFixed(3));

/** The report lines for a score (and the annotators' agreement, when the set has both). */
export function freshReport(title: string, score: FreshScore, agree: Agreement | null): string[] {
  const out = [`== ${title}: ${score.n} sentences ==`, 'kind          P      R      F1   support'];
  for (const k of LABELS) {
    const { p, r, f1, support } = score.kinds.perKind[k];
    out.push(`${k.padEnd(12)} ${pct(p)}  ${pct(r)}  ${pct(f1)}   ${support}`);
  }
  out.push(`macro-F1 (six claim kinds, attribution wins): ${score.kinds.macroF1.toFixed(3)}   target ≥ 0.90`);
  out.push('confusion matrix (rows: adjudicated, columns: classifier)');
  const short = (k: string) => k.slice(0, 6).padStart(7);
  out.push(`${''.padEnd(12)}${LABELS.map(short).join('')}`);
  for (const g of LABELS) out.push(`${g.padEnd(12)}${LABELS.map((p) => String(score.confusion[g][p]).padStart(7)).join('')}`);
  out.push(`inner kind right on attributed claims: ${shareText(score.innerAttributed)}   target ≥ 0.90   (of those the classifier also calls attributed: ${shareText(score.innerAttributedFound)})`);
  out.push(`holder type (own / named / unnamed) right on claims: ${shareText(score.holder)}   target ≥ 0.90   (of those the classifier found: ${shareText(score.holderFound)})`);
  out.push(`strength right on claims whose kind is right: ${shareText(score.strength)}   target ≥ 0.95`);
  if (agree) {
    out.push(`annotators A and B (independent, before adjudication), ${agree.n} sentences: kind agree ${shareText(agree.kindAgree)}, Cohen's kappa ${agree.kindKappa.toFixed(3)}, macro-F1 of B against A ${agree.macroF1BvsA.toFixed(3)}; on sentences both call claims, kappa of strength ${kappaText(agree.strengthKappa)}, inner ${kappaText(agree.innerKappa)}, holder ${kappaText(agree.holderKappa)}`);
    out.push(`classifier macro-F1 against A alone ${agree.classifierVsA.toFixed(3)}, against B alone ${agree.classifierVsB.toFixed(3)}`);
  }
  return out;
}
