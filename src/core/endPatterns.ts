// Tables of end-anchored patterns (`…$`), matched fast. The regex engine tries such a pattern at
// every position of its subject; these helpers read off each pattern's source which characters its
// match can end with and how long it can be, so that a table only tries the patterns that can match
// a subject's last character, and each on just the tail that could hold its match. The results are
// exactly those of trying every pattern on the whole subject.

/** For each end-anchored pattern, the characters its matches can end with (null: any). */
const gates = new WeakMap<RegExp, Set<string> | null>();

/**
 * The characters a pattern's match can end with, read off its source: the last literal, class or
 * group (every alternative). Null when the pattern is too complex to say (then it is always tried).
 */
export function finalChars(src: string): Set<string> | null {
  if (src.length === 0) return null;
  const q = src[src.length - 1];
  let quantified = src;
  let optional = false;
  if (q === '?' || q === '*') { quantified = src.slice(0, -1); optional = true; }
  else if (q === '+') quantified = src.slice(0, -1);
  else if (q === '}') {
    const open = src.lastIndexOf('{');
    const quant = open < 0 ? '' : src.slice(open);
    if (!/^\{[0-9]+(,[0-9]*)?\}$/.test(quant)) return null;
    optional = quant.startsWith('{0');
    quantified = src.slice(0, open);
  }
  if (quantified.length === 0 || /[?*+]$/.test(quantified) && quantified !== src.slice(0, -1)) return null;
  const start = lastAtomStart(quantified);
  if (start < 0) return null;
  const atom = atomChars(quantified.slice(start));
  if (!atom) return null;
  if (!optional) return atom;
  // an optional last atom: the match may end with it or with whatever stands before it
  const before = finalChars(quantified.slice(0, start));
  if (!before) return null;
  for (const c of before) atom.add(c);
  return atom;
}

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
  if (atom.startsWith('(')) {
    let body = atom.slice(1, -1);
    if (body.startsWith('?:')) body = body.slice(2);
    else if (body.startsWith('?')) return null; // lookaround
    const out = new Set<string>();
    for (const alt of splitTopLevel(body)) {
      const chars = finalChars(alt);
      if (!chars) return null;
      for (const c of chars) out.add(c);
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

function gateOf(re: RegExp): Set<string> | null {
  let gate = gates.get(re);
  if (gate === undefined) {
    gate = re.source.endsWith('$') && !re.flags.includes('i') ? finalChars(re.source.slice(0, -1)) : null;
    gates.set(re, gate);
  }
  return gate;
}

export function execEnd(re: RegExp, s: string): RegExpExecArray | null {
  const window = windowOf(re);
  if (s.length <= window) return re.exec(s);
  const cut = s.length - window;
  const m = re.exec(s.slice(cut));
  if (m) m.index += cut;
  return m;
}

/**
 * An ordered table of end-anchored patterns, indexed by the last character of the subject: only
 * the entries that can end with that character are tried, in their original order.
 */
export function byLastChar<T>(items: readonly T[], reOf: (item: T) => RegExp): (s: string) => readonly T[] {
  const cache = new Map<string, T[]>();
  return (s) => {
    const c = s[s.length - 1] ?? '';
    let list = cache.get(c);
    if (!list) {
      list = items.filter((item) => {
        const gate = gateOf(reOf(item));
        return !gate || gate.has(c);
      });
      cache.set(c, list);
    }
    return list;
  };
}

/** For each pattern, how many characters at the end of a subject can take part in a match. */
const windows = new WeakMap<RegExp, number>();

function windowOf(re: RegExp): number {
  let w = windows.get(re);
  if (w === undefined) {
    const bound = re.source.endsWith('$') ? matchBound(re.source) : Infinity;
    w = Math.min(WINDOW, bound + 1);
    windows.set(re, w);
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
