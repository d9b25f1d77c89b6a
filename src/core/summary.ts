// The summary some editions open with (「平成25年版 情報通信白書のポイント」): the book's outline told
// once over — 第1部, 第1章：…, a page per chapter — before the body tells it in full. Its lines restate
// headings and name chapters, but they are neither the body's headings nor cross-references.
import type { Line } from './lines';

const SUMMARY_TITLE_RE = /のポイント[」』]?$/;

/**
 * The index of the line the body starts at when the text opens with a summary, else 0. The summary
 * is known by its title on the first line; it ends where the outline starts over: the first 部 or 章
 * heading whose number the summary has already given.
 */
export function summaryEnd(text: string, lines: readonly Line[]): number {
  const first = lines.findIndex((l) => l.shape.kind !== 'blank');
  if (first < 0 || !SUMMARY_TITLE_RE.test(text.slice(lines[first].start, lines[first].end).trim())) return 0;
  const seen = new Set<string>();
  for (let li = first + 1; li < lines.length; li++) {
    const shape = lines[li].shape;
    if (shape.kind !== 'heading' || (shape.level !== 'part' && shape.level !== 'chapter')) continue;
    const key = `${shape.level}:${shape.rawNumber.normalize('NFKC')}`;
    if (seen.has(key)) return li;
    seen.add(key);
  }
  return 0; // the outline never starts over: no telling where a summary would end, so there is none
}
