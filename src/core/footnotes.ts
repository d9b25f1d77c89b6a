// Stage 2 of the page-text parser: footnote anchors and definitions, and the 項-heading vs
// definition ambiguity (`1　固定通信` vs `1　パソコン通信の…`), which only the anchors can settle.
import { finalStrings } from './endPatterns';
import { Line } from './lines';
import { Diagnostic, FootnoteAnchor, FootnoteDefinition } from './model';
import { toHalfWidth } from './text';

/**
 * Why a reading is doubtful: an ordinary number could read the same way. A short fixed set, so that
 * the editor can translate them (the hover shows the reason; edits ask before touching such digits).
 */
export const ANCHOR_DOUBT = {
  /** `…約22,00010、` read as 22,000 + anchor 10: only the block's sequence of notes splits the digits. */
  split: 'split off a longer number by the sequence of notes',
  /** `5件`, `3つ`, `19 億人`, `3G`: a unit or counter follows. */
  unit: 'a unit or counter follows',
  /** `MVNO2の`, `Web3`: glued to a Latin word, as in a name. */
  latin: 'glued to a Latin word, as in a name',
  /** `推進本部4地震`: a noun follows, as after a count. */
  noun: 'a noun follows, as after a count',
} as const;

export interface AnchorCandidate {
  start: number;
  end: number;
  number: number;
  spaced: boolean;
  /**
   * How much the shape says "anchor": 100 spaced (` 6 `); 10 glued before punctuation or the line
   * end (`された6。`); 6 after a noun before a particle (`権利17の`); 4 between kana (`強まる37など`);
   * 3 after a Latin word before punctuation (`PLATEAU18」`); 2 after a Latin word or before a noun
 * (`DMA10では`, `本部4地震`); 1 for a number that usually
   * reads as ordinary (a unit follows, or split off a longer digit run). Scores of 4 and more are
   * readings the text decides; lower ones are doubtful and taken only where the sequence of notes
   * expects that number.
   */
  score: number;
  /** Empty when the shape decides it; else one of ANCHOR_DOUBT. */
  doubt: string;
  /** Written with its marker, `（注1）`: cites only a note written the same way. */
  marked?: boolean;
}

/** The lowest score of a candidate the shape alone makes an anchor (below it the reading is doubtful). */
export const SURE_SCORE = 4;
/** The lowest score of a candidate that makes a heading-shaped `N　…` line below it a note (`PLATEAU18」` does, `APCN2の` does not). */
const CITING_SCORE = 3;
const SPACED_SCORE = 100;
/** `（注1）`: as explicit as a spaced anchor. */
const MARKED_SCORE = 100;
const PUNCTUATED_SCORE = 10;
/** After a noun, before a particle (`措置件数2は`): also enough for a second citation of a note. */
const NOUN_SCORE = 6;

// Character sets hold codes, looked up with charCodeAt: a one-character string made per digit run
// (String.fromCharCode, text[i]) and hashed for each lookup cost more than the rest of the test.
const codes = (chars: string) => new Set(Array.from(chars, (c) => c.charCodeAt(0)));

/** Characters that make a following digit run an ordinary number (units, counters, decimals). */
const UNIT_AFTER = codes(
  '年月日時分秒週件つ個人名社万億兆千百十円倍回位歳台本枚点種割代次期号条項章節部都道府県町村区者校局団国機軒棟基冊面通度周段級番階店行票問字語頁泊食曲作品頭羽匹隻両戸床組.,，．%％/／-－‐―−~～〜:：・×＋+');
/** Two-character units whose first character is also common after an anchor (`1世界` is an anchor, `1世帯` is not). */
const UNIT_PAIRS = /^(世[代帯紀]|[かカヶケヵ箇][月国所年条村店]|ヵ月|市[町村区])/;

/** Units that still follow a spaced number (`2023年 3 月`); the spaced form is otherwise unambiguous. */
const SPACED_UNIT_AFTER = codes('年月日時%％.,，．');

/** Characters that make a preceding digit run part of something else (ordinals, figure numbers, decimals). */
const BLOCK_BEFORE = codes('第全各毎同約部章節項.,，．-－‐―−/／:：~～〜(（[［「『【〔#＃№+＋×＝=、。');
const RANGE_BEFORE = codes('~～〜');
const DIVISIONS = codes('部章節項');
const DATE_BEFORE = codes('年月日時');
const DATE_AFTER = codes('月日時分秒');
/** Large-number units: a number right after `4,360億` continues the amount. */
const AMOUNT_UNITS = codes('億万兆');
const CHEMICAL_FORMULA = /(?:^|[^A-Za-z])(?:CO|NO|SO|CH|ＣＯ)$/; // CO2, not MVNO2
/** `3分の1`, `6対4`, `１対１`: a number after these is the second term of a fraction or a ratio. */
const FRACTION_OR_RATIO = /[0-9０-９一二三四五六七八九十百](?:分の|対)$/;
/** Era names: `（令和2）`, `平成29` are years, never notes. */
const ERA_BEFORE = /(?:令和|平成|昭和|大正|明治)$/;
/** `2003（平成15）年`: a Western year followed by its era in brackets is a year, none of its digits a note. */
const YEAR_WITH_ERA_AFTER = /^[（(](?:令和|平成|昭和|大正|明治)[0-9０-９元]{1,2}[）)]/;
/** Words that take a number of their own: `震度7`, `レベル3`, `トップ10`, `コラム3参照`, `資料5より`, `主要8市場`. */
const NUMBERED_WORD_BEFORE = /(?:[（(](?:図|表)|写真|別表|チャンネル|震度|レベル|トップ|ベスト|ワースト|上位|下位|コラム|資料|別紙|別添|参考|付録|付注|注|ステップ|ステージ|フェーズ|ケース|パターン|シナリオ|タイプ|主要|合計|過去|今後|直近|延べ|最大|最小|最高|最低|Ver\.?|ver\.?|Vol\.?|No\.?)$/;
/** `（注1）`: the digits after a note's marker. (The patterns tried on every digit run are module constants.) */
const NOTE_MARK_BEFORE = /[（(]注[ \u3000]?$/;
/** `20から6に`: a number after から, より, まで. */
const RANGE_WORD_BEFORE = /(?:から|より|まで)$/;
/** Characters after a noun that still end the noted phrase: `権利17等`, `A17及び`. */
const PHRASE_SUFFIX = codes('等及又並');

/**
 * The characters a match of the end-anchored `re` can end with (null: any), read off its source:
 * the patterns on the characters before a digit run are tried only when the one right before it is
 * one of these (most digit runs follow none).
 */
function lastCharsOf(re: RegExp): Set<number> | null {
  const ends = finalStrings(re.source, 1);
  if (!ends || [...ends].some((e) => e.length !== 1)) return null;
  return codes([...ends].join(''));
}
const CHEMICAL_FORMULA_LAST = lastCharsOf(CHEMICAL_FORMULA);
const ERA_BEFORE_LAST = lastCharsOf(ERA_BEFORE);
const FRACTION_OR_RATIO_LAST = lastCharsOf(FRACTION_OR_RATIO);
const NUMBERED_WORD_BEFORE_LAST = lastCharsOf(NUMBERED_WORD_BEFORE);
const RANGE_WORD_BEFORE_LAST = lastCharsOf(RANGE_WORD_BEFORE);

/** Whether the end-anchored `re`, whose last characters are `last`, matches `text[leadFrom, at)`, where `before` (the character at `at - 1`) stands. */
function endsWithPattern(re: RegExp, last: Set<number> | null, text: string, leadFrom: number, at: number, before: number): boolean {
  return (last === null || last.has(before)) && re.test(text.slice(leadFrom, at));
}

/** The first characters UNIT_PAIRS can match at. */
const UNIT_PAIR_FIRST = codes('世かカヶケヵ箇市');

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** A Latin letter, half- or full-width (`ＷＧ5` is `WG5`). */
function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
}

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
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

function isIdeograph(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

const STRONG_AFTER = codes('、。，）)」』】,.');
const OPENING_AFTER = codes('（(');
/** Particles: a number right after one starts a phrase (`は1画面`), it does not close one. */
const PARTICLES = codes('はがをにでともへやの');

/** `されている8（図表1-1-1-8）` opens an aside after the anchor; `詳細は2（1）ウ` is an address. */
function opensAside(text: string, j: number, to: number): boolean {
  if (!(j + 1 < to && OPENING_AFTER.has(text.charCodeAt(j)))) return false;
  if (isDigit(text.charCodeAt(j + 1))) return /^[（(][0-9０-９]{4}年/.test(text.slice(j, j + 7)); // `」11（2017年5月24日公表）`
  return !/^[（(][ア-ン][）)]/.test(text.slice(j, j + 3));
}
const CLOSING_QUOTES = new Set([0x29, 0x201d, 0x2019]); // ) ” ’

/** Whether `text[at]` lies inside a URL (`https://…/r04_03.html`): its digits are part of the address. */
function insideUrl(text: string, from: number, at: number): boolean {
  let k = at;
  while (k > from && k > at - 400) {
    const c = text.charCodeAt(k - 1);
    if (c <= 0x20 || c > 0x7e) break;
    k--;
  }
  if (at - k < 3) return false; // too short for :// or www. (most digits follow Japanese text): no slice
  const token = text.slice(k, at);
  return token.includes('://') || token.startsWith('www.');
}

/** Whether the spaces ending at `end` follow a number standing alone after prose (` 19   20 `). */
function followsSpacedNumber(text: string, from: number, end: number): boolean {
  let k = end;
  while (k > from && text.charCodeAt(k - 1) === 0x20) k--;
  let d = k;
  while (d > from && isDigit(text.charCodeAt(d - 1))) d--;
  return d < k && k - d <= 3 && d - 1 >= from && text.charCodeAt(d - 1) === 0x20;
}

/** `1)郵便、2)電気通信`: a closing bracket with no opening one before it in the line labels an item. */
function enumerates(text: string, from: number, at: number): boolean {
  let depth = 0;
  // an item label's own bracket stands near it: looking 200 characters back keeps long lines linear
  for (let k = at - 1; k >= Math.max(from, at - 200); k--) {
    const c = text.charCodeAt(k);
    if (c === 0x29 || c === 0xff09) depth++;
    else if (c === 0x28 || c === 0xff08) { if (depth === 0) return false; depth--; }
  }
  return true;
}

const MAX_INTRODUCED_NAMES = 100;

/**
 * Names the text introduces with a number in them (`（以下「シミュレーション1」という。）`): wherever
 * the name recurs (`シミュレーション1では`), its number is part of it.
 */
function introducedNames(text: string): string[] {
  if (!text.includes('以下')) return [];
  const names = new Set<string>();
  for (const m of text.matchAll(/以下「([^「」\n]{1,30}?[^0-9０-９「」\n])[0-9０-９]{1,3}」/g)) {
    names.add(m[1]);
    if (names.size >= MAX_INTRODUCED_NAMES) break; // each candidate is checked against every name
  }
  return [...names];
}

/** Removes, from `candidates[first…]`, the numbers that follow an introduced name. */
function dropNamed(text: string, candidates: AnchorCandidate[], first: number, names: string[]): void {
  let kept = first;
  for (let k = first; k < candidates.length; k++) {
    const c = candidates[k];
    const named = names.some((name) => text.endsWith(name, c.start) && !isDigit(text.charCodeAt(c.start - 1)));
    if (!named) candidates[kept++] = c;
  }
  candidates.length = kept;
}

/** `（以下「シミュレーション1」という。）`: the digits belong to a name being introduced. */
function insideIntroducedName(text: string, from: number, j: number): boolean {
  if (text.charCodeAt(j) !== 0x300d /* 」 */ || !/^」(?:という|と呼|と称|とする)/.test(text.slice(j, j + 4))) return false;
  const open = text.lastIndexOf('「', j);
  return open >= from + 2 && text.startsWith('以下', open - 2);
}

/**
 * The digit runs of one text, asked for in increasing order: `next(from)` is where the first run at
 * or after `from` starts (-1: none). It jumps with the engine's search (most of the text has no
 * digits), and a line with none is answered from the last search, so a file without digits is not
 * searched to its end once per line. (`test` rather than `exec`: no match array per run.)
 */
export function digitRunFinder(text: string): (from: number) => number {
  const re = /[0-9０-９]/g;
  let searchedFrom = Infinity;
  let found = -1;
  return (from) => {
    if (from >= searchedFrom && (found < 0 || found >= from)) return found;
    re.lastIndex = from;
    searchedFrom = from;
    found = re.test(text) ? re.lastIndex - 1 : -1;
    return found;
  };
}

/** Where the digit run starting at `start` ends (it may run past the line being looked at). */
export function digitRunEnd(text: string, start: number): number {
  let end = start + 1;
  while (isDigit(text.charCodeAt(end))) end++;
  return end;
}

/** Digit runs in `text[from, to)` that could be footnote anchors (`next`: the text's digit runs, shared by the calls for one text). */
export function findAnchorCandidates(text: string, from: number, to: number, out: AnchorCandidate[], next = digitRunFinder(text)): void {
  let fullEnd = 0; // where the run ends, even past `to`
  for (let runStart = next(from); runStart >= 0 && runStart < to; runStart = next(fullEnd)) {
    fullEnd = digitRunEnd(text, runStart);
    const runEnd = Math.min(fullEnd, to);
    if (runStart === from) continue; // a line starting with digits is a numbered line, not an anchor
    if (insideUrl(text, from, runStart)) continue;
    const whole = runEnd - runStart <= 3 ? wholeRunCandidate(text, from, to, runStart, runEnd) : null;
    if (whole) out.push(whole);
    if (runEnd - runStart >= 2 && !(whole && whole.score >= SURE_SCORE)) splitCandidates(text, from, to, runStart, runEnd, out);
  }
}

/** The value of the (half- or full-width) digits `text[from, to)`, read without a slice and a parse. */
function digitsValue(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    value = value * 10 + (c >= 0xff10 ? c - 0xff10 : c - 0x30);
  }
  return value;
}

/** A glued candidate (`spaced: false`). A module function rather than a closure in wholeRunCandidate,
 *  whose context would be made for every digit run. */
function glued(start: number, end: number, number: number, score: number, doubt: string): AnchorCandidate {
  return { start, end, number, spaced: false, score, doubt };
}

/** The run as one number, when its surroundings let it be a note's anchor; null when they rule it out. */
function wholeRunCandidate(text: string, from: number, to: number, runStart: number, j: number): AnchorCandidate | null {
  const number = digitsValue(text, runStart, j);
  if (!(number >= 1 && number <= 999)) return null;
  const before = text.charCodeAt(runStart - 1);
  const after = j < to && text.charCodeAt(j) !== 0x0d ? text.charCodeAt(j) : -1;
  const closesTitle = after === 0x300d /* 」 */ || after === 0x300f /* 』 */;
  if (isDigit(before)) return null;
  if (AMOUNT_UNITS.has(before) && isDigit(text.charCodeAt(runStart - 2))) return null; // `4,360億1,500万円`: one amount
  // `10～15` is a range, but `…のために～15」` is an anchor on a title; `…握る2、4。` lists two anchors
  const listed = before === 0x3001 /* 、 */ && isDigit(text.charCodeAt(runStart - 2));
  // `…を公表した。4` alone at the line end: the anchor stands after the 。 it swallowed no more
  const afterSentence = (before === 0x3002 || before === 0x3001) && after === -1;
  // `約7割` is an amount, `契約2数` is not: 約 ends words (契約, 規約, 集約)
  const approximately = before === 0x7d04 /* 約 */ && !isIdeograph(text.charCodeAt(runStart - 2));
  const wordInTitle = closesTitle && (RANGE_BEFORE.has(before) || DIVISIONS.has(before)); // `～15」`, `「憲章5」`
  if ((BLOCK_BEFORE.has(before) && before !== 0x7d04 || approximately) && !wordInTitle && !listed && !afterSentence) return null;
  // the patterns below look at up to 6 characters before the run; each is tried only when `before` can end its match
  const leadFrom = Math.max(from, runStart - 6);
  // `（注1）`: the marker says it is a note's anchor
  if ((after === 0x29 || after === 0xff09) && NOTE_MARK_BEFORE.test(text.slice(leadFrom, runStart))) return { start: runStart, end: j, number, spaced: false, score: MARKED_SCORE, doubt: '', marked: true };
  if ((before === 0x8868 /* 表 */ && runStart - 2 >= leadFrom && text.startsWith('図表', runStart - 2))
    || endsWithPattern(CHEMICAL_FORMULA, CHEMICAL_FORMULA_LAST, text, leadFrom, runStart, before)
    || endsWithPattern(ERA_BEFORE, ERA_BEFORE_LAST, text, leadFrom, runStart, before)) return null; // 図表2, CO2, 令和2
  if (endsWithPattern(FRACTION_OR_RATIO, FRACTION_OR_RATIO_LAST, text, leadFrom, runStart, before)) return null; // `4分の1`, `6対4`: the second number of a fraction or a ratio
  if (insideIntroducedName(text, from, j)) return null;
  if (after === 0x3000) return null; // `データ1　日本の…`: a number followed by an ideographic space labels a heading
  if (DATE_BEFORE.has(before) && DATE_AFTER.has(after)) return null; // `年4月`, `月3日`, `日21時`: a date or a time
  // `）5月26日`, `（平成30年）6月`: a date
  if (after === 0x6708 /* 月 */ && (/^月[0-9０-９]{1,2}日/.test(text.slice(j, j + 4)) || /年[）)]$/.test(text.slice(leadFrom, runStart)))) return null;
  if (isKatakana(after) && !isAsciiAlnum(before)) return null; // `2チャンネル`, `3メートル`: a katakana counter
  if ((after === 0x29 || after === 0xff09) && enumerates(text, from, runStart)) return null; // `情報通信産業を1)郵便、2)…`
  const unitAfter = UNIT_AFTER.has(after) || (UNIT_PAIR_FIRST.has(text.charCodeAt(j)) && UNIT_PAIRS.test(text.slice(j, j + 2))) || isAsciiAlnum(after)
    || (after === 0x20 && j + 1 < to && UNIT_AFTER.has(text.charCodeAt(j + 1))); // `約7 割`, `19 億人`

  if (isSpace(before)) {
    // ` 6 ` form: prose on the left, the same space or the line end on the right
    const beforeBefore = runStart - 2 >= from ? text.charCodeAt(runStart - 2) : -1;
    // ` 22  23 ` cites two notes; otherwise a number after two spaces is a column of a table
    const secondOfTwo = beforeBefore === 0x20 && followsSpacedNumber(text, from, runStart - 1);
    if (beforeBefore === -1 || (isSpace(beforeBefore) && !secondOfTwo) || beforeBefore === 0x7b2c /* 第 */) return null;
    // ` 7、8 ` lists two notes between the spaces
    const listsNext = after === 0x3001 && /^、[0-9０-９]{1,3}(?: |$)/.test(text.slice(j, Math.min(to, j + 6)));
    if (!(after === before || (after === -1 && before === 0x20) || listsNext)) return null; // `COLUMN　1`
    const afterAfter = j + 1 < to ? text.charCodeAt(j + 1) : -1;
    // ` 32 33 `: two notes; `Microsoft 365 Education`, `2023年 3 月`: ordinary numbers
    const nextSpaced = isDigit(afterAfter) && /^ [0-9０-９]{1,3}(?: |$)/.test(text.slice(j, Math.min(to, j + 6)));
    const countFollows = isDigit(afterAfter) && /^ [0-9０-９,，]{1,7}[件人社個台回万億円%％]/.test(text.slice(j, Math.min(to, j + 10))); // `設備要因 25 5件`
    if (afterAfter !== -1 && !listsNext && !nextSpaced && !countFollows && (isAsciiAlnum(afterAfter) || SPACED_UNIT_AFTER.has(afterAfter))) return null;
    return { start: runStart, end: j, number, spaced: true, score: SPACED_SCORE, doubt: '' };
  }
  if (isAsciiAlnum(before) || isLatinLetter(before)) { // `PLATEAU18」`, `MVNO2の`, but also `G7`, `Web3`
    return glued(runStart, j, number, unitAfter ? 1 : after === -1 || STRONG_AFTER.has(after) || opensAside(text, j, to) ? CITING_SCORE : 2, ANCHOR_DOUBT.latin);
  }
  if (before < 0x3000 && !CLOSING_QUOTES.has(before) && before !== 0x25 /* % */) return null; // glued anchors follow Japanese text, a closing bracket or `52.6%`
  if ((listed || afterSentence) && !unitAfter) return glued(runStart, j, number, PUNCTUATED_SCORE, '');
  if (endsWithPattern(NUMBERED_WORD_BEFORE, NUMBERED_WORD_BEFORE_LAST, text, leadFrom, runStart, before)) return null;
  if (endsWithPattern(RANGE_WORD_BEFORE, RANGE_WORD_BEFORE_LAST, text, leadFrom, runStart, before) && !(after === -1 || STRONG_AFTER.has(after))) return null; // `20から6に`: a number, not a note
  if (unitAfter && PARTICLES.has(before)) return null; // `人口は19 億人`: a particle, then an amount
  if (unitAfter) return glued(runStart, j, number, 1, ANCHOR_DOUBT.unit);
  if (after === -1 || STRONG_AFTER.has(after) || opensAside(text, j, to) || isSpace(after)) return glued(runStart, j, number, PUNCTUATED_SCORE, '');
  // `関連する11の賞` reads as a count of prizes; `強まる37など`, `産業2の` close a phrase
  if (isHiragana(before) && after === 0x306e /* の */) return glued(runStart, j, number, 2, ANCHOR_DOUBT.noun);
  if (isHiragana(after) || PHRASE_SUFFIX.has(after)) return glued(runStart, j, number, isHiragana(before) ? SURE_SCORE : NOUN_SCORE, '');
  if (PARTICLES.has(before)) return null; // `自治体は1画面`: a particle, then a count of something
  return glued(runStart, j, number, 2, ANCHOR_DOUBT.noun); // `本部4地震`
}

/**
 * An anchor glued to a number (`…約22,000` + `10、`, `…戦略2025` + `3」`, `設備要因26` + `5件`):
 * the end of the run before punctuation or a particle, or its start before a counted number. Only
 * the block's sequence of notes can take one of these; they stay doubtful.
 */
function splitCandidates(text: string, from: number, to: number, runStart: number, runEnd: number, out: AnchorCandidate[]): void {
  const after = runEnd < to && text.charCodeAt(runEnd) !== 0x0d ? text.charCodeAt(runEnd) : -1;
  const decimal = (after === 0x2e /* . */ || after === 0xff0e /* ． */ || after === 0x2c /* , */ || after === 0xff0c /* ， */) && isDigit(text.charCodeAt(runEnd + 1));
  const endsPhrase = !decimal && (after === -1 || STRONG_AFTER.has(after) || opensAside(text, runEnd, to) || isHiragana(after));
  const digits = toHalfWidth(text.slice(runStart, runEnd));
  if (OPENING_AFTER.has(text.charCodeAt(runEnd)) && YEAR_WITH_ERA_AFTER.test(text.slice(runEnd, runEnd + 8))) return; // `2003（平成15）年`: a year glossed with its era
  if (endsPhrase) {
    for (let len = 1; len <= 3 && len < digits.length; len++) {
      const tail = digits.slice(digits.length - len);
      if (tail[0] === '0') continue;
      out.push({ start: runEnd - len, end: runEnd, number: parseInt(tail, 10), spaced: false, score: 1, doubt: ANCHOR_DOUBT.split });
    }
  }
  const before = text.charCodeAt(runStart - 1);
  const countFollows = (UNIT_AFTER.has(after) && (isIdeograph(after) || after === 0x3064 /* つ */)) || (UNIT_PAIR_FIRST.has(text.charCodeAt(runEnd)) && UNIT_PAIRS.test(text.slice(runEnd, runEnd + 2)));
  // two anchors glued together (`調査3233を`) or an anchor before a count (`要因26` + `5件`)
  if ((countFollows || endsPhrase) && (isIdeograph(before) || isKatakana(before) || before === 0x300d /* 」 */ || (endsPhrase && isHiragana(before) && !PARTICLES.has(before))) && !endsWithPattern(ERA_BEFORE, ERA_BEFORE_LAST, text, Math.max(from, runStart - 2), runStart, before)
    && !BLOCK_BEFORE.has(before) && !endsWithPattern(NUMBERED_WORD_BEFORE, NUMBERED_WORD_BEFORE_LAST, text, Math.max(from, runStart - 6), runStart, before)) {
    for (let len = 1; len <= 3 && len < digits.length; len++) {
      if (digits[len] === '0' && digits.length - len > 1) continue; // the count left over would start with 0 (`0件` alone is a count)
      out.push({ start: runStart, end: runStart + len, number: parseInt(digits.slice(0, len), 10), spaced: false, score: 1, doubt: ANCHOR_DOUBT.split });
    }
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

/** A note definition written with its marker: `（注1）…`, `(注2)…`. */
const MARKED_NOTE_RE = /^[ \u3000]*[（(]注[ \u3000]?([0-9０-９]{1,3})[）)][ \u3000]*/;
/** The characters MARKED_NOTE_RE can match at. */
const MARKED_NOTE_FIRST = codes(' \u3000（(');

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

/** A short label, an ideographic space, then a title: the official text's heading shape (`トピック　…`, `コラム　…`). */
const LABELLED_HEADING_RE = /^[^\s\u3000。、「」（）()]{1,8}\u3000[^\u3000。]{2,60}$/;

/** Whether a line right under a definition continues it (a URL, an access date, a credit). */
function isContinuationOf(defText: string, line: string): boolean {
  const t = line.trim();
  if (/^(https?:|www\.|[（(※\[<＜])/.test(t) || URL_RE.test(t)) return true;
  if (line.startsWith('\u3000') && !/^\u3000*(https?:|www\.)/.test(line)) return false; // an indented line opens a paragraph
  if (LABELLED_HEADING_RE.test(t)) return false; // `トピック　ファブラボについて`: a heading, as the ideographic space after its label says
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
  /** The last definition, when it stands at most two lines up (only blank or one stray line between). */
  const lastDefBefore = (li: number): FootnoteDefinition | null => {
    const last = definitions[definitions.length - 1];
    if (!last) return null;
    let content = 0;
    // a few lines up at most (blank lines aside): the scan stays short however far the last note is
    for (let k = li - 1, steps = 0; k >= 0 && lines[k].start >= last.start && steps < 64; k--, steps++) {
      if (lines[k].start === last.start) return content <= 1 ? last : null;
      if (lines[k].shape.kind !== 'blank' && !definitionLines.has(k) && ++content > 1) return null;
    }
    return null;
  };
  let lastBoundAnchorEnd = -1;

  const digitRuns = digitRunFinder(text);
  const names = introducedNames(text);
  const addCandidates = (from: number, to: number) => {
    const first = candidates.length;
    findAnchorCandidates(text, from, to, candidates, digitRuns);
    if (names.length) dropNamed(text, candidates, first, names);
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
    lastBoundAnchorEnd = bindDefinitions(blockDefs, definitions, candidates, pending, (k) => candidateScope[k] === scope, candidateBound, anchors, lastBoundAnchorEnd, markedDefs);
    blockDefs = [];
  };

  /** Definitions written `（注1）…`: only `（注1）` anchors cite them, and those cite nothing else. */
  const markedDefs = new Set<number>();
  const addDefinition = (li: number, number: number, numberEnd: number, textStart: number, numberStart = 0) => {
    const line = lines[li];
    if (!inBlock) block++;
    inBlock = true;
    const numberSpan = { start: line.start + numberStart, end: line.start + numberEnd };
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
    if (shape.kind === 'blank') continue;

    if (shape.kind === 'numbered') {
      const number = parseInt(toHalfWidth(shape.rawNumber), 10);
      const definedInBlock = blockDefs.some((d) => definitions[d].number === number);
      const next = nextContentLine(lines, li);
      // what follows: a 項 heading opens a paragraph; a note is followed by the next note, a heading or the page's end
      const opensParagraph = next !== null && next.shape.kind === 'prose';
      // cited above: surely (`…された3。`), or doubtfully (`PLATEAU18」`) where no paragraph follows
      // the headings' own numbering: the next 項 with a heading below it (`2　放送事業` then `（1）…`)
      const nextItemOpensSection = lastItemNumber > 0 && number === lastItemNumber + 1 && next !== null && next.shape.kind === 'heading';
      const citing = (k: number) => candidateScope[k] === scope && !candidates[k].marked
        && (candidates[k].score >= SURE_SCORE || (candidates[k].score >= CITING_SCORE && !opensParagraph && !nextItemOpensSection));
      const hasPending = !definedInBlock && (pending.get(number) ?? []).some(citing);
      const blockGoesOn = !next || next.shape.kind === 'numbered' || next.shape.kind === 'furniture' || next.shape.kind === 'breadcrumb';
      // the next number of the block is a note, unless it could be the next 項 and the page goes on in prose;
      // the same holds just after a block a stray line interrupted (a page's leftover line between notes)
      const previous = inBlock ? lastDefInBlock : lastDefBefore(li);
      const continuesBlock = previous !== null && number === previous.number + 1 && (inBlock ? number !== lastItemNumber + 1 || blockGoesOn : blockGoesOn);
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
    // a note written `（注1）…` (older editions): its anchors are `（注1）` in the prose
    // (the line's text is wanted only by a prose line that may open a marked note or may belong to a
    // block: most lines are not sliced)
    const mayBeMarked = shape.kind === 'prose' && MARKED_NOTE_FIRST.has(text.charCodeAt(line.start));
    const lineText = mayBeMarked || (shape.kind === 'prose' && inBlock && lastDefInBlock !== null) ? text.slice(line.start, line.end) : '';
    const marked = mayBeMarked ? MARKED_NOTE_RE.exec(lineText) : null;
    if (marked) {
      const numberStart = marked[0].indexOf(marked[1]);
      addDefinition(li, parseInt(toHalfWidth(marked[1]), 10), numberStart + marked[1].length, marked[0].length, numberStart);
      markedDefs.add(definitions.length - 1);
      continue;
    }
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
 * Binds each definition of a block to the anchors citing it. The anchors of a block follow the
 * order of its notes (…4, 5, 6…), so the block's reading is the rising sequence of candidates that
 * scores best: a well-shaped number out of step loses to a plainer one in step, and a doubtful
 * candidate (a unit after it, split off a longer number) is taken only where the sequence expects
 * its number and nothing better offers. Candidates since the previous block come first; older ones
 * (the citing text stands before a column or a figure page with its own notes) only after the last
 * anchor bound. Spaced anchors always bind; a second well-shaped citation of a note binds where it
 * keeps the sequence.
 */
function bindDefinitions(
  blockDefs: number[], definitions: FootnoteDefinition[], candidates: AnchorCandidate[], pending: Map<number, number[]>,
  isRecent: (candidate: number) => boolean,
  bound: boolean[], anchors: FootnoteAnchor[], lastBoundAnchorEnd: number, markedDefs: ReadonlySet<number>,
): number {
  // options: (definition's place in the block, candidate), in text order
  const options: { place: number; k: number; value: number }[] = [];
  blockDefs.forEach((d, place) => {
    for (const k of pending.get(definitions[d].number) ?? []) {
      if (bound[k] || !candidates[k].marked !== !markedDefs.has(d)) continue;
      const recent = isRecent(k);
      if (!recent && candidates[k].start < lastBoundAnchorEnd) continue;
      // a candidate nearer the block wins a tie: the citing text usually stands just before it
      options.push({ place, k, value: candidates[k].score + (recent ? 0.5 : 0) });
    }
  });
  const chosen = risingSequence(options, candidates, blockDefs.length);
  // more citations of one note: spaced ones anywhere, well-shaped glued ones between their neighbours
  const picks: { d: number; k: number }[] = [];
  const chosenByPlace = new Map(chosen.map((o) => [o.place, o.k]));
  for (const o of options) {
    const c = candidates[o.k];
    if (chosenByPlace.get(o.place) === o.k || c.spaced) { picks.push({ d: blockDefs[o.place], k: o.k }); continue; }
    if (!chosenByPlace.has(o.place)) {
      // cited out of order (`…3。…6。…4。` with notes 3, 4, 6): a well-shaped citation still binds when
      // nothing in step cites the note: this is what renumbering is for
      if (c.score >= PUNCTUATED_SCORE && o.value > c.score) { picks.push({ d: blockDefs[o.place], k: o.k }); chosenByPlace.set(o.place, o.k); }
      continue;
    }
    // a note cited again further on (`…2。…3。…2、4。`, `措置件数2は…措置件数2は`): the shape decides it
    if (c.score >= NOUN_SCORE && o.value > c.score) picks.push({ d: blockDefs[o.place], k: o.k });
  }
  for (const { d, k } of picks) {
    if (bound[k]) continue;
    const c = candidates[k];
    bound[k] = true;
    const sure = c.score >= SURE_SCORE;
    anchors.push({ start: c.start, end: c.end, number: c.number, definition: d, spaced: c.spaced, confidence: sure ? 'sure' : 'doubtful', doubt: sure ? '' : c.doubt });
    lastBoundAnchorEnd = Math.max(lastBoundAnchorEnd, c.end);
  }
  for (const d of blockDefs) pending.delete(definitions[d].number);
  return lastBoundAnchorEnd;
}

/**
 * The best-scoring choice of at most one candidate per note such that later notes are cited later
 * in the text and no two anchors overlap. Options are taken in text order; a Fenwick tree over the
 * notes' places keeps the best sequence ending at each place among options already closed, so the
 * whole is O(n log n) in the number of options.
 */
function risingSequence(options: { place: number; k: number; value: number }[], candidates: AnchorCandidate[], places: number): { place: number; k: number }[] {
  if (options.length === 0) return [];
  options.sort((a, b) => candidates[a.k].start - candidates[b.k].start || a.place - b.place);
  const total = new Array<number>(options.length).fill(0);
  const prev = new Array<number>(options.length).fill(-1);
  const treeValue = new Array<number>(places + 1).fill(0);
  const treeOption = new Array<number>(places + 1).fill(-1);
  const insert = (place: number, option: number) => {
    for (let i = place + 1; i <= places; i += i & -i) {
      if (total[option] > treeValue[i]) { treeValue[i] = total[option]; treeOption[i] = option; }
    }
  };
  const bestBefore = (place: number): number => { // best option at a place < `place`
    let value = 0, option = -1;
    for (let i = place; i > 0; i -= i & -i) if (treeValue[i] > value) { value = treeValue[i]; option = treeOption[i]; }
    return option;
  };
  // options become usable as predecessors once the text has passed their end
  const byEnd = options.map((_, i) => i).sort((a, b) => candidates[options[a].k].end - candidates[options[b].k].end);
  let closed = 0;
  let best = -1;
  for (let i = 0; i < options.length; i++) {
    const start = candidates[options[i].k].start;
    while (closed < byEnd.length && candidates[options[byEnd[closed]].k].end <= start) {
      const o = byEnd[closed++];
      if (o !== i) insert(options[o].place, o);
    }
    const p = bestBefore(options[i].place);
    total[i] = options[i].value + (p >= 0 ? total[p] : 0);
    prev[i] = p;
    if (best < 0 || total[i] > total[best]) best = i;
  }
  const out: { place: number; k: number }[] = [];
  for (let i = best; i >= 0; i = prev[i]) out.push({ place: options[i].place, k: options[i].k });
  return out.reverse();
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
    if (bound[k] || c.score < PUNCTUATED_SCORE) continue;
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
