// Whether a plain-text file is a white-paper page, from its first lines alone.
const BREADCRUMB = /^[^\n>＞]{1,40}[>＞][^\n]*白書[^\n]*[>＞]/m;
const OUTER_HEADING = /^(?:\uFEFF)?第(?:[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|[IVX]{1,4}|[0-9０-９]{1,2})[部章節][ \u3000]/m;

export function looksLikeWhitePaper(head: string): boolean {
  const lines = head.split(/\r\n|\r|\n/, 12).join('\n');
  return BREADCRUMB.test(lines) || OUTER_HEADING.test(lines);
}
