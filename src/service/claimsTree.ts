// The Claims tree as plain data: the claims of one file grouped under their headings or by whose
// claim they are, or of the whole workspace grouped by file first; filtered by kind, by holder, by
// "no evidence" and by open review notes. Labels, descriptions and tooltips are worded here (see
// ./claims); hosts add icons and commands. `claimsFileTree` builds one file's part from claims the
// host already has, so an editor can list a large workspace a file at a time and keep what did not change.
import { claimLabel, claimsOf, evidenceCount } from '../core/claimExtraction';
import { FileCorrections } from '../core/claimCorrections';
import { Claim, ClaimHolder, ClaimKind, InnerKind, WhitePaperDocument } from '../core/model';
import { AnchoredNote, notesWithin } from '../core/notes';
import {
  claimAccessibilityLabel, claimDescription, claimsCount, ClaimsFilter, ClaimsGrouping, ClaimsScope, claimTooltip, holderKey, holderName,
  holderOrder, NoteCounts, passesFilter,
} from './claims';
import type { ServiceContext } from './service';
import { Localize, Range, rangeOf } from './types';

/** Claims in one file above which its groups start folded: an editor listing hundreds of claims at once stalls. */
export const FOLD_ABOVE_CLAIMS = 150;

/** A claim as the tree lists it; its tooltip and range are made on demand (`claimTooltip`), or by `claimsTree`. */
export interface ClaimItem {
  type: 'claim'; id: string; uri: string;
  /** The sentence, shortened around its marker. */
  label: string;
  description: string;
  accessibilityLabel: string;
  kind: ClaimKind; inner: InnerKind; holder: ClaimHolder; strength: Claim['strength']; text: string; evidence: number;
  correctedFrom?: Claim['correctedFrom'];
  notes: NoteCounts;
  start: number; end: number;
  claim: Claim;
}
export interface ClaimNode extends ClaimItem {
  /** Markdown. */
  tooltip: string;
  range: Range;
}
/** A group of claims: under a heading (`path`), or of one holder when grouped by holder (`holder`; path = its name). */
export interface ClaimHeadingNode<C extends ClaimItem = ClaimNode> {
  type: 'heading'; id: string; uri: string; label: string; description: string; tooltip: string;
  path: readonly string[];
  holder?: ClaimHolder;
  /** Shown folded at first: the file has more than FOLD_ABOVE_CLAIMS claims. */
  folded: boolean;
  children: C[];
}
export interface ClaimFileNode<C extends ClaimItem = ClaimNode> {
  type: 'file'; id: string; uri: string; label: string; description: string; tooltip: string;
  /** The claims shown under it. */
  count: number;
  children: ClaimHeadingNode<C>[];
}
export type ClaimsTreeNode = ClaimFileNode | ClaimHeadingNode | ClaimNode;

export interface ClaimsTreeOptions extends ClaimsFilter {
  groupBy?: ClaimsGrouping;
}

export interface ClaimsTreeRequest extends ClaimsTreeOptions {
  scope: ClaimsScope;
  /** The file shown in file scope. */
  uri?: string;
  /** Reviewers' corrections of a file (from the nearest .hakusho/claims.json), if any. */
  corrections?: (uri: string) => FileCorrections | undefined;
  /** Reviewers' notes of a file (from .hakusho/notes.json), anchored in its text, if any. */
  notes?: (uri: string) => readonly AnchoredNote[] | undefined;
}

/** What one file's part of the tree is made of. */
export interface ClaimsOfFile {
  uri: string;
  /** The path shown for the file, relative to its workspace folder. */
  relativePath: string;
  /** Its claims in text order, with reviewers' corrections. */
  claims: readonly Claim[];
  /** Reviewers' notes of the file, anchored in its text. */
  notes?: readonly AnchoredNote[];
}

/** The top of the tree: the groups of the file (file scope) or the files with claims, by path (workspace scope). */
export function claimsTree(ctx: ServiceContext, request: ClaimsTreeRequest): ClaimsTreeNode[] {
  if (request.scope === 'file') {
    const doc = request.uri ? ctx.document(request.uri) : undefined;
    return doc ? fileTree(ctx, doc, request).children : [];
  }
  return [...ctx.index.documents()]
    .sort((a, b) => ctx.relativePath(a.uri).localeCompare(ctx.relativePath(b.uri)))
    .map((doc) => fileTree(ctx, doc, request))
    .filter((f) => f.count > 0);
}

function fileTree(ctx: ServiceContext, doc: WhitePaperDocument, request: ClaimsTreeRequest): ClaimFileNode {
  const file = claimsFileTree({
    uri: doc.uri, relativePath: ctx.relativePath(doc.uri), claims: claimsOf(doc, request.corrections?.(doc.uri)), notes: request.notes?.(doc.uri),
  }, request, ctx.t);
  const children = file.children.map((g) => ({ ...g, children: g.children.map((c) => ({ ...c, tooltip: claimTooltip(c.claim, ctx.t), range: rangeOf(doc, c) })) }));
  return { ...file, children };
}

/** One file's part of the tree: its groups of the claims that pass the filters. */
export function claimsFileTree(input: ClaimsOfFile, options: ClaimsTreeOptions, t: Localize): ClaimFileNode<ClaimItem> {
  const { uri, relativePath: rel } = input;
  const byHolder = options.groupBy === 'holder';
  const groups: ClaimHeadingNode<ClaimItem>[] = [];
  const holderGroups = new Map<string, ClaimHeadingNode<ClaimItem>>();
  const seen = new Map<string, number>();
  let group: ClaimHeadingNode<ClaimItem> | undefined;
  let count = 0;
  for (const c of input.claims) {
    const notes = input.notes?.length ? notesWithin(input.notes, c.start, c.end) : [];
    if (!passesFilter(options, c, notes)) continue;
    if (byHolder) {
      // one group per holder (own first), claims in text order within it
      const key = holderKey(c.holder);
      group = holderGroups.get(key);
      if (!group) {
        group = newGroup(`${uri}#w:${key}`, uri, [holderName(c.holder, t)], t, c.holder);
        holderGroups.set(key, group);
      }
    } else if (!group || !samePath(group.path, c.headingPath)) {
      // a heading whose claims are interrupted by another's starts a second group of it
      const key = c.headingPath.join('\u0000');
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      group = newGroup(`${uri}#h:${key}:${n}`, uri, c.headingPath, t);
      groups.push(group);
    }
    group.children.push(claimItem(uri, c, notes.length ? { count: notes.length, open: notes.filter((n) => n.status === 'open').length } : NO_NOTES, byHolder, t));
    count++;
  }
  const children = byHolder
    ? [...holderGroups.values()].sort((a, b) => holderOrder(a.holder!) - holderOrder(b.holder!) || b.children.length - a.children.length)
    : groups;
  for (const g of children) {
    const outer = g.path.slice(0, -1).map((p) => p.split(/[ \u3000]/)[0]);
    g.description = [claimsCount(g.children.length, t), outer.join(' › ')].filter(Boolean).join(' · ');
    g.folded = count > FOLD_ABOVE_CLAIMS;
  }
  const dir = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
  return {
    type: 'file', id: uri, uri, label: rel.slice(rel.lastIndexOf('/') + 1),
    description: dir ? `${dir} · ${claimsCount(count, t)}` : claimsCount(count, t),
    tooltip: `${rel}\n${claimsCount(count, t)}`,
    count, children,
  };
}

const NO_NOTES: NoteCounts = { count: 0, open: 0 };

function newGroup(id: string, uri: string, path: readonly string[], t: Localize, holder?: ClaimHolder): ClaimHeadingNode<ClaimItem> {
  const label = path.length ? path[path.length - 1] : t('(before the first heading)');
  return {
    type: 'heading', id, uri, label, description: '', tooltip: path.map((p, i) => `${'  '.repeat(i)}${p}`).join('\n') || label,
    path, ...(holder ? { holder } : {}), folded: false, children: [],
  };
}

function claimItem(uri: string, c: Claim, notes: NoteCounts, holderShownByGroup: boolean, t: Localize): ClaimItem {
  return {
    type: 'claim', id: `${uri}#c:${c.start}`, uri, label: claimLabel(c, 32).label,
    // worded when the tree shows the row: a workspace lists thousands of claims, the view shows a screenful
    get description(): string { return claimDescription(c, notes, holderShownByGroup, t); },
    get accessibilityLabel(): string { return claimAccessibilityLabel(c, t); },
    kind: c.kind, inner: c.inner, holder: c.holder, strength: c.strength, text: c.text, evidence: evidenceCount(c),
    ...(c.correctedFrom ? { correctedFrom: c.correctedFrom } : {}),
    notes, start: c.start, end: c.end, claim: c,
  };
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
}
