// Whose claim a sentence makes (FORMAT.md §6, "the holder"): the paper's own, a party the sentence
// names (`OECD`, `A社の調査`, `有識者`), or reported with no one named (`…とされている`).
//
// The holder stands in the final clause, in one of four places:
//  - a source phrase: `A社の調査によると、…`, `OECDの報告書では、…` (one opening the sentence governs it all);
//  - the party a report comes from: `有識者からは、…との意見が寄せられた`, `審議会から…答申を受けた`;
//  - the topic of an active report verb: `OECDは、…と指摘している`, `同社は…を目指している`;
//  - the speaker of a quotation: `「…」と同氏は語った`, `同氏は「…」と述べた`.
// The topic of a passive report (`AIは…とされている`) is what is reported on, not who reports it.

import type { ClaimHolder } from './model';

/**
 * Parties whose word is the paper's own: the authors and their work (本白書, 本事業, 本計画), the
 * government and its ministries and agencies (a foreign ministry is another party).
 */
const OWN_PARTY = /^(?:本[^、。]{1,10}|今回の[^、。]{1,10}|当省|総務省|政府|我が国|わが国|日本政府|国|我々|私たち|筆者|内閣府|内閣官房|同省|同庁|(?!米|中国|英|欧|独|仏|韓|露|豪|印|台|EU|海外|各国|諸外国)[^、。「」（）()の]{1,8}(?:省|庁))$/;

/** Connectives and framing words that may open a clause before the party is named. */
const LEADING = /^(?:また|さらに|更に|なお|一方|他方|このうち|その中で|例えば|たとえば|特に|実際|加えて|具体的には|この点|これに対し|これに対して|そして|しかし|ただし|同様に|最近では|近年では?|現在)[、，]?/;

/** Words that are a party's report, survey or study: `A社の調査`, `OECDの報告書`. */
const SOURCE_NOUN = '(?:調査|アンケート|研究|報告書|報告|分析|論文|レポート|白書|答申|提言|宣言|とりまとめ|取りまとめ|推計|予測|試算|資料|データ|統計|発表|声明|ガイドライン|見通し|Report|Survey|Review|Outlook|Index)';

/** `X（によると|によれば）`: the party is the noun phrase before it. */
const BY = /(によると|によれば)(?!ころ)/;
/** `Xの調査では、` / `X（2019）は、` / `Xでは、` opening a clause. */
const SOURCE_TOPIC = new RegExp(`^(.{1,60}?${SOURCE_NOUN}」?)(?:では|においては|において|でも)[、，]`);
/** `Xは、` / `Xでは、` as the topic of the final clause (a comma after it or not). */
const TOPIC = /^([^「」『』]{1,50}?)(?:においては|においても|は|では|もまた|も)(?:、|，|「)/;
const TOPIC_NO_COMMA = /^([^、。「」]{1,40}?)(?:は|では)(?=[^、。]{4})/;
/** A topic that says what is spoken of, not who speaks: `後者については`, `この点に関しては`. */
const SUBJECT_MATTER = /(について|に関して|に対して|をめぐって|としては|の場合|においては|の点)$/;
/** A time, not a party: `今後は、…としている`. */
const WHEN = /^(?:今後|現在|近年|将来|当面|最近|従来|これまで|今回|昨年|本年|同年|以前|当時|その後|現時点)$/;
/** A footnote anchor glued to the party (`岩本（2018）7`, `調査 5`), not after a Latin letter (`G7`). */
const TRAILING_ANCHOR = /(?<=[^A-Za-zＡ-Ｚａ-ｚ0-9０-９])[\s\u3000]*[0-9０-９]{1,3}$/;
/** A quotation closed by a speech verb: `」と語った`, `」と同氏は述べた`. */
const SPEECH_AFTER = /」と(?:、)?([^、。「」]{1,20}?)(?:は|が)(?:語|述べ|話|説明|強調|指摘)/;

/** Trim a found phrase to the party: no connective, no quotation marks around it, no footnote anchor, at most 60 characters. */
function cleanParty(raw: string): string | null {
  let t = raw.trim();
  for (let guard = 0; guard < 3 && LEADING.test(t); guard++) t = t.replace(LEADING, '').trim();
  // keep what follows the last clause break inside the phrase: `…が進む中、A社の調査` → `A社の調査`
  const cut = Math.max(t.lastIndexOf('、'), t.lastIndexOf('，'), t.lastIndexOf('。'));
  if (cut >= 0) t = t.slice(cut + 1);
  if (/^[「『]/.test(t) && /[」』]$/.test(t) && !/[「『]/.test(t.slice(1))) t = t.slice(1, -1).trim();
  t = t.replace(TRAILING_ANCHOR, '').trim();
  if (t === '' || t.length > 60 || SUBJECT_MATTER.test(t) || WHEN.test(t)) return null;
  return t;
}

export function isOwnParty(party: string): boolean {
  return OWN_PARTY.test(party.replace(/[\s\u3000]/g, ''));
}

/** The party named by a source phrase in `clause` (`…によると`, `…の調査では`), or null. */
export function sourceParty(clause: string): string | null {
  const by = BY.exec(clause);
  if (by) {
    // a figure cited in brackets after the source names where its data are shown, not who holds them
    const party = cleanParty(clause.slice(0, by.index).replace(/[（(]図表[^）)]{1,20}[）)]\s*$/, ''));
    if (party && !/図表/.test(party)) return party;
  }
  const opened = SOURCE_TOPIC.exec(clause.replace(LEADING, ''));
  if (opened) return cleanParty(opened[1]);
  return null;
}

/** The topic of `clause` when it names who speaks (`OECDは、…`), or null. */
export function topicParty(clause: string): string | null {
  const c = clause.replace(LEADING, '');
  const m = TOPIC.exec(c);
  if (m) return cleanParty(m[1]);
  // without a comma the topic is as often what is reported on (`透明性の確保は必要であるとする`): only a party-like name
  const bare = TOPIC_NO_COMMA.exec(c);
  const party = bare ? cleanParty(bare[1]) : null;
  return party !== null && PARTY_LIKE.test(party) ? party : null;
}

/** Names that read as a party: a cited author, a person, an organisation, a place that acts. */
const PARTY_LIKE = /([）)]|氏|さん|教授|博士|社|省|庁|機構|協会|研究所|大学|委員会|政府|会議|銀行|財団|センター|グループ|団体|企業|県|市|町|村|連合|機関|[A-Za-z]{2,})$/;
/** Pointers back to a source named earlier (`これによれば`): the party is in an earlier sentence. */
const DEICTIC = /^(?:これ|それ|こちら|あれ)$/;

/** Besides the names PARTY_LIKE reads (not a bracket: `（B2C）から、…に移行`), the bodies and people a report comes from. */
const FROM_ROLE = /(審議会|研究会|懇談会|検討会|協議会|事業者|自治体|有識者|専門家|関係者|担当者|利用者|回答者|参加者|職員|運営者|住民|業界|各国)$/;
const isFromParty = (party: string): boolean => FROM_ROLE.test(party) || (PARTY_LIKE.test(party) && !/[）)]$/.test(party));
/** When the report came, before the party: `平成28年10月に`. */
const DATED = /^[^、。]*?[0-9０-９元][年月日度](?:に|には)/;
/** What ends the phrase before から, looking back: a clause break or a bracket. */
const PHRASE_BREAK = /[、。「」『』]/;
/**
 * The party a report comes from (`有識者からは、`, `NTTからも、`, `審議会から、…答申がなされた`): a
 * party-like noun before から set off by は, も or a comma. Without them から is a starting point
 * (`教授から企業に転じた`, `…から構成される`, `AからBに移行する`) or adnominal (`住民からの情報`); a reason
 * (`…ことから`), a time (`以前から`) or a vantage (`…の立場から`) names no one.
 */
function fromParty(text: string): string | null {
  // each から is found by indexOf and its phrase read back to the last break: a regex tried from
  // every position of the sentence cost a few per cent of all claim time
  for (let at = text.indexOf('から'); at > 0; at = text.indexOf('から', at + 2)) {
    const next = text.charCodeAt(at + 2);
    if (next !== 0x306f /* は */ && next !== 0x3082 /* も */ && next !== 0x3001 /* 、 */ && next !== 0xff0c /* ， */) continue;
    let from = at;
    while (from > 0 && at - from < 40 && !PHRASE_BREAK.test(text[from - 1])) from--;
    const party = cleanParty(text.slice(from, at).replace(DATED, ''));
    if (party !== null && isFromParty(party)) return party;
  }
  return null;
}

/** The speaker of a quotation the clause ends with (`「…」と同氏は語った`), or null. */
export function speakerParty(clause: string): string | null {
  const m = SPEECH_AFTER.exec(clause);
  return m ? cleanParty(m[1]) : null;
}

/**
 * The holder of an attributed claim whose final clause is `clause`. `active` says whether the
 * report verb is active (`…と指摘している`: its topic is the holder) rather than passive or
 * existential (`…とされている`, `…との指摘がある`: only a source phrase names the holder).
 */
export function holderOf(clause: string, active: boolean, sentence: string = clause): ClaimHolder {
  // a final clause that starts inside a quotation (`「…が、…」と述べている`) is read from the sentence's start
  const from = insideQuotation(clause) ? sentence : clause;
  // a source that opens the sentence (`同社によれば、…が、…という`) governs it past later clause breaks
  const party = sourceParty(from) ?? speakerParty(from) ?? (active ? topicParty(from) : null) ?? openingSource(sentence)
    ?? (active ? null : fromParty(sentence));
  if (party !== null && DEICTIC.test(party)) return { type: 'named', text: null };
  if (party !== null && !isOwnParty(party)) return { type: 'named', text: party };
  // an active verb with its subject left to an earlier sentence still reports a definite party
  if (active && party === null) return { type: 'named', text: null };
  return { type: 'unnamed', text: null };
}

/**
 * A source named where the sentence opens, before its first comma: `A社によれば、`. It governs the
 * whole sentence, past later clause breaks (claims.ts reads the source from it too).
 */
export const OPENING_SOURCE = /^[^、。「」]{1,40}?(によると|によれば)[、，]/;
function openingSource(sentence: string): string | null {
  const opening = OPENING_SOURCE.exec(sentence);
  return opening ? sourceParty(opening[0]) : null;
}

/** Does `clause` start inside a quotation (a closing bracket before any opening one)? */
function insideQuotation(clause: string): boolean {
  const close = clause.search(/[」』]/);
  if (close < 0) return false;
  const open = clause.search(/[「『]/);
  return open < 0 || close < open;
}

/** The holder a source phrase names: `A社の調査` named, `これ` (named in an earlier sentence), the paper's own parties unnamed. */
export function holderOfSource(party: string | null): ClaimHolder {
  if (party === null || isOwnParty(party)) return { type: 'unnamed', text: null };
  return { type: 'named', text: DEICTIC.test(party) ? null : party };
}

export const OWN: ClaimHolder = Object.freeze({ type: 'own', text: null }) as ClaimHolder;
