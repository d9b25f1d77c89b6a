// Fingerprints of what the analysis finds, to show that a change meant to make it faster changes
// nothing it finds. For every input (each corpus edition as page text and converted to Markdown,
// every text fixture, a generated corpus) it records the number of claims and a SHA-1 over every
// claim (span, kind, strength, inner kind, holder, marker, heading path, evidence), a SHA-1 over the
// analysed document (everything but the text), and a SHA-1 over the classifier's reading of every
// prose sentence and of shortened forms of it (the sentence with its last 1…SHORTENED characters
// cut off), so that an ending the corpus holds only mid-sentence is read the same as well.
// Only counts and hashes are stored (test/fixtures/claims-digest.json), never corpus text.
//
//   node --import tsx scripts/claims-digest.ts            compare with the recorded digest
//   node --import tsx scripts/claims-digest.ts --write    record the digest (only before a change)
//   HAKUSHO_CORPUS=<dir>                                  the corpus folder (default ../shared/corpus)

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../bench/generate';
import { analyzeDocument } from '../src/core/analyzeDocument';
import { extractClaims } from '../src/core/claimExtraction';
import { classifySentence } from '../src/core/claims';
import { toMarkdown } from '../src/core/convert';
import { WhitePaperDocument } from '../src/core/model';
import { splitSentences } from '../src/core/sentences';

const ROOT = path.resolve(__dirname, '..');
export const DIGEST_FILE = path.join(ROOT, 'test/fixtures/claims-digest.json');
export const CORPUS = path.resolve(process.env.HAKUSHO_CORPUS ?? path.join(ROOT, '../shared/corpus'));

/** How many shortened forms of each sentence the classifier reads. */
const SHORTENED = 6;

export interface Fingerprint {
  claims: number;
  claimsSha1: string;
  documentSha1: string;
  sentences: number;
  readingsSha1: string;
}

export interface Input {
  /** `corpus/ict-r5.txt`, `corpus/ict-r5.md`, `fixtures/claims/reported.txt`, `generated` */
  name: string;
  /** The texts, with the names they are analysed under (the extension picks the parser). */
  texts: () => { uri: string; text: string }[];
}

const sha1 = () => createHash('sha1');

export function fingerprint(docs: WhitePaperDocument[]): Fingerprint {
  const claimsHash = sha1(), documentHash = sha1(), readingsHash = sha1();
  let claims = 0, sentences = 0;
  for (const doc of docs) {
    const { text, ...analysis } = doc;
    documentHash.update(`${JSON.stringify(analysis)}\n`);
    for (const c of extractClaims(doc)) {
      claims++;
      const { text: _sentence, ...reading } = c;
      claimsHash.update(`${JSON.stringify(reading)}\n`);
    }
    for (const p of doc.paragraphs) {
      for (const s of splitSentences(text, p.start, p.end, { softLineBreaks: doc.form === 'markdown' })) {
        sentences++;
        readingsHash.update(`${s.start}-${s.end}`);
        for (let cut = 0; cut <= SHORTENED && cut < s.text.length; cut++) {
          readingsHash.update(` ${JSON.stringify(classifySentence(s.text.slice(0, s.text.length - cut)))}`);
        }
        readingsHash.update('\n');
      }
    }
  }
  return {
    claims, claimsSha1: claimsHash.digest('hex'), documentSha1: documentHash.digest('hex'),
    sentences, readingsSha1: readingsHash.digest('hex'),
  };
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : /\.(txt|md)$/.test(e.name) ? [p] : [];
  }).sort();
}

/** The corpus editions (empty when there is no corpus), each as page text and as Markdown. */
export function corpusInputs(): Input[] {
  if (!fs.existsSync(CORPUS)) return [];
  return fs.readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().flatMap((f) => {
    const read = () => fs.readFileSync(path.join(CORPUS, f), 'utf8');
    return [
      { name: `corpus/${f}`, texts: () => [{ uri: f, text: read() }] },
      { name: `corpus/${f.replace(/\.txt$/, '.md')}`, texts: () => [{ uri: f.replace(/\.txt$/, '.md'), text: toMarkdown(analyzeDocument(f, read())) }] },
    ];
  });
}

/** Every text fixture of the tests, one input per folder of test/fixtures. */
export function fixtureInputs(): Input[] {
  const base = path.join(ROOT, 'test/fixtures');
  const byFolder = new Map<string, string[]>();
  for (const f of filesUnder(base)) {
    const folder = path.relative(base, path.dirname(f)) || '.';
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), f]);
  }
  return [...byFolder].map(([folder, files]) => ({
    name: `fixtures/${folder}`,
    texts: () => files.map((f) => ({ uri: path.relative(base, f), text: fs.readFileSync(f, 'utf8') })),
  }));
}

/** 200 pages of the bench's generated corpus (fixed seed). */
export function generatedInput(): Input {
  return {
    name: 'generated',
    texts: () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakusho-digest-'));
      try {
        const gen = generateCorpus(dir, { pages: 200, targetBytes: 2 * 1024 * 1024, seed: 20250701 });
        return gen.files.map((f) => ({ uri: path.basename(f), text: fs.readFileSync(f, 'utf8') }));
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

export function allInputs(): Input[] {
  return [...corpusInputs(), ...fixtureInputs(), generatedInput()];
}

export function fingerprintOf(input: Input): Fingerprint {
  return fingerprint(input.texts().map((t) => analyzeDocument(t.uri, t.text)));
}

export function recordedDigest(): Record<string, Fingerprint> {
  return JSON.parse(fs.readFileSync(DIGEST_FILE, 'utf8')) as Record<string, Fingerprint>;
}

function main(): void {
  const write = process.argv.includes('--write');
  const recorded = write ? {} : recordedDigest();
  const out: Record<string, Fingerprint> = {};
  let differ = 0;
  for (const input of allInputs()) {
    const t0 = performance.now();
    const f = fingerprintOf(input);
    out[input.name] = f;
    const was = (recorded as Record<string, Fingerprint>)[input.name];
    const same = was && JSON.stringify(was) === JSON.stringify(f);
    if (!write && !same) differ++;
    console.log(`${input.name.padEnd(34)} ${String(f.claims).padStart(6)} claims ${String(f.sentences).padStart(6)} sentences  ${write ? 'recorded' : !was ? 'NOT RECORDED' : same ? 'same' : 'DIFFERENT'}  (${(performance.now() - t0).toFixed(0)} ms)`);
  }
  if (write) {
    fs.writeFileSync(DIGEST_FILE, `${JSON.stringify(out, null, 2)}\n`);
    console.log(`written: ${path.relative(process.cwd(), DIGEST_FILE)}`);
  } else if (differ) {
    console.log(`${differ} input(s) differ from the recorded digest`);
    process.exitCode = 1;
  }
}

if (require.main === module) main();
