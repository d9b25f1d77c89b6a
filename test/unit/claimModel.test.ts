import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classifyByRules, classifySentence, stripEnding } from '../../src/core/claims';
import {
  claimByModel, encodeBase64, labelProbabilities, loadClaimModel, MODEL_LABELS, proposeKind, shippedClaimModel,
  type ClaimModelWeights,
} from '../../src/core/claimModel';
import { readDevelopmentSet, toJson, train } from '../../scripts/train-claims-model';

const root = join(__dirname, '..', '..');
const weightsPath = join(root, 'src', 'core', 'claimModel.weights.json');
const corpus = process.env.HAKUSHO_CORPUS ?? join(root, '..', 'shared', 'corpus');
const stripped = (s: string) => stripEnding(s.trim()).text;

describe('claim model', () => {
  it('ships small weights of hashed features only, and they load', () => {
    assert.ok(statSync(weightsPath).size <= 150 * 1024, `${statSync(weightsPath).size} bytes`);
    const json = readFileSync(weightsPath, 'utf8');
    assert.doesNotMatch(json, /[^\x00-\x7f]/, 'no text in the weights, only hashed ids');
    const model = shippedClaimModel();
    assert.equal(model.weights.length, model.buckets * (MODEL_LABELS.length - 1));
    assert.ok(model.threshold > 0 && model.threshold < 1);
    assert.ok(model.weights.some((w) => w !== 0));
  });

  it('rejects weights of the wrong size', () => {
    assert.throws(() => loadClaimModel({ buckets: 8, scale: 1, threshold: 0.5, weights: encodeBase64(new Uint8Array(47)) }));
  });

  it('is deterministic: the same sentence gets the same probabilities, whatever came before', () => {
    const model = shippedClaimModel();
    const s = stripped('災害時の通信確保のあり方も注目される。');
    const first = Array.from(labelProbabilities(model, s));
    labelProbabilities(model, stripped('同年の出荷台数は前年を上回った。'));
    assert.deepEqual(Array.from(labelProbabilities(model, s)), first);
    assert.ok(Math.abs(first.reduce((a, b) => a + b, 0) - 1) < 1e-9);
    assert.deepEqual(claimByModel(s), claimByModel(s));
  });

  // sentences written for this test, worded without any marker the rules list
  for (const [sentence, kind] of [
    ['同研究は、地域の通信網の冗長性に着目している。', 'attributed'],
    ['今後は、中小事業者によるデータ活用の動向が注目される。', 'importance'],
    ['災害時の通信確保のあり方も注目される。', 'importance'],
  ] as const) {
    it(`reads a claim the rules miss: ${sentence} → ${kind}`, () => {
      assert.equal(classifyByRules(sentence), null);
      assert.equal(proposeKind(shippedClaimModel(), stripped(sentence)), kind);
      const got = classifySentence(sentence);
      assert.equal(got?.kind, kind);
      assert.equal(got?.holder.type, kind === 'attributed' ? 'named' : 'own');
    });
  }

  it('leaves plain descriptions and questions as none', () => {
    for (const s of ['地方の商店街では、空き店舗が増加している。', '同年の出荷台数は前年を上回った。', 'なぜ災害時の通信確保のあり方が注目されるのか？']) {
      assert.equal(classifySentence(s), null, s);
    }
  });

  it('keeps the rules\' answer wherever the rules find a claim', () => {
    for (const s of ['地域の人材育成を急ぐ必要がある。', '市場は拡大すると見込まれる。', 'OECDによると、利用は拡大している。']) {
      assert.deepEqual(classifySentence(s), classifyByRules(s));
    }
  });
});

describe('claim model training', function () {
  this.timeout(120_000);
  before(function () {
    if (!existsSync(join(corpus, 'ict-r1.txt'))) this.skip(); // the labelled sets name corpus sentences
  });

  it('trains the same weights twice from the same sentences, and they round-trip through JSON', () => {
    const examples = readDevelopmentSet(4, corpus);
    assert.ok(examples.length > 200);
    const config = { buckets: 1024, epochs: 2, rate: 0.1, l2: 1e-4, threshold: 0.5, trainOn: 'rules-none' as const };
    const a = train(examples, config), b = train(examples, config);
    assert.deepEqual(Array.from(a.weights), Array.from(b.weights));
    const loaded = loadClaimModel(JSON.parse(JSON.stringify(toJson(a, 'test'))) as ClaimModelWeights);
    assert.deepEqual(Array.from(loaded.weights), Array.from(a.weights));
  });

  it('runs as a script on two sets: cross-validates them and writes loadable weights', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claim-model-'));
    try {
      const out = join(dir, 'weights.json');
      const log = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'train-claims-model.ts'), '--sets', '4,5', '--fresh', 'none', '--out', out, '--corpus', corpus], { cwd: root, encoding: 'utf8' });
      assert.match(log, /leave-one-set-out cross-validation/);
      assert.match(log, /pooled\s+520\s+0\.\d+\s+0\.\d+/);
      const model = loadClaimModel(JSON.parse(readFileSync(out, 'utf8')) as ClaimModelWeights);
      assert.ok(model.weights.some((w) => w !== 0));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
