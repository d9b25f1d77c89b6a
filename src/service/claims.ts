// The Claims tree as plain data: the claims of one file grouped under their headings, or of the
// whole workspace grouped by file then heading; filters by kind and by "no evidence". Labels,
// descriptions and Markdown tooltips are worded here; hosts add icons and commands.
import { CLAIM_KINDS, claimLabel, claimsOf, evidenceCount } from '../core/claimExtraction';
import { FileCorrections } from '../core/claimCorrections';
import { Claim, ClaimKind, WhitePaperDocument } from '../core/model';
import { markdownEscape } from './format';
import type { ServiceContext } from './service';
import { Localize, Range, rangeOf } from './types';

export type ClaimsScope = 'file' | 'workspace';

export interface ClaimsFilter {
  /** The kinds shown; empty or all = every kind. */
  kinds?: readonly ClaimKind[];
  /** Only claims without a footnote, figure or reference. */
  withoutEvidence?: boolean;
}

export interface ClaimsTreeRequest extends ClaimsFilter {
  scope: ClaimsScope;
  /** The file shown in file scope. */
  uri?: string;
  /** Reviewers' corrections of a file (from the nearest .hakusho/claims.json), if any. */
  corrections?: (uri: string) => FileCorrections | undefined;
}

export interface ClaimFileNode { type: 'file'; id: string; uri: string; label: string; description: string; count: number; children: ClaimHeadingNode[] }
export interface ClaimHeadingNode { type: 'heading'; id: string; uri: string; label: string; description: string; tooltip: string; path: readonly string[]; children: ClaimNode[] }
export interface ClaimNode {
  type: 'claim'; id: string; uri: string; label: string; description: string;
  /** Markdown. */
  tooltip: string;
  kind: ClaimKind; strength: Claim['strength']; text: string; evidence: number; correctedFrom?: Claim['correctedFrom'];
  start: number; end: number; range: Range;
}
export type ClaimsTreeNode = ClaimFileNode | ClaimHeadingNode | ClaimNode;

export function kindName(kind: ClaimKind, t: Localize): string {
  switch (kind) {
    case 'necessity': return t('necessity');
    case 'importance': return t('importance');
    case 'expectation': return t('expectation');
    case 'assessment': return t('assessment');
    case 'attributed': return t('attributed');
    case 'concern': return t('concern');
  }
}

export function strengthName(strength: Claim['strength'], t: Localize): string {
  return strength === 'firm' ? t('firm') : t('hedged');
}

export function claimsCount(n: number, t: Localize): string {
  return n === 1 ? t('1 claim') : t('{0} claims', n);
}

function passes(filter: ClaimsFilter, c: Claim): boolean {
  const kinds = filter.kinds ?? [];
  const allKinds = kinds.length === 0 || CLAIM_KINDS.every((k) => kinds.includes(k));
  return (allKinds || kinds.includes(c.kind)) && (!filter.withoutEvidence || evidenceCount(c) === 0);
}

/** The top of the tree: heading groups of the file (file scope) or the files with claims (workspace scope, by path). */
export function claimsTree(ctx: ServiceContext, request: ClaimsTreeRequest): ClaimsTreeNode[] {
  if (request.scope === 'file') {
    const doc = request.uri ? ctx.document(request.uri) : undefined;
    return doc ? fileNode(ctx, doc, request).children : [];
  }
  return [...ctx.index.documents()]
    .sort((a, b) => ctx.relativePath(a.uri).localeCompare(ctx.relativePath(b.uri)))
    .map((doc) => fileNode(ctx, doc, request))
    .filter((f) => f.count > 0);
}

function fileNode(ctx: ServiceContext, doc: WhitePaperDocument, request: ClaimsTreeRequest): ClaimFileNode {
  const { t } = ctx;
  const rel = ctx.relativePath(doc.uri);
  const file: ClaimFileNode = { type: 'file', id: doc.uri, uri: doc.uri, label: rel.slice(rel.lastIndexOf('/') + 1), description: '', count: 0, children: [] };
  const seen = new Map<string, number>();
  let group: ClaimHeadingNode | undefined;
  for (const c of claimsOf(doc, request.corrections?.(doc.uri))) {
    if (!passes(request, c)) continue;
    if (!group || !samePath(group.path, c.headingPath)) {
      const key = c.headingPath.join('\u0000');
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      const path = c.headingPath;
      group = {
        type: 'heading', id: `${doc.uri}#h:${key}:${n}`, uri: doc.uri, path, children: [], description: '',
        label: path.length ? path[path.length - 1] : t('(before the first heading)'),
        tooltip: path.map((p, i) => `${'  '.repeat(i)}${p}`).join('\n'),
      };
      file.children.push(group);
    }
    group.children.push(claimNode(ctx, doc, c));
  }
  for (const g of file.children) {
    const outer = g.path.slice(0, -1).map((p) => p.split(/[ \u3000]/)[0]);
    g.description = [claimsCount(g.children.length, t), outer.join(' › ')].filter(Boolean).join(' · ');
    if (!g.tooltip) g.tooltip = g.label;
  }
  file.count = file.children.reduce((n, g) => n + g.children.length, 0);
  const dir = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
  file.description = dir ? `${dir} · ${claimsCount(file.count, t)}` : claimsCount(file.count, t);
  return file;
}

function claimNode(ctx: ServiceContext, doc: WhitePaperDocument, c: Claim): ClaimNode {
  const { t } = ctx;
  return {
    type: 'claim', id: `${doc.uri}#c:${c.start}`, uri: doc.uri, label: claimLabel(c, 32).label,
    description: c.correctedFrom
      ? t('{0} · {1} evidence · set by a reviewer', kindName(c.kind, t), evidenceCount(c))
      : t('{0} · {1} evidence', kindName(c.kind, t), evidenceCount(c)),
    tooltip: claimTooltip(c, t),
    kind: c.kind, strength: c.strength, text: c.text, evidence: evidenceCount(c), correctedFrom: c.correctedFrom,
    start: c.start, end: c.end, range: rangeOf(doc, c),
  };
}

export function claimTooltip(c: Claim, t: Localize): string {
  let md = `**${markdownEscape(kindName(c.kind, t))}** · ${markdownEscape(strengthName(c.strength, t))}`;
  if (c.correctedFrom) {
    const read = c.correctedFrom === 'none' ? t('not a claim') : kindName(c.correctedFrom, t);
    md += ` · $(edit) ${markdownEscape(t('set by a reviewer (the classifier read: {0})', read))}\n\n`;
  } else {
    md += ` · ${t('marker')}: ${markdownEscape(c.marker)}\n\n`;
  }
  md += `${markdownEscape(c.text)}\n\n`;
  if (c.headingPath.length) md += `_${markdownEscape(c.headingPath.join(' › '))}_\n\n`;
  md += '---\n\n';
  const lines: string[] = [];
  for (const f of c.evidence.footnotes) {
    lines.push(f.source
      ? t('Footnote {0}: {1}', f.number, markdownEscape(f.source))
      : f.definition < 0 ? t('Footnote {0} (no definition)', f.number) : t('Footnote {0}', f.number));
  }
  for (const n of c.evidence.figures) lines.push(t('Figure {0}', markdownEscape(n)));
  for (const r of c.evidence.references) lines.push(t('Reference: {0}', markdownEscape(r)));
  md += lines.length === 0
    ? `$(circle-slash) ${t('No evidence: no footnote, figure or cross-reference in this sentence.')}`
    : `**${t('Evidence')}**\n\n${lines.map((l) => `- ${l}`).join('\n')}`;
  return md;
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
}
