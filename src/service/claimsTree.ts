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
  // the rows are new: they take their tooltip and range in place (a spread would drop their accessors)
  const children = file.children.map((g) => ({ ...g, children: g.children.map((c) => Object.assign(c, { tooltip: claimTooltip(c.claim, ctx.t), range: rangeOf(doc, c) })) }));
  return { ...file, children };
}

/** One file's part of the tree: its groups of the claims that pass the filters. */
export function claimsFileTree(input: ClaimsOfFile, options: ClaimsTreeOptions, t: Localize): ClaimFileNode<ClaimItem> {
  const builder = new ClaimsFileTreeBuilder(input, options, t);
  for (const c of input.claims) builder.add(c);
  return builder.finish();
}

/**
 * Builds one file's part of the tree a claim at a time, so that a host can build a large file's
 * (thousands of claims) in pieces; `claimsFileTree` does it in one.
 */
export class ClaimsFileTreeBuilder {
  private readonly byHolder: boolean;
  private readonly groups: ClaimHeadingNode<ClaimItem>[] = [];
  private readonly holderGroups = new Map<string, ClaimHeadingNode<ClaimItem>>();
  private readonly seen = new Map<string, number>();
  private group: ClaimHeadingNode<ClaimItem> | undefined;
  private count = 0;

  constructor(private readonly input: Omit<ClaimsOfFile, 'claims'>, private readonly options: ClaimsTreeOptions, private readonly t: Localize) {
    this.byHolder = options.groupBy === 'holder';
  }

  add(c: Claim): void {
    const { uri, notes: fileNotes } = this.input;
    const t = this.t;
    const notes = fileNotes?.length ? notesWithin(fileNotes, c.start, c.end) : [];
    if (!passesFilter(this.options, c, notes)) return;
    let group = this.group;
    if (this.byHolder) {
      // one group per holder (own first), claims in text order within it
      const key = holderKey(c.holder);
      group = this.holderGroups.get(key);
      if (!group) {
        group = newGroup(`${uri}#w:${key}`, uri, [holderName(c.holder, t)], t, c.holder);
        this.holderGroups.set(key, group);
      }
    } else if (!group || !samePath(group.path, c.headingPath)) {
      // a heading whose claims are interrupted by another's starts a second group of it
      const key = c.headingPath.join('\u0000');
      const n = (this.seen.get(key) ?? 0) + 1;
      this.seen.set(key, n);
      group = newGroup(`${uri}#h:${key}:${n}`, uri, c.headingPath, t);
      this.groups.push(group);
    }
    this.group = group;
    group.children.push(new ClaimRow(uri, c, notes.length ? { count: notes.length, open: notes.filter((n) => n.status === 'open').length } : NO_NOTES, this.byHolder, t));
    this.count++;
  }

  finish(): ClaimFileNode<ClaimItem> {
    const { uri, relativePath: rel } = this.input;
    const { t, count } = this;
    const children = this.byHolder
      ? [...this.holderGroups.values()].sort((a, b) => holderOrder(a.holder!) - holderOrder(b.holder!) || b.children.length - a.children.length)
      : this.groups;
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
}

const NO_NOTES: NoteCounts = { count: 0, open: 0 };

function newGroup(id: string, uri: string, path: readonly string[], t: Localize, holder?: ClaimHolder): ClaimHeadingNode<ClaimItem> {
  const label = path.length ? path[path.length - 1] : t('(before the first heading)');
  return {
    type: 'heading', id, uri, label, description: '', tooltip: path.map((p, i) => `${'  '.repeat(i)}${p}`).join('\n') || label,
    path, ...(holder ? { holder } : {}), folded: false, children: [],
  };
}

/**
 * A claim row. Its label, description and screen-reader label are worded when the view shows the row
 * and kept: a workspace lists thousands of claims, the view shows a screenful. A class, so that rows
 * share their accessors instead of each carrying its own (a large edition lists 4,000 rows at once).
 */
class ClaimRow implements ClaimItem {
  readonly type = 'claim';
  readonly id: string;
  readonly kind: ClaimKind;
  readonly inner: InnerKind;
  readonly holder: ClaimHolder;
  readonly strength: Claim['strength'];
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly correctedFrom?: Claim['correctedFrom'];
  private worded?: { label: string; description: string; accessibilityLabel: string };

  constructor(readonly uri: string, readonly claim: Claim, readonly notes: NoteCounts, private readonly holderShownByGroup: boolean, private readonly t: Localize) {
    this.id = `${uri}#c:${claim.start}`;
    this.kind = claim.kind;
    this.inner = claim.inner;
    this.holder = claim.holder;
    this.strength = claim.strength;
    this.text = claim.text;
    this.start = claim.start;
    this.end = claim.end;
    if (claim.correctedFrom) this.correctedFrom = claim.correctedFrom;
  }

  get evidence(): number { return evidenceCount(this.claim); }
  get label(): string { return this.wording().label; }
  get description(): string { return this.wording().description; }
  get accessibilityLabel(): string { return this.wording().accessibilityLabel; }

  private wording(): { label: string; description: string; accessibilityLabel: string } {
    return this.worded ??= {
      label: claimLabel(this.claim, 32).label,
      description: claimDescription(this.claim, this.notes, this.holderShownByGroup, this.t),
      accessibilityLabel: claimAccessibilityLabel(this.claim, this.t),
    };
  }
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
}
