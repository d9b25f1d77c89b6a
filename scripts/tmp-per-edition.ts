import { join } from 'node:path';
import { readFreshSet, scoreFresh } from './claims-fresh';
import { classifySentence as now } from '../src/core/claims';
import { classifySentence as base } from '/work/wt-base/src/core/claims';
const corpus = '/work/shared/corpus';
const eds = ['ict-h12.txt', 'ict-h17.txt', 'ict-h21.txt', 'ict-h25.txt', 'ict-h29.txt', 'ict-r1.txt', 'ict-r5.txt'];
const fmt = (s: ReturnType<typeof scoreFresh>) => `${s.kinds.macroF1.toFixed(3)}/${s.innerAttributed.total ? (s.innerAttributed.right / s.innerAttributed.total).toFixed(3) : 'n/a'}/${s.holder.total ? (s.holder.right / s.holder.total).toFixed(3) : 'n/a'}`;
for (const [label, sets] of [['all fresh sets 1–16', Array.from({ length: 16 }, (_, i) => i + 1)], ['fresh 15–16 only (never developed on)', [15, 16]], ['fresh 10–16 (drawn after the base)', [10, 11, 12, 13, 14, 15, 16]]] as const) {
  console.log(`\n${label}: edition | n | base kind/inner/holder | now kind/inner/holder`);
  for (const e of eds) {
    const rows = sets.flatMap((k) => readFreshSet(join(__dirname, `../test/fixtures/claims-fresh-${k}.tsv`), corpus, new Set([e])).rows);
    if (!rows.length) { console.log(`${e} | 0`); continue; }
    console.log(`${e} | ${rows.length} | ${fmt(scoreFresh(rows, base))} | ${fmt(scoreFresh(rows, now))}`);
  }
}
