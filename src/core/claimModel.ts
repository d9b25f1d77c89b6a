// A small learned reader of sentence endings, used where the rule classifier (./claims) finds no
// marker: FORMAT.md §6's list of endings is not closed, and a claim worded in other words
// (`…に他ならない`, `…と言わざるを得ない`) would otherwise be read as none.
//
// The model is a multinomial logistic regression over hashed features of the sentence's final
// predicate: character 1–4-grams ending within its last 8 characters, each tied to how far from the
// end it stands (at the end, within 3, within 8), and its exact endings of 5–8 characters. (Free
// n-grams over the last 24 characters and cue words anywhere in the sentence were tried and did worse
// in cross-validation.) It is trained by scripts/train-claims-model.ts on the labelled development sets and
// shipped as quantised weights (./claimModel.weights.json): hashed feature ids only, no text.
// It proposes a kind only when its probability clears the threshold chosen by cross-validation.
// Pure and deterministic: no vscode, no Node built-ins.

import { holderOf, OWN } from './claimHolder';
import type { ClaimHolder, ClaimKind, ClaimStrength, InnerKind } from './model';
import shippedWeights from './claimModel.weights.json';

/** The labels the model scores, in weight order; `none` is the reference class (its weights are zero). */
export const MODEL_LABELS = ['necessity', 'importance', 'expectation', 'assessment', 'attributed', 'concern', 'none'] as const;
export type ModelLabel = typeof MODEL_LABELS[number];
const CLAIM_LABELS = MODEL_LABELS.length - 1;

/** How far from the end an n-gram may end (characters). */
const ENDING_REACH = 8;
/** How many characters of the ending the features look at: n-grams of up to 4 ending within ENDING_REACH. */
export const ENDING_WINDOW = ENDING_REACH + 3;

/** The serialised model: labels, hashing size, threshold and the int8 weights in base64. */
export interface ClaimModelWeights {
  /** Hash buckets (a power of two). */
  buckets: number;
  /** Weight = int8 × scale. */
  scale: number;
  /** The lowest probability at which a claim kind is proposed. */
  threshold: number;
  /** int8 weights, bucket-major, the six claim kinds per bucket (none is the reference), base64. */
  weights: string;
  /** How the weights were made (printed by the training script; not read here). */
  trainedOn?: string;
}

export interface ClaimModel {
  buckets: number;
  threshold: number;
  scale: number;
  /** int8 weights, `bucket * 6 + kind`. */
  weights: Int8Array;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeBase64(s: string): Uint8Array {
  const value = new Int16Array(128).fill(-1);
  for (let i = 0; i < B64.length; i++) value[B64.charCodeAt(i)] = i;
  const clean = s.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0, acc = 0, o = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = value[clean.charCodeAt(i) & 127];
    if (v < 0) throw new Error('claim model: bad base64 weights');
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 255;
    }
  }
  return out;
}

export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? B64[n & 63] : '=';
  }
  return out;
}

export function loadClaimModel(json: ClaimModelWeights): ClaimModel {
  if ((json.buckets & (json.buckets - 1)) !== 0 || json.buckets <= 0) throw new Error('claim model: buckets must be a power of two');
  const bytes = decodeBase64(json.weights);
  if (bytes.length !== json.buckets * CLAIM_LABELS) throw new Error(`claim model: ${bytes.length} weights, expected ${json.buckets * CLAIM_LABELS}`);
  return { buckets: json.buckets, threshold: json.threshold, scale: json.scale, weights: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length) };
}

// ---------------------------------------------------------------------------------------------
// Features: 32-bit FNV-1a over UTF-16 code units, seeded per feature family, masked to the buckets.

const FNV_PRIME = 16777619;
const SEED_NGRAM = 2166136261 | 0;
const SEED_SUFFIX = 0x5bd1e995 | 0;
const BIAS_ID = 0x2f0b3c7d;

const mixBand = (h: number, band: number) => Math.imul(h ^ (0x9e3779b9 + band), FNV_PRIME);
/** How far from the end an n-gram ends: at the very end, within 3, further. */
const bandOf = (distance: number) => (distance === 0 ? 0 : distance < 3 ? 1 : 2);

/** The characters claimFeatureIds hashes (reused: it never runs inside itself). */
const windowCodes = new Uint16Array(ENDING_WINDOW);

/**
 * The hashed feature ids of a sentence whose ending is already stripped (no terminator, anchor or
 * trailing bracket), written into `out` (ids may repeat: a repeat counts twice). Returns how many.
 */
export function claimFeatureIds(text: string, mask: number, out: Int32Array): number {
  let n = 0;
  out[n++] = BIAS_ID & mask;
  // The window's characters are read once (each is hashed into up to four n-grams and the suffix,
  // and charCodeAt on a sliced string costs more than a typed-array read): `code[i]` is text[from + i].
  const from = Math.max(0, text.length - ENDING_WINDOW);
  const end = text.length - from;
  const code = windowCodes;
  for (let i = 0; i < end; i++) code[i] = text.charCodeAt(from + i);
  for (let i = 0; i < end; i++) {
    let h = SEED_NGRAM;
    for (let j = i; j < i + 4 && j < end; j++) {
      h = Math.imul(h ^ code[j], FNV_PRIME);
      if (end - 1 - j < ENDING_REACH) out[n++] = mixBand(h, bandOf(end - 1 - j)) & mask;
    }
  }
  // the exact ending, 5 to 8 characters (1–4 are the band-0 n-grams above)
  let h = SEED_SUFFIX;
  for (let k = 1; k <= 8 && k <= end; k++) {
    h = Math.imul(h ^ code[end - k], FNV_PRIME);
    if (k >= 5) out[n++] = h & mask;
  }
  return n;
}

/** Enough room for every feature of one sentence. */
export const MAX_FEATURES = 1 + ENDING_REACH * 4 + 4;

const scratch = new Int32Array(MAX_FEATURES);
const scores = new Float64Array(MODEL_LABELS.length);
const accumulator = new Int32Array(CLAIM_LABELS);
if (CLAIM_LABELS !== 6) throw new Error('claim model: sumWeights adds the weights of six claim kinds');

/** The summed int8 weights of each claim kind for a stripped sentence (none's sum is 0), into `accumulator`. */
function sumWeights(model: ClaimModel, text: string): Int32Array {
  const n = claimFeatureIds(text, model.buckets - 1, scratch);
  const w = model.weights;
  const acc = accumulator; // all six set below: no fill first
  // The six sums are kept in locals (unrolled): a typed-array read and write per weight was
  // the costliest line of the model. Same sums, same order.
  let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0;
  for (let i = 0; i < n; i++) {
    const base = scratch[i] * CLAIM_LABELS;
    a0 += w[base]; a1 += w[base + 1]; a2 += w[base + 2]; a3 += w[base + 3]; a4 += w[base + 4]; a5 += w[base + 5];
  }
  acc[0] = a0; acc[1] = a1; acc[2] = a2; acc[3] = a3; acc[4] = a4; acc[5] = a5;
  return acc;
}

function softmaxInto(model: ClaimModel, acc: Int32Array, into: Float64Array): Float64Array {
  let max = 0; // none's score is 0
  for (let k = 0; k < CLAIM_LABELS; k++) max = Math.max(max, acc[k] * model.scale);
  let sum = 0;
  for (let k = 0; k < CLAIM_LABELS; k++) sum += (into[k] = Math.exp(acc[k] * model.scale - max));
  sum += (into[CLAIM_LABELS] = Math.exp(-max));
  for (let k = 0; k <= CLAIM_LABELS; k++) into[k] /= sum;
  return into;
}

/** The model's probability for each label (in MODEL_LABELS order) of a stripped sentence. */
export function labelProbabilities(model: ClaimModel, text: string, into: Float64Array = new Float64Array(MODEL_LABELS.length)): Float64Array {
  return softmaxInto(model, sumWeights(model, text), into);
}

/** The claim kind the model proposes for a stripped sentence, or null (none, or below the threshold). */
export function proposeKind(model: ClaimModel, text: string): ClaimKind | null {
  const acc = sumWeights(model, text);
  let best = 0;
  for (let k = 1; k < CLAIM_LABELS; k++) if (acc[k] > acc[best]) best = k;
  if (acc[best] <= 0) return null; // none scores higher: most sentences stop here, without a softmax
  const p = softmaxInto(model, acc, scores);
  return p[best] >= model.threshold ? (MODEL_LABELS[best] as ClaimKind) : null;
}

// ---------------------------------------------------------------------------------------------
// The claim proposed where the rules found none

let shipped: ClaimModel | undefined;
export const shippedClaimModel = (): ClaimModel => (shipped ??= loadClaimModel(shippedWeights as ClaimModelWeights));

/** How much of the ending is read for the strength and shown as the marker. */
const PREDICATE_SPAN = 24;
/** A hedge in the ending: the model's kind is then `hedged` (`…と言えなくもない`, `…かもしれない`). */
const HEDGED = /(可能性|考えられ|思われ|だろう|であろう|かもしれ|ではないか|見込|予想|予測|推測|推察|うかが|示唆|みられ|見られ|おそれ|恐れ|得る|うる)/;
/** An active report verb (`…と述べている`, `…と発表した`): its topic holds the claim. */
const ACTIVE_REPORT = /(している|していた|した|ている|た)$/;

export interface ModelClaim {
  kind: ClaimKind;
  strength: ClaimStrength;
  inner: InnerKind;
  holder: ClaimHolder;
  marker: string;
}

/**
 * The claim the model reads in a sentence the rules left as none (`text`: the sentence with its
 * ending stripped, not a question), or null. Strength comes from a hedge in the ending, the holder
 * of an attributed claim from the sentence's source phrase or topic; the marker is the final predicate.
 */
export function claimByModel(text: string, model: ClaimModel = shippedClaimModel()): ModelClaim | null {
  if (text.length < 8) return null;
  const kind = proposeKind(model, text);
  if (kind === null) return null;
  const ending = text.slice(-PREDICATE_SPAN);
  const predicate = ending.slice(ending.lastIndexOf('、') + 1).slice(-12);
  const strength: ClaimStrength = HEDGED.test(ending.slice(-12)) ? 'hedged' : 'firm';
  if (kind === 'attributed') {
    const clause = text.slice(text.lastIndexOf('、', text.length - 2) + 1);
    return { kind, strength, inner: 'assessment', holder: holderOf(clause, ACTIVE_REPORT.test(text), text), marker: predicate };
  }
  return { kind, strength, inner: kind, holder: OWN, marker: predicate };
}
