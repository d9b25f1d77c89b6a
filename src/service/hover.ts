// Hover: on a footnote anchor, the footnote's text and source; on a definition's number, every place
// citing it; on a cross-reference, the target's address, title, file and first paragraph; on a
// heading, where the workspace cites it. Markdown with the files' text escaped; `$(warning)` icons
// are VS Code theme icons (hosts without them replace them, see `plainIcons`).
import { Span, WhitePaperDocument } from '../core/model';
import { pathLabel } from '../core/numbering';
import { anchorAt, definitionNumberAt, headingLineAt, proseWithoutAnchors } from '../core/queries';
import { Target } from '../core/workspaceIndex';
import { citationSnippet, markdownEscape, markdownEscapeLinkingUrls, shorten } from './format';
import { levelName } from './messages';
import { referenceUnderCursor, targetRange } from './references';
import type { ServiceContext } from './service';
import { offsetAt, Position, positionAt, Range, rangeOf } from './types';

export interface Hover {
  /** Markdown. */
  contents: string;
  range: Range;
}

/** One provider's part of a hover: its Markdown and the text it is about. */
interface HoverPart { markdown: string; span: Span }

const MAX_TARGETS = 5;
const MAX_CITING_SITES = 10;

/** Every hover that applies at the position, stacked as VS Code stacks its providers' hovers. */
export function hover(ctx: ServiceContext, uri: string, position: Position): Hover | null {
  const doc = ctx.document(uri);
  if (!doc) return null;
  const offset = offsetAt(doc, position);
  const parts = [footnoteHover(ctx, doc, offset), referenceHover(ctx, doc, offset), headingHover(ctx, doc, offset)]
    .filter((p): p is HoverPart => p !== null);
  if (parts.length === 0) return null;
  return { contents: parts.map((p) => p.markdown).join('\n\n---\n\n'), range: rangeOf(doc, parts[0].span) };
}

/** Theme icons (`$(warning)`) as characters, for hosts that show Markdown without them. */
export function plainIcons(markdown: string): string {
  return markdown.replace(/\$\((warning|edit|circle-slash)\) ?/g, (_m, icon: string) => (icon === 'warning' ? '⚠ ' : icon === 'edit' ? '✎ ' : '⊘ '));
}

export function footnoteHover(ctx: ServiceContext, doc: WhitePaperDocument, offset: number): HoverPart | null {
  const { t } = ctx;
  const anchor = anchorAt(doc, offset);
  if (anchor && anchor.definition >= 0) {
    const def = doc.footnotes[anchor.definition];
    let md = `**${t('Footnote {0}', def.number)}** · ${t('line {0}', positionAt(doc, def.start).line + 1)}\n\n`;
    if (anchor.confidence === 'doubtful') md += `${doubtNote(ctx, anchor.doubt)}\n\n---\n`;
    md += markdownEscapeLinkingUrls(def.text).replace(/\n/g, '  \n');
    if (def.source) md += `\n\n---\n${t('Source')}: ${markdownEscape(def.source)}`;
    return { markdown: md, span: anchor };
  }
  const def = definitionNumberAt(doc, offset);
  if (!def) return null;
  let md = `**${t('Footnote {0}', def.number)}** · `;
  if (def.anchors.length === 0) md += t('not cited anywhere in this file');
  else {
    md += t('cited {0} time(s)', def.anchors.length) + '\n';
    for (const i of def.anchors) {
      const a = doc.anchors[i];
      md += `\n- ${t('line {0}', positionAt(doc, a.start).line + 1)}: ${markdownEscape(citationSnippet(doc.text, a))}`;
    }
  }
  return { markdown: md, span: def.numberSpan };
}

/** Says that the digits may be an ordinary number, why, and what edits do with them. */
function doubtNote(ctx: ServiceContext, reason: string): string {
  const { t } = ctx;
  const why = reason ? ` ${markdownEscape(t(reason))}` : '';
  return `$(warning) ${t('Doubtful reading: these digits may be an ordinary number, not a footnote anchor.')}${why}  \n`
    + t('Renaming and renumbering leave them unchanged unless you confirm it in the refactor preview.');
}

export function referenceHover(ctx: ServiceContext, doc: WhitePaperDocument, offset: number): HoverPart | null {
  const { t } = ctx;
  const hit = referenceUnderCursor(ctx, doc, offset);
  if (!hit) return null;
  const { reference, resolution } = hit;
  let md = '';
  switch (resolution.status) {
    case 'external':
      md = reference.kind === 'edition' || reference.edition
        ? t('Reference to another edition or paper: {0}', markdownEscape(reference.kind === 'edition' ? reference.edition ?? reference.text : `${reference.edition} ${reference.text}`))
        : reference.kind === 'backmatter' ? t('Reference to back matter: {0}', markdownEscape(reference.text))
        : t('Reference within the text: {0}', markdownEscape(reference.text));
      break;
    case 'unresolved':
      md = `$(warning) ${t('Nothing in the workspace matches {0}.', markdownEscape(reference.kind === 'figure' ? reference.text : pathLabel(resolution.address)))}`;
      break;
    default:
      if (resolution.status === 'ambiguous') md += `${t('{0} candidates:', resolution.targets.length)}\n\n`;
      md += resolution.targets.slice(0, MAX_TARGETS).map((target) => describeTarget(ctx, target)).join('\n\n---\n\n');
      if (resolution.targets.length > MAX_TARGETS) md += `\n\n${t('… and {0} more', resolution.targets.length - MAX_TARGETS)}`;
  }
  return { markdown: md, span: reference };
}

/** A link to a line of a file, as `file:line` (VS Code and most clients open `uri#Lline`). */
function lineLink(ctx: ServiceContext, uri: string, line: number): string {
  return `[${markdownEscape(`${ctx.relativePath(uri)}:${line}`)}](${uri}#L${line})`;
}

function describeTarget(ctx: ServiceContext, target: Target): string {
  const { t } = ctx;
  const link = lineLink(ctx, target.uri, targetRange(ctx, target).start.line + 1);
  if (target.kind === 'figure') return `**${markdownEscape(`図表${target.figure.number}`)}** ${markdownEscape(target.figure.title)}\n\n${link}`;
  const h = target.heading;
  const parts = [`**${markdownEscape(pathLabel(h.segments))}** 「${markdownEscape(h.title)}」`, link];
  if (h.divisionInferred) parts.push(`_${t('Its chapter and section were inferred from the text\'s own dash references (the text has no chapter or section lines).')}_`);
  else if (target.inferred) parts.push(`_${t('The chapter of this page was inferred (its page has no chapter line).')}_`);
  const doc = ctx.index.get(target.uri);
  const para = doc?.paragraphs.find((p) => p.start >= h.end && p.start < h.sectionEnd);
  if (doc && para) parts.push(`> ${markdownEscape(shorten(proseWithoutAnchors(doc, para), 400))}`);
  return parts.join('\n\n');
}

export function headingHover(ctx: ServiceContext, doc: WhitePaperDocument, offset: number): HoverPart | null {
  const { t } = ctx;
  const heading = headingLineAt(doc, offset);
  if (!heading || heading.level === 'unnumbered') return null;
  let md = `**${markdownEscape(pathLabel(heading.segments))}** · ${levelName(heading.level, t)}`;
  if (heading.inferred) md += ` · _${t(heading.divisionInferred ? 'chapter and section inferred' : 'chapter inferred')}_`;
  const sites = ctx.index.incomingReferences(doc.uri, heading);
  md += '\n\n' + (sites.length === 0 ? t('Not cited anywhere in the workspace.') : t('Cited in {0} place(s):', sites.length));
  for (const site of sites.slice(0, MAX_CITING_SITES)) {
    const source = ctx.index.get(site.uri);
    if (!source) continue;
    const line = positionAt(source, site.reference.start).line + 1;
    md += `\n- ${lineLink(ctx, site.uri, line)}: ${markdownEscape(citationSnippet(source.text, site.reference))}`;
  }
  if (sites.length > MAX_CITING_SITES) md += `\n\n${t('… and {0} more', sites.length - MAX_CITING_SITES)}`;
  return { markdown: md, span: heading };
}
