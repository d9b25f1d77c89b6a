// Claims of a document (FORMAT.md §6): the prose paragraphs are split into sentences, each sentence
// is classified by its ending, and each claim is bound to its heading path and its evidence —
// the footnotes it cites (with the source each names), the figures it refers to and the
// cross-references it makes.
//
// Paragraphs already leave out headings, captions, (出典) lines, page furniture and footnote
// blocks; sentences overlapping a heading line or a footnote definition are skipped all the
// same, for text where a heading is glued onto prose (proseSentences, also used by sentenceAt).
// Everything is one pass over the paragraphs with moving pointers into the (start-sorted)
// headings, anchors, figure references and cross-references: linear in the size of the
// document, no per-sentence rescans.

import { ClaimCorrection, FileCorrections, sentenceKey } from './claimCorrections';
import { OWN } from './claimHolder';
import { ClaimClass, classifySentence } from './claims';
import { Claim, Heading, Sentence, Span, WhitePaperDocument } from './model';
import { splitSentences } from './sentences';

export { CLAIM_KINDS } from './model';

/** How a heading shows in a claim's heading path: its label and title, e.g. `第1節 地域の通信基盤`. */
export function headingDisplay(h: Heading): string {
  return h.label ? (h.title ? `${h.label} ${h.title}` : h.label) : h.title;
}

/**
 * The prose sentences of `doc` in order, each with the heading path it falls under (the array is
 * shared until the path changes). Sentences overlapping a heading line (a heading glued onto prose)
 * or a footnote definition are left out: this is the one rule for what counts as a prose sentence,
 * for claims and for the sentence a reviewer corrects.
 */
function proseSentences(doc: WhitePaperDocument, visit: (sentence: Sentence, headingPath: string[]) => boolean | void): void {
  // (a callback rather than a generator: no generator step and result object per sentence)
  const { text, headings } = doc;
  // Headings: a stack of the open headings (outermost first), advanced as prose moves on.
  let hi = 0;
  const stack: Heading[] = [];
  const shown: string[] = []; // headingDisplay of each heading on the stack: made once per heading, not per path
  let path: string[] = [];
  let pathStale = false;
  // Footnote definitions are skipped over; they are sorted by start too.
  let di = 0;

  const options = { softLineBreaks: doc.form === 'markdown' };
  for (const paragraph of doc.paragraphs) {
    for (const s of splitSentences(text, paragraph.start, paragraph.end, options)) {
      // Open every heading that starts before this sentence.
      while (hi < headings.length && headings[hi].start <= s.start) {
        const h = headings[hi++];
        // nestHeadings ended the section of every heading this one closes (one of its level or above, or
        // a unit such as はじめに it leaves) at its start: that, and no rule of levels here, says which
        while (stack.length && stack[stack.length - 1].sectionEnd <= h.start) { stack.pop(); shown.pop(); }
        stack.push(h);
        shown.push(headingDisplay(h));
        pathStale = true;
      }
      // Close headings whose section ended (a trailing heading-less stretch cannot occur with
      // nested sections, but inferred sectionEnd values are respected all the same).
      while (stack.length && stack[stack.length - 1].sectionEnd <= s.start) {
        stack.pop();
        shown.pop();
        pathStale = true;
      }
      if (pathStale) {
        path = shown.slice();
        pathStale = false;
      }

      // Skip a sentence that overlaps a heading line still ahead of it (glued heading) or a footnote definition.
      if (hi < headings.length && overlaps(headings[hi], s)) continue;
      if (hi > 0 && overlaps(headings[hi - 1], s)) continue;
      while (di < doc.footnotes.length && doc.footnotes[di].end <= s.start) di++;
      if (di < doc.footnotes.length && overlaps(doc.footnotes[di], s)) continue;

      if (visit(s, path) === true) return; // true: stop
    }
  }
}

/**
 * The claims of `doc`. With `corrections` (a reviewer's, for this file), a corrected sentence takes
 * the reviewer's kind — or is left out when set to `none` — and records what the classifier said;
 * the keys of the corrections that matched a sentence are added to `matched`.
 */
export function extractClaims(doc: WhitePaperDocument, corrections?: FileCorrections, matched?: Set<string>): Claim[] {
  const { anchors, references } = doc;
  const figureRefs = doc.figureReferences;
  const claims: Claim[] = [];
  // Pointers into the sorted evidence lists.
  let ai = 0, fi = 0, ri = 0;
  // one search of the document for the half-width ｣ instead of one per sentence (most hold none)
  const halfWidthQuotes = doc.text.includes('｣');

  proseSentences(doc, (s, path) => {
    // Move the evidence pointers past everything before the sentence, even when it is no claim.
    while (ai < anchors.length && anchors[ai].start < s.start) ai++;
    while (fi < figureRefs.length && figureRefs[fi].start < s.start) fi++;
    while (ri < references.length && references[ri].start < s.start) ri++;

    const classified = classifySentence(s.text, halfWidthQuotes);
    let cls = classified;
    let correctedFrom: Claim['correctedFrom'];
    const correction = corrections?.size ? corrections.get(sentenceKey(s.text)) : undefined;
    if (correction) {
      matched?.add(sentenceKey(s.text));
      cls = corrected(correction, classified);
      // A correction that agrees with the classifier changes nothing worth flagging.
      if (!sameReading(cls, classified)) correctedFrom = classified?.kind ?? 'none';
    }
    if (cls === null) return;

    const footnotes: Claim['evidence']['footnotes'] = [];
    for (let k = ai; k < anchors.length && anchors[k].start < s.end; k++) {
      const a = anchors[k];
      const def = a.definition >= 0 ? doc.footnotes[a.definition] : undefined;
      if (footnotes.some((f) => f.number === a.number && f.definition === a.definition)) continue;
      footnotes.push({ number: def ? def.number : a.number, source: def ? def.source : null, definition: a.definition });
    }
    const figures: string[] = [];
    for (let k = fi; k < figureRefs.length && figureRefs[k].start < s.end; k++) {
      for (const n of figureRefs[k].figures.length ? figureRefs[k].figures : [figureRefs[k].text]) {
        if (!figures.includes(n)) figures.push(n);
      }
    }
    const refs: string[] = [];
    for (let k = ri; k < references.length && references[k].start < s.end; k++) {
      const r = references[k];
      if (!r.inFootnote && !refs.includes(r.text)) refs.push(r.text);
    }

    claims.push({
      start: s.start,
      end: s.end,
      text: s.text,
      kind: cls.kind,
      strength: cls.strength,
      inner: cls.inner,
      holder: cls.holder,
      marker: cls.marker,
      ...(correctedFrom ? { correctedFrom } : {}),
      headingPath: path,
      evidence: { footnotes, figures, references: refs },
    });
  });
  return claims;
}

/**
 * The reading a reviewer's correction gives a sentence. What the correction leaves out comes from
 * the classifier: the strength, and for an attributed claim what is reported and by whom (a claim
 * the classifier read as the paper's own becomes a report of the same kind by someone unnamed).
 */
function corrected(correction: ClaimCorrection, classified: ClaimClass | null): ClaimClass | null {
  if (correction.kind === 'none') return null;
  const strength = correction.strength ?? classified?.strength ?? 'firm';
  const marker = classified?.marker ?? '';
  if (correction.kind !== 'attributed') return { kind: correction.kind, strength, inner: correction.kind, holder: OWN, marker };
  const holder = correction.holder ?? (classified && classified.holder.type !== 'own' ? classified.holder : { type: 'unnamed', text: null });
  return { kind: 'attributed', strength, inner: correction.inner ?? classified?.inner ?? 'assessment', holder, marker };
}

function sameReading(a: ClaimClass | null, b: ClaimClass | null): boolean {
  if (a === null || b === null) return a === b;
  return a.kind === b.kind && a.strength === b.strength && a.inner === b.inner
    && a.holder.type === b.holder.type && a.holder.text === b.holder.text;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

interface Extracted { corrections: FileCorrections | undefined; claims: Claim[]; stale: ClaimCorrection[] }

const cache = new WeakMap<WhitePaperDocument, Extracted>();

function extracted(doc: WhitePaperDocument, corrections: FileCorrections | undefined): Extracted {
  let hit = cache.get(doc);
  if (!hit || hit.corrections !== corrections) {
    const matched = new Set<string>();
    const claims = extractClaims(doc, corrections, matched);
    const stale = corrections ? [...corrections].filter(([key]) => !matched.has(key)).map(([, c]) => c) : [];
    hit = { corrections, claims, stale };
    cache.set(doc, hit);
  }
  return hit;
}

/**
 * Records claims extracted elsewhere (on another thread, from the same text) for `doc` and these
 * corrections, so that `claimsOf` answers without extracting them again.
 */
export function seedClaims(doc: WhitePaperDocument, corrections: FileCorrections | undefined, claims: Claim[], stale: ClaimCorrection[]): void {
  cache.set(doc, { corrections, claims, stale });
}

/** Whether the claims of `doc` with these corrections are known without extracting them. */
export function hasClaims(doc: WhitePaperDocument, corrections: FileCorrections | undefined): boolean {
  const hit = cache.get(doc);
  return !!hit && hit.corrections === corrections;
}

/**
 * The claims of an analysed document, extracted once per document object (the store parses once
 * per version) and set of corrections (pass the same map object while the corrections are unchanged).
 */
export function claimsOf(doc: WhitePaperDocument, corrections?: FileCorrections): Claim[] {
  return extracted(doc, corrections).claims;
}

/** The corrections for this file whose sentence is no longer in it (edited or deleted since). */
export function staleCorrections(doc: WhitePaperDocument, corrections: FileCorrections | undefined): ClaimCorrection[] {
  return extracted(doc, corrections).stale;
}

/**
 * The prose sentence at `offset` (end inclusive), claim or not: what a reviewer can correct.
 * Null inside headings, captions, footnote definitions and furniture.
 */
export function sentenceAt(doc: WhitePaperDocument, offset: number): Sentence | null {
  // where one sentence ends and the next begins, the next one wins (as in claimAt)
  let found: Sentence | null = null;
  proseSentences(doc, (sentence) => {
    if (sentence.start > offset) return true;
    if (offset <= sentence.end) found = sentence;
  });
  return found;
}

/** Number of pieces of evidence: footnotes cited, figures referred to, cross-references made. */
export function evidenceCount(claim: Claim): number {
  return claim.evidence.footnotes.length + claim.evidence.figures.length + claim.evidence.references.length;
}

/**
 * The claim whose sentence contains `offset` (end inclusive, so a cursor just after the `。` counts).
 * Where one claim ends and the next begins, the next one wins. Binary search.
 */
export function claimAt(claims: readonly Claim[], offset: number): Claim | null {
  // the last claim starting at or before `offset`
  let lo = 0, hi = claims.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (claims[mid].start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found >= 0 && offset <= claims[found].end ? claims[found] : null;
}

/**
 * A short label for a claim sentence: whitespace folded; when longer than `max`, the beginning and
 * the ending are kept (the ending carries the marker that decided the kind) with `…` between.
 * Returns the label and, when the marker is visible in it, the marker's range in the label.
 */
export function claimLabel(claim: Pick<Claim, 'text' | 'marker'>, max = 48): { label: string; marker: [number, number] | null } {
  const flat = claim.text.replace(/[\s\u3000]+/g, ' ').trim();
  let label = flat;
  if (flat.length > max) {
    const markerAt = claim.marker ? flat.lastIndexOf(claim.marker) : -1;
    // Keep enough of the end to show the marker (and what trails it), but no more than 2/3 of the label.
    const wantTail = markerAt >= 0 ? flat.length - markerAt : Math.floor(max / 2);
    const tail = Math.max(Math.floor(max / 3), Math.min(wantTail, Math.floor((max * 2) / 3)));
    const head = max - 1 - tail;
    label = `${flat.slice(0, head)}…${flat.slice(flat.length - tail)}`;
  }
  const m = claim.marker ? label.lastIndexOf(claim.marker) : -1;
  return { label, marker: m >= 0 ? [m, m + claim.marker.length] : null };
}
