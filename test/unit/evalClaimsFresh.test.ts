// The fresh-set reader of `npm run eval:claims`: a tiny synthetic doubly-labelled set over a
// corpus file written here, so the figures it prints can be checked by hand.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { agreement, cohensKappa, readFreshSet, scoreFresh } from '../../scripts/claims-fresh';

const root = resolve(__dirname, '../..');
const SENTENCES = [
  'OECDは、各国がデータ流通の枠組みを整えることが不可欠であると指摘している。', // attributed, necessity, named OECD
  '地方の通信網の維持には多額の費用が必要とされている。', // attributed, necessity, unnamed
  '災害時の通信確保に向けて、非常用電源の整備を進める必要がある。', // necessity, own
  '同市の人口は前年より減少した。', // none
];
const sha = (t: string) => createHash('sha1').update(t, 'utf8').digest('hex').slice(0, 8);

describe('eval:claims fresh sets', () => {
  let dir: string;
  let setPath: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'hakusho-fresh-'));
    const text = SENTENCES.join('');
    writeFileSync(join(dir, 'paper.txt'), text);
    const at = (i: number) => {
      const start = SENTENCES.slice(0, i).join('').length;
      return [start, start + SENTENCES[i].length, sha(SENTENCES[i])];
    };
    const row = (i: number, gold: string, a: string, b: string) => ['paper.txt', ...at(i), gold, a, b].join('\t');
    setPath = join(dir, 'claims-fresh-test.tsv');
    writeFileSync(setPath, [
      '# Synthetic set for the reader: 4 sentences written for the test.',
      '# Labelled twice, adjudicated.',
      '# file\tstart\tend\tsha1_8\tkind\tstrength\tinner\tholder\tholder_text\tkind_A\tstrength_A\tinner_A\tholder_A\tholder_text_A\tkind_B\tstrength_B\tinner_B\tholder_B\tholder_text_B',
      // gold inner for row 0 is deliberately expectation, so the inner accuracy is 1/2
      row(0, 'attributed\tfirm\texpectation\tnamed\tOECD', 'attributed\tfirm\texpectation\tnamed\tOECD', 'attributed\tfirm\tnecessity\tnamed\tOECD'),
      row(1, 'attributed\tfirm\tnecessity\tunnamed\t', 'attributed\tfirm\tnecessity\tunnamed\t', 'necessity\tfirm\tnecessity\town\t'),
      row(2, 'necessity\thedged\tnecessity\town\t', 'necessity\thedged\tnecessity\town\t', 'necessity\thedged\tnecessity\town\t'),
      row(3, 'none\t-\t-\t-\t', 'none\t-\t-\t-\t', 'none\t-\t-\t-\t'),
      ['paper.txt', 0, 5, '00000000', 'none', '-', '-', '-', ''].join('\t'), // text changed since: skipped
    ].join('\n'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads provenance, columns by name, both annotators, and skips rows whose text changed', () => {
    const set = readFreshSet(setPath, dir);
    assert.deepEqual(set.provenance, ['Synthetic set for the reader: 4 sentences written for the test.', 'Labelled twice, adjudicated.']);
    assert.equal(set.rows.length, 4);
    assert.equal(set.skipped.length, 1);
    assert.deepEqual(set.rows[0].gold, { kind: 'attributed', strength: 'firm', inner: 'expectation', holder: 'named', holderText: 'OECD' });
    assert.equal(set.rows[1].b?.kind, 'necessity');
  });

  it('scores kind, inner kind on attributed claims, holder type and strength', () => {
    const s = scoreFresh(readFreshSet(setPath, dir).rows);
    assert.equal(s.kinds.perKind.attributed.r, 1);
    assert.equal(s.confusion.necessity.necessity, 1);
    assert.deepEqual(s.innerAttributed, { right: 1, total: 2 }, 'necessity where the gold says expectation');
    assert.deepEqual(s.holder, { right: 3, total: 3 });
    assert.deepEqual(s.strength, { right: 2, total: 3 }, 'the gold says hedged where the classifier says firm');
  });

  it("agreement: Cohen's kappa of the annotators' kinds", () => {
    assert.equal(cohensKappa(['a', 'b'], ['a', 'b']), 1);
    assert.ok(Math.abs(cohensKappa(['a', 'a', 'b', 'b'], ['a', 'b', 'a', 'b'])) < 1e-9, 'chance agreement is 0');
    const agree = agreement(readFreshSet(setPath, dir).rows)!;
    assert.deepEqual(agree.kindAgree, { right: 3, total: 4 });
    // A: attributed×2, necessity, none; B: attributed, necessity×2, none → p_o 0.75, p_e (2·1 + 1·2 + 1·1)/16 = 5/16
    assert.ok(Math.abs(agree.kindKappa - (0.75 - 5 / 16) / (1 - 5 / 16)) < 1e-9, String(agree.kindKappa));
  });

  it('a missing set or a malformed row is reported by name, not thrown', () => {
    const run = (set: string) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval-claims.mjs', '--fresh', set, '--fresh-only', '--corpus', dir], { cwd: root, encoding: 'utf8' });
    const missing = run(join(dir, 'no-such-set.tsv'));
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /cannot read the fresh set .*no-such-set\.tsv: no such file/);
    const bad = join(dir, 'claims-fresh-bad.tsv');
    writeFileSync(bad, '# file\tstart\tend\tsha1_8\tkind\tstrength\npaper.txt\t0\t5\t00000000\tmaybe\tfirm\n');
    const malformed = run(bad);
    assert.equal(malformed.status, 2);
    assert.match(malformed.stderr, /claims-fresh-bad\.tsv:2: kind "maybe" is not one of/);
  });

  it('npm run eval:claims -- --fresh prints the figures with the provenance', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/eval-claims.mjs', '--fresh', setPath, '--fresh-only', '--corpus', dir], { cwd: root, encoding: 'utf8' });
    assert.match(out, /Synthetic set for the reader/);
    assert.match(out, /inner kind right on attributed claims: 0\.500 \(1\/2\)/);
    assert.match(out, /holder type \(own \/ named \/ unnamed\) right on claims: 1\.000 \(3\/3\)/);
    assert.match(out, /strength right on claims whose kind is right: 0\.667 \(2\/3\)/);
    assert.match(out, /Cohen's kappa 0\.636/);
    assert.match(out, /confusion matrix/);
  });
});
