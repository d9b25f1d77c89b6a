// Typing `第` or a partial path suggests the workspace's headings with their titles, and completes
// the path followed by 「title」参照 (setting insertTitle).
import { pathLabel } from '../core/numbering';
import { lineIndexOf } from '../core/text';
import { headingName } from './documentSymbols';
import { markdownEscape } from './format';
import { levelName } from './messages';
import type { ServiceContext } from './service';
import { offsetAt, Position, Range } from './types';

/** The partial path being typed just before the cursor (`第Ⅰ部第1`, `第2章第`). */
const PARTIAL_PATH = /第[^\s。、「」（）]{0,30}$/;

export const COMPLETION_TRIGGER_CHARACTERS = ['第'];

export interface CompletionItem {
  /** The path, e.g. 第Ⅱ部第1章第2節. */
  label: string;
  /** The heading's title. */
  description: string;
  /** Level · file. */
  detail: string;
  /** Markdown. */
  documentation: string;
  filterText: string;
  sortText: string;
  insertText: string;
  /** What the item replaces: the partial path typed so far. */
  range: Range;
}

export function completions(ctx: ServiceContext, uri: string, position: Position): CompletionItem[] {
  const doc = ctx.document(uri);
  if (!doc) return [];
  const lines = lineIndexOf(doc);
  const offset = offsetAt(doc, position);
  const linePrefix = doc.text.slice(lines.lineStart(position.line), offset);
  const typed = PARTIAL_PATH.exec(linePrefix)?.[0];
  if (!typed) return [];
  const range: Range = { start: { line: position.line, character: position.character - typed.length }, end: position };
  const seen = new Set<string>();
  const items: CompletionItem[] = [];
  for (const { uri: file, heading } of ctx.index.allHeadings()) {
    if (heading.level === 'unnumbered' || seen.has(heading.address)) continue;
    const label = pathLabel(heading.segments);
    if (!label.startsWith('第')) continue;
    seen.add(heading.address);
    items.push({
      label,
      description: heading.title,
      detail: `${levelName(heading.level, ctx.t)} · ${ctx.relativePath(file)}`,
      documentation: `**${markdownEscape(headingName(heading))}**`,
      filterText: label + heading.title,
      sortText: heading.address,
      insertText: ctx.settings.insertTitle ? `${label}「${heading.title}」参照` : label,
      range,
    });
  }
  return items;
}
