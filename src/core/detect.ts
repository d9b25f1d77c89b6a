// Whether a plain-text file is a white-paper page, from its first lines alone.
const BREADCRUMB = /^[^\n>＞]{1,40}[>＞][^\n]*白書[^\n]*[>＞]/m;
const OUTER_HEADING_START = /^(?:\uFEFF)?第(?:[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|[IVX]{1,4}|[0-9０-９]{1,2})[部章節][ \u3000]/m;

/** Weaker signals, each of which ordinary text can show once; a white paper shows several kinds. */
const SIGNALS: RegExp[] = [
  /(?:^|。|参照)第(?:[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|[IVX]{1,4}|[0-9０-９]{1,2})[部章節][ \u3000]\S/gm, // a 部/章/節 heading, maybe glued
  /^[0-9０-９]{1,2}\u3000\S/gm, // 1　項 heading or footnote (official .txt)
  /^[（(][0-9０-９]{1,2}[）)][ \u3000]?\S[^。\n]{0,60}$/gm, // (1) heading
  /^[アイウエオカキクケコ][ \u3000]\S[^。\n]{0,60}$/gm, // ア heading
  /図表(?:[ⅠⅡⅢⅣⅤ]|[0-9]{1,2})(?:[-－][0-9]{1,3}){2,3}/g, // figure number
  /^(?:はじめに|序章|補論|特集[0-9①-⑳]?)[ \u3000]?\S{0,40}$/gm, // front-matter heading
];

/**
 * An edition (or a page) that opens with a 項 heading in the official shape: `1　title` (ideographic
 * space, short, no 。), then prose sentences, then another such numbered line further on.
 */
const ITEM_HEADING_FIRST = /^(?:\uFEFF)?[0-9０-９]{1,2}\u3000[^。\n]{1,40}\r?\n[^\n]{20,}。/;
const ANOTHER_NUMBERED_LINE = /\n[0-9０-９]{1,2}\u3000\S/;

export function looksLikeWhitePaper(head: string): boolean {
  const sample = head.slice(0, 6000);
  const first = sample.split(/\r\n|\r|\n/, 12).join('\n');
  if (BREADCRUMB.test(first) || OUTER_HEADING_START.test(first)) return true;
  if (ITEM_HEADING_FIRST.test(sample) && ANOTHER_NUMBERED_LINE.test(sample.slice(1))) return true;
  let kinds = 0, total = 0;
  for (const re of SIGNALS) {
    const n = sample.match(re)?.length ?? 0;
    if (n > 0) kinds++;
    total += n;
  }
  return kinds >= 2 && total >= 4;
}
