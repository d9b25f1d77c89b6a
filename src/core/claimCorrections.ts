// Reviewers' corrections of claim kinds. The classifier reads sentence endings and misses some
// claims (a problem told as a plain description, a view reported with an unlisted verb), so a
// reviewer can set a sentence's kind by hand — or say it is no claim — and the register, the
// Claims view and `hakusho claims` all follow.
//
// Corrections live in `.hakusho/claims.json` at the root of a workspace folder (the CLI finds the
// nearest one above each file), so an editorial team can commit them with the text:
//
//   { "version": 1,
//     "corrections": [
//       { "file": "r5/nd111110.txt", "sentence": "…低い状況にある。", "kind": "concern", "strength": "firm" },
//       { "file": "r5/nd111110.txt", "sentence": "…ことになる。", "kind": "none" },
//       { "file": "r5/nd111110.txt", "sentence": "…と指摘している。", "kind": "attributed",
//         "inner": "necessity", "holder": { "type": "named", "text": "OECD" } } ] }
//
// `inner` and `holder` are optional (files written before they existed read as before): an
// attributed correction without them keeps the classifier's reading of what is reported and by
// whom; any other kind is the paper's own, its inner kind the kind itself.
//
// A correction names its sentence by text, not by position, so it survives edits elsewhere in the
// file; whitespace is ignored (a hard-wrapped Markdown sentence matches its one-line form). When
// the sentence itself is edited, the correction no longer matches and is reported as stale.

import { CLAIM_KINDS, ClaimHolder, ClaimKind, ClaimStrength, HOLDER_TYPES, INNER_KINDS, InnerKind } from './model';

export const CORRECTIONS_PATH = '.hakusho/claims.json';
/**
 * The largest corrections file read: about 20,000 corrections. A larger one is reported, not read
 * (parsing it would block the editor for seconds and hold hundreds of MB).
 */
export const CORRECTIONS_MAX_BYTES = 4 * 1024 * 1024;

/** What a reviewer can set: one of the claim kinds, or `none` (not a claim). */
export type CorrectedKind = ClaimKind | 'none';

export interface ClaimCorrection {
  /** The file, relative to the folder holding `.hakusho/`, with `/` separators. */
  file: string;
  /** The sentence, as it reads in the file (whitespace is ignored when matching). */
  sentence: string;
  kind: CorrectedKind;
  /** For a claim kind: firm or hedged; when left out, the classifier's strength (or firm). */
  strength?: ClaimStrength;
  /** For `attributed`: the kind of what is reported; when left out, the classifier's (or assessment). */
  inner?: InnerKind;
  /** For `attributed`: named or unnamed holder; when left out, the classifier's (or unnamed). */
  holder?: ClaimHolder;
}

/** The corrections of one file, by sentence key (see `sentenceKey`). */
export type FileCorrections = ReadonlyMap<string, ClaimCorrection>;

export interface ParsedCorrections {
  corrections: ClaimCorrection[];
  /** What was wrong with the file, one message per problem; valid entries are kept all the same. */
  problems: string[];
}

/** How a sentence is matched: its text without any whitespace (Japanese prose needs none). */
export function sentenceKey(sentence: string): string {
  return sentence.replace(/[\s\u3000\ufeff]+/g, '');
}

const KINDS: readonly string[] = [...CLAIM_KINDS, 'none'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads `.hakusho/claims.json`. Never throws: a broken file gives problems and whatever entries are valid. */
export function parseCorrections(text: string): ParsedCorrections {
  const problems: string[] = [];
  // callers cap the bytes they read; this guards a text that came some other way
  if (text.length > CORRECTIONS_MAX_BYTES) return { corrections: [], problems: [correctionsTooLarge()] };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    return { corrections: [], problems: [`not valid JSON (${(e as Error).message})`] };
  }
  if (!isRecord(value) || !Array.isArray(value.corrections)) {
    return { corrections: [], problems: ['expected an object with a "corrections" array'] };
  }
  if (value.version !== undefined && value.version !== 1) problems.push(`unknown version ${JSON.stringify(value.version)}; read as version 1`);
  const corrections: ClaimCorrection[] = [];
  value.corrections.forEach((entry: unknown, i: number) => {
    const where = `corrections[${i}]`;
    if (!isRecord(entry)) return problems.push(`${where}: expected an object`);
    const { file, sentence, kind, strength } = entry;
    if (typeof file !== 'string' || file.trim() === '') return problems.push(`${where}: "file" must be a non-empty string`);
    if (typeof sentence !== 'string' || sentenceKey(sentence) === '') return problems.push(`${where}: "sentence" must be a non-empty string`);
    if (typeof kind !== 'string' || !KINDS.includes(kind)) return problems.push(`${where}: "kind" must be one of ${KINDS.join(', ')}`);
    if (strength !== undefined && strength !== 'firm' && strength !== 'hedged') return problems.push(`${where}: "strength" must be firm or hedged`);
    const whose = readWhose(entry, kind as CorrectedKind, where, problems);
    corrections.push({ file: normaliseFile(file), sentence, kind: kind as CorrectedKind, ...(strength && kind !== 'none' ? { strength } : {}), ...whose });
  });
  return { corrections, problems };
}

/** The problem reported for a corrections file over the cap. */
export function correctionsTooLarge(): string {
  return `larger than ${CORRECTIONS_MAX_BYTES / (1024 * 1024)} MB, so it is not read; remove corrections of files that are gone, or split it by folder`;
}

/**
 * The `inner` and `holder` of an entry, kept only where they mean something: both belong to an
 * attributed claim (any other kind is the paper's own and asserts itself). A value that contradicts
 * the kind is reported and dropped, the rest of the entry kept.
 */
function readWhose(entry: Record<string, unknown>, kind: CorrectedKind, where: string, problems: string[]): Pick<ClaimCorrection, 'inner' | 'holder'> {
  const out: Pick<ClaimCorrection, 'inner' | 'holder'> = {};
  const { inner, holder } = entry;
  if (inner !== undefined) {
    if (typeof inner !== 'string' || !(INNER_KINDS as readonly string[]).includes(inner)) problems.push(`${where}: "inner" must be one of ${INNER_KINDS.join(', ')}`);
    else if (kind === 'attributed') out.inner = inner as InnerKind;
    else if (inner !== kind) problems.push(`${where}: "inner" differs from "kind" ${kind}; only an attributed claim reports another kind`);
  }
  if (holder !== undefined) {
    const type = isRecord(holder) ? holder.type : undefined;
    const text = isRecord(holder) ? holder.text : undefined;
    if (typeof type !== 'string' || !(HOLDER_TYPES as readonly string[]).includes(type)) problems.push(`${where}: "holder.type" must be one of ${HOLDER_TYPES.join(', ')}`);
    else if (text !== undefined && text !== null && typeof text !== 'string') problems.push(`${where}: "holder.text" must be a string or null`);
    else if (kind === 'none') { /* not a claim: nobody holds it */ }
    else if ((type === 'own') !== (kind !== 'attributed')) {
      problems.push(kind === 'attributed'
        ? `${where}: an attributed claim is not the paper's own: "holder.type" must be named or unnamed`
        : `${where}: a claim held by someone else is attributed: set "kind" to attributed and "inner" to ${kind}`);
    } else if (type !== 'own') {
      const name = typeof text === 'string' ? text.trim() : '';
      out.holder = type === 'named' && name !== '' ? { type: 'named', text: name } : { type: 'unnamed', text: null };
    }
  }
  return out;
}

/** The file text for `corrections`: sorted by file (stable within a file), indented, with a final newline. */
export function serializeCorrections(corrections: readonly ClaimCorrection[]): string {
  const sorted = [...corrections].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return JSON.stringify({
    version: 1,
    corrections: sorted.map(({ file, sentence, kind, strength, inner, holder }) => ({
      file, sentence, kind, ...(strength ? { strength } : {}), ...(inner ? { inner } : {}), ...(holder ? { holder: { type: holder.type, text: holder.text } } : {}),
    })),
  }, null, 2) + '\n';
}

function normaliseFile(file: string): string {
  return file.replace(/\\/g, '/').replace(/^\.\//, '');
}

/** The corrections by file; within a file, a later entry for the same sentence wins. */
export function correctionsByFile(corrections: readonly ClaimCorrection[]): Map<string, FileCorrections> {
  const byFile = new Map<string, Map<string, ClaimCorrection>>();
  for (const c of corrections) {
    let m = byFile.get(c.file);
    if (!m) byFile.set(c.file, (m = new Map()));
    m.set(sentenceKey(c.sentence), c);
  }
  return byFile;
}

/** `corrections` without those for `file` whose sentence is one of `sentences` (whitespace ignored). */
export function withoutCorrections(corrections: readonly ClaimCorrection[], file: string, sentences: Iterable<string>): ClaimCorrection[] {
  file = normaliseFile(file);
  const keys = new Set([...sentences].map(sentenceKey));
  return corrections.filter((c) => c.file !== file || !keys.has(sentenceKey(c.sentence)));
}

/**
 * `corrections` with the one for `file` + `sentence` replaced by `correction` (kind and strength),
 * or removed when `correction` is null (back to the classifier's reading).
 */
export function withCorrection(
  corrections: readonly ClaimCorrection[], file: string, sentence: string,
  correction: { kind: CorrectedKind; strength?: ClaimStrength; inner?: InnerKind; holder?: ClaimHolder } | null,
): ClaimCorrection[] {
  const out = withoutCorrections(corrections, file, [sentence]);
  if (correction) {
    const attributed = correction.kind === 'attributed';
    out.push({
      file: normaliseFile(file), sentence, kind: correction.kind,
      ...(correction.strength && correction.kind !== 'none' ? { strength: correction.strength } : {}),
      ...(attributed && correction.inner ? { inner: correction.inner } : {}),
      ...(attributed && correction.holder && correction.holder.type !== 'own' ? { holder: correction.holder } : {}),
    });
  }
  return out;
}
