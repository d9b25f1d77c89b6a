// Reviewers' corrections of claim kinds (.hakusho/claims.json): reading the file, applying it to a
// page's claims, reporting stale entries, and `hakusho claims` picking it up from the folder above.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeText } from '../../src/core/analyze';
import { analyzeMarkdown } from '../../src/core/markdown';
import {
  correctionsByFile, CORRECTIONS_MAX_BYTES, parseCorrections, sentenceKey, serializeCorrections, withCorrection,
} from '../../src/core/claimCorrections';
import { claimJson, claimsToCsv, claimsToMarkdown } from '../../src/core/claimExport';
import { claimsOf, extractClaims, sentenceAt, staleCorrections } from '../../src/core/claimExtraction';
import { claimsCommand } from '../../src/cli/claimsCommand';
import { CLAIM_KINDS } from '../../src/core/model';
import { runCaptured } from './helpers';

const FILE = 'pages/nd131200.txt';
const text = readFileSync(join(__dirname, '..', 'fixtures', 'claims', 'nd131200.txt'), 'utf8');
const DESCRIPTION = '市町村が発令する避難情報は、防災行政無線や携帯電話への緊急速報メールなど複数の手段で住民に伝えられている。';
const NECESSITY = '避難情報を確実に届けるためには、複数の伝達手段を組み合わせる必要がある1。';

function byFile(json: string) {
  const parsed = parseCorrections(json);
  assert.deepEqual(parsed.problems, []);
  return correctionsByFile(parsed.corrections);
}

describe('claim corrections', () => {
  const doc = analyzeText(FILE, text);

  it('a reviewer can make a description a claim, and a claim no claim', () => {
    const corrections = byFile(JSON.stringify({ version: 1, corrections: [
      { file: FILE, sentence: DESCRIPTION, kind: 'concern' },
      { file: FILE, sentence: NECESSITY, kind: 'none' },
    ] })).get(FILE)!;
    const before = extractClaims(doc);
    const after = extractClaims(doc, corrections);
    assert.equal(after.length, before.length, 'one claim gained, one lost');
    assert.equal(after[0].text, DESCRIPTION);
    assert.equal(after[0].kind, 'concern');
    assert.equal(after[0].strength, 'firm');
    assert.equal(after[0].correctedFrom, 'none');
    assert.equal(after[0].marker, '');
    assert.deepEqual(after[0].headingPath, before[0].headingPath, 'the heading path is kept');
    assert.ok(!after.some((c) => c.text === NECESSITY), 'the necessity claim is gone');
    assert.ok(after.slice(1).every((c) => c.correctedFrom === undefined), 'the other claims are untouched');
  });

  it('a corrected claim keeps its evidence; strength can be set; agreeing corrections are not flagged', () => {
    const corrections = byFile(JSON.stringify({ corrections: [
      { file: FILE, sentence: NECESSITY, kind: 'importance', strength: 'hedged' },
      { file: FILE, sentence: '特に、高齢者や外国人住民など情報が届きにくい人々への配慮が重要である（図表Ⅰ-1-3-1）。', kind: 'importance' },
    ] })).get(FILE)!;
    const [first, second] = extractClaims(doc, corrections);
    assert.equal(first.kind, 'importance');
    assert.equal(first.strength, 'hedged');
    assert.equal(first.correctedFrom, 'necessity');
    assert.equal(first.marker, '必要がある', 'the classifier marker is still shown');
    assert.deepEqual(first.evidence.footnotes.map((f) => f.number), [1]);
    assert.equal(second.kind, 'importance');
    assert.equal(second.correctedFrom, undefined, 'the classifier already said importance, firm');
  });

  it('matches sentences whatever their whitespace: a hard-wrapped Markdown sentence', () => {
    const md = '# 第1章 通信基盤\n\n## 第1節 地域の回線\n\n山間部では光回線の整備が\n進められている。次の段落へ続く。\n';
    const mdDoc = analyzeMarkdown('file:///ws/a.md', md);
    assert.equal(extractClaims(mdDoc).length, 0);
    const corrections = byFile(JSON.stringify({ corrections: [{ file: 'a.md', sentence: '山間部では光回線の整備が進められている。', kind: 'concern' }] })).get('a.md')!;
    const claims = extractClaims(mdDoc, corrections);
    assert.equal(claims.length, 1);
    assert.equal(claims[0].kind, 'concern');
    assert.equal(sentenceKey(claims[0].text), sentenceKey('山間部では光回線の整備が進められている。'));
  });

  it('reports the corrections whose sentence is no longer in the file', () => {
    const corrections = byFile(JSON.stringify({ corrections: [
      { file: FILE, sentence: DESCRIPTION, kind: 'concern' },
      { file: FILE, sentence: '削除された文である。', kind: 'importance' },
    ] })).get(FILE)!;
    assert.deepEqual(staleCorrections(doc, corrections).map((c) => c.sentence), ['削除された文である。']);
    const edited = analyzeText(FILE, text.replace(DESCRIPTION, DESCRIPTION.replace('住民に', '住民の皆様に')));
    assert.equal(staleCorrections(edited, corrections).length, 2, 'an edited sentence no longer matches');
    assert.equal(claimsOf(edited, corrections)[0].text, NECESSITY, 'and the edited sentence is back to the classifier');
  });

  it('claimsOf caches per document and corrections object', () => {
    const corrections = byFile(JSON.stringify({ corrections: [{ file: FILE, sentence: DESCRIPTION, kind: 'concern' }] })).get(FILE)!;
    const plain = claimsOf(doc);
    const corrected = claimsOf(doc, corrections);
    assert.equal(claimsOf(doc, corrections), corrected);
    assert.notEqual(corrected, plain);
    assert.equal(corrected.length, plain.length + 1);
    assert.deepEqual(claimsOf(doc), plain, 'dropping the corrections gives the classifier reading again');
  });

  it('a broken file gives clear problems and keeps the valid entries', () => {
    assert.match(parseCorrections('{ "corrections": [').problems[0], /^not valid JSON/);
    assert.deepEqual(parseCorrections('[]').problems, ['expected an object with a "corrections" array']);
    const r = parseCorrections('\ufeff' + JSON.stringify({ version: 2, corrections: [
      { file: 'a.txt', sentence: '文。', kind: 'concern' },
      { file: 'a.txt', sentence: '文。', kind: 'worry' },
      { file: '', sentence: '文。', kind: 'none' },
      { file: 'a.txt', sentence: '  ', kind: 'none' },
      { file: 'a.txt', sentence: '文。', kind: 'concern', strength: 'strong' },
      'x',
    ] }));
    assert.equal(r.corrections.length, 1);
    assert.deepEqual(r.problems, [
      'unknown version 2; read as version 1',
      'corrections[1]: "kind" must be one of necessity, importance, expectation, assessment, attributed, concern, none',
      'corrections[2]: "file" must be a non-empty string',
      'corrections[3]: "sentence" must be a non-empty string',
      'corrections[4]: "strength" must be firm or hedged',
      'corrections[5]: expected an object',
    ]);
  });

  it('setting, replacing and removing a correction; the file text is stable', () => {
    let list = withCorrection([], 'b.txt', '二つ目。', { kind: 'none', strength: 'hedged' });
    list = withCorrection(list, 'a\\x.txt', '一つ目。', { kind: 'concern' });
    list = withCorrection(list, 'a/x.txt', '一つ目 。', { kind: 'importance', strength: 'hedged' });
    assert.deepEqual(list, [
      { file: 'b.txt', sentence: '二つ目。', kind: 'none' },
      { file: 'a/x.txt', sentence: '一つ目 。', kind: 'importance', strength: 'hedged' },
    ]);
    const saved = serializeCorrections(list);
    assert.equal(saved, `{
  "version": 1,
  "corrections": [
    {
      "file": "a/x.txt",
      "sentence": "一つ目 。",
      "kind": "importance",
      "strength": "hedged"
    },
    {
      "file": "b.txt",
      "sentence": "二つ目。",
      "kind": "none"
    }
  ]
}
`);
    assert.deepEqual(parseCorrections(saved).corrections, [list[1], list[0]]);
    assert.deepEqual(withCorrection(list, 'a/x.txt', '一つ目。', null), [list[0]]);
  });

  it('the register marks the kinds a reviewer set', () => {
    const corrections = byFile(JSON.stringify({ corrections: [{ file: FILE, sentence: DESCRIPTION, kind: 'concern' }] })).get(FILE)!;
    const files = [{ file: FILE, doc, claims: claimsOf(doc, corrections) }];
    assert.equal(claimJson(doc, files[0].claims[0]).correctedFrom, 'none');
    assert.equal(claimJson(doc, files[0].claims[1]).correctedFrom, undefined);
    const rows = claimsToCsv(files).split('\r\n');
    assert.ok(rows[0].endsWith(',evidence,corrected_from,notes'));
    assert.ok(rows[1].endsWith(',0,none,'), rows[1]);
    assert.ok(rows[2].endsWith(',1,,'), rows[2]);
    assert.ok(claimsToMarkdown(files).includes(`| concern (set by a reviewer) | firm | own | ${DESCRIPTION} |`));
  });

  it('a reviewer can say whose claim it is and what it reports; files without holders read as before', () => {
    const corrections = byFile(JSON.stringify({ version: 1, corrections: [
      { file: FILE, sentence: NECESSITY, kind: 'attributed', inner: 'necessity', holder: { type: 'named', text: '県の検討会' } },
      { file: FILE, sentence: DESCRIPTION, kind: 'attributed' },
    ] })).get(FILE)!;
    const claims = extractClaims(doc, corrections);
    const named = claims.find((c) => c.text === NECESSITY)!;
    assert.deepEqual([named.kind, named.inner, named.holder, named.correctedFrom], ['attributed', 'necessity', { type: 'named', text: '県の検討会' }, 'necessity']);
    // no inner, no holder: a report of a finding, by someone unnamed (the classifier saw no claim)
    const bare = claims.find((c) => c.text === DESCRIPTION)!;
    assert.deepEqual([bare.kind, bare.inner, bare.holder], ['attributed', 'assessment', { type: 'unnamed', text: null }]);
    // the paper's own kinds need no holder; an old entry keeps its meaning
    const old = extractClaims(doc, byFile(JSON.stringify({ corrections: [{ file: FILE, sentence: NECESSITY, kind: 'importance' }] })).get(FILE)!);
    assert.deepEqual(old.find((c) => c.text === NECESSITY)!.holder, { type: 'own', text: null });
  });

  it('holder and inner that contradict the kind are reported and dropped; they are written back in order', () => {
    const parsed = parseCorrections(JSON.stringify({ corrections: [
      { file: 'a.txt', sentence: '一つ目。', kind: 'necessity', holder: { type: 'named', text: 'OECD' } },
      { file: 'a.txt', sentence: '二つ目。', kind: 'attributed', holder: { type: 'own' }, inner: 'attributed' },
      { file: 'a.txt', sentence: '三つ目。', kind: 'attributed', inner: 'concern', holder: { type: 'named', text: ' OECD ' } },
    ] }));
    assert.equal(parsed.corrections.length, 3, 'the entries are kept');
    assert.equal(parsed.problems.length, 3, parsed.problems.join('\n'));
    assert.match(parsed.problems[0], /set "kind" to attributed and "inner" to necessity/);
    assert.deepEqual(parsed.corrections[0], { file: 'a.txt', sentence: '一つ目。', kind: 'necessity' });
    assert.deepEqual(parsed.corrections[2], { file: 'a.txt', sentence: '三つ目。', kind: 'attributed', inner: 'concern', holder: { type: 'named', text: 'OECD' } });
    const again = parseCorrections(serializeCorrections(parsed.corrections));
    assert.deepEqual(again, { corrections: parsed.corrections, problems: [] });
    const set = withCorrection([], 'a.txt', '四つ目。', { kind: 'attributed', inner: 'expectation', holder: { type: 'unnamed', text: null } });
    assert.deepEqual(set, [{ file: 'a.txt', sentence: '四つ目。', kind: 'attributed', inner: 'expectation', holder: { type: 'unnamed', text: null } }]);
  });

  it('sentenceAt finds the prose sentence under the cursor, claim or not', () => {
    const at = text.indexOf('防災行政無線');
    assert.equal(sentenceAt(doc, at)?.text, DESCRIPTION);
    const next = text.indexOf(NECESSITY);
    assert.equal(sentenceAt(doc, next)?.text, NECESSITY, 'where one ends and the next begins, the next');
    assert.equal(sentenceAt(doc, text.indexOf('避難情報の伝達手段の内訳')), null, 'a caption is no sentence');
    assert.equal(sentenceAt(doc, text.indexOf('地域の防災と情報共有\n1')), null, 'nor a heading');
    assert.equal(sentenceAt(doc, text.indexOf('市の防災担当者へのインタビュー')), null, 'nor a footnote definition');
  });
});

describe('hakusho claims with .hakusho/claims.json', () => {
  let dir: string;

  const run = (argv: string[]) => runCaptured(claimsCommand, argv);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hakusho-corrections-'));
    mkdirSync(join(dir, 'pages'));
    mkdirSync(join(dir, '.hakusho'));
    writeFileSync(join(dir, FILE), text);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('applies the corrections of the folder above, reports stale ones, and --no-corrections ignores them', () => {
    writeFileSync(join(dir, '.hakusho', 'claims.json'), serializeCorrections([
      { file: FILE, sentence: DESCRIPTION, kind: 'concern' },
      { file: FILE, sentence: 'もう無い文である。', kind: 'importance' },
    ]));
    const r = run(['--json', join(dir, 'pages')]);
    assert.equal(r.code, 0, r.err);
    const [file] = JSON.parse(r.out);
    assert.equal(file.claims.length, 7);
    assert.deepEqual([file.claims[0].kind, file.claims[0].correctedFrom, file.claims[0].text], ['concern', 'none', DESCRIPTION]);
    assert.match(r.err, /pages\/nd131200\.txt: the correction in .*claims\.json for 「もう無い文である。」 matches no sentence/);

    const listing = run([join(dir, FILE)]);
    assert.ok(listing.out.includes('concern, set by a reviewer (classifier: none) (firm)'), listing.out);

    const raw = run(['--json', '--no-corrections', join(dir, 'pages')]);
    assert.equal(JSON.parse(raw.out)[0].claims.length, 6);
    assert.equal(raw.err, '');
  });

  it('a broken corrections file is reported and fails the run; the claims are still listed', () => {
    writeFileSync(join(dir, '.hakusho', 'claims.json'), '{ "corrections": [ { "file": ');
    const r = run(['--json', join(dir, FILE)]);
    assert.equal(r.code, 1);
    assert.match(r.err, /claims\.json: not valid JSON/);
    assert.equal(JSON.parse(r.out)[0].claims.length, 6);
  });

  it('a corrections file that is there but cannot be read fails the run too', () => {
    mkdirSync(join(dir, '.hakusho', 'claims.json')); // a folder: unreadable as a file, even for root
    const r = run(['--json', join(dir, FILE)]);
    assert.equal(r.code, 1);
    assert.match(r.err, /claims\.json: \.hakusho\/claims\.json is a folder, not a file/);
    assert.equal(JSON.parse(r.out)[0].claims.length, 6);
  });

  it('a corrections file, or its .hakusho folder, that is a symbolic link is refused, not followed', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'hakusho-elsewhere-'));
    try {
      writeFileSync(join(elsewhere, 'claims.json'), serializeCorrections([{ file: FILE, sentence: DESCRIPTION, kind: 'concern' }]));
      symlinkSync(join(elsewhere, 'claims.json'), join(dir, '.hakusho', 'claims.json'));
      let r = run(['--json', join(dir, FILE)]);
      assert.equal(r.code, 1);
      assert.match(r.err, /claims\.json: \.hakusho\/claims\.json is a symbolic link; it is not followed/);
      assert.equal(JSON.parse(r.out)[0].claims.length, 6, 'the linked correction is not applied');

      rmSync(join(dir, '.hakusho'), { recursive: true });
      mkdirSync(join(elsewhere, '.hakusho'));
      writeFileSync(join(elsewhere, '.hakusho', 'claims.json'), serializeCorrections([{ file: FILE, sentence: DESCRIPTION, kind: 'concern' }]));
      symlinkSync(join(elsewhere, '.hakusho'), join(dir, '.hakusho'));
      r = run(['--json', join(dir, FILE)]);
      assert.equal(r.code, 1);
      assert.match(r.err, /\.hakusho is a symbolic link; it is not followed/);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('a corrections file over the size cap is reported, not parsed', () => {
    const entry = JSON.stringify({ file: FILE, sentence: DESCRIPTION, kind: 'concern' });
    const big = `{"version":1,"corrections":[${Array(Math.ceil(CORRECTIONS_MAX_BYTES / entry.length) + 1).fill(entry).join(',')}]}`;
    writeFileSync(join(dir, '.hakusho', 'claims.json'), big);
    const r = run(['--json', join(dir, FILE)]);
    assert.equal(r.code, 1);
    assert.match(r.err, /claims\.json: larger than 4 MB, so it is not read/);
    assert.equal(JSON.parse(r.out)[0].claims.length, 6);
  });
});

describe('the JSON schema of .hakusho/claims.json', () => {
  const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', 'schemas', 'claims.schema.json'), 'utf8'));
  const entry = schema.properties.corrections.items;

  it('allows exactly the kinds and strengths the reader accepts', () => {
    assert.deepEqual(entry.properties.kind.enum, [...CLAIM_KINDS, 'none']);
    assert.deepEqual(entry.properties.strength.enum, ['firm', 'hedged']);
    assert.deepEqual(entry.required, ['file', 'sentence', 'kind']);
  });

  it('is what the editor validates the file against', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
    assert.deepEqual(pkg.contributes.jsonValidation.filter((v: { fileMatch: string }) => v.fileMatch.endsWith('claims.json')),
      [{ fileMatch: '**/.hakusho/claims.json', url: './schemas/claims.schema.json' }]);
  });
});
