// Stage 2 of the page-text parser: footnote anchors and definitions, and the 項-heading vs
// definition ambiguity (`1　固定通信` vs `1　パソコン通信の…`), which only the anchors can settle.
import { Line } from './lines';
import { Diagnostic, FootnoteAnchor, FootnoteDefinition } from './model';
import { toHalfWidth } from './text';

export interface AnchorCandidate {
  start: number;
  end: number;
  number: number;
  spaced: boolean;
  /**
   * How much the shape says "anchor": 3 spaced (` 6 `) or glued before punctuation/line end (`された6。`);
   * 2 glued after a noun (`権利17等`); 1 glued after hiragana (`された17の`); 0 after Latin letters (`Web3`).
   */
  tier: 0 | 1 | 2 | 3;
}

/** Characters that make a following digit run an ordinary number (units, counters, decimals). */
const UNIT_AFTER = new Set(Array.from(
  '年月日時分秒週件つ個人名社万億兆千百十円倍回位歳台本枚点種割代次期号条項章節部都道府県町村区者校局団国機軒棟基冊面通度周段級番階店行票問字語頁泊食曲作品頭羽匹隻両戸床組.,，．%％/／-－‐―−~～〜:：・×＋+'));
/** Two-character units whose first character is also common after an anchor (`1世界` is an anchor, `1世帯` is not). */
const UNIT_PAIRS = /^(世[代帯紀]|[かカヶケヵ箇][月国所年条村店]|ヵ月|市[町村区])/;

/** Units that still follow a spaced number (`2023年 3 月`); the spaced form is otherwise unambiguous. */
const SPACED_UNIT_AFTER = new Set(Array.from('年月日時%％.,，．'));

/** Characters that make a preceding digit run part of something else (ordinals, figure numbers, decimals). */
const BLOCK_BEFORE = new Set(Array.from('第全各毎同部章節項.,，．-－‐―−/／:：~～〜(（[［#＃№+＋×'));
const RANGE_BEFORE = new Set(Array.from('~～〜'));
const CHEMICAL_FORMULA = /(?:CO|NO|SO|CH|ＣＯ)$/;

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x3000 || c === 0x09;
}

function isKatakana(c: number): boolean {
  return c >= 0x30a1 && c <= 0x30fa;
}

function isHiragana(c: number): boolean {
  return c >= 0x3041 && c <= 0x309f;
}

const STRONG_AFTER = new Set(Array.from('、。，）)」』】,.'));
const CLOSING_QUOTES = new Set([0x29, 0x201d, 0x2019]); // ) ” ’

/**
 * The digit runs of one text, asked for in increasing order: `next(from)` is the first run at or
 * after `from`. It jumps with the engine's search (most of the text has no digits), and a line with
 * none is answered from the last search, so a file without digits is not searched to its end once
 * per line.
 */
export function digitRunFinder(text: string): (from: number) => RegExpExecArray | null {
  const re = /[0-9０-９]+/g;
  let searchedFrom = Infinity;
  let found: RegExpExecArray | null = null;
  return (from) => {
    if (from >= searchedFrom && (found === null || found.index >= from)) return found;
    re.lastIndex = from;
    searchedFrom = from;
    found = re.exec(text);
    return found;
  };
}

/** Digit runs in `text[from, to)` that could be footnote anchors (`next`: the text's digit runs, shared by the calls for one text). */
export function findAnchorCandidates(text: string, from: number, to: number, out: AnchorCandidate[], next = digitRunFinder(text)): void {
  for (let m = next(from); m && m.index < to; m = next(m.index + m[0].length)) {
    const runStart = m.index;
    const j = Math.min(runStart + m[0].length, to);
    if (j - runStart > 3) continue;
    const number = parseInt(toHalfWidth(text.slice(runStart, j)), 10);
    if (!(number >= 1 && number <= 999)) continue;
    const before = runStart > from ? text.charCodeAt(runStart - 1) : -1;
    const after = j < to ? text.charCodeAt(j) : -1;
    if (before === -1) continue; // a line starting with digits is a numbered line, not an anchor
    const afterChar = after === -1 ? '' : String.fromCharCode(after);
    const closesTitle = afterChar === '」' || afterChar === '』';
    if (before >= 0x30 && before <= 0x39) continue;
    // `10～15` is a range, but `…のために～15」` is an anchor on a title
    if (BLOCK_BEFORE.has(String.fromCharCode(before)) && !(RANGE_BEFORE.has(String.fromCharCode(before)) && closesTitle)) continue;
    if (text.startsWith('図表', runStart - 2)) continue;
    if (CHEMICAL_FORMULA.test(text.slice(Math.max(from, runStart - 2), runStart))) continue; // CO2, NO2, SO2
    if (UNIT_AFTER.has(afterChar) || UNIT_PAIRS.test(text.slice(j, j + 2)) || isKatakana(after) || isAsciiAlnum(after)) continue;
    let spaced = false;
    let tier: AnchorCandidate['tier'];
    if (isSpace(before)) {
      // ` 6 ` form: prose on the left, the same space or the line end on the right
      const beforeBefore = runStart - 2 >= from ? text.charCodeAt(runStart - 2) : -1;
      if (beforeBefore === -1 || isSpace(beforeBefore) || beforeBefore === 0x7b2c /* 第 */) continue;
      if (!(after === before || (after === -1 && before === 0x20))) continue; // `COLUMN　1`
      const afterAfter = j + 1 < to ? text.charCodeAt(j + 1) : -1;
      if (afterAfter !== -1 && (isAsciiAlnum(afterAfter) || SPACED_UNIT_AFTER.has(String.fromCharCode(afterAfter)))) continue; // `Microsoft 365 Education`, `2023年 3 月`
      spaced = true;
      tier = 3;
    } else if (after === 0x3000) {
      continue; // `データ1　日本の…`: a number followed by an ideographic space labels a heading
    } else if (isAsciiAlnum(before)) {
      tier = 0; // `PLATEAU18」` is an anchor, `G7` and `Web3` are not: bind only when nothing better cites the footnote
    } else if (before < 0x3000 && !CLOSING_QUOTES.has(before)) {
      continue; // glued anchors follow Japanese text or a closing bracket
    } else if (after === -1 || STRONG_AFTER.has(afterChar) || isSpace(after)) {
      tier = 3;
    } else {
      tier = isHiragana(before) ? 1 : 2;
    }
    out.push({ start: runStart, end: j, number, spaced, tier });
  }
}

export interface FootnoteResult {
  definitions: FootnoteDefinition[];
  anchors: FootnoteAnchor[];
  /** Line indices decided to be footnote definitions or their continuation lines. */
  definitionLines: Set<number>;
  /** Line indices of `N text` lines decided to be 項 headings. */
  itemHeadingLines: Set<number>;
  diagnostics: Diagnostic[];
}

const URL_RE = /https?:\/\/[^\s　）)」』、，。]+/;
/** A footnote that is nothing but a cross-reference: `第Ⅰ部第1章第2節「…」参照。`, `本章第3節を参照。` */
const CROSS_REFERENCE_NOTE_RE = /^(?:詳細は|詳しくは)?(?:第[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩIVX0-9０-９]{1,4}[部章節]|[本前次同][部章節項])[^。「」]{0,40}(?:「[^」]{1,80}」)?(?:を|も)?参照(?:のこと|されたい)?。?$/;

/** The source a definition names: an interview, a report, a survey, or a URL. */
export function footnoteSource(text: string): string | null {
  // a note that only points elsewhere in the paper (`第Ⅰ部第1章第2節「…」参照。`) names no source
  if (CROSS_REFERENCE_NOTE_RE.test(text.trim())) return null;
  // cheap substring checks first: these patterns are costly on long definitions
  if (text.includes('への')) {
    const interview = /([^。、（()\n]{2,80}?)への(?:インタビュー|ヒアリング)/.exec(text);
    if (interview) return `${interview[1].trim()}への${interview[0].endsWith('ヒアリング') ? 'ヒアリング' : 'インタビュー'}`;
  }
  if (text.includes('「')) {
    const report = /([^\s。、「」（()\n]{1,40}[（(][0-9０-９]{4}[^）)]{0,6}[）)])?「([^」\n]{2,120})」/.exec(text);
    if (report) return report[0].trim();
  }
  if (/調査|統計|白書|報告書|アンケート/.test(text)) {
    const survey = /[^\s。、（()\n]{2,40}(?:調査|統計|白書|報告書|アンケート)/.exec(text);
    if (survey) return survey[0];
  }
  const url = URL_RE.exec(text);
  return url ? url[0] : null;
}

/** Whether a line right under a definition continues it (a URL, an access date, a credit). */
function isContinuationOf(defText: string, line: string): boolean {
  const t = line.trim();
  if (/^(https?:|www\.|[（(※\[<＜])/.test(t) || URL_RE.test(t)) return true;
  if (t.length < 120 && !t.endsWith('。')) return true;
  // A definition left open (no 。, e.g. ending in a URL) goes on in a short line that finishes it
  // (`を参照。`); a line that reads as a sentence of its own is the prose after the definitions.
  const singleLine = !defText.includes('\n');
  return singleLine && !/[。）)]$/.test(defText.trim()) && (t.length <= 12 || /^[をにのはがとでもへや、，）)」』]/.test(t)) && t.length < 120;
}

export function analyseFootnotes(text: string, lines: Line[]): FootnoteResult {
  const candidates: AnchorCandidate[] = [];
  const candidateBound: boolean[] = [];
  const definitions: FootnoteDefinition[] = [];
  const anchors: FootnoteAnchor[] = [];
  const definitionLines = new Set<number>();
  const itemHeadingLines = new Set<number>();
  const diagnostics: Diagnostic[] = [];

  /**
   * Unbound candidates by number, since the last definition with that number: an anchor binds to
   * the nearest following definition with its number. `scope` counts definition blocks, so that
   * candidates since the last block are preferred over older ones.
   */
  const pending = new Map<number, number[]>();
  const candidateScope: number[] = [];
  let scope = 0;
  let block = -1;
  let inBlock = false;
  let lastDefInBlock = null as FootnoteDefinition | null; // assigned inside closures: keep TS from narrowing it to null
  let lastItemNumber = 0;
  let lastBoundAnchorEnd = -1;

  const digitRuns = digitRunFinder(text);
  const addCandidates = (from: number, to: number) => {
    const first = candidates.length;
    findAnchorCandidates(text, from, to, candidates, digitRuns);
    for (let k = first; k < candidates.length; k++) {
      candidateBound.push(false);
      candidateScope.push(scope);
      const list = pending.get(candidates[k].number);
      if (list) list.push(k);
      else pending.set(candidates[k].number, [k]);
    }
  };
  const endBlock = () => {
    if (!inBlock) return;
    bindBlock();
    inBlock = false;
    lastDefInBlock = null;
    scope++;
  };

  /** Definitions of the current block, bound to anchors when the block ends. */
  let blockDefs: number[] = [];
  const bindBlock = () => {
    lastBoundAnchorEnd = bindDefinitions(blockDefs, definitions, candidates, pending, (k) => candidateScope[k] === scope, candidateBound, anchors, lastBoundAnchorEnd);
    blockDefs = [];
  };

  const addDefinition = (li: number, number: number, numberEnd: number, textStart: number) => {
    const line = lines[li];
    if (!inBlock) block++;
    inBlock = true;
    const numberSpan = { start: line.start, end: line.start + numberEnd };
    const def: FootnoteDefinition = {
      number, numberSpan, start: line.start, end: line.end, textStart: line.start + textStart,
      text: text.slice(line.start + textStart, line.end), block, source: null, anchors: [],
    };
    if (lastDefInBlock && lastDefInBlock.number === number) {
      diagnostics.push(diag('footnote-duplicate', numberSpan, `Footnote ${number} is defined twice in this block.`, [number]));
    } else if (lastDefInBlock && number < lastDefInBlock.number) {
      diagnostics.push(diag('footnote-order', numberSpan, `Footnote ${number} comes after footnote ${lastDefInBlock.number}.`, [number, lastDefInBlock.number]));
    }
    definitions.push(def);
    definitionLines.add(li);
    blockDefs.push(definitions.length - 1);
    lastDefInBlock = def;
  };

  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    const shape = line.shape;
    const lineText = text.slice(line.start, line.end);
    if (shape.kind === 'blank') continue;

    if (shape.kind === 'numbered') {
      const number = parseInt(toHalfWidth(shape.rawNumber), 10);
      const definedInBlock = blockDefs.some((d) => definitions[d].number === number);
      const hasPending = !definedInBlock && (pending.get(number) ?? []).some((k) => candidateScope[k] === scope);
      const next = nextContentLine(lines, li);
      const blockGoesOn = !next || next.shape.kind === 'numbered' || next.shape.kind === 'furniture' || next.shape.kind === 'breadcrumb';
      const continuesBlock = inBlock && lastDefInBlock !== null && number === lastDefInBlock.number + 1 && number !== lastItemNumber + 1 && blockGoesOn;
      // a heading-like line whose number goes backwards inside a block starts a new 項 (`…26　…` then `3　人間の「拡張」`)
      const restartsNumbering = inBlock && lastDefInBlock !== null && number <= lastDefInBlock.number && shape.headingLike;
      const isDefinition = !restartsNumbering && (hasPending || !shape.headingLike || continuesBlock);
      if (isDefinition) {
        addDefinition(li, number, shape.numberEnd, shape.textStart);
        continue;
      }
      endBlock();
      itemHeadingLines.add(li);
      lastItemNumber = number;
      addCandidates(line.start + shape.textStart, line.end);
      continue;
    }

    // a definition typed without its space (`23「…」`, or `24` alone above its URL) inside a block
    const bare = inBlock && lastDefInBlock && shape.kind === 'prose' ? /^([0-9０-９]{1,3})(?=「|『|$)/.exec(lineText) : null;
    if (bare && lastDefInBlock && parseInt(toHalfWidth(bare[1]), 10) === lastDefInBlock.number + 1) {
      addDefinition(li, lastDefInBlock.number + 1, bare[1].length, bare[1].length);
      continue;
    }
    if (inBlock && lastDefInBlock && shape.kind === 'prose' && !lines[li - 1]?.joined && lines[li - 1]?.shape.kind !== 'blank'
      && isContinuationOf(lastDefInBlock.text, lineText)) {
      lastDefInBlock.text += '\n' + lineText;
      lastDefInBlock.end = line.end;
      definitionLines.add(li);
      continue;
    }
    if (shape.kind === 'furniture' || shape.kind === 'breadcrumb') {
      endBlock();
      continue;
    }
    endBlock();
    if (shape.kind === 'heading') {
      if (shape.level === 'part' || shape.level === 'chapter' || shape.level === 'section') lastItemNumber = 0;
      addCandidates(line.start + shape.titleStart, line.end);
    } else if (shape.kind === 'caption') {
      addCandidates(line.start + shape.titleStart, line.end);
    } else if (shape.kind === 'prose' || shape.kind === 'source') {
      addCandidates(line.start, line.end);
    }
  }

  endBlock();
  anchors.sort((a, b) => a.start - b.start);
  anchors.forEach((a, i) => definitions[a.definition].anchors.push(i));
  for (const def of definitions) {
    def.source = footnoteSource(def.text);
    if (def.anchors.length === 0) {
      diagnostics.push(diag('footnote-unused', def.numberSpan, `Footnote ${def.number} is never cited.`, [def.number]));
    }
  }
  reportMissingDefinitions(candidates, candidateBound, anchors, diagnostics);
  return { definitions, anchors, definitionLines, itemHeadingLines, diagnostics };
}

function nextContentLine(lines: Line[], li: number): Line | null {
  for (let k = li + 1; k < lines.length; k++) if (lines[k].shape.kind !== 'blank') return lines[k];
  return null;
}

/**
 * Binds each definition of a block to the anchors citing it. Every tier-3 candidate (spaced, or
 * glued before punctuation) with the number cites it; otherwise the best lower-tier candidate that
 * fits the rising sequence (after the anchor of a smaller number, before that of a larger one).
 */
function bindDefinitions(
  blockDefs: number[], definitions: FootnoteDefinition[], candidates: AnchorCandidate[], pending: Map<number, number[]>,
  isRecent: (candidate: number) => boolean,
  bound: boolean[], anchors: FootnoteAnchor[], lastBoundAnchorEnd: number,
): number {
  const chosen = new Map<number, number[]>(); // definition index → candidate indices
  const firstPass: number[] = [];
  for (const d of blockDefs) {
    const all = pending.get(definitions[d].number);
    if (!all?.length) continue;
    const list = all.filter(isRecent);
    if (list.length === 0) {
      // the citing text stands before an earlier block (a column or a figure page in between):
      // take the nearest well-shaped candidate
      const older = all.filter((k) => candidates[k].tier >= 2);
      if (older.length) chosen.set(d, [older[older.length - 1]]);
      continue;
    }
    const best = list.filter((k) => candidates[k].tier === 3);
    if (best.length) chosen.set(d, best);
    else firstPass.push(d);
  }
  for (const d of firstPass) {
    const number = definitions[d].number;
    let lower = lastBoundAnchorEnd, upper = Infinity;
    for (const [other, ks] of chosen) {
      const n = definitions[other].number;
      for (const k of ks) {
        if (n < number) lower = Math.max(lower, candidates[k].end);
        if (n > number) upper = Math.min(upper, candidates[k].start);
      }
    }
    const list = pending.get(number)!.filter(isRecent);
    const fitting = list.filter((k) => candidates[k].start >= lower && candidates[k].end <= upper);
    // Latin-glued candidates (`DMA10では` vs `Web3`) are taken only where the sequence expects them
    const pool = fitting.length ? fitting : list.filter((k) => candidates[k].tier > 0);
    if (pool.length === 0) continue;
    let pick = pool[0];
    for (const k of pool) if (candidates[k].tier > candidates[pick].tier) pick = k;
    chosen.set(d, [pick]);
  }
  for (const d of blockDefs) {
    const ks = chosen.get(d);
    if (!ks) continue;
    for (const k of ks) {
      if (bound[k]) continue; // a duplicated definition: the digits already cite the first one
      const c = candidates[k];
      bound[k] = true;
      anchors.push({ start: c.start, end: c.end, number: c.number, definition: d, spaced: c.spaced, confidence: 'sure', doubt: '' });
      lastBoundAnchorEnd = Math.max(lastBoundAnchorEnd, c.end);
    }
    pending.delete(definitions[d].number);
  }
  return lastBoundAnchorEnd;
}

/**
 * An anchor-shaped number with no definition is reported only where the sequence of bound
 * anchors expects it (a gap: … 4, [5], 6 …), so ordinary numbers in prose stay quiet.
 */
function reportMissingDefinitions(candidates: AnchorCandidate[], bound: boolean[], sorted: FootnoteAnchor[], out: Diagnostic[]): void {
  // `sorted`: the bound anchors in text order (the caller has sorted them)
  if (sorted.length === 0) return;
  let next = 0;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k];
    while (next < sorted.length && sorted[next].start < c.start) next++;
    if (bound[k] || c.tier < 3) continue;
    const prev = next > 0 ? sorted[next - 1] : null;
    const following = next < sorted.length ? sorted[next] : null;
    if (prev && following && prev.number === c.number - 1 && following.number === c.number + 1) {
      out.push(diag('footnote-undefined', c, `Footnote ${c.number} is cited but has no definition.`, [c.number]));
    }
  }
}

function diag(code: string, span: { start: number; end: number }, message: string, args: (string | number)[]): Diagnostic {
  return { code, start: span.start, end: span.end, severity: code === 'footnote-unused' ? 'information' : 'warning', message, args };
}
