// Reviewers' notes on the text, stored with the paper in `.hakusho/notes.json`.
//
// A note is anchored the way web annotation tools anchor theirs (W3C Web Annotation selectors):
// by the quoted passage with a little context before and after (TextQuoteSelector) and by its
// position (TextPositionSelector). After edits the position is tried first, then the quote with
// its context, then a near match of the quote (a word changed inside it); a passage that cannot be
// found any more leaves the note *orphaned* — listed, never dropped.
//
//   { "version": 1,
//     "notes": [
//       { "id": "n-20261206T041500Z-3f9a", "author": "…", "created": "2026-12-06T04:15:00.000Z",
//         "text": "出典が古い。新しい調査は？", "label": "出典", "status": "open",
//         "target": { "file": "r5/nd111110.txt", "address": ["Ⅰ","1","2"],
//                     "quote": { "exact": "…", "prefix": "…", "suffix": "…" },
//                     "position": { "start": 120, "end": 164 } },
//         "replies": [ { "id": "…", "author": "…", "created": "…", "text": "…" } ] } ] }
//
// Notes are written sorted by id with a fixed key order, so a change to one note touches only its
// own lines and two reviewers' notes merge through git with small diffs. Quotes are stored with
// `\n` line ends, so a file converted between CRLF and LF keeps its notes.

export const NOTES_PATH = '.hakusho/notes.json';
/** Largest notes file read or written (a team's notes for a whole edition stay far below it). */
export const NOTES_MAX_BYTES = 8 * 1024 * 1024;

export type NoteStatus = 'open' | 'resolved';

export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPosition {
  start: number;
  end: number;
}

export interface NoteTarget {
  /** The file, relative to the folder holding `.hakusho/`, with `/` separators. */
  file: string;
  /** Heading address (display numbers, outermost first) the passage sat under when it was anchored. */
  address: string[];
  quote: TextQuote;
  position: TextPosition;
}

export interface NoteReply {
  id: string;
  author: string;
  created: string;
  updated?: string;
  text: string;
}

export interface Note {
  id: string;
  author: string;
  created: string;
  updated?: string;
  text: string;
  label: string | null;
  status: NoteStatus;
  target: NoteTarget;
  replies: NoteReply[];
}

export interface ParsedNotes {
  notes: Note[];
  /** What was wrong with the file, one message per problem; valid notes are kept all the same. */
  problems: string[];
}

/** How much context each side of a quote keeps. */
export const QUOTE_CONTEXT = 32;

// ---------------------------------------------------------------------------------------------
// Reading and writing the file

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const isText = (v: unknown): v is string => typeof v === 'string';
const isOffset = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function readReply(entry: unknown, where: string, problems: string[]): NoteReply | null {
  if (!isRecord(entry)) return (problems.push(`${where}: expected an object`), null);
  const { id, author, created, updated, text } = entry;
  if (!isText(id) || !id) return (problems.push(`${where}: "id" must be a non-empty string`), null);
  if (!isText(author) || !isText(created) || !isText(text)) return (problems.push(`${where}: "author", "created" and "text" must be strings`), null);
  return { id, author, created, ...(isText(updated) ? { updated } : {}), text };
}

function readTarget(entry: unknown, where: string, problems: string[]): NoteTarget | null {
  if (!isRecord(entry)) return (problems.push(`${where}: expected an object`), null);
  const { file, address, quote, position } = entry;
  if (!isText(file) || file.trim() === '') return (problems.push(`${where}: "file" must be a non-empty string`), null);
  if (!Array.isArray(address) || !address.every(isText)) return (problems.push(`${where}: "address" must be an array of strings`), null);
  if (!isRecord(quote) || !isText(quote.exact) || quote.exact === '' || !isText(quote.prefix) || !isText(quote.suffix)) {
    return (problems.push(`${where}: "quote" must have a non-empty "exact" and string "prefix" and "suffix"`), null);
  }
  if (!isRecord(position) || !isOffset(position.start) || !isOffset(position.end) || position.end < position.start) {
    return (problems.push(`${where}: "position" must have offsets start <= end`), null);
  }
  return {
    file: normaliseFile(file), address: [...address],
    quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
    position: { start: position.start, end: position.end },
  };
}

/** Reads `.hakusho/notes.json`. Never throws: a broken file gives problems and whatever notes are valid. */
export function parseNotes(text: string): ParsedNotes {
  const problems: string[] = [];
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    return { notes: [], problems: [`not valid JSON (${(e as Error).message})`] };
  }
  if (!isRecord(value) || !Array.isArray(value.notes)) return { notes: [], problems: ['expected an object with a "notes" array'] };
  if (value.version !== undefined && value.version !== 1) problems.push(`unknown version ${JSON.stringify(value.version)}; read as version 1`);
  const notes: Note[] = [];
  const ids = new Set<string>();
  value.notes.forEach((entry: unknown, i: number) => {
    const where = `notes[${i}]`;
    if (!isRecord(entry)) return problems.push(`${where}: expected an object`);
    const { id, author, created, updated, text: body, label, status, target, replies } = entry;
    if (!isText(id) || !id) return problems.push(`${where}: "id" must be a non-empty string`);
    if (ids.has(id)) return problems.push(`${where}: id ${JSON.stringify(id)} is used twice; the later note is ignored`);
    if (!isText(author) || !isText(created) || !isText(body)) return problems.push(`${where}: "author", "created" and "text" must be strings`);
    if (label !== undefined && label !== null && !isText(label)) return problems.push(`${where}: "label" must be a string or null`);
    if (status !== 'open' && status !== 'resolved') return problems.push(`${where}: "status" must be open or resolved`);
    const t = readTarget(target, `${where}.target`, problems);
    if (!t) return;
    if (replies !== undefined && !Array.isArray(replies)) return problems.push(`${where}: "replies" must be an array`);
    const rs = (replies ?? []).map((r: unknown, j: number) => readReply(r, `${where}.replies[${j}]`, problems)).filter((r): r is NoteReply => r !== null);
    ids.add(id);
    notes.push({
      id, author, created, ...(isText(updated) ? { updated } : {}), text: body,
      label: isText(label) && label !== '' ? label : null, status, target: t, replies: rs,
    });
  });
  return { notes, problems };
}

/** The file text for `notes`: sorted by id, keys in a fixed order, indented, with a final newline. */
export function serializeNotes(notes: readonly Note[]): string {
  const sorted = [...notes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const plain = sorted.map((n) => ({
    id: n.id,
    author: n.author,
    created: n.created,
    ...(n.updated ? { updated: n.updated } : {}),
    label: n.label,
    status: n.status,
    text: n.text,
    target: {
      file: n.target.file,
      address: n.target.address,
      quote: { exact: n.target.quote.exact, prefix: n.target.quote.prefix, suffix: n.target.quote.suffix },
      position: { start: n.target.position.start, end: n.target.position.end },
    },
    replies: n.replies.map((r) => ({ id: r.id, author: r.author, created: r.created, ...(r.updated ? { updated: r.updated } : {}), text: r.text })),
  }));
  return JSON.stringify({ version: 1, notes: plain }, null, 2) + '\n';
}

export function normaliseFile(file: string): string {
  return file.replace(/\\/g, '/').replace(/^\.\//, '');
}

/** A new note or reply id: time-ordered (so notes sort in the order they were written) and unique. */
export function newNoteId(now: Date, random: () => number = Math.random): string {
  // to the millisecond: notes written in the same second still sort in the order they were written
  const stamp = now.toISOString().replace(/[-:.]/g, '');
  const tail = Math.floor(random() * 0x1000000).toString(16).padStart(6, '0');
  return `n-${stamp}-${tail}`;
}

// ---------------------------------------------------------------------------------------------
// Selectors

/** `text` with CRLF / CR line ends read as `\n`, and a map from its offsets back to `text`'s. */
interface NormalisedText {
  text: string;
  /** Offset in the original text of each normalised offset (null when the text had no `\r`). */
  toOriginal: ((offset: number) => number);
  toNormalised: ((offset: number) => number);
}

function normaliseLineEnds(text: string): NormalisedText {
  if (!text.includes('\r')) return { text, toOriginal: (o) => o, toNormalised: (o) => o };
  // removed[i]: how many `\r` were dropped before normalised offset i's character
  const kept: number[] = [];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\r') {
      if (text[i + 1] === '\n') continue;
      out += '\n';
    } else out += c;
    kept.push(i);
  }
  kept.push(text.length);
  return {
    text: out,
    toOriginal: (o) => kept[Math.max(0, Math.min(o, kept.length - 1))],
    toNormalised: (o) => {
      // first normalised offset whose original offset is >= o (binary search)
      let lo = 0, hi = kept.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (kept[mid] < o) lo = mid + 1; else hi = mid;
      }
      return lo;
    },
  };
}

const toLf = (s: string) => s.replace(/\r\n?/g, '\n');

/** The selectors for the passage `start`…`end` of `text`. */
export function selectorsFor(text: string, start: number, end: number): { quote: TextQuote; position: TextPosition } {
  return {
    quote: {
      exact: toLf(text.slice(start, end)),
      prefix: toLf(text.slice(Math.max(0, start - QUOTE_CONTEXT), start)),
      suffix: toLf(text.slice(end, end + QUOTE_CONTEXT)),
    },
    position: { start, end },
  };
}

export type AnchorMethod = 'position' | 'quote' | 'near-quote';

export interface NoteAnchor {
  start: number;
  end: number;
  /** How the passage was found again: at its stored position, by its quote, or by a near match of it. */
  method: AnchorMethod;
}

/** Most exact occurrences of a quote weighed against each other (a quote of one common word). */
const MAX_OCCURRENCES = 2000;
/** Longest quote compared character by character in a near match; longer ones compare their ends. */
const MAX_EDIT_DISTANCE_QUOTE = 600;
/** How similar a near match must be (1 − edit distance / length). */
const NEAR_MATCH_SIMILARITY = 0.75;

/** Where the note's passage is in `text` now, or null when it is gone (the note is orphaned). */
export function anchorNote(text: string, target: Pick<NoteTarget, 'quote' | 'position'>): NoteAnchor | null {
  const { quote, position } = target;
  const norm = normaliseLineEnds(text);
  const hay = norm.text;
  const oldStart = norm.toNormalised(position.start);

  // 1. the stored position still holds the quote
  const atPosition = hay.slice(oldStart, oldStart + quote.exact.length);
  if (atPosition === quote.exact) return mapped(norm, oldStart, oldStart + quote.exact.length, 'position');

  // 2. the quote elsewhere: the occurrence whose context matches best, then the nearest
  const occurrences = occurrencesOf(hay, quote.exact);
  if (occurrences.length) {
    let best = occurrences[0], bestScore = -1;
    for (const at of occurrences) {
      const score = contextScore(hay, at, at + quote.exact.length, quote);
      if (score > bestScore || (score === bestScore && Math.abs(at - oldStart) < Math.abs(best - oldStart))) {
        best = at;
        bestScore = score;
      }
    }
    return mapped(norm, best, best + quote.exact.length, 'quote');
  }

  // 3. a near match: the passage was edited a little inside
  const near = nearMatch(hay, quote, oldStart);
  return near ? mapped(norm, near.start, near.end, 'near-quote') : null;
}

function mapped(norm: NormalisedText, start: number, end: number, method: AnchorMethod): NoteAnchor {
  return { start: norm.toOriginal(start), end: norm.toOriginal(end), method };
}

function occurrencesOf(hay: string, needle: string, limit = MAX_OCCURRENCES): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let at = hay.indexOf(needle); at >= 0 && out.length < limit; at = hay.indexOf(needle, at + 1)) out.push(at);
  return out;
}

/** How many characters of the stored prefix and suffix agree with the text around start…end. */
function contextScore(hay: string, start: number, end: number, quote: TextQuote): number {
  let before = 0;
  while (before < quote.prefix.length && start - before - 1 >= 0
    && hay[start - before - 1] === quote.prefix[quote.prefix.length - before - 1]) before++;
  let after = 0;
  while (after < quote.suffix.length && end + after < hay.length && hay[end + after] === quote.suffix[after]) after++;
  return before + after;
}

/**
 * A region of `hay` close to the quote: candidates start where the quote's first characters (or the
 * end of its prefix) occur and end where its last characters (or the start of its suffix) occur, at
 * a length near the quote's; the most similar candidate wins when similar enough.
 */
function nearMatch(hay: string, quote: TextQuote, oldStart: number): { start: number; end: number } | null {
  const exact = quote.exact;
  const len = exact.length;
  if (len < 4) return null; // too short to recognise with a change inside
  const probe = Math.max(2, Math.min(12, Math.floor(len / 4)));
  const head = exact.slice(0, probe), tail = exact.slice(len - probe);
  const contextProbe = Math.min(12, quote.prefix.length, quote.suffix.length);
  const starts = new Set<number>(occurrencesOf(hay, head, 200));
  const ends = new Set<number>(occurrencesOf(hay, tail, 200).map((at) => at + probe));
  if (contextProbe >= 4) {
    for (const at of occurrencesOf(hay, quote.prefix.slice(-contextProbe), 200)) starts.add(at + contextProbe);
    for (const at of occurrencesOf(hay, quote.suffix.slice(0, contextProbe), 200)) ends.add(at);
  }
  const minLen = Math.floor(len * 0.6), maxLen = Math.ceil(len * 1.4) + 2;
  const sortedEnds = [...ends].sort((a, b) => a - b);
  const found: { best: { start: number; end: number; similarity: number } | null } = { best: null };
  const consider = (start: number, end: number) => {
    if (end - start < minLen || end - start > maxLen) return;
    const similarity = similarityOf(hay.slice(start, end), exact);
    if (similarity < NEAR_MATCH_SIMILARITY) return;
    const best = found.best;
    if (!best || similarity > best.similarity
      || (similarity === best.similarity && Math.abs(start - oldStart) < Math.abs(best.start - oldStart))) {
      found.best = { start, end, similarity };
    }
  };
  let compared = 0;
  for (const start of starts) {
    // the ends within reach of this start (sorted: a binary search would do, the lists are short)
    for (const end of sortedEnds) {
      if (end - start > maxLen) break;
      if (end - start >= minLen && compared++ < 400) consider(start, end);
    }
    // the change may have hit the quote's last characters: same length from this start
    if (compared++ < 400) consider(start, Math.min(hay.length, start + len));
  }
  for (const end of sortedEnds) if (compared++ < 800) consider(Math.max(0, end - len), end);
  return found.best ? { start: found.best.start, end: found.best.end } : null;
}

/** 1 − edit distance / the longer length; for long texts, the agreement of their two ends. */
function similarityOf(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  if (longer > MAX_EDIT_DISTANCE_QUOTE) {
    const k = 200;
    return Math.min(similarityOf(a.slice(0, k), b.slice(0, k)), similarityOf(a.slice(-k), b.slice(-k)))
      * (Math.min(a.length, b.length) / longer > 0.9 ? 1 : 0.5);
  }
  return 1 - editDistance(a, b) / longer;
}

function editDistance(a: string, b: string): number {
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

// ---------------------------------------------------------------------------------------------
// Notes of a file, anchored

export interface AnchoredNote {
  note: Note;
  /** Where its passage is now; null when the note is orphaned. */
  anchor: NoteAnchor | null;
}

/** The notes of `file` (relative key), each anchored in `text`. */
export function anchorNotes(notes: readonly Note[], file: string, text: string): AnchoredNote[] {
  const key = normaliseFile(file);
  return notes.filter((n) => n.target.file === key).map((note) => ({ note, anchor: anchorNote(text, note.target) }));
}

/** The notes whose passage overlaps `start`…`end` (a claim's sentence). */
export function notesWithin(anchored: readonly AnchoredNote[], start: number, end: number): Note[] {
  return anchored.filter((a) => a.anchor && a.anchor.start < end && a.anchor.end > start).map((a) => a.note);
}

/** The note re-targeted at its passage's current place (quote, context and position refreshed). */
export function retarget(note: Note, text: string, start: number, end: number, address: string[]): Note {
  return { ...note, target: { file: note.target.file, address, ...selectorsFor(text, start, end) } };
}

// ---------------------------------------------------------------------------------------------
// W3C Web Annotation export (https://www.w3.org/TR/annotation-model/)

export interface W3cAnnotation {
  '@context'?: string;
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'replying';
  created: string;
  modified?: string;
  creator: { type: 'Person'; name: string };
  body: { type: 'TextualBody'; value: string; format?: string; language?: string; purpose: 'commenting' | 'tagging' | 'replying' }[];
  target: string | { source: string; selector: ({ type: 'TextQuoteSelector' } & TextQuote | { type: 'TextPositionSelector' } & TextPosition)[] };
}

export interface W3cCollection {
  '@context': string;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: W3cAnnotation[] };
}

const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * The notes as a W3C AnnotationCollection: each note an Annotation (motivation commenting; its
 * label and a resolved status as tagging bodies; quote and position selectors on the file's URI),
 * each reply an Annotation with motivation replying whose target is the note.
 */
export function notesToW3c(notes: readonly { note: Note; source: string }[], collectionId: string): W3cCollection {
  const items: W3cAnnotation[] = [];
  for (const { note, source } of notes) {
    const id = `${collectionId}#${encodeURIComponent(note.id)}`;
    const tags = [note.label, note.status === 'resolved' ? 'resolved' : null].filter((t): t is string => !!t);
    items.push({
      id, type: 'Annotation', motivation: 'commenting', created: note.created,
      ...(note.updated ? { modified: note.updated } : {}),
      creator: { type: 'Person', name: note.author },
      body: [
        { type: 'TextualBody', value: note.text, format: 'text/plain', language: 'ja', purpose: 'commenting' },
        ...tags.map((t) => ({ type: 'TextualBody' as const, value: t, purpose: 'tagging' as const })),
      ],
      target: {
        source,
        selector: [
          { type: 'TextQuoteSelector', ...note.target.quote },
          { type: 'TextPositionSelector', ...note.target.position },
        ],
      },
    });
    for (const reply of note.replies) {
      items.push({
        id: `${collectionId}#${encodeURIComponent(reply.id)}`, type: 'Annotation', motivation: 'replying', created: reply.created,
        ...(reply.updated ? { modified: reply.updated } : {}),
        creator: { type: 'Person', name: reply.author },
        body: [{ type: 'TextualBody', value: reply.text, format: 'text/plain', language: 'ja', purpose: 'replying' }],
        target: id,
      });
    }
  }
  return {
    '@context': W3C_CONTEXT, id: collectionId, type: 'AnnotationCollection', label: 'Hakusho review notes',
    total: items.length, first: { id: `${collectionId}#page1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
