// What the Claims view says about claims, as plain strings: the names of kinds, strengths and
// holders, the filters (kind, whose claim, no evidence, open review notes) and how the view sums
// them up, the Markdown tooltip of a claim, and the message of an empty view. The tree itself is
// built in ./claimsTree; hosts add icons and commands.
import { CLAIM_KINDS, evidenceCount } from '../core/claimExtraction';
import { Claim, ClaimHolder, ClaimKind } from '../core/model';
import { Note } from '../core/notes';
import { markdownEscape } from './format';
import { Localize } from './types';

export type ClaimsScope = 'file' | 'workspace';
export type ClaimsGrouping = 'heading' | 'holder';

/** Whose claims are shown: every claim, the paper's own, every reported claim, or one holder's (its `holderKey`). */
export type HolderFilter = { type: 'all' } | { type: 'own' } | { type: 'reported' } | { type: 'holder'; key: string };

export interface ClaimsFilter {
  /** The kinds shown; empty or all = every kind. */
  kinds?: readonly ClaimKind[];
  /** Only claims without a footnote, figure or reference. */
  withoutEvidence?: boolean;
  /** Whose claims; absent = every claim. */
  holder?: HolderFilter;
  /** Only claims a reviewer's open note stands on. */
  onlyOpenNotes?: boolean;
}

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

/** A holder as the view names it. */
export function holderName(h: ClaimHolder, t: Localize): string {
  if (h.type === 'own') return t('own');
  if (h.type === 'unnamed') return t('unnamed');
  return h.text ?? t('named in an earlier sentence');
}

/** The kind as the view shows it: a reported claim with what it reports (`attributed: necessity`). */
export function readingName(c: Pick<Claim, 'kind' | 'inner'>, t: Localize): string {
  return c.kind === 'attributed' ? t('{0}: {1}', kindName('attributed', t), kindName(c.inner, t)) : kindName(c.kind, t);
}

/** One key per holder: `own`, `unnamed`, `named:<party>` (`named:` when left to an earlier sentence). */
export function holderKey(h: ClaimHolder): string {
  return h.type === 'named' ? `named:${h.text ?? ''}` : h.type;
}

/** The holder a key stands for (inverse of `holderKey`). */
export function holderOfKey(key: string): ClaimHolder {
  if (key.startsWith('named:')) return { type: 'named', text: key.slice(6) || null };
  return { type: key === 'own' ? 'own' : 'unnamed', text: null };
}

/** Own claims first, then named holders, then unnamed. */
export function holderOrder(h: ClaimHolder): number {
  return h.type === 'own' ? 0 : h.type === 'named' ? 1 : 2;
}

/** The holders of some claims with their claim counts: own first, then the most frequent. */
export function claimHolders(claims: Iterable<Claim>): { holder: ClaimHolder; key: string; count: number }[] {
  const byKey = new Map<string, { holder: ClaimHolder; key: string; count: number }>();
  for (const c of claims) {
    const key = holderKey(c.holder);
    const hit = byKey.get(key);
    if (hit) hit.count++;
    else byKey.set(key, { holder: c.holder, key, count: 1 });
  }
  return [...byKey.values()].sort((a, b) => holderOrder(a.holder) - holderOrder(b.holder) || b.count - a.count || a.key.localeCompare(b.key));
}

/** Whether the filter hides any claim at all. */
export function isFiltering(filter: ClaimsFilter): boolean {
  return !allKinds(filter.kinds) || !!filter.withoutEvidence || !!filter.onlyOpenNotes || (filter.holder ?? { type: 'all' }).type !== 'all';
}

function allKinds(kinds: readonly ClaimKind[] | undefined): boolean {
  return !kinds || kinds.length === 0 || CLAIM_KINDS.every((k) => kinds.includes(k));
}

function passesHolder(filter: HolderFilter | undefined, c: Claim): boolean {
  if (!filter) return true;
  switch (filter.type) {
    case 'all': return true;
    case 'own': return c.holder.type === 'own';
    case 'reported': return c.holder.type !== 'own';
    case 'holder': return holderKey(c.holder) === filter.key;
  }
}

/** Whether a claim is shown; `notes` are the reviewers' notes on its sentence. */
export function passesFilter(filter: ClaimsFilter, c: Claim, notes: readonly Note[]): boolean {
  return (allKinds(filter.kinds) || filter.kinds!.includes(c.kind)) && (!filter.withoutEvidence || evidenceCount(c) === 0)
    && passesHolder(filter.holder, c) && (!filter.onlyOpenNotes || notes.some((n) => n.status === 'open'));
}

/** The view's description: its scope and filters in a few words (`workspace · necessity · without evidence`), or '' when it shows all. */
export function claimsFilterSummary(scope: ClaimsScope, filter: ClaimsFilter, t: Localize): string {
  const parts: string[] = [];
  if (scope === 'workspace') parts.push(t('workspace'));
  if (!allKinds(filter.kinds)) parts.push(filter.kinds!.map((k) => kindName(k, t)).join(', '));
  const holder = filter.holder;
  if (holder?.type === 'own') parts.push(t('own claims'));
  else if (holder?.type === 'reported') parts.push(t('reported claims'));
  else if (holder?.type === 'holder') parts.push(holderName(holderOfKey(holder.key), t));
  if (filter.withoutEvidence) parts.push(t('without evidence'));
  if (filter.onlyOpenNotes) parts.push(t('with open notes'));
  return parts.join(' · ');
}

export interface ClaimsViewState {
  scope: ClaimsScope;
  filter: ClaimsFilter;
  /** Whether a white-paper file is active (file scope). */
  hasFile: boolean;
  /** How many items the tree shows at its top. */
  shown: number;
  /** Reviewers' corrections of the active file whose sentence is gone (file scope). */
  staleCorrections: number;
}

/** The message over the tree: stale corrections, or why it is empty; undefined when the tree speaks for itself. */
export function claimsViewMessage(s: ClaimsViewState, t: Localize): string | undefined {
  if (s.staleCorrections > 0) {
    return s.staleCorrections === 1
      ? t('1 claim correction no longer matches a sentence of this file (the sentence was edited). Run "Remove Stale Claim Corrections" to drop it.')
      : t('{0} claim corrections no longer match a sentence of this file (the sentences were edited). Run "Remove Stale Claim Corrections" to drop them.', s.staleCorrections);
  }
  if (s.shown > 0) return undefined;
  if (s.scope === 'file' && !s.hasFile) return t('Open a white-paper file to see its claims.');
  if (isFiltering(s.filter)) return t('No claims match the filters.');
  return s.scope === 'file' ? t('No claims in this file.') : t('No claims in the workspace.');
}

/** Reviewers' notes on a claim: how many, how many still open. */
export interface NoteCounts { count: number; open: number }

/** The claim's line in the tree, after its shortened sentence: its reading, whose (unless its group says so), evidence, notes. */
export function claimDescription(c: Claim, notes: NoteCounts, holderShownByGroup: boolean, t: Localize): string {
  const reading = c.holder.type === 'own' || holderShownByGroup ? readingName(c, t) : `${readingName(c, t)} · ${holderName(c.holder, t)}`;
  let description = c.correctedFrom
    ? t('{0} · {1} evidence · set by a reviewer', reading, evidenceCount(c))
    : t('{0} · {1} evidence', reading, evidenceCount(c));
  if (notes.count) {
    const count = notes.count === 1 ? t('1 note') : t('{0} notes', notes.count);
    description += ` · ${notes.open ? t('{0}, {1} open', count, notes.open) : count}`;
  }
  return description;
}

/** What a screen reader says for a claim. */
export function claimAccessibilityLabel(c: Claim, t: Localize): string {
  return `${readingName(c, t)}, ${strengthName(c.strength, t)}, ${holderName(c.holder, t)}: ${c.text}`;
}

/** A claim's tooltip (Markdown with `$(icon)`s; the text from the file escaped): its reading, sentence, heading and evidence. */
export function claimTooltip(c: Claim, t: Localize): string {
  let md = `**${markdownEscape(readingName(c, t))}** · ${markdownEscape(strengthName(c.strength, t))} · ${markdownEscape(holderName(c.holder, t))}`;
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
