// The analysis finds the same claims, the same documents and the same sentence readings as when
// test/fixtures/claims-digest.json was recorded (scripts/claims-digest.ts): on every corpus edition
// (page text; the Markdown conversions are checked by the script), every text fixture and a
// generated corpus. A change meant only to make the analysis faster must leave this green.
import * as assert from 'node:assert/strict';
import { corpusInputs, CORPUS, fingerprint, fingerprintOf, fixtureInputs, generatedInput, recordedDigest } from '../../scripts/claims-digest';
import { analyzeText } from '../../src/core/analyze';

describe('claims digest: the analysis reads every text as when the digest was recorded', function () {
  this.timeout(60_000);
  const recorded = recordedDigest();
  const corpus = corpusInputs().filter((i) => i.name.endsWith('.txt'));
  if (corpus.length === 0) it(`(corpus editions skipped: no corpus in ${CORPUS})`, function () { this.skip(); });
  for (const input of [...corpus, ...fixtureInputs(), generatedInput()]) {
    it(input.name, () => {
      assert.ok(recorded[input.name], `${input.name} has a recorded digest`);
      assert.deepEqual(fingerprintOf(input), recorded[input.name]);
    });
  }

  it('a sentence read differently changes the digest', () => {
    const plain = '第1節　通信基盤\n地域の通信網は維持されている。\n';
    const needed = '第1節　通信基盤\n地域の通信網の維持が必要である。\n';
    const a = fingerprint([analyzeText('a.txt', plain)]);
    const b = fingerprint([analyzeText('a.txt', needed)]);
    assert.equal(a.claims, 0);
    assert.equal(b.claims, 1);
    assert.notEqual(a.readingsSha1, b.readingsSha1);
  });
});
