// Tables of end-anchored patterns (`…$`), matched fast. The regex engine tries such a pattern at
// every position of its subject; these helpers read off each pattern's source how its match can end
// (its last two characters) and how long it can be, so that a table only tries the patterns that
// can match a subject's ending, and each on just the tail that could hold its match. The results
// are exactly those of trying every pattern on the whole subject.

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
  const q = src[src.length - 1];
  let body = src;
  let optional = false;
  let repeated = false;
  if ((q === '?' || q === '*' || q === '+') && !isEscapedAt(src, src.length - 1)) {
    body = src.slice(0, -1);
    optional = q !== '+';
    repeated = q !== '?';
    if (/[?*+]$/.test(body) && !isEscapedAt(body, body.length - 1)) return null; // lazy or nested quantifiers
    // `x{m,n}?` is lazy, not optional: laziness changes which match is found, not which can be
    if (q === '?' && body.endsWith('}') && !isEscapedAt(body, body.length - 1)) return finalStrings(body, need);
  } else if (q === '}' && !isEscapedAt(src, src.length - 1)) {
    const open = src.lastIndexOf('{');
    const quant = open < 0 ? null : /^\{([0-9]+)(,([0-9]*))?\}$/.exec(src.slice(open));
    if (!quant) return null;
    body = src.slice(0, open);
    optional = quant[1] === '0';
    repeated = quant[2] !== undefined || +quant[1] > 1;
  }
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
    const out = new Set<string>();
    for (const alt of splitTopLevel(inner)) {
      const s = finalStrings(alt, need);
      if (!s) return null;
      for (const x of s) out.add(x);
    }
    return out;
  }
  return atomChars(atom);
}

const twoGates = new Map<RegExp, Set<string> | null>();

/** `execEnd` behind the two-character gate, for a pattern used on its own. */
export function matchEnd(re: RegExp, s: string): RegExpExecArray | null {
  let gate = twoGates.get(re);
  if (gate === undefined) {
    gate = re.source.endsWith('$') && !re.flags.includes('i') ? finalStrings(re.source.slice(0, -1), 2) : null;
    twoGates.set(re, gate);
  }
  if (gate) {
    const key = s.slice(-2);
    let pass = false;
    for (const x of gate) if (key.endsWith(x)) { pass = true; break; }
    if (!pass) return null;
  }
  return execEnd(re, s);
}

/**
 * An ordered table of end-anchored patterns, indexed by the subject's last two characters: only
 * the entries whose match can end with them are tried, in their original order.
 */
export function byLastTwo<T>(items: readonly T[], reOf: (item: T) => RegExp): (s: string) => readonly T[] {
  const ends = items.map((item) => {
    const re = reOf(item);
    if (!re.source.endsWith('$') || re.flags.includes('i')) return null;
    // the last four characters where the source says them (fewer patterns pass `…している` than `…いる`), else two
    return finalStrings(re.source.slice(0, -1), 4) ?? finalStrings(re.source.slice(0, -1), 2);
  });
  // keyed by the last four UTF-16 units as two numbers: no substring and no string hashing per lookup
  const cache = new Map<number, Map<number, T[]>>();
  const codeOf = (s: string, at: number) => (at < 0 ? -1 : at === 0 ? -2 - s.charCodeAt(0) : s.charCodeAt(at - 1) * 65536 + s.charCodeAt(at));
  return (s) => {
    const n = s.length;
    const last = codeOf(s, n - 1);
    const before = n >= 3 ? codeOf(s, n - 3) : n === 2 ? -1e12 : -2e12; // the two units before the last two (fewer: their count)
    let inner = cache.get(last);
    if (!inner) cache.set(last, (inner = new Map()));
    let list = inner.get(before);
    if (!list) {
      const key = s.slice(-4);
      list = items.filter((_, i) => {
        const e = ends[i];
        if (!e) return true;
        for (const x of e) if (key.endsWith(x)) return true;
        return false;
      });
      inner.set(before, list);
    }
    return list;
  };
}
