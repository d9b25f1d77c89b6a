// Claim classification for white-paper sentences (FORMAT.md §6).
//
// The sentence ending says what kind of claim a sentence makes. The classifier
//  1. normalises the ending: strips terminators, trailing footnote anchors (`…3。`, `… 3 。`),
//     trailing brackets (`（図表Ⅰ-1-1-2）`, `（第3節参照）`) and turns the polite style into the
//     plain style (`必要があります` → `必要がある`, `重要です` → `重要である`);
//  2. rejects what is not a claim: questions, decisions stated as facts (`…こととされた`),
//     sentences about the text itself (`本節では…を概観する`);
//  3. checks attribution in the final predicate (`…とされている`, `…との指摘がある`,
//     `…によると…`) — attribution wins over every other kind;
//  4. peels hedges off the end (`と考えられる`, `といえる`, `であろう` …) and matches the
//     remaining ending against the kind table. A hedge around another kind keeps that kind with
//     strength `hedged`; a hedge alone is an `assessment`. Readings of data (`…ことが分かる`) peel
//     the same way but stay firm, and wrappers (`…のも事実である`) peel without a trace.
// Before any table, the chain of functional expressions at the end is composed into the one form
// the tables list (composeChain: `指摘もされている` → `指摘されている`, `増してきている` →
// `増している`, `高まりつつある` → `高まっている`), so combinations no table lists read correctly.
// Every claim also gets its inner kind (for an attributed claim, the kind of what is reported,
// read from the reported content and, failing that, from the report verb: innerKindOf) and its
// holder (./claimHolder: the source phrase, the topic of an active report verb or the speaker).
// The tables read the older editions' house style too (平成12–21年版: figure references numbered
// `(図表1))`, kanji spellings such as 出来る, problems and evaluations in other words, hearsay
// `…だという`, councils' recommendations, plans' actions stated as fact): see
// test/unit/claimsOlderEditions.test.ts for the readings, each written from FORMAT.md §6.
// Only a bounded tail of the sentence is matched against the tables, so the work is linear
// in the sentence length.

import { holderOf, holderOfSource, isOwnParty, OPENING_SOURCE, OWN, sourceParty, topicParty } from './claimHolder';
import { claimByModel } from './claimModel';
import { type Ending, EndingIndex, type EndTable, execEnd } from './endPatterns';
import type { ClaimHolder, ClaimKind, ClaimStrength, InnerKind } from './model';

export interface ClaimClass {
  kind: ClaimKind;
  strength: ClaimStrength;
  /** The kind of what is asserted (for an attributed claim, of what is reported). */
  inner: InnerKind;
  /** Whose claim: the paper's own, a named party, or unnamed (`…とされている`). */
  holder: ClaimHolder;
  /** The marker that decided the kind, as written in the sentence (e.g. `必要があります`). */
  marker: string;
}

/** Longest ending the tables look at. */
const TAIL = 160;

// ---------------------------------------------------------------------------------------------
// 1. Normalising the ending

// Characters are compared by code (here and in trailingJunkStart): `s[i]` of a non-Latin-1
// character makes a fresh one-character string, and a lookup keyed by it hashes that string.
const BRACKET_PAIRS = new Map(Object.entries({ '）': '（', ')': '(', '】': '【', '〕': '〔', '］': '［' }).map(([c, o]) => [c.charCodeAt(0), o.charCodeAt(0)]));

/** Strip one trailing bracketed group `（…）` / `(…)` (figure references, `…参照`, asides). */
function stripTrailingBracket(s: string): string | null {
  const close = s.charCodeAt(s.length - 1);
  const open = BRACKET_PAIRS.get(close); // undefined for an empty string too (NaN)
  if (open === undefined) return null;
  let depth = 0;
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c === close) depth++;
    else if (c === open && --depth === 0) {
      // Keep a group that is the whole sentence: nothing would be left to classify.
      return i === 0 ? null : s.slice(0, i);
    }
  }
  return null; // unbalanced: leave it
}

/** What `\s` matches, tested by code point (this runs on every character stripped). */
const isJunkSpace = (x: number) => {
  return x === 0x20 || (x >= 0x09 && x <= 0x0d) || x === 0xa0 || x === 0x1680 || (x >= 0x2000 && x <= 0x200a)
    || x === 0x2028 || x === 0x2029 || x === 0x202f || x === 0x205f || x === 0x3000 || x === 0xfeff;
};
const codes = (chars: string) => new Set(Array.from(chars, (c) => c.charCodeAt(0)));
const JUNK_PUNCT = codes('。．.！!？?｡、，,');
const JUNK_MARK = codes('※＊*注');
const CHAIN_SEPARATOR = codes(',，、・-');
/** (NaN, the code before the start, is no digit.) */
const isJunkDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);

/**
 * Start of the one trailing token to strip from the end of `s` (a run of spaces, a
 * run of terminators, an anchor chain `3`, `3、4`, a ※ mark), found by scanning backwards instead
 * of trying the pattern at every position. -1 when there is none.
 */
function trailingJunkStart(s: string): number {
  const end = s.length;
  if (end === 0) return -1;
  const last = s.charCodeAt(end - 1);
  let i = end - 1;
  if (isJunkSpace(last)) {
    while (i > 0 && isJunkSpace(s.charCodeAt(i - 1))) i--;
    return i;
  }
  if (JUNK_PUNCT.has(last)) {
    while (i > 0 && JUNK_PUNCT.has(s.charCodeAt(i - 1))) i--;
    return i;
  }
  if (JUNK_MARK.has(last)) return i;
  if (last === 0x5d /* ] */) {
    // a Markdown footnote reference `[^4]` before the terminator
    const open = s.lastIndexOf('[^', i);
    return open >= 0 && i - open <= 22 && !/\s|\]/.test(s.slice(open + 2, i)) ? open : -1;
  }
  if (!isJunkDigit(last)) return -1;
  // digits{1,3} (spaces separator spaces digits{1,3})* — the leftmost start that reaches the end
  let start = end;
  for (;;) {
    let k = start;
    while (k > start - 3 && isJunkDigit(s.charCodeAt(k - 1))) k--;
    start = k;
    if (isJunkDigit(s.charCodeAt(start - 1))) return start; // inside a longer number: the chain starts here
    let q = start;
    while (q > 0 && isJunkSpace(s.charCodeAt(q - 1))) q--;
    if (!CHAIN_SEPARATOR.has(s.charCodeAt(q - 1))) return start;
    let r = q - 1;
    while (r > 0 && isJunkSpace(s.charCodeAt(r - 1))) r--;
    if (!isJunkDigit(s.charCodeAt(r - 1))) return start;
    start = r;
  }
}

/** An article of a statute or rule cited in a bracket: `（第5条第1項）`, `（同法第10条）`. */
const ARTICLE = /第[0-9０-９一二三四五六七八九十百]+条/;

/** A figure reference whose figures are numbered `1)`, `2)` (an unbalanced bracket): `(図表1)、2))`. */
const NUMBERED_FIGURES = /[（(]図表[^（）()。]{0,20}[)）](?:[、，～~・\-][^（）()。]{0,8}[)）])*[)）]$/;

/**
 * Whether `s` ends with two closing brackets, `)` or `）`, as every match of NUMBERED_FIGURES does (its
 * last `[)）]` follows another): most sentences ending with `）` close one figure group, and the
 * pattern, unanchored at its start, would otherwise be tried at every position of the sentence.
 */
function endsWithTwoClosers(s: string): boolean {
  return isCloser(s.charCodeAt(s.length - 1)) && isCloser(s.charCodeAt(s.length - 2));
}
const isCloser = (c: number): boolean => c === 0x29 || c === 0xff09;

/** Remove terminators, anchors, trailing brackets and whitespace from the end. */
export function stripEnding(sentence: string): { text: string; question: boolean; citesArticle: boolean } {
  let s = sentence;
  let question = false;
  let citesArticle = false;
  for (let guard = 0; guard < 64; guard++) {
    const last = s.charCodeAt(s.length - 1); // (a code: `s[i]` makes a string of a non-Latin-1 character)
    if (last === 0xff1f /* ？ */ || last === 0x3f /* ? */) question = true;
    const junk = trailingJunkStart(s);
    if (junk > 0) {
      s = s.slice(0, junk);
      continue;
    }
    // the 平成12年版 numbers its figures `1)`, `2)` inside the bracket: `(図表1))`, `(図表1)、2))`
    const numbered = endsWithTwoClosers(s) ? NUMBERED_FIGURES.exec(s) : null;
    if (numbered && numbered.index > 0) {
      s = s.slice(0, numbered.index);
      continue;
    }
    const b = stripTrailingBracket(s);
    if (b !== null) {
      if (ARTICLE.test(s.slice(b.length))) citesArticle = true;
      s = b;
      continue;
    }
    break;
  }
  return { text: s, question, citesArticle };
}

/**
 * Polite (です/ます) endings → plain (だ/である) endings. Ordered: the first matching suffix is
 * rewritten. Only the end of the string changes, so offsets of the unchanged prefix still hold.
 */
const POLITE: ReadonlyArray<readonly [RegExp, string]> = [
  [/ではありません(でした)?$/, 'ではない'],
  [/(は|が|も)?ありません(でした)?$/, '$1ない'],
  [/なりません$/, 'ならない'],
  [/できません$/, 'できない'],
  [/りません$/, 'らない'],
  [/ません$/, 'ない'],
  [/でしょうか$/, 'だろうか'],
  [/でしょう$/, 'であろう'],
  [/でした$/, 'であった'],
  [/([しいくたなよ]い)です(か)?$/, '$1$2'], // an adjective: 多いです → 多い, ほしいです → ほしい, よいです → よい
  [/です(か)?$/, 'である$1'],
  [/て(い|お)ました$/, 'ていた'],
  [/で(い|お)ました$/, 'でいた'],
  [/ありました$/, 'あった'],
  [/なりました$/, 'なった'],
  [/しました$/, 'した'],
  [/ました$/, 'た'],
  [/ましょう$/, 'よう'],
  [/て(い|お)ます(か)?$/, 'ている$2'],
  [/で(い|お)ます(か)?$/, 'でいる$2'],
  [/(あり|ござい)ます(か)?$/, 'ある$2'],
  [/おります$/, 'いる'],
  [/がいます$/, 'がいる'],
  [/できます(か)?$/, 'できる$1'],
  [/てきます$/, 'てくる'],
  [/(目指|果た|示|及ぼ|促|増や|減ら|生か|活か|満た|見出|見直|残|表|起こ|伸ば|移|渡|越|返|通|出|話)します$/, '$1す'],
  [/します(か)?$/, 'する$1'],
  [/([えけせてねへめれげぜでべぺじ見])ます(か)?$/, '$1る$2'],
  [/きます$/, 'く'],
  [/ぎます$/, 'ぐ'],
  [/ちます$/, 'つ'],
  [/にます$/, 'ぬ'],
  [/びます$/, 'ぶ'],
  [/みます$/, 'む'],
  [/ります(か)?$/, 'る$1'],
  [/います(か)?$/, 'う$1'],
];

/**
 * The functional expressions after the content predicate, rewritten to the one form the tables
 * list, so that combinations no table lists read like the listed ones:
 *  - a particle inside a passive report: `指摘もされている` → `指摘されている`;
 *  - aspect: `増してきている` → `増している`, `高まりつつある` → `高まっている` (the marker's kind
 *    does not depend on whether the change is still under way).
 * Only the end of the string changes (the last CHAIN_WINDOW characters).
 */
const CHAIN_WINDOW = 24;
const CHAIN_REWRITES: ReadonlyArray<readonly [RegExp, string]> = [
  [/([一-龥ァ-ヶー])(?:も|は)(され|なされ)/g, '$1$2'],
  // the kanji spelling of the potential: `評価することが出来る` → `評価することができる`
  [/出来(る|ない|ている|た)/g, 'でき$1'],
  [/て(?:き|来)ている/g, 'ている'],
  [/で(?:き|来)ている/g, 'でいる'],
  // the nominaliser spelt in kanji after a predicate: `増加している事が分かる` → `…ことが分かる`
  [/(?<=[るたいなだ])事(?=[がもをはに])/g, 'こと'],
  // the okurigana left out: `役割を果している` → `役割を果たしている`
  [/果し(て|た)/g, '果たし$1'],
];

/** The te-form of a verb's continuative stem, for `…つつある` → `…ている` (`高まり` → `高まって`). */
const TE_OF_STEM: Record<string, string> = { り: 'って', ち: 'って', い: 'って', し: 'して', き: 'いて', ぎ: 'いで', み: 'んで', び: 'んで', に: 'んで' };
const TSUTSU = /([ぁ-ゖ])つつある/g;
const teOfStem = (_: string, stem: string) => `${TE_OF_STEM[stem] ?? `${stem}て`}いる`;

/** Characters every rewrite needs: most endings hold none of them and are returned as they are. */
const CHAIN_CUES = ['され', 'てき', '来て', 'でき', 'つつ', '出来', '事が', '事も', '事を', '事は', '事に', '果し'];
const CHAIN_CUE = new RegExp(CHAIN_CUES.join('|')); // one search instead of a callback and six

function composeChain(s: string): string {
  const cut = Math.max(0, s.length - CHAIN_WINDOW);
  let end = s.slice(cut);
  if (!CHAIN_CUE.test(end)) return s;
  // Each rewrite is tried with `test` first: a global `replace` that finds nothing costs about four
  // times as much as a `test` that finds nothing, and most endings hold a cue but match no rewrite.
  // (A failed `test` leaves lastIndex at 0, and a global `replace` starts from 0 whatever it is.)
  for (const [re, to] of CHAIN_REWRITES) if (re.test(end)) end = end.replace(re, to);
  if (TSUTSU.test(end)) end = end.replace(TSUTSU, teOfStem);
  return s.slice(0, cut) + end;
}

/**
 * Every table and single end-anchored pattern below, behind one trie: a subject's ending is walked
 * once (ENDINGS.at) and each table asks the node reached which of its entries can match.
 */
const ENDINGS = new EndingIndex();

/** `s` in the plain style; `end` is the walk of `s`. */
function plainify(s: string, end: Ending): string {
  for (const [re, to] of ENDINGS.entries(end, POLITE_T)) {
    const m = execEnd(re, s);
    if (m) return s.slice(0, m.index) + m[0].replace(re, to);
  }
  return s;
}

// ---------------------------------------------------------------------------------------------
// 2. Tables. Every pattern is matched at the end of the normalised ending (`$`).

interface Rule {
  kind: ClaimKind;
  strength: ClaimStrength;
  re: RegExp;
}

const r = (kind: ClaimKind, strength: ClaimStrength, ...res: RegExp[]): Rule[] =>
  res.map((re) => ({ kind, strength, re }));

/** Copula / becoming tails shared by adjective-like markers (`重要である`, `重要となっている` …). */
const COP = '(?:である|であった|だ|となる|となっている|となってきている|となってきた|となってくる|になる|になっている|になってきている|になってきた|になってくる)';


/**
 * A problem the text points out (§6 case 9), read as a composition rather than a list of endings: a
 * word of problem, any particle (が, は, も), an adverb or two, and a predicate that says it exists,
 * grows or weighs (`…リスクは近年高まっている`, `…への不安も根強い`, `…格差は依然として大きい`), or a
 * verb that raises or carries it (`…リスクを高めている`).
 */
const PROBLEM_NOUN = '(?:課題|問題|問題点|懸念|懸念事項|懸念材料|リスク|危険|危険性|脅威|弊害|障壁|障害|支障|不安|不安感|不信感|不満|抵抗感|トラブル|被害|損失|悪影響|格差|不足|不足感|人手不足|遅れ|制約|限界|弱点|弱み|負担|混乱|危機|危機感|困難|ハードル|ボトルネック|阻害要因|脆弱性)';
const PROBLEM_ADVERB = '(?:近年|年々|依然として|依然|なお|いまだ|未だ|ますます|一層|より一層|さらに|更に|急速に|大きく|非常に|極めて|特に|一段と|より)?';
/** What a problem does when it exists (a particle right before: `…課題が残っている`). */
const PROBLEM_EXISTS = '(?:ある|存在する|存在している|残る|残っている|残されている|生じている|発生している|見られる|みられる|表面化している)';
/** What a problem does when it grows or weighs (an adverb or two may stand between: `…リスクは近年高まっている`). */
const PROBLEM_GROWS = '(?:高まっている|高まってきている|高まる|増している|増大している|拡大している|広がっている|強まっている|強くなっている|大きくなっている|深刻化している|顕在化している|増加している|増えている|目立つ|目立っている|際立っている|際立って見える|大きい|高い|多い|強い|根強い|深刻である|深刻だ)';
const PROBLEM_RAISED = '(?:高めている|高める|増大させている|もたらしている|もたらす|生んでいる|生じさせている|招いている|抱えている|はらんでいる)';
// The predicate is matched first and the word of problem then read just before it: a pattern that
// starts with forty nouns is tried at every position of the ending, one that starts with a particle
// only where one stands. (Three alternatives, so that each is tried only for sentences ending as it
// can: a bare `…ある` is far more common than a problem that exists.)
const PROBLEM_PREDICATE = new RegExp(`(?:は|が|も)${PROBLEM_EXISTS}$|(?:は|が|も)、?${PROBLEM_ADVERB}${PROBLEM_GROWS}$|を${PROBLEM_RAISED}$`);
const PROBLEM_NOUN_BEFORE = new RegExp(`${PROBLEM_NOUN}$`);

/** Not claims, whatever else they contain. */
const NOT_CLAIM: RegExp[] = [
  // decisions and plans stated as facts
  /こと(?:（[^）]{0,40}）|\([^)]{0,40}\))?(とされた|とされている|とされており|とされる|となった|となっている|になった|になっている|とした|としている|にした|にしている|が決定された|が決まった)$/,
  /予定(である|だ|となっている|としている|であった)$/,
  // a past need told as history (§6 case 12): …工事が必要であった
  /(必要|不可欠|必須)(であった|だった)$/,
  // sentences about the text itself: 本節では…について述べる / 概観する / 取り上げる …
  /(述べ|概観し|概観|取り上げ|整理し|整理|紹介し|紹介|見て|みて|確認し|確認|分析し|分析|検討し|検討|考察し|考察|まとめ|論じ|説明し|説明|概説|扱|取り扱|記述|検証し|検証|展望し|展望|振り返|詳述|論述)(る|する|う|いく|いきたい|ていく|ていきたい|ていくこととする|ることとする|ることにする|ることにしたい|たい|みる|みたい|みよう)(と思う)?$/,
  /(について|を|に関して|に関する[^。]{0,20}を)(見る|みる|考える|考えてみる|考えていく|考えてみたい|示す|示していく)$/,
  /(とおり|通り)(である|だ)$/,
  // text pointing at what follows: 次のような推計がなされている
  /(次|以下)のような[^。]{0,12}(がなされている|が示されている|がある|を行っている)$/,
  // the content of a plan stated as fact (§6 case 4): …を推進するとされている
  /(推進|実施|整備|導入|策定|創設|支援|強化|展開|促進)(する|していく)(こと)?とされ(ている|た)$/,
  /(行う|進める|設ける|講じる|講ずる|取り組む)(こと)?とされ(ている|た)$/,
  // a target set by a plan, stated as fact: `…への移行は国家目標とされている`
  /(目標|方針|目的)とされ(ている|た)$/,
  // a statute's obligation stated as fact: …所要の措置を講ずるものとされている
  /[うくすつぬふむゆるぐずぶ]ものと(されている|された|する|している|されていた)$/,
  // a discussion or study under way is an event told: `…について議論が行われている`
  /について(の)?(議論|検討)(が|も)(なされて|行われて|進められて)(いる|いた)$/,
];

/** An optional footnote anchor inside the ending (`指摘4が`, `指摘 4 が`). */
const ANCHOR = '(?:[\\s\\u3000]?[0-9０-９]{1,3}[\\s\\u3000]?|\\[\\^[^\\]\\s]{1,20}\\])?';

/** Attribution in the final predicate (checked before hedges and kinds). */
const ATTRIBUTION: RegExp[] = [
  // a survey or report names causes or proposals: …を挙げている, …が提言されている
  /(を|と|も)(挙げて|あげて)(いる|いた)$/,
  /(提言|提唱|提案)(されている|されてきた)$/,
  /(と|旨を?)(述べ|語っ|話し|説明し|整理し|主張し|指摘し|強調し|分析し|結論づけ|結論付け|定義し|報告し|記し|訴え|提言し|提案し|警告し|言及し|示し|明かし|論じ|説い|表明し|コメントし)(て(いる|いた|きた)|た)$/, // survey answers (…と回答した) stay none
  /と説(く|いている|いた)$/,
  // the reporter named between the quotation and the verb: `…うまくいったと現場の担当者は評価している`
  /と、?[^、。「」]{1,16}?(は|が|も)(評価|指摘|強調|説明|主張|分析)(して(いる|いた|きた)|した|する)$/,
  /と、?[^、。「」]{1,16}?(は|が|も)(述べ|語っ|話し|記し|論じ)(ている|ていた|た)$/,
  /と、?[^、。「」]{1,16}?(は|が|も)(言う|語る|話す|述べる)$/, // …と宇津木さんは言う
  /と(述べら|記さ|書か)れて(いる|いた)$/, // …と述べられている: a report's words
  // the present of a report, as interviews and columns write it: `…」と語る`, `…と強調する`
  /と(語る|話す|指摘する|強調する|力説する|主張する|明かす|振り返る)$/,
  /(を|と)(力説|強調)(して(いる|いた)|した)$/,
  /(を|ことを)明らかにし(ている|ていた|た)$/, // a study reveals (…を示している stays a plain description)
  /(研究|調査|分析|報告|論文|実験)[^。]{0,40}(では|によれば|において)[^。]{0,80}(確認されていない|認められていない|示されていない)$/,
  /(という|との)(結果|結論|回答|データ)(が|も)(出ている|出た|得られている|得られた|示されている|示された)$/,
  /(旨|こと)(が|も)(言及|明記|表明|報告|記載)(されている|された)$/,
  /(見通し|予測|推計|試算|予想)(が|も)(なされて|示されて|出されて)(いる|いた)$/,
  /(?<!こ|参考|対象|前提|基準|目安|根拠|単位|基本|原則)とも?(さ|いわ|言わ)れ(ている|てきた|ていた|る|た)$/, // …とされている, …といわれる, …とも言われている (not a role: `…の議論において参考とされた`)
  /(?<!こ)とも?(喩えられ|例えられ|たとえられ|評され)(ている|てきた|る|た)$/, // a likeness or verdict others give: …と喩えられている
  /(が|も)(言われて|いわれて|叫ばれて)(いる|きた|久しい)$/, // what is said without a quotation: `…人材の不足が言われている`
  // a report as a noun phrase: `…について言及がなされた`; a recommendation only with what it says (`…旨の答申がなされた`;
  // `…について答申がなされた` tells an event)
  /(言及|指摘)(が|も)(なされた|なされている|なされてきた|なされてきている)$/,
  /(旨の|との|という)(提言|提案|答申|勧告|主張|要望|要請)(が|も)(なされた|なされている|なされてきた|なされてきている)$/,
  /旨(を)?(記載|明記|規定|言及)(して(いる|いた)|した)$/, // …である旨記載している
  /と(解釈|理解)して(いる|いた)$/, // (`…と認識している` of surveyed firms is an answer counted: case 16)
  /(?<!こ)と(捉え|とらえ)られ(ている|てきた)$/, // …ものと捉えられている
  /(コンセンサス|通説|定説|共通認識)(となっている|である|となってきている)$/, // a view widely held
  /(要望書|意見書|提言書|建議書)(が|も)提出されて(いる|いた)$|(要望書|意見書|提言書|建議書)を提出(した|している)$/, // a request handed in
  /(を内容とする|とする|という|との)(中間)?(報告|報告書|答申|提言|声明|宣言|勧告)を((発表|公表)した|(取りまとめ|とりまとめ|まとめ)(た|ている))$/,
  /(答申|提言|報告書|報告)として(取りまとめられ|とりまとめられ|まとめられ)(た|ている)$/,
  /(声|意見|指摘)(が|も)(高まった|高まっている|強まった|強まっている)$/, // …を指摘する声が高まった
  /(との|という)(反論|批判|異論|疑問)(が|も)(なされた|なされている|出された|出ている|ある|あった)$/,
  /と(受け取られ|受け止められ|見られ|捉えられ)がち(である|だ)$/, // others' perception: …と受け取られがちである
  /(見解|見方|考え方|主張)(は|が|も)、?[^、。]{0,16}(支持されて|支持を集めて)(いる|きた)$/,
  /(考え|考え方|見解|意向)(が|も)(示されて|表明されて)(いる|いた)$/, // a view made known: …との考えが示されている
  /(?<!こ)と(考えら|見ら|みら)れ(ている|てきた|ていた)$/, // …と考えられている, …と見られている
  /と(認識|理解|認知)され(ている|てきた|るようになった|るようになっている)$/, // recognition held by others (§6 case 2)
  /(との|という)認識(が|も)(高まっている|広がっている|広まっている|共有されている|示されている|示された)$/,
  /(と|との|という)(指摘|主張|強調|提言|報告|警告|言及|説明|分析|予測|予想|推計|推定|要望|提案|示唆|評価|表明|発表|公表|明言|回想|懸念)(して(いる|いた|きた)|した)$/,
  // passive reports; a passive forecast (`…と予測されている`) is an expectation unless a source is named
  /(と|との|という)(指摘|主張|強調|提言|報告|警告|言及|説明|分析|結論付け|結論づけ|位置付け|位置づけ|要望|提案|示唆|評価|表明|発表|公表)(されている|された|されてきた)$/,
  /(と|との|という)?(述べ|語っ|話し|記し|論じ|結論し|明かし)(ている|ていた|た|る)$/,
  /(と|との|という)訴え(ている|ていた|た|る)$/,
  /(指摘|主張|強調|提言|警告|要望|表明|提唱|推計)して(いる|いた|きた)$/,
  /(結論付け|結論づけ|位置付け|位置づけ)て(いる|いた)$/,
  /(指摘|報告|提起|表明)(されている|されてきた|された)$/,
  /との(方向性|見通し|考え方|方針|結論|提言|意見|指摘|見解|認識|評価|報告|提案|要望|要請|声)(が|も)(示された|示されている|なされた|なされている|出された|まとめられた|寄せられた)$/,
  /と(呼びかけ|呼び掛け)(た|ている)$/,
  /言及して(いる|いた)$/,
  /(?<!こ)と言(う|っている)$/, // …であると言います (not the definitional `…を「X」という`)
  /(?<=[だるたい])そうである$/, // hearsay: …することだそうです
  /(が|も)[^、。]{0,6}語られて(いる|きた)$/,
  /(?<!(アプローチ|手法|方式|方法|モデル|指標|概念)(は|とは)、?[^。]{0,120})(という|との)(考え方|議論|論点|見方|見解|主張)(である|であった|となっている)$/, // the content of a view (a method's definition is none): …という考え方である (…というものである is as often a definition)
  /(という|との)(意見|声)(が|も)(上がった|あがった|出た|寄せられた)$/,
  /(という|との)結論に(至った|達した|至っている|達している)$/,
  /と(呼ぶ|する|考える|主張する|指摘する|見る|みる)(論者|専門家|研究者|識者|向き|者)(も|が)(いる|多い|少なくない|ある)$/,
  /として(捉え|とらえ)られ(ている|てきた)$/,
  /というものであった$/,
  /警鐘を(鳴らして|鳴らし)(いる|います|いた|た)$/,
  /(提言|提案|勧告|問題提起)(が|も)(なされ|行われ|示され|出され)(た|ている)$/,
  /(が|も)(強調|提唱|提起)されている$/,
  /(が|も)強調された$/, // what was stressed (a plan proposed, `…が提唱された`, is an event)
  /(に|にも|について|についても)触れて(いる|いた)$/, // a report touches on …
  // a report states what matters or is needed: `…の重要性が示されている`, `…の必要性が強調された`
  /(重要性|必要性|有効性|有用性|意義)(が|も|について(も)?)(示されて(いる|いた)|示された|強調されて(いる|いた)|強調された|言及されて(いる|いた)|言及された)$/,
  // a recommendation made by another body (the paper's own government acting is not: DESCRIBES)
  /を([^、。]{1,12}(に|へ|に対して|に対し))?(勧告|提言)(した|している|していた)$/, // …の統合を政府に勧告した
  /(こと|の)を(強く)?求めて(いる|いた)$/, // another party's demand (the paper's own government asking is its action: DESCRIBES)
  /(現状|状況|事態|こと|点)を(危惧|懸念|憂慮|心配)して(いる|いた)$/, // another party's unease: …現状を危惧している
  // requests and views put forward: `…からは窓口を増やす要望が出されていた`
  /(要望|要請|意見|声|提案)(が|も)(出されて(いる|いた)|出された|寄せられて(いる|いた)|寄せられた|上がって(いる|いた))$/,
  // a hope quoted (§6 case 13: a quotation with と makes it reported): `…通院の負担を減らすと期待されている`
  /(?<!こ)と(の)?期待(されて(いる|いた)|が(高まって|寄せられて)(いる|いた))$/,
  // the cleft of a report: `山田さんが強調するのが地域の人材の参加だ`
  /(強調|指摘|主張|力説)(する|している)の(は|が)、?.{1,60}(である|だ)$/,
  /(疑問|批判|異論|問題提起|懸念)[^、。]{0,4}(が|も|すら|さえ)(投げかけられて|投げ掛けられて|呈されて|寄せられて)(いる|いた)$/,
  /」(という|との)ものであ(る|った)$/, // the content of a view just quoted: 「…」というものである
  /(?<!を)とも称さ(れている|れてきた|れる|れた|れるほどであった)$/, // 「…」とも称される: so some call it
  /(?<=[るたい])とする$/, // hearsay in a report's summary: …巧妙化させているとする
  /と(示|結論)して(いる|いた)$/,
  /と(示|明ら)かに?して(いる|いた)$/,
  /こと(が|も)(示|報告|確認)されている$/,
  // a glued or spaced anchor may sit before the particle: `…との指摘4がある`
  // …との指摘がある, …を求める声がある, …旨の意見があった; not the vague 様々な見方が存在する
  new RegExp(`(?<!(様々|さまざま|色々|いろいろ|多様|種々)な?)(指摘|意見|声|見方|見解|報告|予測|分析|評価|主張|研究|示唆|批判|議論|説|考え方|調査結果|研究結果|報告書|論)」?${ANCHOR}(が|も|は)(ある|あった|多い|多く見られる|少なくない|出ている|出てきている|出された|出されている|寄せられている|寄せられた|聞かれる|根強い|示されている|なされている|上がっている|あがっている|強い|存在する|ある一方|広がっている|台頭している|現れている|盛んになっている|活発になっている|活発化している)$`),
  /(が|と)(挙げられる|指摘される|言われる|いわれる)こと(が|も)多い$/, // a common view: …が挙げられることが多い, …と言われることも多い
  /(推計|試算|予測|予想|分析|見通し|見込み)(結果)?を(発表|公表|提示)(した|している|していた)$/,
  // a report describes, a party computes (`…について記述している`, `…の効果を算出している`); the
  // paper's own government doing so, or the text about itself, is no claim (DESCRIBED_BY_OWN)
  /(について|に関して|を)(記述|説明|詳述)して(いる|いた)$/,
  /を(算出|試算)して(いる|いた)$/,
  // a council's recommendation made (§6 case 4): `…が重要である等の提言を取りまとめた`, `…べきとして…提言を行った`
  /(との|という|等の|などの|旨の)(緊急)?(提言|勧告|答申|意見)(（[^）]{0,40}）)?を、?[^、。]{0,24}(行った|行っている|取りまとめた|とりまとめた|まとめた|公表した|提出した)$/,
  /(べき|必要がある|必要である)として、?[^。]{0,60}(提言|勧告|答申)(（[^）]{0,40}）)?を(行った|行っている|取りまとめた|とりまとめた|まとめた|提出した)$/,
  // an estimate of what is (a forecast of what will be stays expectation): `…を超えていると推計されている`
  /(?<=ている|た|である|であった)と(推計|推定)され(ている|た)$/,
  /と(定義|位置付け|位置づけ)して(いる|いた)$/,
  /(見方|見解|考え|懸念|方針|意向|意欲|決意|姿勢|認識|立場|考え方|見通し|方向性)(を|も)(示して|見せて|表明して|明らかにして)(いる|いた)$/,
  /懸念を(示し|表明し)(ている|た)$/,
  /(示唆|意見|指摘|助言)を(受けた|得た|いただいた)$/, // (`…から回答を得た` is how a survey was done)
  /(との|という)(回答|説明)を(受けた|得た|いただいた)$/,
  // opinions received from others: `…という意見・要望も、…から多くいただいた`
  /(意見|要望|声|提案)(・[^、。]{1,6})?(を|も)、?[^。]{0,40}(寄せられた|いただいた|頂いた|受けた)$/,
  /とのことであ(る|った)$/,
  /(?<=[たるい])という$/, // hearsay: …につながったという, …人もいるという (not the definitional `…をXという`)
  /(?<=[^「」]だ)という$/, // hearsay after the copula: …が理想だという (a definition is `…を「X」という`)
  /(?<=[るたいだすう]」)(?<!(を|と)、?「[^「」]{0,60}」)という$/, // words quoted and passed on: `…社長は、「…」という` (a name given is `…を、「X」という`)
  // …を推進するとしている (not を目標としている, not the volitional 始まろうとしている)
  /(?<=[ぁ-ゖ」])(?<![をにがはのもへでと])(?<![おこそとのほもろよごぞどぼぽ]う)と(している|していた|した)$/,
  // after a na-adjective (`…が不可欠としている`), but not the verb `を必要とする` / `を可能とした`
  /(?<!を)(必要|重要|不可欠|急務|必須|適当|適切|有効|有用|困難|不十分|十分|大切|肝要)(である|だ)?と(している|していた|した)$/,
];

/**
 * A study cited by author and year as the sentence's subject (`Brynjolfsson（2017）は、`): group 1 of
 * `^[^。、]{0,40}?([^。、（(]{1,30}[（(](?:19|20)[0-9]{2}[a-z]?[）)])(?:[\s\u3000]?[0-9０-９]{1,3}[\s\u3000]?)?(?:は|では|でも|においては|においても|によれば|によると|も)[、，]`
 * on `firstWords`, found without that pattern's backtracking (tried at up to 41 starts, each name run
 * back over up to 30 lengths, it cost more than all the rest of sourceOf). The name cannot hold a
 * bracket, so each opening bracket before the first 。 or 、 is the only one a name can end at: the
 * earliest start for it is just after the bracket before it (or 30 characters back), if that is
 * within 40 of the sentence's start; the bracket opens the year when the rest matches from there.
 */
function citedAuthor(firstWords: string): string | null {
  let nameFrom = 0; // the earliest start of a name ending at the next bracket
  for (let p = 0; p < firstWords.length && nameFrom <= 40; p++) {
    const c = firstWords.charCodeAt(p);
    if (c === 0x3002 /* 。 */ || c === 0x3001 /* 、 */) return null; // neither the lead nor the name crosses one
    if (c !== 0xff08 /* （ */ && c !== 0x28 /* ( */) continue;
    const from = Math.max(nameFrom, p - 30);
    if (from < p && from <= 40) {
      CITED_YEAR_AND_TOPIC.lastIndex = p;
      const m = CITED_YEAR_AND_TOPIC.exec(firstWords);
      if (m !== null) return firstWords.slice(from, p + m[1].length);
    }
    nameFrom = p + 1;
  }
  return null;
}
/** What follows the name: the year in brackets, an anchor maybe, and the topic particle. */
const CITED_YEAR_AND_TOPIC = /([（(](?:19|20)[0-9]{2}[a-z]?[）)])(?:[\s\u3000]?[0-9０-９]{1,3}[\s\u3000]?)?(?:は|では|でも|においては|においても|によれば|によると|も)[、，]/y;

/** A source named where a sentence opens: `…の調査では、`, `…によると、`. */
const SOURCE_OPENING_BEFORE = /(によると|によれば|(?<!(?:本|今回の|当該)(?:アンケート|ヒアリング|インタビュー|ウェブ|Web|意識|利用者|企業|消費者)?)(?:調査|研究|報告書|分析|論文|レポート|答申|提言|宣言|とりまとめ|取りまとめ|アンケート|Report|レポート」)」?(?:では|においては|において))$/;

/** How every source opening ends (found first: a pattern with a lookbehind tried at every position of every clause cost more than any other). */
const SOURCE_OPENING_END = /(?:によると|によれば|では|において|においては)[、，]/g;
/** How far before its comma a source opening can begin (the lookbehind included). */
const SOURCE_OPENING_REACH = 32;

/**
 * The first source opening in `clause` (`…によると、`, `A社の調査では、`), as `exec` of the whole
 * pattern would find it: its start, and the opening without its comma in `[1]`.
 */
function sourceOpeningIn(clause: string): { index: number; 1: string } | null {
  SOURCE_OPENING_END.lastIndex = 0;
  for (let m = SOURCE_OPENING_END.exec(clause); m !== null; m = SOURCE_OPENING_END.exec(clause)) {
    const comma = m.index + m[0].length - 1;
    const from = Math.max(0, comma - SOURCE_OPENING_REACH);
    const before = SOURCE_OPENING_BEFORE.exec(clause.slice(from, comma));
    if (before !== null) return { index: from + before.index, 1: before[1] };
    SOURCE_OPENING_END.lastIndex = m.index + 1; // endings may overlap (`においては、` holds `において`)
  }
  return null;
}


/** Markers that attribute the whole final clause wherever they stand in it. */
const ATTRIBUTION_ANYWHERE = /(によると|によれば)(?!ころ)/; // not `…によるところが大きい` (owing to)

/** What a survey or study did, rather than found: `…の調査では、…について尋ねている`. */
const SOURCE_METHOD = /(尋ね|聞い|質問し|算出し|集計し|実施し|行っ|対象とし|決め|用い|使用し|調べ|設け|設定し|検討し|しようとし|試み|回答を得)(ている|ていた|た)$|(のか|かどうか|か否か)を[^、。]{0,20}(分析|検証|調査|検討)し(ている|ていた|た)$|(合計|平均|割合|比率|総数)を[^、。]{1,12}と(した|している)$/; // …の合計を安心感とした: a measure defined
const SOURCE_METHOD_T = ENDINGS.single(SOURCE_METHOD);

/** A figure of the text itself is not a source: `図表1-2-3によると、…`. */
const OWN_FIGURE_BEFORE = /(?:^|[^（(])図表[^、。（）()]{0,20}$/; // (a figure cited in brackets after a named survey leaves the survey the source: `町の調査（図表2-1-1-3）によれば`)

/**
 * The source a sentence's finding is credited to, as written, or null: a study cited by author
 * and year opening the sentence, or a source named anywhere in the final clause (however long the
 * sentence is).
 */
/** A word every source pattern below holds: one search of the sentence instead of three. */
const SOURCE_WORDS = /によ|では|において/;

function sourceOf(sentence: string): string | null {
  const cited = citedAuthor(sentence.slice(0, 80));
  if (cited !== null) return cited;
  // most sentences name no source: skip the patterns unless one of their words is there
  if (!SOURCE_WORDS.test(sentence)) return null;
  const opening = OPENING_SOURCE.exec(sentence);
  if (opening && !OWN_FIGURE_BEFORE.test(sentence.slice(0, opening.index + opening[0].length - opening[1].length - 1))) return opening[1];
  const clauseStart = finalClauseStart(sentence);
  const clause = sentence.slice(clauseStart);
  if (!SOURCE_WORDS.test(clause)) return null;
  const named = sourceOpeningIn(clause) ?? ATTRIBUTION_ANYWHERE.exec(clause);
  if (named === null || OWN_FIGURE_BEFORE.test(sentence.slice(0, clauseStart + named.index))) return null;
  return named[1];
}

/**
 * A reading of data (FORMAT.md §6 case 1): `…ことが分かる`, `…が見て取れる`, `…ことが明らかと
 * なった`. Peeled like a hedge, but firm: alone it is a firm assessment, around another kind that kind.
 * (`…ことが確認された` is left out: in these papers it is as often what a meeting agreed on.)
 */
const READINGS: RegExp[] = [
  /(ことが|ことも|ことは|ことが改めて|かが|ものと|点が|傾向が)(わかる|分かる|わかった|分かった|わかっている|分かっている|知られている|明らかである|確認できる|確認できた|確認されている|読み取れる|見て取れる|見てとれる|みて取れる|みてとれる)$/,
  /(こと|の|傾向|状況|様子|姿|違い|差)(が|も)?(見て取れる|見てとれる|みて取れる|みてとれる|読み取れる)$/,
  /(見て取れる|見てとれる|みて取れる|みてとれる|読み取れる)$/,
  /(こと|の)(が|も)(改めて)?(明らか|鮮明|浮き彫り)(に|と)(なった|なっている|なる)$/,
  // `…傾向がうかがえる` reads the data as `…が見て取れる` does (firm; `…可能性がうかがえる` is hedged by its 可能性)
  /(うかがえる|うかがわれる|窺える|伺える|窺われる|伺われる|うかがえた|うかがわれた|窺えた|窺われた|伺えた|伺われた)$/,
  /(ことが|ことも|点が)(判明した|判明している)$/,
  /(が|も)(垣間見える|垣間見られる|伝わってくる)$/, // …の意義が垣間見える
  // what the data bear out: `…ことが確かめられた`, `…は、…でも裏打ちされている`
  /(ことが|ことも|ことは|点が)(改めて)?(確かめられた|確かめられている|実証された|実証されている|裏付けられた|裏付けられている|裏打ちされた|裏打ちされている)$/,
  /(こと|の)は、[^。]{1,40}(でも|によっても|によって|により)(確かめられて|実証されて|裏付けられて|裏打ちされて)(いる)$/,
  // what is read off a figure, or read plainly: `…が図表3-1-2-4から分かる`, `…ことがよく分かる`
  /(から|より)(わかる|分かる|読み取れる|見て取れる)$/,
  /(ことが|ことも|かが)(よく|はっきりと|はっきり|明確に|如実に)(わかる|分かる|見て取れる|読み取れる)$/,
  // what the data bring into view: `…ことが見えてきた`, `…点が浮かび上がった`
  /(ことが|ことも|点が|点も)(見えてきた|見えてくる|見えてきている|浮かび上がった|浮かび上がってきた|浮かび上がってくる)$/,
  // a state of affairs brought into view: `…利用者の減少が止まらない実態が浮き彫りになっている`
  /(?<=[いたるな])(実態|現状|実情|状況)(が|も)(改めて)?(浮き彫り|明らか|鮮明)(に|と)(なって(いる|きた)|なった)$/,
];

/** Wrappers that add nothing to the kind of what they wrap: `…のも事実である`, `…点も特徴である`. */
const WRAPPERS: RegExp[] = [
  /(の|こと|点)(も|は)(事実|確か|特徴|実情|実態|現実)(である|だ)$/,
  // a state or a frequency around an evaluative predicate: `…が難しい状況にある`, `…のが現状である`
  // (alone they say nothing: `…が増加している状況にある` stays a description)
  /(?<=[いたるな])(の|こと)が(現状|実情|実態)(である|だ)$/,
  /(?<=い)(状況|状態)(にある|である|が続いている|にあった|であった)$/,
];

/** Hedges (and fillers, see FILLER) peeled off the end; what is left is matched again. */
const HEDGES: { re: RegExp }[] = [
  { re: /(と|とも)(考えられる|考えられよう|考える|考えてよい|思われる|思う|推察される|推測される|推定される|想定される|想定できる|推察できる|推測できる|みられる|見られる|見受けられる|みてよい|見てよい|評価できる|評価できよう|判断される|判断できる|認識できる|理解できる)$/ },
  { re: /(と|とも)(いえる|言える|いえよう|言えよう|いってよい|言ってよい|いってもよい|言ってもよい|いっても過言ではない|言っても過言ではない|みることができる|見ることができる|いうことができる|言うことができる|考えることができる)$/ },
  { re: /(の|ん)?ではない(だろう|であろう)?か(と(考えられる|思われる|思う|考える))?$/ },
  { re: /(であろう|だろう|かもしれない|と推察される)$/ },
  { re: /とは(言いがたい|言い難い|いいがたい|いい難い|言えない|いえない)$/ },
  { re: /(が|も|として|は)?(考えられる|考えられよう)$/ },
  { re: /(うかがわせる|推察される|推測される|示唆される|示唆されている|示唆している|示唆する)$/ },
  { re: /ように(思う|思われる|感じる|感じられる)$/ },
  { re: /と(捉える|とらえる|位置付ける|位置づける|解釈する|理解する|評価する)ことができる$/ },
  { re: /(場合|こと|ケース)(も|が)(あり得る|ありうる)$/ },
  { re: /可能性(が|も|は)(ある|高い|大きい|考えられる|否定できない|指摘できる|残る|あり得る|ありうる|生じうる|生じ得る|高まっている)$/ },
  { re: /可能性(が|も)$/ }, // left over after peeling: `必要となっている可能性が` + `示唆される`
  { re: /(こと|の)(が|も|を)$/ }, // left over after peeling: `重要であることが` + `うかがえる`
  { re: /こと$/ }, // left over after `が考えられる` peeled off `…必要になることが考えられる`
  { re: /(であると|だと)$/ }, // left over after peeling: `重要であると` + `考えられる`
  { re: /(ものと|もの|ものである|と)$/ },
  { re: /(ところである|ところだ|のである|のだ|なのである|なのだ|わけである|ということである|ということだ|というわけである)$/ },
  { re: /(という)?点である$/ }, // `…必要となると考えられる点である`
  { re: /(ことになる|こととなる)$/ },
  { re: /(?<=ている)状況(にある|である)$/ }, // `期待されている状況にある` says no more than `期待されている`
];

/** Bare markers, allowed only once a hedge has been peeled (`重要といえる` → `重要`). */
const BARE: Rule[] = [
  ...r('concern', 'firm', /(課題|問題|懸念材料)(である)?$/, /懸念される$/),
  ...r('necessity', 'firm', /(必要|不可欠|必須|急務|必要不可欠)(である|な)?$/, /べき(である|だ)?$/, /求められる$/, /望ましい$/),
  ...r('importance', 'firm', /(重要|大切|肝要|肝心)(である|な)?$/, /(鍵|カギ)を握る$/, /(切り札|鍵|カギ)$/),
  ...r('expectation', 'firm', /期待される$/, /望まれる$/),
];

/** Ordered kind table: problem before importance, negations never match (patterns are anchored). */
const KINDS: Rule[] = [
  // concern / problem
  ...r('concern', 'hedged',
    /(おそれ|恐れ|虞)(が|も|は)?(ある|高い|大きい|否定できない|拭えない)$/,
    /かねない$/,
  ),
  ...r('concern', 'firm',
    new RegExp(`(課題|問題|難題|懸案|懸念材料|懸念事項|障壁|障害|妨げ|足かせ|ボトルネック|阻害要因|ネック|リスク要因|脅威)(の一つ|のひとつ)?${COP}$`),
    /(課題|問題|問題点|懸念|リスク|危険性|弊害|懸念点|不安|トラブル|被害|混乱|負の側面|支障|悪影響|格差)(が|も)(ある|認められる|残る|残されている|残っている|存在する|存在している|多い|山積している|生じている|生じる|浮上している|顕在化している|指摘できる|高まっている|強い|根強い|広がっている|拡大している|拡大した|広がった|増している|大きい|発生している|起きている|相次いでいる|顕在化しつつある|表面化している|散見される|見受けられる|出てくる|出てきている|浮上してくる)$/,
    // what the text brings to light is a problem: `…では課題が浮き彫りとなった`
    /(課題|問題|問題点|弱点|格差|遅れ)(が|も)浮き彫り(と|に)(なった|なっている|なる)$/,
    // a problem named as one of the challenges: `…を妨げる課題の一つとして、…がある`
    /(課題|問題|問題点|阻害要因|障壁|懸念)(の一つ|のひとつ)?として(は)?[、，]?[^。]{1,150}(が|も)(ある|存在する|挙げられる)$/,
    // harms that grow: `…架空請求トラブルも増加している`
    /(トラブル|被害|被害額|詐欺|犯罪|不正アクセス|迷惑メール|スパム|ウイルス|事件|事案|サイバー攻撃|攻撃|侵害|有害情報|違法情報|侵害する情報の流通)(（[^）]{1,80}）)?(の件数|件数)?(が|も)(増加|急増|増大|拡大|多発|頻発)して(いる|きている)$/,
    /(課題|問題|問題点|懸念|トラブル|弊害)(が|も)(あった|生じた|発生した)$/, // not a past 被害が発生した: an event
    /(課題|問題)として(残る|残っている|残されている|挙げられる|指摘できる|浮かび上がる|浮かび上がっている|顕在化している)$/,
    /(課題|問題|リスク)を(抱えている|抱える|抱えてい|はらんでいる|はらむ)$/,
    /(懸念|危惧|憂慮)(される|されている|されてきた|すべき(である|状況にある|事態である))$/,
    /(深刻化|問題化|社会問題化|顕在化|複雑化|巧妙化|長期化)して(いる|きている)$/,
    /深刻(である|だ|であった|な(問題|状況|課題|もの)(である|となっている|になっている|にある))$/,
    /てしまう(側面|面|傾向|ケース|場合|おそれ|恐れ)(が|も)(ある|見られる|みられる)$/,
    /(課題|深刻化)$/, // noun-final bullet style: `…が課題。`
    new RegExp(`(困難|不十分)${COP}$`),
    // a pace that falls short: `…普及の速度がやや遅い`
    /(速度|スピード|ペース|対応|取組|取り組み|普及|導入|進展)(が|は|も)(やや|非常に|極めて|相対的に|他国と比べて)?(遅い|鈍い|遅れている)$/,
    // what did not come about, told in the past: `…が相対的に進まなかった`, `…が整備されてこなかった`
    /(必ずしも|十分に|十分には|相対的に|なかなか)(進まなかった|進んでこなかった|整備されてこなかった|広がらなかった|普及しなかった|浸透しなかった)$/,
    /(阻害|侵害|損な|妨げ|制限|悪用|毀損|圧迫)(され|われ|られ)る(側面|面)(も|が)(ある|あった)$/, // …が阻害される側面もある
    /不十分$/, // noun-final bullet style: `…への投資が不十分`
    /(十分|万全)(とは(いえない|言えない|言い難い|言いがたい|いいがたい)|ではない)$/,
    /(遅れ|立ち遅れ)(が(見られる|目立つ|生じている)|ている)$/,
    /(懸念|脅威|危険|危機|リスク|問題|課題|困難)に(直面して|さらされて|晒されて)(いる|きている)$/,
    /に直面して(いる|おり)$/, // whatever is faced: 人口減少に直面している
    /(懸念|不安|危険|危惧)(が|も)(増大|拡大|増加)して(いる)$/,
    // unease and gaps that persist or grow, an adverb or two between: `…不安も近年高まっている`, `格差は依然として大きい`
    /(懸念|不安|危機感|危惧)(が|も|は)(近年|年々|一層|より一層|ますます|さらに|更に|急速に|依然として|依然)?(高まっている|強まっている|広がっている|根強い)$/,
    /(格差|ギャップ|遅れ|不足)(は|が|も)(依然として|依然|なお|いまだ|未だ|さらに|更に|一層|非常に|極めて|年々|むしろ)?(大きい|拡大している|広がっている|残っている|残る|存在する|見られる|みられる|生じている)$/,
    // what is regarded as a problem: `…偽の広告が問題視されている`
    /(問題視|危険視|不安視|疑問視)(されている|されてきた|される)$/,
    // a burden named as such: `通院の付き添いは家族の大きな負担である`
    new RegExp(`(大きな|重い|過度の|過大な|多大な)負担${COP}$`),
    /(危険|危険性|弊害)(が|も)(ある|大きい)$/,
    /(課題|問題|問題点)(が|も)多く(見られ|みられ)(る|た)$/,
    /十分に?(は)?[ぁ-んァ-ヶー一-龥]{0,8}(できていな|ていな|でいな)(い|かった)$/, // a shortfall, now or told in the past: 成果が十分に上がっていない, …十分に行われていなかった
    /(?<!最も)(低い|少ない|乏しい|弱い|劣る|遅れている)(状況|状態|水準)(にある|である|となっている|にとどまっている)$/, // not a ranking: 最も低い水準となっている
    /(難しく|困難に|厳しく)なって(いる|きている|くる)$/,
    /(困難|難しく|厳しく|困難と|問題と)(に)?なりがち(である|だ)$/, // …は困難となりがちである
    /(厳しい|困難な|深刻な)[ァ-ヶー一-龥]{0,4}(状況|状態|局面|環境)(となっている|である|にある|が続いている)$/, // …が厳しい状況となっている
    /(でき|行え|使え|維持でき)なくなって(きて)?(いる|きた)$/, // …できなくなってきている
    /(高|多|少な|低|長|遅|重)すぎる(こと)?(ぐらい|くらい)?$/, // excess: 人件費が高すぎること
    // a difficulty stated by the text (§6 case 9), whatever wrapper follows: `…自体が難しい状況にある`
    /(?<!(断定|判断|結論|特定|評価|比較|把握|予測|計測|測定)(する|づける|付ける)?(こと|の)は)(難しい|厳しい|容易ではない|容易でない|簡単ではない)$/,
    // what should have come about has not: `…実用化には至っていない`, `…不安の払拭には至っていない` (a
    // negotiation not yet concluded, `妥結に至っていない`, is an event told)
    /(普及|実用化|実現|解決|定着|浸透|改善|商用化|事業化|払拭|解消)(に|には|にまでは)(は)?(至っていない|至らない|至っておらず)$/,
    /(偏在|停滞|低迷)して(いる|きている)$/,
    /(消極的な?姿勢|消極姿勢|遅れ|不足|課題|問題|弱さ|少なさ|低さ)(が|も)目立(つ|っている|った)$/, // …新技術への投資に消極姿勢が目立つ
    /(被害|損害|損失)(は|が|も)(甚大|深刻|極めて大きい)(なもの)?(となっている|である|だ|になっている|となる|になる)?$/,
    // the cleft: `特に懸念されるのは、…への不安である`
    /(懸念され|危惧され|問題とな|課題とな|問題とされ)(る|ている)の(は|が)、?.{1,60}(である|だ|などである)$/,
    // what should be in place is not: `…授業に要る端末がまだ整っていない`
    /(が|は|も)(十分に|なかなか|まだ|いまだ|未だ)?(整っていない|整備されていない|確立されていない)$/,
    // harm done: `…地域の商店に負の影響を与えている`, `…育てた人材の離職を招いてしまう`
    /(負の|悪い|深刻な|多大な負の)影響を(与えて|及ぼして)(いる|きた|いく)$/,
    /(を招いて|を生んで|を損なって|を失って|を妨げて)しまう$/,
    // a trouble named as such: `…が悩みの種だ`, `…に歯止めがかからない`, `…には限界がある`
    new RegExp(`(悩み|悩みの種|頭痛の種|泣き所|弱み)${COP}$`),
    /歯止めが(かからない|かかっていない|かからず)$/,
    /限界(が|も)(ある|あった|見えている|見えてきている|指摘されている)$/,
    // progress that has not come: `…の利用はまだ進んでいない` (a shortfall, as `…が遅れている`)
    /(まだ|いまだ|未だ|なかなか|あまり|十分に|十分|必ずしも)(は)?(進んでいない|進んでおらず|広がっていない|普及していない|浸透していない|定着していない|進展していない)$/,
    // what should grow has not: `…起業人材が育っていない`
    /(が|は|も)(十分に|なかなか|まだ|いまだ|未だ)?(育っていない|根付いていない|根づいていない)$/,
    // harms found: `…架空請求のトラブルも確認されている`
    /(トラブル|被害|詐欺|犯罪|不正|攻撃|事故|障害)(など|等)?(が|も)(確認|報告)されて(いる|きている)$/,
    /(後れ|遅れ)を(取って|とって)(いる|いる状況(にある|である|となっている))$/,
    /(被害|損害|打撃)を(受けて|被って)(いる|きた)$/,
    /(が|も|は)(極めて|大きく|大幅に|著しく|慢性的に|依然として|なお|まだ|いまだ|特に)?(不足|欠如)して(いる|きている)$/,
    /(が|も)(足りない|足りていない|追いついていない|追い付いていない)$/,
    /(不足|欠如)(が|も)(生じて|続いて|見られて)(いる)$/,
    /(障害|事故|被害|トラブル|攻撃|詐欺|犯罪|不正|事件|事案|インシデント)(が|も)(多数|数多く|多く|相次いで|頻繁に|各地で)?(多発|頻発|続発|急増|発生)して(いる|きている)$/,
    /(負担|コスト)(が|も)(大きくなっている|増大している|増している|重くなっている)$/,
    /(進捗|進展|改善)(は|が|も)(見られない|みられない|見られていない)(状況にある|状況である)?$/,
    /(弱点|欠点|難点|短所|課題|問題|リスク|限界|脆弱性)を(持っている|持つ|有している|有する)$/,
    /(難し|困難な?|不十分な|乏し|弱|にく|づら)(い)?(側面|面|点)(が|も)(ある|見られる|みられる)$/,
    /(ていない|できていない|進んでいない|見いだせていない|見出せていない|追いついていない)(状況|状態)(である|にある|が続いている)$/,
  ),
  // 特筆すべき is "noteworthy", not an obligation
  ...r('importance', 'firm', /特筆(すべき|に値する)(点|こと)?(である|だ)?$/, /特筆(される|されている|できる)$/,
    /(こと|の|点|か|のか|かどうか)(も|は|が)?(注目される|注目に値する|注目すべきである)$/), // what the text marks as noteworthy, or worth watching: …が今後どう変わるのか注目される
  // necessity / recommendation
  ...r('necessity', 'hedged', /求められよう$/, /必要となろう$/),
  ...r('necessity', 'firm',
    /必要(が|も)(ある|あった)$/,
    /(?<!不)(必要|不可欠|必須|急務|適当)$/, // noun-final bullet style: `…の検討が必要。`; reported: `…が適当との方向性`
    new RegExp(`(必要|不可欠|必要不可欠|必須|急務)${COP}$`),
    /必要とされ(る|ている|てきた)$/,
    /必要性(が|も|は)、?[^、。がをでと]{0,6}?(ある|高い|高まっている|高まる|増している|増す|増加している|増大している|拡大している|強まっている|指摘できる|大きい|生じている|出てきている)$/,
    /(欠かせない|欠かすことができない|欠かすことのできない(もの|要素|条件)である|欠くことができない|欠くことのできない(もの|要素|条件)である)$/,
    // the same said of what is needed: `…も、…の維持には欠かすことができない仕組みである`
    /(欠かせない|欠かすことができない|欠かすことのできない|欠くことができない|欠くことのできない)[ぁ-ゖァ-ヶー一-龥]{1,8}(である|だ|となっている|となる|になっている)$/,
    /べき(である|だ|ではない)?$/,
    /(?<!(重視|重要視|特筆|留意|注目)す)べき(事項|点|こと|課題|もの|時期|段階|方向)(である|だ)$/,
    /(なければならない|なければならず|ねばならない|なくてはならない|なければいけない|ざるを得ない)$/,
    /(求められる|求められている|求められてきている|求められていく|要請される|要請されている|要求される|要求されている)$/,
    /迫られ(る|ている)$/,
    /(求められる|必要とされる|必要になる|必要となる)ように(なっている|なってきている|なった)$/,
    /(急がれる|望ましい|避けて通れない|待ったなしである|待ったなしの状況にある)$/,
    new RegExp(`(必要|不可欠|必要不可欠|必須|急務|不可避)な(状況|状態|段階|時期|もの|存在|インフラ|基盤|要素|手段|技術|条件|前提|取組|取り組み|施策|対応)${COP}$`),
    /適当(である|だ)(こと)?$/, // a council's or the text's recommendation: …とすることが適当である
    /(必要|不可欠|必須|急務)な(状況|状態|段階|時期)にある$/,
  ),
  // importance
  ...r('importance', 'hedged', /(重要|鍵|カギ)となろう$/),
  ...r('importance', 'firm',
    new RegExp(`(重要|大切|大事|肝要|肝心)${COP}$`),
    /(重要|大切|大事|肝要)$/, // noun-final bullet style: `…が重要。`
    new RegExp(`(重要|大切|大事)な(もの|存在|要素|テーマ|視点|ポイント)${COP}$`),
    new RegExp(`(重要|大切|大事)な(技術|インフラ|基盤|手段)${COP}$`),
    /重要性(が|も|は)、?[^、。がをでと]{0,6}?(高まっている|高まってきている|高まってきた|高まった|高まる|増している|増す|高い|ある|大きい|クローズアップされている|注目されている|再認識されている|認識されている|増大している)$/,
    /重要性を(高めている|増している|増す|増してくる|増してきている)$/,
    /(を|も)(大きく)?左右(している|する)$/, // …を大きく左右している
    new RegExp(`(重要な|大きな|決定的な|中心的な|不可欠な|欠かせない)(役割|意味|意義|ポイント|視点|要素|位置|鍵|カギ|基盤|要因|論点|役目|位置付け|取組|取り組み|施策|政策|テーマ|分野)(を(果たす|果たしている|担う|担っている|持つ|持っている|有する|有している|占める|占めている)|${COP})$`),
    new RegExp(`(鍵|カギ|切り札|要)(を握る|を握っている|${COP})$`),
    /(重要視|重視)(される|されている|すべきである|すべき(点|こと|課題)である|されるようになって(いる|きた)|されるようになった)$/,
    // the cleft: `特に注目されるのが地方の放送局である`
    /(注目され|重視され|重要視され)(る|ている)の(は|が)、?.{1,60}(である|だ|などである)$/,
    /注目すべき(は|なのは|点は|ことは)、?.{1,60}(である|だ)$/, // 第三に注目すべきは、…ことである
    /(重要な|大切な|肝要な|中心的な)(点|こと|項目|要素|視点|ポイント|役割|条件)(の一つ|のひとつ)?(が|は)、.{1,60}(である|だ)$/, // 重要な点の一つが、…である
    /(根源|原動力|基盤|鍵|カギ|中核|核)(となる|をなす)の(が|は)、.{1,60}(である|だ)$/,
    /注目すべき[^、。]{0,12}として、?[^。]{1,60}(が|も)(挙げられる|あげられる|ある)$/, // 注目すべき施策として、…が挙げられる
    /((重要|大切|肝要)(となる|なの)?は|(鍵|カギ)を握るのは|重要な役割を果たし(た|ている)の(が|は)).{1,60}(である|だ|ことである)$/,
    /(意義|意味)(は|が|も)(大きい|大きく|深い|ある)$/,
    /役割(は|が|も)(大きい|極めて大きい|大きくなっている|ますます大きくなっている|増している)$/,
    /(に|と)直結(する|している|するものとなっている|するものである)$/,
    /(か|かどうか|か否か)にかかっている$/, // …を生かせるかにかかっている
  ),
  // expectation / aim
  ...r('expectation', 'hedged',
    /(見込|見こ)まれ(る|ている|てきた)$/,
    /(見込み|見通し)(である|だ|となっている|となる)$/,
    /見込んで(いる|いた)$/,
    /(予想|予測|推計)されている$/, /(予想|予測|推計|(?<!と)想定)される$/, // `…と想定される` is the author's inference (a hedge, as と考えられる)
    // something forecast to happen (`…が進むと想定されている`); scenes envisaged (`いくつもの場面が想定されている`) are no forecast
    /(と|ことが|ことも)想定されて(いる|きた)$/,
    /(予想|予測|見込)(され|まれ)(ている|る)の(は|が).{1,60}(である|だ|などである)$/,
  ),
  ...r('expectation', 'firm',
    /期待(される|されている|されてきた|できる|したい|を集めている|を集める|を寄せられている)$/,
    /期待(が|も)(ますます|一層|より一層|一段と|さらに|更に|急速に|大きく)?(高まっている|高まる|大きい|大きくなっている|寄せられている|集まっている|持たれる|持たれている|かかる|かかっている|膨らんでいる|ある)$/,
    /(望|待)まれ(る|ている)$/,
    /待たれる$/,
    /(指向|志向)(されている|している)$/,
    /(目指|めざ)(す|している|していく|したい|すものである|される|されている)$/,
    // a wish, as people in interviews say it: `…してほしい`, `…できるとよいな`
    /(てほしい|でほしい|て欲しい|で欲しい|とよいな|ことを願って(いる|いた)|ことを願う)$/,
    /たいと(考えている|考える|思う|思っている)$/, // stated intent: …に役立ちたいと考えている (bare `…挙げておきたい` is text about the text)
    // an intent carried on: `…交流を深めていきたい` (the text about itself, `…見ていきたい`, is NOT_CLAIM)
    /(ていき|でいき|てまいり|でまいり|てゆき)たい$/,
    // the cleft: what is hoped for is named after it, `…として期待されているのが遠隔勤務である`
    /期待(され|を集め)(ている|る)の(は|が).{1,60}(である|だ|などである)$/,
    // another party's plan or target held up: `…を倍に増やす計画を掲げている`
    /(計画|目標|ビジョン|構想)を(掲げて|打ち出して)(いる|いた)$/,
    /(ターゲットイヤー|ターゲット|目途)と(している|する)$/,
    /目標(としている|とする|である|だ|に掲げている|として掲げている|を掲げている|と掲げている)$/,
    // a commitment made: `…ことを誓っている`
    /(こと|の)を(誓って|約束して)(いる|いた)$/,
  ),
  // a weight or a conviction held (reported when someone else holds it: ownClaim, STANCE_HELD)
  ...r('importance', 'firm', /(を|に|も)(重視|重要視)して(いる|きた)$/, /(に|へ)重きを置いて(いる|きた)$/),
  ...r('assessment', 'firm', /(こと|の)を(実感|確信)して(いる|いた)$/, /と(実感|確信)して(いる|いた)$/),
  // assessment without a hedge
  ...r('assessment', 'hedged',
    /(見方|解釈|捉え方|とらえ方)(も|が)可能(である|だ)$/, // …という見方も可能である
    /と(みる|見る|捉える|とらえる|解釈する|評価する)ことも可能(である|だ)$/,
    /(起こり|生じ|あり|なり)(得る|うる)$/, // …が起こり得る, チャンスとなりうる
    /可能性(が|も)(挙げられる|開ける|開かれる|広がる|広がっている|増している|拡大している)$/,
    /(断定|判断|結論)(する|づける|付ける)ことは(できない|難しい)$/,
  ),
  ...r('importance', 'hedged', /(重要|大切|肝要)と(考えられる|思われる)の(は|が)、?.{1,80}(である|だ|ことである)$/),
  ...r('necessity', 'hedged', /必要と(考えられる|思われる)の(は|が)、?.{1,80}(である|だ|ことである)$/),
  ...r('assessment', 'hedged', /と(考えられる|思われる|みられる|見られる)の(は|が)、.{1,80}(である|だ|ことである)$/),
  ...r('assessment', 'hedged',
    // a capacity the text sees: `…地域を変えるポテンシャルを有する`, `…可能性を秘めている`
    /(可能性|ポテンシャル|潜在力|潜在性)を(有する|有している|秘めている|持っている|持つ)$/,
  ),
  ...r('assessment', 'firm',
    /(による|に負う)ところが大きい$/, // owing largely to
    // an evaluative adjective as the predicate: `…が示唆的である`, `…点が画期的であった` (not `限定的`,
    // which as often says how far something went)
    new RegExp(`(示唆的|画期的|有意義|合理的|妥当|先駆的|先進的)(なもの)?${COP}$`),
    /(画期的|先駆的|先進的|有意義|絶好|格好)(の|な)[ァ-ヶー一-龥]{1,8}(である|でもある|だ|でもあった|であった)$/, // …を示す絶好の機会でもある
    // a merit named after the cleft: `遠隔勤務のもう一つのメリットが、通勤の時間がなくなったことだ`
    /(メリット|利点|強み|長所)(は|が)、?.{1,60}(ことである|ことだ|点である|点だ)$/,
    /(メリット|利点|強み|長所|優位性)(が|も)(ある|大きい)$/,
    // a relation read in the data: `…と…には正の相関が存在する`
    /(相関|相関関係)(が|も)(ある|存在する|認められる)$/, // (`…に相関がみられる` describes the data: no claim)
    // a value judged: `…の有益性が高まっている` (not 必要性 / 重要性, which have their own kinds)
    /(有益性|有用性|有効性)(が|も|は)(高まっている|増している|高い|大きい)$/,
    /(効果|成果|恩恵)を(もたらして|生み出して)(いる|きた)$/,
    /の(が|は)(通常|一般的|自然)(である|だ)$/,
    /(寄与|貢献)(も|が|は)大きい$/,
    /(?<!(こと|の|実態|現状|実情|状況)(が|も)(改めて)?)(明らか|鮮明|浮き彫り)(に|と)(なった|なっている|なる)$/, // (`…ことが明らかになった` is a reading, around the kind it shows: READINGS)
    /ことを(示している|示す|示した|裏付けている|物語っている)$/,
    /(に違いない|はず(である|だ))$/, // …があるはずである: an inference
    /(有効|有用|効果的|有益)(である|だ)?$/,
    /(有効|有用|効果的|有益)な[ァ-ヶー一-龥]{1,10}(である|だ)$/, // …を確かめるための有効な仕組である
    /(大きく|着実に)(前進|進展)した$/,
    /(一定の|大きな|着実な|顕著な)(進展|前進|改善|成果|効果)(が|も)(見られる|みられる|見られた|みられた|見られている)$/,
    /(効果|意義|影響|役割|貢献)(は|も)(決して|非常に|極めて|特に|大変)?(小さくはない|小さくない|少なくない|大きい)$/,
    /(の|ことの)(表れ|現れ|あらわれ|証左|裏返し)(である|だ)$/, // …ことの表れである
    /(効果|成果)(が|も)(生まれて|表れて|現れて|上がって)いる$/,
    /(効果|成果)(が|も)(見られた|みられた|見られる|みられる|得られた|得られている|確認された|確認されている)$/,
    /(大きな|顕著な|画期的な|着実な|一定の)(成果|前進|進展)(である|だ|を(上げて|あげて|挙げて)いる)$/,
  ),
];

// ---------------------------------------------------------------------------------------------
// 3. Matching

const WH = /(なぜ|何故|どのよう|どの|どう|どれ|何|いかに|いかなる|誰|いつ|どこ)/;

interface Hit {
  /** `consequence`: only `…ことになる` was found, a claim only when what follows is a harm. */
  kind: ClaimKind | 'consequence';
  strength: ClaimStrength;
  /** Start of the marker in the normalised string. */
  at: number;
}

const POLITE_T = ENDINGS.table(POLITE, ([re]) => re);
const KINDS_T = ENDINGS.table(KINDS, (rule) => rule.re);
const BARE_T = ENDINGS.table(BARE, (rule) => rule.re);
const HEDGES_T = ENDINGS.table(HEDGES, (h) => h.re);
const NOT_CLAIM_T = ENDINGS.table(NOT_CLAIM, (re) => re);
const ATTRIBUTION_T = ENDINGS.table(ATTRIBUTION, (re) => re);
const READINGS_T = ENDINGS.table(READINGS, (re) => re);
const WRAPPERS_T = ENDINGS.table(WRAPPERS, (re) => re, false); // each gated as a single pattern, as it always was

function matchTable(s: string, end: Ending, rules: EndTable<Rule>): Hit | null {
  for (const rule of ENDINGS.entries(end, rules)) {
    const m = execEnd(rule.re, s);
    if (m) return { kind: rule.kind, strength: rule.strength, at: m.index };
  }
  return null;
}

/** Endings peeled without hedging anything: `期待されるところである` → `期待される`. */
const FILLER = /^(状況にある|状況である|こと|点である|という点である|ものと|もの|ものである|と|であると|だと|ところである|ところだ|のである|のだ|なのである|なのだ|わけである|ということである|ということだ|というわけである|ことが|ことも|ことを|のが|のも|のを|ことになる|こととなる)$/;

/**
 * Classify a normalised ending: match the kind table; if nothing matches, peel one hedge (or
 * filler) off the end and try again. A kind found under a hedge is `hedged`; a hedge with no
 * kind under it is a hedged `assessment`. Returns null when nothing matches.
 */
function classifyEnding(s: string, walked?: Ending): Hit | null {
  let rest = s;
  let end = walked; // the walk of `rest` (of `s`, when the caller has it)
  let hedgeAt = -1; // start of the outermost real hedge peeled so far
  let conclusionAt = -1; // `…ことになる`: a consequence drawn (a claim only when it is a harm, see classifySentence)
  let readingAt = -1; // `…ことが分かる`: a firm reading of data
  for (let guard = 0; guard < 8; guard++) {
    // a footnote anchor left at the end once what followed it is peeled: `…課題がある6` + `ことが指摘されている`
    const anchor = mayEndInAnchor(rest) ? execEnd(INNER_ANCHOR, rest) : null; // (execEnd: on the last few characters only)
    if (anchor) rest = rest.slice(0, anchor.index);
    if (anchor || guard > 0 || !end) end = ENDINGS.at(rest); // once per `rest`: every round after the first has peeled it
    const direct = matchTable(rest, end, KINDS_T);
    if (direct) return hedgeAt < 0 ? direct : { kind: direct.kind, strength: 'hedged', at: direct.at };
    if (hedgeAt >= 0 || readingAt >= 0) {
      const bare = matchTable(rest, end, BARE_T);
      if (bare) return { kind: bare.kind, strength: hedgeAt >= 0 ? 'hedged' : 'firm', at: bare.at };
    }
    let peeled = false;
    for (const re of ENDINGS.entries(end, READINGS_T)) {
      const m = execEnd(re, rest);
      if (m && m.index > 0) {
        if (readingAt < 0) readingAt = m.index;
        rest = rest.slice(0, m.index);
        peeled = true;
        break;
      }
    }
    if (!peeled) {
      for (const re of ENDINGS.entries(end, WRAPPERS_T)) {
        const w = execEnd(re, rest);
        if (w && w.index > 0) {
          rest = rest.slice(0, w.index);
          peeled = true;
          break;
        }
      }
    }
    if (peeled) continue;
    for (const h of ENDINGS.entries(end, HEDGES_T)) {
      const m = execEnd(h.re, rest);
      if (m && m.index > 0) {
        if (!FILLER.test(m[0])) hedgeAt = m.index;
        else if (CONCLUSION.test(m[0]) && conclusionAt < 0) conclusionAt = m.index;
        rest = rest.slice(0, m.index);
        peeled = true;
        break;
      }
    }
    if (!peeled) break;
  }
  if (hedgeAt >= 0) return { kind: 'assessment', strength: 'hedged', at: hedgeAt };
  if (readingAt >= 0) return { kind: 'assessment', strength: 'firm', at: readingAt };
  return conclusionAt >= 0 ? { kind: 'consequence', strength: 'firm', at: conclusionAt } : null;
}

const CONCLUSION = /^(ことになる|こととなる)$/;

/** A footnote anchor glued to a predicate inside the sentence (`ある6`, `いる 12`). */
const INNER_ANCHOR = /(?<=[ぁ-ゖ])[\s\u3000]?[0-9０-９]{1,3}[\s\u3000]?$/;

/** Whether `s` ends with a digit or a space (a superset of \s), as INNER_ANCHOR's matches do: most endings do not, and need no search. */
function mayEndInAnchor(s: string): boolean {
  const c = s.charCodeAt(s.length - 1);
  return isJunkDigit(c) || c <= 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x205f) || c === 0x3000 || c === 0xfeff;
}

/** Ends with `か`, `かね` or `かな` (character codes: three endsWith calls per sentence cost more). */
function endsLikeQuestion(s: string): boolean {
  const n = s.length, last = s.charCodeAt(n - 1);
  return last === 0x304b /* か */ || ((last === 0x306d /* ね */ || last === 0x306a /* な */) && s.charCodeAt(n - 2) === 0x304b);
}

/** `…か` endings that are adjectives (`確か`, `明らか`), not questions. */
const NOT_A_QUESTION = /(豊|確|明ら|わず|僅|速や|緩や|穏や|細や|鮮や|健や|にわ|わず)か$/;
const NOT_A_QUESTION_T = ENDINGS.single(NOT_A_QUESTION);
const RHETORICAL = /ではない(だろう|であろう)?か$/;
const RHETORICAL_T = ENDINGS.single(RHETORICAL);
/** `必要とされる` = is required, not a report (but `…必要とされている` with no one named is one: §6 case 5). */
const REQUIRED = /必要とされる$/;
const REQUIRED_T = ENDINGS.single(REQUIRED);

/** Clause openers that end with 、: the final clause (where a named source counts) starts after the last of them. */
const CLAUSE_BREAKS = ['が', 'ものの', '一方', '一方で', 'けれども', 'しかし', 'しかしながら', 'ただし', 'だが'];

const CLAUSE_BREAK_LAST = new Set(CLAUSE_BREAKS.map((b) => b.charCodeAt(b.length - 1))); // codes: no one-character string per 、

function finalClauseStart(s: string): number {
  // every opener ends with 、, so look only at the 、s, from the last one back
  for (let i = s.lastIndexOf('、'); i > 0; i = s.lastIndexOf('、', i - 1)) {
    if (!CLAUSE_BREAK_LAST.has(s.charCodeAt(i - 1))) continue; // most 、 follow no opener: one Set lookup
    for (const b of CLAUSE_BREAKS) if (s.startsWith(b, i - b.length)) return i + 1;
  }
  return 0;
}

/** A caveat: `…点に留意が必要である`, `…ことに注意する必要がある`. */
const CAVEAT = /(点|こと|の)(に|には|の)(留意|注意)(が必要(である|だ)?|する必要がある|を要する)$/;
const CAVEAT_T = ENDINGS.single(CAVEAT);
/** Words of figures and their measurement: a caveat about them is about the paper's own numbers or method. */
const FIGURES_WORD = /(統計|数値|データ|推計|計上|指数|指標|集計|捕捉|係数|試算|算出|調査結果)/;

/** A statute, rule or contract as the subject of the sentence. */
const STATUTE_SUBJECT = /(法|法案|法律|法令|規則|規制|条例|指令|規定|規約|ガイドライン|指針|契約条件|第[0-9０-９一二三四五六七八九十百]+条)(では|においては|において|により|によって|上|は)、/;
/** The duties such a text imposes (and their report: `…なければならないとされている`). */
const STATUTE_DUTY = /(なければならない|ねばならない|なくてはならない|ものとする|ものとされる|ものとされている|こととする|こととされている|義務付けられている|義務づけられている|義務付けている|義務づけている|義務がある|禁止されている|できない|てはならない)(?:（[^）]{1,20}）)?(とされている|とされる|と定められている|と規定されている)?$/;
const STATUTE_DUTY_T = ENDINGS.single(STATUTE_DUTY);

/** Harm words: a possibility of these is a risk (`…を妨げるおそれや、…が滞る可能性がある`). */
const HARM = /(複雑化|深刻化|ハードル|障壁|偽|詐欺|不正|問題|リスク|被害|弊害|トラブル|障害|支障|悪影響|脅威|危険|犯罪|攻撃|妨げ|阻害|損な|損失|悪化|侵害|悪用|流出|漏えい|漏洩|滞る|おそれ|恐れ|混乱|不利益|格差|孤立|悪循環|できない|出来ない|不十分|しきれない|てしまう|弱め|低下|失わ|奪わ|困難|多大な影響|深刻な影響)/;

/** Hedges that say something may happen (a harm that may happen is a concern). */
const POSSIBILITY = /^(可能性|(場合|こと|ケース)(も|が)(あり得る|ありうる)|(起こり|生じ|あり|なり)(得る|うる))/;

/** Cases reported as happening (a concern when HARM names what happens). */
const HARM_EVENT = /(事例|事案|ケース|事態)(が|も)(多数|数多く|相次いで)?(生じている|発生している|見られる|みられる|相次いでいる|起きている|報告されている|増えている|増加している|増えてきている)$|(引き起こす|招く|もたらす|生じる|起こる|発生する)(こと|場合|ケース)(も|が)(ある|少なくない)$/;
const HARM_EVENT_T = ENDINGS.single(HARM_EVENT);
const PROBLEM_PREDICATE_T = ENDINGS.single(PROBLEM_PREDICATE);

/** Words of a forecast, a possibility or a guess. */
const FORECAST_WORDS = 'ではないか|可能性|見込|予測|予想|見通し|おそれ|かもしれ|だろう|であろう|推測|推察';
/** A reporting marker that itself names a forecast or guess (`…との見通しを示した`, `…と推測されている`). */
const FORECAST_MARKER = new RegExp(`(${FORECAST_WORDS})`);
/** Is the attributed content hedged (a forecast, a possibility, a guess, or the author's own `と考えられ`)? */
const ATTRIBUTED_HEDGE = new RegExp(`(${FORECAST_WORDS}|と考えられ|と思われ|見られてい|みられてい)`);

/**
 * Classify one sentence (as split by `splitSentences`). Returns null when the sentence is not
 * a claim: a plain description, a question, a decision stated as fact, or text about the text.
 * The tables decide; where they find no claim, the learned model (./claimModel) may propose one.
 */
export function classifySentence(sentence: string, halfWidthQuotes = true): ClaimClass | null {
  if (typeof sentence !== 'string') return null;
  // (`halfWidthQuotes` false: the caller knows the text holds no ｣, as extractClaims does of a whole document)
  if (halfWidthQuotes && hasHalfWidthQuote(sentence)) return withHalfWidthMarker(classifySentence(fullWidthQuotes(sentence)), sentence);
  const ending = stripEnding(sentence.trim()); // once, for the rules and the model
  const ruled = sentence.length === 0 ? null : readByRules(ending);
  if (ruled !== null) return ruled;
  // no listed marker: the learned reader of endings may still see a claim (never in a question)
  if (ending.question) return null;
  const proposed = claimByModel(ending.text);
  // the model knows endings, not whose text it is: what a plan lists or says is its content (§6 case 4), not a report
  return proposed !== null && proposed.kind === 'attributed' && PLAN_TOPIC.test(ending.text) ? null : withInnerFromWords(proposed, ending.text);
}

/** The rule classifier alone (the tables above), without the learned model. */
export function classifyByRules(sentence: string): ClaimClass | null {
  if (typeof sentence !== 'string' || sentence.length === 0) return null;
  if (hasHalfWidthQuote(sentence)) return withHalfWidthMarker(classifyByRules(fullWidthQuotes(sentence)), sentence);
  return readByRules(stripEnding(sentence.trim()));
}

/** What the rules read in a stripped ending, an attributed claim's inner kind completed from its words. */
function readByRules(ending: ReturnType<typeof stripEnding>): ClaimClass | null {
  return withInnerFromWords(rulesOn(ending), ending.text);
}

/** The half-width corner brackets the older editions quote with (`｢…｣という`): read as 「」, one character for one. */
// One search for the closing bracket: a quotation opened in a sentence is closed in it (the splitter keeps
// brackets together), and a regex scan for either bracket cost a tenth of all claim time.
const hasHalfWidthQuote = (s: string): boolean => s.indexOf('｣') >= 0;
const fullWidthQuotes = (s: string): string => s.replace(/｢/g, '「').replace(/｣/g, '」');
/** The marker as written: its brackets back to the half-width ones where the sentence has them. */
function withHalfWidthMarker(claim: ClaimClass | null, original: string): ClaimClass | null {
  if (claim === null || original.includes(claim.marker)) return claim;
  const written = claim.marker.replace(/「/g, '｢').replace(/」/g, '｣');
  return original.includes(written) ? { ...claim, marker: written } : claim;
}

/**
 * Words that say what kind of thing a report is about, when its content has no ending of a kind
 * (`…の重要性等が共有された`, `…障壁が指摘されている`, `…を目指そうとしている`):
 * the first family found in the final clause, necessity before importance before concern before aim.
 */
const INNER_WORDS: ReadonlyArray<readonly [RegExp, InnerKind]> = [
  [/(必要性|必要不可欠|不可欠|取り組むべき|講ずべき|すべき|べき事項)/, 'necessity'],
  [/(重要性|重要視|重視|意義|本命視|(?<!を)注目(して|され)|着目して)/, 'importance'],
  [/(課題|問題点|障壁|弊害|懸念|危機感|不安|脅威|阻害)/, 'concern'],
  [/(目標|目指|めざ|ていく」|ていきたい|(年|年度|年末)までに[^、。]{0,30}(する|拡大|増加|減少|達成|整備|普及))/, 'expectation'],
];

/** An attributed claim whose inner kind is the default (assessment) takes it from the words of its final clause. */
function withInnerFromWords(claim: ClaimClass | null, stripped: string): ClaimClass | null {
  if (claim === null || claim.kind !== 'attributed' || claim.inner !== 'assessment') return claim;
  const clause = finalClauseOf(stripped).slice(-60);
  // a share of answers is data, whatever it counts (§6 case 16: `…の6割が不安を感じている`)
  const counted = /[0-9０-９][％%割]/.test(clause);
  for (const [re, kind] of INNER_WORDS) if (!(counted && kind === 'concern') && re.test(clause)) return { ...claim, inner: kind };
  return claim;
}

/** The rule classifier on a sentence's stripped ending (stripEnding of the trimmed sentence). */
function rulesOn({ text: stripped, question, citesArticle }: ReturnType<typeof stripEnding>): ClaimClass | null {
  if (question || stripped.length === 0) return null;
  // A sentence that is one quotation, as interviews and columns print a speaker's words (§6 case 8):
  // what the words claim is the speaker's, who is named around it, not in it.
  const spoken = stripped.charCodeAt(0) === OPEN_QUOTE ? quotationBody(stripped) : null;
  if (spoken !== null) {
    // what the words claim: their last sentence that makes a claim (a closing greeting or fact after it adds none)
    for (const line of sentencesOf(spoken)) {
      const said = rulesOn(stripEnding(line));
      if (said !== null) return { kind: 'attributed', strength: said.strength, inner: said.inner, holder: SPEAKER, marker: said.marker };
    }
    return null;
  }

  // Work on a bounded tail; `offset` maps tail indices back into `stripped`.
  const offset = Math.max(0, stripped.length - TAIL);
  const tailOrig = stripped.slice(offset);
  const origEnd = ENDINGS.at(tailOrig);
  const tail = composeChain(plainify(tailOrig, origEnd));
  const end = tail === tailOrig ? origEnd : ENDINGS.at(tail); // one walk of the tail for every table below
  const common = tail === tailOrig ? tail.length : commonPrefix(tail, tailOrig); // most endings need no rewriting

  // Questions (a rhetorical `…ではないか` is a hedge, handled below).
  if (endsLikeQuestion(tail) && !ENDINGS.match(end, NOT_A_QUESTION_T, tail)) {
    const rhetorical = ENDINGS.match(end, RHETORICAL_T, tail) !== null && !WH.test(tail.slice(finalClauseStart(tail)));
    if (!rhetorical) return null;
  }

  for (const re of ENDINGS.entries(end, NOT_CLAIM_T)) if (execEnd(re, tail)) return null;
  // A caveat on how the paper's figures are read (§6 case 12) is about the text: `…二重に数えられることに留意が必要である`.
  if (ENDINGS.match(end, CAVEAT_T, tail) && FIGURES_WORD.test(stripped)) return null;
  // What a statute or rule requires is described, not claimed: `…記載しなければならない（第5条）`.
  if (ENDINGS.match(end, STATUTE_DUTY_T, tail) && (citesArticle || ARTICLE.test(tail.slice(-40)) || STATUTE_SUBJECT.test(tail))) return null;

  // Attribution: in the final predicate, or a source named in the final clause.
  let predicateAttribution = -1;
  if (!ENDINGS.match(end, REQUIRED_T, tail)) { // `必要とされる` = is required, not a report
    predicateAttribution = attributionIn(tail, end);
    // a report told as already made: `…との方針が示されたところである`
    const told = predicateAttribution < 0 ? ENDINGS.match(end, TOLD_T, tail) : null;
    const reported = told && told.index > 0 ? tail.slice(0, told.index) : null;
    // (`…とされているところである` is a decision told, as `…とされている` alone is not: case 4)
    if (reported !== null && !DECIDED.test(reported)) predicateAttribution = attributionIn(reported, ENDINGS.at(reported));
  }
  // the final clause, where a holder is named (computed only for the few sentences that need it)
  let clause: string | undefined;
  if (predicateAttribution >= 0) {
    clause = finalClauseOf(stripped);
    // The reported content is hedged when its own ending is (`…可能性があるとされている`), or
    // when the marker names a forecast (`…との見込みを発表した`; but `と考えられている` is a report, not a hedge).
    // what is reported, without the quoting particle the marker left to it (`…足りないとの` + `指摘がある`)
    const content = tail.slice(0, predicateAttribution).replace(QUOTE_END, '').replace(QUOTED_END, '').replace(TRAILING_COMMA, '');
    const reportMarker = tail.slice(predicateAttribution);
    const innerHit = classifyEnding(content);
    if (DESCRIBES.test(reportMarker)) {
      const party = topicParty(clause) ?? topicParty(stripped);
      if (TEXT_ITSELF.test(stripped) || (party !== null && isOwnParty(party))) return null;
    }
    // what a plan says it will do, stated as fact (§6 case 4): `「…計画」では、…を実施するとしている`
    if (innerHit === null && /^と(している|していた|した)$/.test(reportMarker) && PLANNED_ACTION.test(content)
      && (PLAN_TOPIC.test(stripped) || DOCUMENT_TOPIC.test(stripped))) return null;
    const contentEnd = content.slice(Math.max(finalClauseStart(content), content.length - 15));
    const hedged = (innerHit !== null && innerHit.strength === 'hedged') || ATTRIBUTED_HEDGE.test(contentEnd)
      || FORECAST_MARKER.test(reportMarker);
    return {
      kind: 'attributed', strength: hedged ? 'hedged' : 'firm',
      inner: innerKindOf(innerHit, content, reportMarker),
      holder: reporterBetween(reportMarker) ?? cleftReporter(content, reportMarker) ?? hearsayHolder(reportMarker, clause, stripped) ?? councilHolder(reportMarker, clause, stripped)
        ?? holderOf(clause, !PASSIVE_REPORT.test(reportMarker), stripped),
      marker: markerIn(tailOrig, common, predicateAttribution),
    };
  }
  // A source that opens the sentence or its final clause (`OECD（2019）は、…`, `…の調査では、…`,
  // `…によると…`) makes what follows that source's finding; the finding ends the sentence.
  // (the endings first: their gates are one lookup each, sourceOf searches the sentence)
  const source = ENDINGS.match(end, SOURCE_METHOD_T, tail) || ENDINGS.match(end, AUTHORS_INFERENCE_T, tail) ? null : sourceOf(stripped);
  if (source !== null) {
    const innerHit = classifyEnding(tail, end);
    const party = citedAuthor(stripped.slice(0, 80)) === source ? source : sourceParty(clause = finalClauseOf(stripped)) ?? sourceParty(stripped);
    return {
      kind: 'attributed',
      strength: (innerHit !== null && innerHit.strength === 'hedged') || ATTRIBUTED_HEDGE.test(tail.slice(-15)) ? 'hedged' : 'firm',
      inner: innerKindOf(innerHit, tail, ''),
      holder: holderOfSource(party),
      marker: source,
    };
  }

  // Problems listed as such (§6 case 2: `…が課題として挙げられた`), not survey shares (case 16) or a plan's contents (case 4)
  const listed = ENDINGS.match(end, LISTED_AS_PROBLEM_T, tail);
  if (listed && PROBLEM_FRAME.test(clause = finalClauseOf(stripped)) && !/[％%]/.test(stripped) && !PLAN_TOPIC.test(stripped)) {
    return { kind: 'attributed', strength: 'firm', inner: 'concern', holder: holderOfSource(sourceParty(clause)), marker: markerIn(tailOrig, common, listed.index) };
  }
  // `重要なことは、…ことである`: the sentence opens with what matters and ends by naming it (however long)
  // (the ending first: its gate turns most sentences away without a search, the opening's pattern backtracks)
  if (ENDINGS.match(end, NAMED_AT_END_T, tail) && IMPORTANT_OPENING.test(stripped)) return ownClaim('importance', 'firm', 0, tail, tailOrig, common, stripped, clause);
  const hit = classifyEnding(tail, end);
  if (hit === null) {
    // an event stated as fact is a concern when what happens is a harm: `…偽動画が拡散する事例も生じている`
    const event = ENDINGS.match(end, HARM_EVENT_T, tail); // behind its gate, like the other single patterns
    if (event && HARM.test(tail.slice(Math.max(0, event.index - 40), event.index))) return ownClaim('concern', 'firm', event.index, tail, tailOrig, common, stripped, clause);
    // a problem stated in composed words, unless the sentence reports survey shares (§6 case 16: `…への不安が高い（48.8％）`)
    const predicate = ENDINGS.match(end, PROBLEM_PREDICATE_T, tail);
    const nounFrom = predicate ? Math.max(0, predicate.index - 6) : 0; // the word of problem stands just before it
    const noun = predicate ? PROBLEM_NOUN_BEFORE.exec(tail.slice(nounFrom, predicate.index)) : null;
    if (predicate === null || noun === null || /[％%]/.test(stripped)) return null;
    return ownClaim('concern', 'firm', nounFrom + noun.index, tail, tailOrig, common, stripped, clause);
  }
  // A harm that may happen, or follows, is a concern, not a neutral possibility or an
  // exposition (`…仕組みを損なうこととなる`); FORMAT.md §6: a problem wins.
  if (hit.kind === 'consequence') return harmBefore(tail, hit.at) ? ownClaim('concern', 'firm', hit.at, tail, tailOrig, common, stripped, clause) : null;
  // (a forecast stays an expectation even when what is forecast is a problem: §6 case 14)
  const possibility = hit.kind === 'assessment' && POSSIBILITY.test(tail.slice(hit.at));
  if (possibility && harmBefore(tail, hit.at)) return ownClaim('concern', 'hedged', hit.at, tail, tailOrig, common, stripped, clause);
  return hit.kind === 'attributed' ? null : ownClaim(hit.kind, hit.strength, hit.at, tail, tailOrig, common, stripped, clause);
}

const OPEN_QUOTE = 0x300c; // 「
const CLOSE_QUOTE = 0x300d; // 」
/** The speaker of words quoted whole: a definite party, named in the sentences around them. */
const SPEAKER: ClaimHolder = { type: 'named', text: null };

/**
 * What `s` quotes when the whole of it is one quotation holding at least one full sentence
 * (`「…です。…と思います。」`), else null; a quoted phrase (`「…」という声`) is not.
 */
function quotationBody(s: string): string | null {
  if (s.charCodeAt(s.length - 1) !== CLOSE_QUOTE) return null;
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === OPEN_QUOTE) depth++;
    else if (c === CLOSE_QUOTE && --depth === 0 && i < s.length - 1) return null; // the first quotation closes early
  }
  const body = s.slice(1, -1);
  return depth === 0 && /[。！？!?]/.test(body) ? body : null;
}

/** The sentences of quoted words, last first (at most a few: a long speech is read from its end). */
function sentencesOf(body: string): string[] {
  return body.split(/(?<=[。！？!?])/).map((t) => t.trim()).filter((t) => t.length > 0).reverse().slice(0, 6);
}

/** Where a report marker starts at the end of `s` (`end` its walk), or -1. */
function attributionIn(s: string, end: Ending): number {
  for (const re of ENDINGS.entries(end, ATTRIBUTION_T)) {
    const m = execEnd(re, s);
    if (m) return m.index;
  }
  return -1;
}

/** `…ところである` after a report: it says the report has been made, not who made it. */
const TOLD = /(ところである|ところだ)$/;
const TOLD_T = ENDINGS.single(TOLD);
const DECIDED = /とされ(ている|た)$/;

// The helpers below are plain functions taking what they need, not closures made per sentence:
// rulesOn runs once per sentence, and closures were most of its garbage.

/** The final clause of `s`, where a holder is named. */
function finalClauseOf(s: string): string {
  return s.slice(finalClauseStart(s));
}

/** A marker found at `at` in the normalised tail, in the original text: the first `common` characters are unchanged. */
function markerIn(tailOrig: string, common: number, at: number): string {
  return tailOrig.slice(Math.min(at, common));
}

/** A harm named just before a marker (`…問題が、…発生する可能性がある`: not cut at が、). */
function harmBefore(tail: string, at: number): boolean {
  return HARM.test(tail.slice(Math.max(0, at - 40), at));
}

/**
 * The paper's own claim of `kind` whose marker starts at `at` in the normalised tail, unless
 * another party holds it. `clause` is the sentence's final clause when already computed.
 */
function ownClaim(kind: InnerKind, strength: ClaimStrength, at: number, tail: string, tailOrig: string, common: number,
  stripped: string, clause: string | undefined): ClaimClass | null {
  // a stance held in another country (§6 case 13: a named holder makes it reported): `米国においては、…が期待されている`
  if (kind !== 'concern' && kind !== 'assessment' && PASSIVE_PROGRESSIVE.test(tail.slice(at))) {
    const abroad = FOREIGN_LOCUS.exec(clause ??= finalClauseOf(stripped)) ?? FOREIGN_LOCUS.exec(stripped);
    if (abroad) return { kind: 'attributed', strength, inner: kind, holder: { type: 'named', text: abroad[1] }, marker: markerIn(tailOrig, common, at) };
  }
  // a target a plan sets, stated as fact (§6 case 4): `「…プラン」において、…を目標として掲げている`
  if (kind === 'expectation' && /^目標(として)?(掲げ|に掲げ)/.test(tail.slice(at)) && PLAN_TOPIC.test(stripped)) return null;
  // Another party's aim or priority (§6 cases 2 and 3: `同社は…を目指している`) is reported, not the paper's.
  if ((kind === 'expectation' || kind === 'importance' || kind === 'assessment') && OTHERS_STANCE.test(tail.slice(at))) {
    const party = topicParty(clause ??= finalClauseOf(stripped)) ?? topicParty(stripped);
    if (party !== null && !isOwnParty(party)) return { kind: 'attributed', strength, inner: kind, holder: { type: 'named', text: party }, marker: markerIn(tailOrig, common, at) };
    // an aim held now by a subject left to an earlier sentence (`今後は…の拡張を目指している`) goes on
    // describing the party named there: the paper states its own aims as `…を目指す`, or names itself
    if (party === null && PURSUED.test(tail.slice(at)) && !BY_THIS_MEASURE.test(stripped)) return { kind: 'attributed', strength, inner: kind, holder: { type: 'named', text: null }, marker: markerIn(tailOrig, common, at) };
  }
  return { kind, strength, inner: kind, holder: OWN, marker: markerIn(tailOrig, common, at) };
}

/**
 * The author's own inference ending a sentence that opens with a source (`…の調査によると、…が
 * 少なくないと考えられる`, `これによると、…可能性がうかがえる`): the source is the evidence, the
 * claim is the paper's, an assessment (or the kind under the hedge).
 */
const AUTHORS_INFERENCE = /(と(考えられる|推測される|推察される|推測できる|推察できる|思われる|いえる|言える|いえよう|言えよう|考えることができる|みることができる|見ることができる)|(うかがえる|うかがわれる|窺える)|(ことが|ことも|ことは)(わかる|分かる|見て取れる|読み取れる))$/; // (the paper reading the data it cites: `…の調査では、…ことが分かる`)
const AUTHORS_INFERENCE_T = ENDINGS.single(AUTHORS_INFERENCE);

/** `…などが挙げられている`: things listed by someone (which is a problem list when PROBLEM_FRAME says so). */
const LISTED_AS_PROBLEM = /(などが|等が|が|として)(挙げられて|あげられて)(いる|いた)$/;
const LISTED_AS_PROBLEM_T = ENDINGS.single(LISTED_AS_PROBLEM);
/** `…の課題として、…`: what follows is listed as a problem. */
const PROBLEM_FRAME = /(課題|問題点|問題|障壁|阻害要因|懸念)として/;
/** A plan, strategy or law as the topic: what it lists is its content (§6 case 4). */
const PLAN_TOPIC = /(計画|戦略|方針|プラン|ロードマップ|構想|ビジョン|法|指針|ガイドライン)」?(（[^）]{0,60}）)?(では|において)/;
/** A document named in brackets as the topic: `「…2012」では、`. */
const DOCUMENT_TOPIC = /^[^、。]{0,8}「[^」]{1,30}」(（[^）]{0,60}）)?(では|において(は)?)[、，]/;
/** An action a plan states it will take: `…を実施する`, `…を整備していく`. */
const PLANNED_ACTION = /(する|していく|行う|進める|図る|講じる|講ずる|設ける)$/;

/** A sentence opening with what matters (`重要なことは、`, `特に大切なのは、`) … */
const IMPORTANT_OPENING = /^(?:[^、。「」]{0,12}[、，])?(?:最も|特に|何より|何よりも|より)?(?:重要|大切|肝要|肝心|大事)な(?:こと|の|点)は[、，]/;
/** … and ending by naming it (`…ことである`, `…点だ`). */
const NAMED_AT_END = /(こと|点|の)(である|だ)$/;
const NAMED_AT_END_T = ENDINGS.single(NAMED_AT_END);

/** `…Xとして…` before a listing verb: X says what kind of thing is listed. */
const LISTING_FRAME = /([^、。]{1,24})として[^、。]{0,40}$/;
const FRAME_INNER: ReadonlyArray<readonly [RegExp, InnerKind]> = [
  [/(課題|問題|懸念|障壁|阻害要因|リスク)/, 'concern'],
  [/(べき|必要)/, 'necessity'],
  [/(重要|鍵|カギ)/, 'importance'],
  [/(期待|目標)/, 'expectation'],
];

/** A recommendation made (`…等の提言を取りまとめた`) … */
const RECOMMENDATION = /(提言|勧告|答申)/;
/** … by a council the sentence names: `「…研究会」を開催し、…提言を取りまとめた`. */
const COUNCIL = /「[^「」]{1,40}(研究会|懇談会|審議会|委員会|検討会|協議会|会議|タスクフォース|ワーキンググループ)」/;

/**
 * The holder of a recommendation whose topic is the paper's own government or left out: the
 * government convenes, the council it names recommends (`総務省は「…研究会」を開催し、…提言を取りまとめた`).
 */
function councilHolder(reportMarker: string, clause: string, sentence: string): ClaimHolder | null {
  if (!RECOMMENDATION.test(reportMarker)) return null;
  const party = topicParty(clause) ?? topicParty(sentence);
  if (party !== null && !isOwnParty(party)) return null;
  const council = COUNCIL.exec(sentence);
  return council ? { type: 'named', text: council[0] } : null;
}

/** Describing and computing: a claim only when someone other than the paper or its government does it. */
const DESCRIBES = /^(について|に関して|を)(記述|説明|詳述|算出|試算)して|^を([^、。]{1,12}(に|へ|に対して|に対し))?(勧告|提言)し|^(こと|の)を(強く)?求めて/;
/** The text about itself: `本章では…について説明している`. */
const TEXT_ITSELF = /^(?:[^、。]{0,8}[、，])?(本|この|次|以下の)(章|節|項|稿|部|白書|コラム)(では|において|で|は)/;
/** The end of reported content that names a problem or shortfall: `…競争力が低下したこと`. */
const PROBLEM_CONTENT = /(低下|悪化|減少|不足|遅れ|立ち遅れ|深刻化|困難|停滞|低迷|格差)(している|してきている|した|しつつある|が見られる|が生じている)?(こと|点)?$/;

/** A marker in the passive progressive: `期待されている`, `求められている`, `重視されている`. */
const PASSIVE_PROGRESSIVE = /(され|られ)て(いる|きた)$/;
/** Another country or region as the locus of the final clause: `米国においては、`, `欧州では、`. */
const FOREIGN_LOCUS = /^(?:[^、。「」]{0,10}[、，])?((?:米国|アメリカ|英国|イギリス|欧州|EU|中国|韓国|ドイツ|フランス|インド|シンガポール|カナダ|オーストラリア|北欧|諸外国|海外)[^、。「」]{0,6}?)(?:においては|では|において)[、，]/;

/** A wish at the end of reported content: `…を続けたい`, `…して行きたい`. */
const WISH = /(たい|たいと)$/;
/** Estimating verbs, and a content that states what is (or was) rather than what will be. */
const ESTIMATE = /(推計|推定|試算)/;
const STATE_END = /(ている|ていた|た|である|であった|いる)(と)?$/;

/** Hearsay (`…だという`, `…とのことである`) about what a person the clause opens with says: `A氏は、…が理想だという`. */
const HEARSAY = /^(という|とのことであ[るっ]た?)$/;
const PERSON = /(氏|さん|教授|博士|准教授|社長|会長|代表|理事長|所長|担当者|部長|課長|市長|知事|町長|村長|CEO)$/;

const PERSON_DESCRIBED = /^.*(?:する|した|している|していた|である)(?=[^、]{2,}$)/;

function hearsayHolder(reportMarker: string, clause: string, sentence: string): ClaimHolder | null {
  if (!HEARSAY.test(reportMarker)) return null;
  const party = topicParty(clause) ?? topicParty(sentence);
  // the person as named, without the clause describing them: `支店に勤務する山田さん` → `山田さん`
  if (party !== null && PERSON.test(party)) return { type: 'named', text: party.replace(PERSON_DESCRIBED, '') };
  // hearsay passes on what a definite informant said, named in the sentences around it (a case study's
  // interviewee), unless the sentence names a source itself
  return party === null || isOwnParty(party) ? { type: 'named', text: null } : null;
}

/** A comma left before the quoting particle: `…が適当である、` + `との考え方が示された`. */
const TRAILING_COMMA = /[、，]$/;

/** The close of quoted words at the end of reported content: `「…が大切だ」` + `と語る` is read inside. */
const QUOTED_END = /[。．]?」$/;

/** The reporter named between the quotation and the verb: `…と関係者は評価している` → `関係者`. */
const REPORTER_BETWEEN = /^と、?([^、。「」]{1,16}?)(?:は|が|も)(?:評価|指摘|強調|説明|主張|分析|述べ|語|話|記し|論じ|言う)/;
function reporterBetween(reportMarker: string): ClaimHolder | null {
  const m = REPORTER_BETWEEN.exec(reportMarker);
  if (m === null) return null;
  return isOwnParty(m[1]) ? null : { type: 'named', text: m[1] };
}

/** Who stresses what a cleft names: `吉岡さんが` + `強調するのが…だ`. */
const CLEFT_REPORT = /^(強調|指摘|主張|力説)(する|している)の(は|が)/;
const CLEFT_REPORTER = /([^、。「」]{1,20}?)(?:が|の)$/;
function cleftReporter(content: string, reportMarker: string): ClaimHolder | null {
  if (!CLEFT_REPORT.test(reportMarker)) return null;
  const m = CLEFT_REPORTER.exec(content);
  return m === null || isOwnParty(m[1]) ? null : { type: 'named', text: m[1] };
}

/** A quoting particle at the end of reported content. */
const QUOTE_END = /(?:とも|との|という|(?<!こ)と|旨の|旨)$/; // not the と of こと

/** A report verb in the passive or existential voice: its topic is what is reported on, not who reports. */
const PASSIVE_REPORT = /(され|られ|われ|れて|れる|れた|(が|も|は)[^、]{0,14}$|という$|とのことであ|そうである$|ことが多い$|(という|との)[^、]{0,8}(である|であった|となっている)$)/;

/** An aim being pursued, in the progressive: `…を目指している`, `…を目標としている`. */
/** … unless it is the aim of a measure just described (`これにより、…の強化を目指している`), as the paper's own measures are told. */
const BY_THIS_MEASURE = /^(?:また、?|さらに、?)?(?:これにより|これらにより|これによって|これらによって)/;
const PURSUED = /^(目指して|めざして|目標として|(を|に|も)(重視|重要視)して|(に|へ)重きを置いて|(こと|の)を(誓って|約束して|実感して|確信して)|と(実感|確信)して)(いる|いた)$/;

/** An aim or priority held by whoever is the topic: `…を目指している`, `…を重視している`. */
const OTHERS_STANCE = /^(?:を|に|も|へ)?(目指|めざ|目標|重視して|重要視して|重きを置いて|計画を|ビジョンを|構想を|(こと|の)を(誓|約束|実感|確信)|と(実感|確信))/;

/** What a report verb itself says of the reported content, when the content has no marker of its own. */
const MARKER_INNER: ReadonlyArray<readonly [RegExp, InnerKind]> = [
  [/(懸念|警告|警鐘|危惧|憂慮|心配|疑問|批判|課題|不安視|危機感)/, 'concern'],
  [/(提言|提案|勧告|要望|要請|求め|呼びかけ|呼び掛け|訴え|提唱)/, 'necessity'],
  [/(予測|予想|見込|見通し|推計|試算|目指|目標|期待|意欲|決意|意向|方針|掲げ|(図る|推進する|進める|実現する)と(し|され))/, 'expectation'],
  [/(重視|重要視|重要性|意義|注目して|着目して|意識して)/, 'importance'],
  [/必要性/, 'necessity'],
];

/**
 * The inner kind of reported content: the kind its own ending has (`…が不可欠であると指摘している`
 * → necessity), else what the report verb says of it (`…と懸念している` → concern), else a plain
 * finding reported (`…と述べている` → assessment).
 */
function innerKindOf(hit: Hit | null, content: string, reportMarker: string): InnerKind {
  if (hit !== null) {
    if (hit.kind === 'consequence') return HARM.test(content.slice(Math.max(0, hit.at - 40), hit.at)) ? 'concern' : 'assessment';
    if (hit.kind === 'assessment' && POSSIBILITY.test(content.slice(hit.at)) && HARM.test(content.slice(Math.max(0, hit.at - 40), hit.at))) return 'concern';
    if (hit.kind !== 'attributed') return hit.kind;
  }
  // what is listed takes its kind from the frame it is listed under: `…すべき項目として…を挙げている`
  if (/挙げ|あげ/.test(reportMarker)) {
    const frame = LISTING_FRAME.exec(content);
    if (frame) for (const [re, kind] of FRAME_INNER) if (re.test(frame[1])) return kind;
  }
  // a problem or shortfall reported (`…の力が弱まったことについて記述している`)
  if (PROBLEM_CONTENT.test(content)) return 'concern';
  // a wish reported (`…していきたいとのことである`) is an aim
  if (WISH.test(content)) return 'expectation';
  // an estimate of what is, not of what will be: `…を超えていると推計されている`
  if (ESTIMATE.test(reportMarker) && STATE_END.test(content)) return 'assessment';
  // the noun the report is about may stand just before the marker: `懸念が多く語られている`, `…との批判がある`
  // (the noun may stand a few words before the marker: `…の重要性を確認している`, `…の必要性が指摘されている`)
  const said = content.slice(-14) + reportMarker;
  for (const [re, kind] of MARKER_INNER) if (re.test(said)) return kind;
  return 'assessment';
}

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}
