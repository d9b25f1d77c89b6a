// Tables of end-anchored patterns (`…$`), matched fast. The regex engine tries such a pattern at
// every position of its subject; these helpers read off each pattern's source how its match can end
// (its final characters) and how long it can be, so that a table only tries the patterns that
// can match a subject's ending, and each on just the tail that could hold its match. The results
// are those of trying every pattern on the whole subject, but for the few endings the short gate
// misreads (see "The gates" below), which are kept as they are.

/** Start of the last atom (group, class, escape or character) of a pattern source; -1 if unclear. */
function lastAtomStart(src: string): number {
  const end = src.length;
  const last = src[end - 1];
  if (end >= 2 && src[end - 2] === '\\') return end - 2;
  if (last === ']') return src.lastIndexOf('[', end - 2);
  if (last === ')') {
    let depth = 0;
    for (let i = end - 1; i >= 0; i--) {
      if (src[i - 1] === '\\') continue;
      if (src[i] === ')') depth++;
      else if (src[i] === '(' && --depth === 0) return i;
    }
    return -1;
  }
  return end - 1;
}

/** The characters a single-character atom (a literal, an escape, a class) stands for; null: any. */
function atomChars(atom: string): Set<string> | null {
  if (atom.startsWith('\\')) return /[A-Za-z0-9]/.test(atom[1]) ? null : new Set([atom[1]]);
  if (atom.startsWith('[')) {
    if (atom[1] === '^' || atom.includes('\\')) return null;
    const body = atom.slice(1, -1);
    const out = new Set<string>();
    for (let i = 0; i < body.length; i++) {
      if (body[i + 1] === '-' && i + 2 < body.length) {
        const from = body.charCodeAt(i), to = body.charCodeAt(i + 2);
        if (to - from > 512) return null;
        for (let c = from; c <= to; c++) out.add(String.fromCharCode(c));
        i += 2;
      } else out.add(body[i]);
    }
    return out;
  }
  return '.|^$'.includes(atom) ? null : new Set([atom]);
}

function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0, inClass = false, start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { parts.push(body.slice(start, i)); start = i + 1; }
  }
  parts.push(body.slice(start));
  return parts;
}

/** The tail tried for a pattern whose match length has no bound (claims look at 160 characters). */
const WINDOW = 90;

export function execEnd(re: RegExp, s: string): RegExpExecArray | null {
  // the window is kept on the pattern itself: a Map lookup per call was a tenth of all claim time
  const window = (re as WindowedRegExp)[WINDOW_KEY] ?? windowOf(re);
  if (s.length <= window) return re.exec(s);
  const cut = s.length - window;
  const m = re.exec(s.slice(cut));
  if (m) m.index += cut;
  return m;
}

/** For each pattern, how many characters at the end of a subject can take part in a match. */
const windows = new Map<RegExp, number>(); // the tables are module constants: a Map is faster than a WeakMap here

const WINDOW_KEY = Symbol('endWindow');
type WindowedRegExp = RegExp & { [WINDOW_KEY]?: number };

function windowOf(re: RegExp): number {
  let w = windows.get(re);
  if (w === undefined) {
    const bound = re.source.endsWith('$') ? matchBound(re.source) : Infinity;
    w = Math.min(WINDOW, bound + 1);
    windows.set(re, w);
    (re as WindowedRegExp)[WINDOW_KEY] = w;
  }
  return w;
}

/**
 * An upper bound on the characters a match of `src` covers, plus what its lookbehinds inspect
 * before the match (they need those characters inside the window too). Infinity when unbounded.
 */
export function matchBound(src: string): number {
  let pos = 0;
  let lookbehind = 0;
  const alternatives = (): number => {
    let best = sequence();
    while (src[pos] === '|') {
      pos++;
      best = Math.max(best, sequence());
    }
    return best;
  };
  const sequence = (): number => {
    let total = 0;
    while (pos < src.length && src[pos] !== '|' && src[pos] !== ')') total += quantified();
    return total;
  };
  const quantified = (): number => {
    const len = atom();
    const c = src[pos];
    let times = 1;
    if (c === '?') { pos++; }
    else if (c === '*' || c === '+') { pos++; times = Infinity; }
    else if (c === '{') {
      const m = /^\{([0-9]+)(,([0-9]*))?\}/.exec(src.slice(pos));
      if (m) {
        pos += m[0].length;
        times = m[2] === undefined ? +m[1] : m[3] === '' ? Infinity : +m[3];
      }
    }
    if (src[pos] === '?') pos++; // lazy
    return len === 0 ? 0 : len * times;
  };
  const atom = (): number => {
    const c = src[pos];
    if (c === '\\') { pos += src[pos + 1] === 'u' ? 6 : 2; return 1; }
    if (c === '[') {
      pos++;
      while (pos < src.length && src[pos] !== ']') pos += src[pos] === '\\' ? 2 : 1;
      pos++;
      return 1;
    }
    if (c === '(') {
      pos++;
      let kind: 'group' | 'ahead' | 'behind' = 'group';
      if (src.startsWith('?:', pos)) pos += 2;
      else if (src.startsWith('?=', pos) || src.startsWith('?!', pos)) { pos += 2; kind = 'ahead'; }
      else if (src.startsWith('?<=', pos) || src.startsWith('?<!', pos)) { pos += 3; kind = 'behind'; }
      else if (src.startsWith('?<', pos)) pos = src.indexOf('>', pos) + 1; // named group
      const len = alternatives();
      pos++; // ')'
      if (kind === 'behind') { lookbehind = Math.max(lookbehind, len); return 0; }
      return kind === 'ahead' ? 0 : len;
    }
    pos++;
    return c === '^' || c === '$' ? 0 : 1;
  };
  const length = alternatives();
  return pos < src.length ? Infinity : length + lookbehind;
}

/**
 * The strings of (at most) the last `need` characters that a match of `src` can end with; a
 * shorter string means the whole match can be that short. Null when the source is too complex to
 * say (the pattern is then always tried). Zero-width parts (anchors, lookarounds) are skipped.
 */
export function finalStrings(src: string, need = 2): Set<string> | null {
  if (need === 0 || src.length === 0) return new Set(['']);
  // a top-level alternation (`…(た)$|…と(した)$`) ends as any of its alternatives does
  const alternatives = splitTopLevel(src);
  if (alternatives.length > 1) {
    const out = endingsOfAlternatives(alternatives, need);
    return out === null || out.size > 4000 ? null : out;
  }
  const quantified = trailingQuantifier(src);
  if (quantified.kind === 'unclear') return null;
  if (quantified.kind === 'lazy') return finalStrings(quantified.body, need);
  const { body, optional, repeated } = quantified;
  const start = lastAtomStart(body);
  if (start < 0) return null;
  const atom = body.slice(start);
  const prefix = body.slice(0, start);
  if (atom === '^' || atom === '$' || /^\(\?(=|!|<=|<!)/.test(atom)) return finalStrings(prefix, need); // zero-width
  const ends = atomStrings(atom, need);
  if (!ends) return null;
  const out = new Set<string>();
  for (const e of ends) {
    if (e.length >= need) { out.add(e.slice(-need)); continue; }
    // what precedes is another repetition, or unknown (`.`, `\s`): the shorter ending still gates
    const before = repeated ? null : finalStrings(prefix, need - e.length);
    if (!before) {
      if (e.length === 0) return null;
      out.add(e);
      continue;
    }
    for (const b of before) out.add(b + e);
  }
  if (optional) {
    const without = finalStrings(prefix, need);
    if (!without) return null;
    for (const w of without) out.add(w);
  }
  return out.size > 4000 ? null : out;
}

function isEscapedAt(src: string, i: number): boolean {
  let n = 0;
  for (let k = i - 1; k >= 0 && src[k] === '\\'; k--) n++;
  return n % 2 === 1;
}

function atomStrings(atom: string, need: number): Set<string> | null {
  if (atom.startsWith('(')) {
    let inner = atom.slice(1, -1);
    if (inner.startsWith('?:')) inner = inner.slice(2);
    else if (inner.startsWith('?')) return null;
    return endingsOfAlternatives(splitTopLevel(inner), need);
  }
  return atomChars(atom);
}

/** The short reading of alternatives (`a|b`, at the top or in a group): every ending of any of them. */
function endingsOfAlternatives(alternatives: readonly string[], need: number): Set<string> | null {
  const out = new Set<string>();
  for (const alt of alternatives) {
    const ends = finalStrings(alt, need);
    if (!ends) return null;
    for (const e of ends) out.add(e);
  }
  return out;
}

/**
 * What a source's trailing quantifier says, for both readings of a pattern: the source it applies
 * to, whether that may match nothing and whether it may repeat. `lazy` for `x{m,n}?` (laziness
 * changes which match is found, not which can be: read the body); `unclear` for a lazy `+?` or `*?`
 * and nested quantifiers, which neither reading follows.
 */
type TrailingQuantifier =
  | { kind: 'plain'; body: string; optional: boolean; repeated: boolean }
  | { kind: 'lazy'; body: string }
  | { kind: 'unclear' };

function trailingQuantifier(src: string): TrailingQuantifier {
  const q = src[src.length - 1];
  if ((q === '?' || q === '*' || q === '+') && !isEscapedAt(src, src.length - 1)) {
    const body = src.slice(0, -1);
    const inner = body[body.length - 1];
    const escaped = isEscapedAt(body, body.length - 1);
    if (q === '?' && inner === '}' && !escaped) return { kind: 'lazy', body };
    if ((inner === '?' || inner === '*' || inner === '+') && !escaped) return { kind: 'unclear' };
    return { kind: 'plain', body, optional: q !== '+', repeated: q !== '?' };
  }
  if (q === '}' && !isEscapedAt(src, src.length - 1)) {
    const open = src.lastIndexOf('{');
    const quant = open < 0 ? null : /^\{([0-9]+)(,([0-9]*))?\}$/.exec(src.slice(open));
    if (!quant) return { kind: 'unclear' };
    return { kind: 'plain', body: src.slice(0, open), optional: quant[1] === '0', repeated: quant[2] !== undefined || +quant[1] > 1 };
  }
  return { kind: 'plain', body: src, optional: false, repeated: false };
}

// ---------------------------------------------------------------------------------------------
// The gates. A pattern is tried on a subject only when the subject ends with one of the pattern's
// gate strings. Two readings of the source decide them:
//  - the short reading above (finalStrings, two or four characters), as the tables have always been
//    gated. It reads an optional bracket group before a final optional group by its last alternative
//    only, so a few endings such patterns match are never tried (a top-level alternation, `…(た)$|…し(た)$`,
//    was read the same way until a pattern of survey methods, `…を尋ねた`, was found never tried for
//    its first alternatives; it is now read whole);
//  - a longer, strict reading (soundEndings, up to GATE_LENGTH characters), which only ever leaves
//    out patterns that cannot match, so adding it changes no result.
// A subject must pass both; their gate strings are combined into one set and looked up in a trie.

/** The longest ending read off a pattern by the strict reading: the longer, the fewer patterns pass. */
const GATE_LENGTH = 8;

/**
 * A pattern with more endings than this is gated by the short reading alone: reading all of them
 * cost more, on the first sentence classified, than the few patterns they would keep from being tried
 * (with 4,000 the first sentence took about 100 ms longer; with 300, about 35 ms; lower saves no more).
 */
const MAX_ENDINGS = 300;

/** Marks an ending that stands after characters the source does not say. */
const OPEN = '\u0000';
const UNKNOWN: ReadonlySet<string> = new Set([OPEN]);

/**
 * Start of the last top-level atom of `src`, read forwards (classes, escapes and groups are skipped
 * whole, so a bracket inside a class does not mislead it); -1 when unclear.
 */
function lastAtomAt(src: string): number {
  let last = -1, depth = 0, inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (inClass) {
      if (c === '\\') i++;
      else if (c === ']') inClass = false;
      continue;
    }
    if (c === '\\') {
      if (depth === 0) last = i;
      const next = src[i + 1];
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6))) i += 5;
      else if (next === 'x' && /^[0-9a-fA-F]{2}$/.test(src.slice(i + 2, i + 4))) i += 3;
      else if (next === undefined || 'pPkuxc'.includes(next)) return -1;
      else i++;
      continue;
    }
    if (c === '[') { if (depth === 0) last = i; inClass = true; continue; }
    if (c === '(') { if (depth === 0) last = i; depth++; continue; }
    if (c === ')') { depth--; continue; }
    if (depth > 0) continue;
    if (c === '|') return -1;
    if (c === '?' || c === '*' || c === '+') continue;
    if (c === '{') {
      const q = /^\{[0-9]+(,[0-9]*)?\}/.exec(src.slice(i));
      if (q) { i += q[0].length - 1; continue; }
    }
    last = i;
  }
  return depth === 0 && !inClass ? last : -1;
}

/** Keeps an ending to its last `need` characters (then nothing before it matters). */
function capped(x: string, need: number): string {
  const open = x.startsWith(OPEN);
  const text = open ? x.slice(1) : x;
  return text.length >= need ? text.slice(-need) : x;
}

/**
 * The endings a match of `src` can have, read strictly: each is the last `need` characters of a
 * possible match, or a whole match shorter than that, or (marked OPEN) the last characters of a
 * match whose earlier characters the source does not say. Every match ends with one of them.
 */
function soundEndings(src: string, need: number, memo = new Map<string, ReadonlySet<string>>()): ReadonlySet<string> {
  if (need <= 0 || src.length === 0) return new Set(['']);
  // the same prefix is read once per ending of what follows it: read it once
  const key = `${need} ${src}`;
  let known = memo.get(key);
  if (!known) memo.set(key, (known = readEndings(src, need, memo)));
  return known;
}

function readEndings(src: string, need: number, memo: Map<string, ReadonlySet<string>>): ReadonlySet<string> {
  const quantified = trailingQuantifier(src);
  if (quantified.kind === 'unclear') return UNKNOWN;
  if (quantified.kind === 'lazy') return soundEndings(quantified.body, need, memo);
  const { body, optional, repeated } = quantified;
  const start = lastAtomAt(body);
  if (start < 0) return UNKNOWN;
  const atom = body.slice(start);
  const prefix = body.slice(0, start);
  if (atom === '^' || atom === '$' || /^\(\?(=|!|<=|<!)/.test(atom)) return soundEndings(prefix, need, memo); // zero-width
  const out = new Set<string>();
  for (const e of atomEndings(atom, need, memo)) {
    const open = e.startsWith(OPEN);
    const text = open ? e.slice(1) : e;
    if (open || text.length >= need) out.add(capped(e, need));
    else if (repeated) out.add(OPEN + text); // another repetition may stand before it
    else for (const b of soundEndings(prefix, need - text.length, memo)) out.add(capped(b + text, need));
  }
  if (optional) for (const w of soundEndings(prefix, need, memo)) out.add(w);
  return out.size > MAX_ENDINGS ? UNKNOWN : out;
}

function atomEndings(atom: string, need: number, memo: Map<string, ReadonlySet<string>>): ReadonlySet<string> {
  if (atom.startsWith('(')) {
    let inner = atom.slice(1, -1);
    if (inner.startsWith('?:')) inner = inner.slice(2);
    else if (inner.startsWith('?')) return UNKNOWN;
    const out = new Set<string>();
    for (const alt of splitTopLevel(inner)) for (const e of soundEndings(alt, need, memo)) out.add(e);
    return out;
  }
  if (atom.startsWith('\\') && atom.length > 2) return UNKNOWN; // `\u3000`, `\x20`
  return atomChars(atom) ?? UNKNOWN;
}

/** The strict gate of an end-anchored pattern (every alternative anchored), or null: always tried. */
function strictGate(re: RegExp): Set<string> | null {
  if (re.flags.includes('i')) return null;
  const out = new Set<string>();
  for (const alt of splitTopLevel(re.source)) {
    if (!alt.endsWith('$') || isEscapedAt(alt, alt.length - 1)) return null;
    for (const e of soundEndings(alt.slice(0, -1), GATE_LENGTH)) {
      const text = e.startsWith(OPEN) ? e.slice(1) : e;
      if (text === '') return null;
      out.add(text);
    }
  }
  return out;
}

/** The short gate as the tables have always read it (`need` 4 then 2 for tables, 2 for single patterns). */
function shortGate(re: RegExp, table: boolean): Set<string> | null {
  if (!re.source.endsWith('$') || re.flags.includes('i')) return null;
  const body = re.source.slice(0, -1);
  return table ? finalStrings(body, 4) ?? finalStrings(body, 2) : finalStrings(body, 2);
}

/** Strings a subject must end with to pass both gates (null: no gate at all). */
function gateOf(re: RegExp, table: boolean): Set<string> | null {
  const short = shortGate(re, table), strict = strictGate(re);
  if (!short || !strict) return short ?? strict;
  // a subject ends with x and with y exactly when it ends with the longer one, the other being its suffix
  const both = new Set<string>();
  for (const y of strict) {
    for (let k = 1; k <= y.length; k++) if (short.has(y.slice(-k))) { both.add(y); break; }
    for (const x of short) if (x.length > y.length && x.endsWith(y)) both.add(x);
  }
  return both;
}

/**
 * A trie over the gate strings read backwards: walking a subject's ending down it, the deepest node
 * reached says (once computed) which entries the subject passes, in table order.
 */
interface GateNode {
  next: Map<number, GateNode>;
  /** Entries with a gate string that ends here. */
  own: number[];
  parent: GateNode | null;
  /** All entries passed by a subject whose walk stops here: own, the ancestors', the ungated. */
  passed: number[] | null;
}

interface Gates {
  root: GateNode;
  ungated: number[];
  // The trie packed into arrays for walking (mechanical: the same trie): node n's children are the
  // edges first[n] … first[n + 1] - 1, by ascending character code. A walk reads a few small typed
  // arrays instead of a Map per node scattered over the heap; it runs ~10 times per sentence.
  nodes: GateNode[];
  first: Int32Array;
  keys: Uint16Array;
  child: Int32Array;
  /** The root's child for each last character (0: none): the root has the most children, and every walk starts there. */
  rootChild: Int32Array;
}

function packTrie(root: GateNode, ungated: number[]): Gates {
  const nodes = [root];
  for (let n = 0; n < nodes.length; n++) nodes.push(...[...nodes[n].next].sort((a, b) => a[0] - b[0]).map(([, c]) => c));
  const id = new Map(nodes.map((node, n) => [node, n]));
  const first = new Int32Array(nodes.length + 1);
  const keys = new Uint16Array(nodes.length - 1), child = new Int32Array(nodes.length - 1);
  let e = 0;
  nodes.forEach((node, n) => {
    first[n] = e;
    for (const [c, next] of [...node.next].sort((a, b) => a[0] - b[0])) {
      keys[e] = c;
      child[e++] = id.get(next)!;
    }
  });
  first[nodes.length] = e;
  const rootChild = new Int32Array(0x10000);
  for (let k = first[0]; k < first[1]; k++) rootChild[keys[k]] = child[k];
  return { root, ungated, nodes, first, keys, child, rootChild };
}

function gateTrie(gates: (Set<string> | null)[]): Gates {
  const root: GateNode = { next: new Map(), own: [], parent: null, passed: null };
  const ungated: number[] = [];
  gates.forEach((strings, i) => {
    if (!strings) { ungated.push(i); return; }
    for (const x of strings) {
      let node = root;
      for (let k = x.length - 1; k >= 0; k--) {
        const c = x.charCodeAt(k);
        let child = node.next.get(c);
        if (!child) node.next.set(c, (child = { next: new Map(), own: [], parent: node, passed: null }));
        node = child;
      }
      if (!node.own.includes(i)) node.own.push(i);
    }
  });
  return packTrie(root, ungated);
}

/** The deepest node the ending of `s` reaches (its number in `gates.nodes`). */
function gateNodeOf(gates: Gates, s: string): number {
  const { first, keys, child } = gates;
  if (s.length === 0) return 0;
  let n = gates.rootChild[s.charCodeAt(s.length - 1)];
  if (n === 0) return 0;
  for (let k = s.length - 2; k >= 0; k--) {
    const c = s.charCodeAt(k);
    // binary search of the node's children
    let lo = first[n];
    const end = first[n + 1];
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys[mid] < c) lo = mid + 1;
      else hi = mid;
    }
    if (lo === end || keys[lo] !== c) break;
    n = child[lo];
  }
  return n;
}

/** The entries (their indices) that a subject reaching `node` passes. */
function passedAt(gates: Gates, node: GateNode): number[] {
  if (node.passed) return node.passed;
  const set = new Set(gates.ungated);
  for (let n: GateNode | null = node; n; n = n.parent) for (const i of n.own) set.add(i);
  return (node.passed = [...set].sort((a, b) => a - b));
}

/** `execEnd` behind the pattern's gate, for a pattern used on its own (an EndingIndex of it alone). */
export function matchEnd(re: RegExp, s: string): RegExpExecArray | null {
  const index = new EndingIndex();
  const t = index.single(re);
  return index.match(index.at(s), t, s);
}

/**
 * An ordered table of end-anchored patterns, indexed by the subject's final characters: only the
 * entries whose gate the subject passes are tried, in their original order (an EndingIndex of the
 * one table; the classifier shares one index among its tables).
 */
export function byEnding<T>(items: readonly T[], reOf: (item: T) => RegExp): (s: string) => readonly T[] {
  const index = new EndingIndex();
  const t = index.table(items, reOf);
  return (s) => index.entries(index.at(s), t);
}

/** One table of an EndingIndex: its number there and its entries. */
export interface EndTable<T> {
  readonly id: number;
  readonly items: readonly T[];
}

/** The list of a table with no entry passed (one array for all; not frozen, to keep one array shape). */
const NO_ENTRIES: readonly never[] = [];

/**
 * A subject's ending as walked down an EndingIndex: pass it to `entries` and `match`. (It is the
 * node reached's list of each table's entries, by table: a lookup is then one index, where going
 * through the node took three dependent loads, and it ran about ten times per sentence.)
 */
export type Ending = readonly (readonly unknown[])[];

/**
 * Several tables gated by one trie: a subject's ending is walked once, and each table then reads
 * off the node reached which of its entries can match. The classifier asks about ten tables and
 * single patterns about the same ending; one walk each was a tenth of its time. Each table keeps
 * its own gates (a table's are those of its patterns' endings, a single pattern's its own), so each passes the entries it would alone:
 * an entry passes when one of its gate strings ends the subject, and every such string lies on
 * the combined walk (the combined trie holds each table's strings, so its walk goes at least as deep).
 */
export class EndingIndex {
  private readonly tables: { items: readonly unknown[]; reOf: (item: never) => RegExp; table: boolean }[] = [];
  private gates: Gates | null = null;
  /** Each node's Ending once read, by node number (kept apart from the nodes: one load per walk, not two). */
  private endings: ((readonly unknown[])[] | undefined)[] = [];
  /** Each table's entries, by the entries passed (their indices joined): see split. */
  private readonly shared = new Map<string, (readonly unknown[])[]>();

  /** Adds a table (`table` false: each entry gated as a single pattern is by matchEnd). Before the first walk only. */
  table<T>(items: readonly T[], reOf: (item: T) => RegExp, table = true): EndTable<T> {
    if (this.gates) throw new Error('EndingIndex: a table added after the first walk');
    const t: EndTable<T> = { id: this.tables.length, items };
    this.tables.push({ items, reOf: reOf as (item: never) => RegExp, table });
    return t;
  }

  /** Adds one pattern, gated as matchEnd gates it. */
  single(re: RegExp): EndTable<RegExp> {
    return this.table([re], (x) => x, false);
  }

  /** Walks the ending of `s` once (the gates are read on the first walk, as byEnding's are). */
  at(s: string): Ending {
    const n = gateNodeOf(this.gates ?? this.build(), s);
    return this.endings[n] ?? this.split(n);
  }

  private build(): Gates {
    const gates = gateTrie(this.tables.flatMap(({ items, reOf, table }) => items.map((item) => gateOf(reOf(item as never), table))));
    this.endings = new Array(gates.nodes.length).fill(undefined); // (filled: a dense array, not a sparse one)
    return (this.gates = gates);
  }

  /** The entries of `t` that can match a subject whose walk is `end`, in table order. */
  entries<T>(end: Ending, t: EndTable<T>): readonly T[] {
    return end[t.id] as readonly T[];
  }

  /**
   * Every table's entries at node `n`, read once per node and all at once (a packed array: one load per
   * lookup). Nodes that pass the same entries share one such array, and every empty list is the same
   * array: a walk then mostly reads arrays the previous sentences read too, still in the cache,
   * instead of a few of its own scattered over the heap. (Most lists are empty.)
   */
  private split(n: number): (readonly unknown[])[] {
    const passed = passedAt(this.gates!, this.gates!.nodes[n]);
    const key = passed.join();
    let byTable = this.shared.get(key);
    if (!byTable) {
      let first = 0;
      byTable = this.tables.map(({ items }) => {
        const from = first;
        first += items.length;
        const entries = passed.filter((i) => i >= from && i < first).map((i) => items[i - from]);
        return entries.length === 0 ? NO_ENTRIES : entries;
      });
      this.shared.set(key, byTable);
    }
    return (this.endings[n] = byTable);
  }

  /** `matchEnd(re, s)` for a single pattern added with `single`, `end` being the walk of `s`. */
  match(end: Ending, t: EndTable<RegExp>, s: string): RegExpExecArray | null {
    return end[t.id].length === 0 ? null : execEnd(t.items[0], s);
  }
}
