// A budget for the Markdown parser. micromark (under remark) is super-linear on some shapes: thousands
// of unmatched emphasis delimiters or closing brackets in one paragraph (each closer searches back through all
// openers), lists and quotes nested ever deeper (every line re-checks every open container), one label
// defined thousands of times. A white paper never looks like that, so one linear pass over the text
// measures each shape and a text over budget is not parsed at all: its analysis is a warning that
// says which limit it passed. The editor also stops an analysis that runs too long (analysisClient).
import { Diagnostic } from './model';

export const MARKDOWN_LIMITS = {
  /** Characters in the whole text (a converted 1.4 MB edition is about 0.5 M characters). */
  chars: 8_000_000,
  /** Runs of `*` or `_` in one paragraph. */
  delimiterRuns: 1_000,
  /** `]` in one paragraph: each closes a label (link, footnote reference) the parser resolves. */
  brackets: 500,
  /** Lists and quotes open on one line (the parser's work on a line grows with its square). */
  depth: 64,
  /** Nesting deeper than NESTING_FREE, summed over lines (container work beyond the usual). */
  nesting: 2_000,
  /** Definitions (`[x]: …`, `[^x]: …`) of one label. */
  definitions: 200,
  /** Items nested in another list or quote (depth 2 or more) in one run of list lines. */
  nestedItems: 200,
} as const;

/** Lists and quotes up to this deep cost nothing against the nesting budget. */
const NESTING_FREE = 4;

export type MarkdownLimit = keyof typeof MARKDOWN_LIMITS;

export interface BudgetExcess {
  limit: MarkdownLimit;
  /** What was counted. */
  count: number;
  /** Where the limit was passed: the line that passed it. */
  start: number;
  end: number;
}

const FENCE_RE = /^ {0,3}(`{3,}|~{3,})/;
const DEFINITION_RE = /^\[(\^?[^\]]{1,200})\]:/;
const LIST_MARKER_RE = /^(?:[-*+]|[0-9]{1,9}[.)])(?:[ \t]+|$)/;

/**
 * The first limit a Markdown text passes, or null when it is within budget. Linear in the text: one
 * pass over the lines, each character looked at a bounded number of times.
 */
export function markdownBudgetExcess(text: string): BudgetExcess | null {
  if (text.length > MARKDOWN_LIMITS.chars) return { limit: 'chars', count: text.length, start: 0, end: 0 };
  let runs = 0, brackets = 0, nesting = 0, nestedItems = 0;
  let fence: string | null = null;
  const definitions = new Map<string, number>();
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const at = (limit: MarkdownLimit, count: number): BudgetExcess => ({ limit, count, start, end });

    // the prefix is read from the line's head only: a longer one is over the depth limit anyway
    const { depth, items, prefix, rest: head } = containerPrefix(text.slice(start, Math.min(end, start + PREFIX_SCAN)));
    if (depth > MARKDOWN_LIMITS.depth) return at('depth', depth);
    nesting += Math.max(0, depth - NESTING_FREE);
    if (nesting > MARKDOWN_LIMITS.nesting) return at('nesting', nesting);
    const restStart = start + prefix;
    const blank = isBlank(text, restStart, end);
    // a list whose items hold lists costs the parser time quadratic in its length; prose at the
    // margin ends the list (blank lines do not: the list goes on, loose)
    if (items > 0 && depth >= 2) nestedItems++;
    else if (depth === 0 && !blank) nestedItems = 0;
    if (nestedItems > MARKDOWN_LIMITS.nestedItems) return at('nestedItems', nestedItems);

    const fenceMatch = FENCE_RE.exec(head);
    if (fence !== null) {
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = null;
    } else if (fenceMatch) {
      fence = fenceMatch[1];
      runs = brackets = 0;
    } else if (blank) {
      runs = brackets = 0; // a blank line ends the paragraph: its openers are closed for good
    } else {
      const def = DEFINITION_RE.exec(head.trimStart());
      if (def) {
        const label = def[1].toLowerCase();
        const n = (definitions.get(label) ?? 0) + 1;
        definitions.set(label, n);
        if (n > MARKDOWN_LIMITS.definitions) return at('definitions', n);
      }
      for (let i = restStart; i < end; i++) {
        const c = text.charCodeAt(i);
        if ((c === 42 || c === 95) && text.charCodeAt(i - 1) !== c) {
          if (++runs > MARKDOWN_LIMITS.delimiterRuns) return at('delimiterRuns', runs); // `*`, `_`: a new run
        } else if (c === 93 && ++brackets > MARKDOWN_LIMITS.brackets) {
          return at('brackets', brackets); // `]`: an unclosed `[` costs nothing, a closing one searches back
        }
      }
    }
    start = end + 1;
  }
  return null;
}

/** Characters of a line's head read for its container prefix. */
const PREFIX_SCAN = 1024;

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/**
 * How deep a line is nested (quote markers, list markers, and indentation read as two columns a
 * level) and what follows the prefix. An estimate of the parser's container work, not an exact parse.
 */
function containerPrefix(line: string): { depth: number; items: number; prefix: number; rest: string } {
  let depth = 0, items = 0;
  let i = 0;
  for (;;) {
    let columns = 0;
    while (i < line.length && (line[i] === ' ' || line[i] === '\t')) { columns += line[i] === '\t' ? 4 : 1; i++; }
    if (line[i] === '>') { depth += 1 + Math.floor(columns / 2); i++; continue; }
    const marker = LIST_MARKER_RE.exec(line.slice(i, i + 12));
    if (marker && i < line.length) { depth += 1 + Math.floor(columns / 2); items++; i += marker[0].length; continue; }
    depth += Math.floor(columns / 2);
    return { depth, items, prefix: i, rest: line.slice(i) };
  }
}

const LIMIT_WORDING: Record<MarkdownLimit, string> = {
  chars: 'it is longer than {1} characters',
  delimiterRuns: 'one paragraph has more than {1} runs of * or _',
  brackets: 'one paragraph has more than {1} ] brackets',
  depth: 'one line is nested more than {1} lists or quotes deep',
  nesting: 'its lists and quotes are nested too deeply, too often',
  definitions: 'one label is defined more than {1} times',
  nestedItems: 'one list has more than {1} items inside other lists or quotes',
};

/** The warning a Markdown text over budget gets instead of its analysis. */
export function budgetDiagnostic(excess: BudgetExcess): Diagnostic {
  const limitValue = MARKDOWN_LIMITS[excess.limit];
  const why = LIMIT_WORDING[excess.limit].replace('{1}', String(limitValue));
  return {
    code: 'markdown-too-complex', severity: 'warning', start: excess.start, end: excess.end,
    message: `This Markdown is not analysed: ${why}.`,
    args: [excess.limit, limitValue, excess.count],
  };
}
