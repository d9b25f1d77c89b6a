// The Claims view (activity bar → Hakusho → Claims): the claims of the active file grouped under
// their headings, or of the whole workspace grouped by file then heading. Each claim shows its
// kind (icon + colour), a shortened sentence and how much evidence backs it; clicking reveals
// the sentence, and a reported claim shows what it reports and whose it is. The tree follows the
// cursor, filters by kind, by whose claim (own, reported, one holder) and by "no evidence", groups
// under headings or by holder, and exports
// a claim register (./claimsExport). The underlines and the status bar are in ./claimsInText;
// a reviewer's corrections of kinds (./claimCorrection) reach every one of them through
// ClaimCorrectionsStore.claimsOf.
import * as vscode from 'vscode';
import { AnalysisStore } from '../analysisStore';
import { ClaimCorrectionsStore } from '../claimCorrectionsStore';
import { CLAIM_KINDS, claimAt, claimLabel, evidenceCount } from '../core/claimExtraction';
import { Claim, ClaimHolder, ClaimKind, WhitePaperDocument } from '../core/model';
import { AnchoredNote, Note, notesWithin } from '../core/notes';
import { ReviewNotesStore } from '../reviewNotesStore';
import { WorkspaceIndexer } from '../workspaceIndexer';
import { registerClaimCorrection } from './claimCorrection';
import { registerClaimExport } from './claimsExport';
import { claimsCount, registerClaimsInText } from './claimsInText';
import { debouncePerDocument } from '../debounce';
import { markdownEscape } from './format';
import { yieldToHost } from '../turns';

export const CLAIMS_VIEW_ID = 'hakusho.claims';
export type ClaimsScope = 'file' | 'workspace';

const CONTEXT_SCOPE = 'hakusho.claims.scope';
const CONTEXT_WITHOUT_EVIDENCE = 'hakusho.claims.withoutEvidence';
const CONTEXT_KIND_FILTER = 'hakusho.claims.kindFilter';
const CONTEXT_HOLDER_FILTER = 'hakusho.claims.holderFilter';
const CONTEXT_GROUP_BY = 'hakusho.claims.groupBy';

/**
 * Whose claims the view shows: every claim, the paper's own, every reported claim, or the claims of
 * one holder (its key, see `holderKey`).
 */
export type HolderFilter = { type: 'all' } | { type: 'own' } | { type: 'reported' } | { type: 'holder'; key: string };
export type ClaimsGrouping = 'heading' | 'holder';

/** One key per holder as the view lists them: `own`, `unnamed`, `named:<party>` (`named:` when left to an earlier sentence). */
export function holderKey(h: ClaimHolder): string {
  return h.type === 'named' ? `named:${h.text ?? ''}` : h.type;
}

/** A holder as the view names it. */
export function holderName(h: ClaimHolder): string {
  if (h.type === 'own') return vscode.l10n.t('own');
  if (h.type === 'unnamed') return vscode.l10n.t('unnamed');
  return h.text ?? vscode.l10n.t('named in an earlier sentence');
}

/** The kind as the view shows it: a reported claim with what it reports (`attributed: necessity`). */
export function readingName(c: Claim): string {
  return c.kind === 'attributed' ? vscode.l10n.t('{0}: {1}', kindName('attributed'), kindName(c.inner)) : kindName(c.kind);
}

export const KIND_ICON: Record<ClaimKind, string> = {
  necessity: 'tasklist',
  importance: 'star-full',
  expectation: 'target',
  assessment: 'lightbulb',
  attributed: 'quote',
  concern: 'warning',
};

export const KIND_COLOR: Record<ClaimKind, string> = {
  necessity: 'charts.orange',
  importance: 'charts.blue',
  expectation: 'charts.green',
  assessment: 'charts.purple',
  attributed: 'charts.yellow',
  concern: 'charts.red',
};

export function kindName(kind: ClaimKind): string {
  switch (kind) {
    case 'necessity': return vscode.l10n.t('necessity');
    case 'importance': return vscode.l10n.t('importance');
    case 'expectation': return vscode.l10n.t('expectation');
    case 'assessment': return vscode.l10n.t('assessment');
    case 'attributed': return vscode.l10n.t('attributed');
    case 'concern': return vscode.l10n.t('concern');
  }
}

export function strengthName(strength: Claim['strength']): string {
  return strength === 'firm' ? vscode.l10n.t('firm') : vscode.l10n.t('hedged');
}

// ---------------------------------------------------------------------------------------------
// Tree model

export interface FileNode { type: 'file'; id: string; uri: string; doc: WhitePaperDocument; groups: HeadingNode[]; count: number }
/** A group of claims: under a heading (`path`), or of one holder when grouped by holder (`holder`, path = its name). */
export interface HeadingNode { type: 'heading'; id: string; uri: string; path: readonly string[]; parent: FileNode | undefined; claims: ClaimNode[]; holder?: ClaimHolder }
export interface ClaimNode { type: 'claim'; id: string; uri: string; claim: Claim; parent: HeadingNode }
export type ClaimsNode = FileNode | HeadingNode | ClaimNode;

interface FileModel {
  doc: WhitePaperDocument;
  file: FileNode;
  /** Claim nodes in text order (only those passing the filters). */
  claims: ClaimNode[];
}

/** Where a claim is, as passed to `hakusho.claims.reveal` and `hakusho.claims.copy`. */
export interface ClaimLocation { uri: string; start: number; end: number }

export class ClaimsTreeProvider implements vscode.TreeDataProvider<ClaimsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ClaimsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly stateChanged = new vscode.EventEmitter<void>();
  /** Scope or filters changed. */
  readonly onDidChangeState = this.stateChanged.event;

  scope: ClaimsScope = 'file';
  kinds: ReadonlySet<ClaimKind> = new Set();
  withoutEvidence = false;
  /** Only claims a reviewer's open note stands on. */
  onlyOpenNotes = false;
  holderFilter: HolderFilter = { type: 'all' };
  groupBy: ClaimsGrouping = 'heading';
  /** The white-paper file shown in file scope: the active editor's, kept while the focus is in a view. */
  activeUri: string | undefined;

  private models = new Map<string, FileModel>();
  private roots: ClaimsNode[] | null = null;

  constructor(
    private readonly store: AnalysisStore, private readonly indexer: WorkspaceIndexer, private readonly corrections: ClaimCorrectionsStore,
    private readonly notes?: ReviewNotesStore,
  ) {}

  /** Reviewers' notes on a claim's sentence. */
  notesOn(doc: WhitePaperDocument, c: Claim): Note[] {
    return this.notes ? notesWithin(this.notes.anchoredIn(doc), c.start, c.end) : [];
  }

  /** The notes of a file, anchored, for the register (undefined when notes are not read). */
  anchoredNotes(doc: WhitePaperDocument): AnchoredNote[] | undefined {
    return this.notes?.anchoredIn(doc);
  }

  /** The claims of a document, with the reviewers' corrections. */
  claimsOf(doc: WhitePaperDocument): Claim[] {
    return this.corrections.claimsOf(doc);
  }

  dispose(): void {
    this.changed.dispose();
    this.stateChanged.dispose();
    this.built.dispose();
  }

  /** Counts the listings asked for: a slow workspace listing that a newer one replaced is dropped. */
  private listing = 0;
  private readonly built = new vscode.EventEmitter<void>();
  /** A workspace listing finished building in the background (the view's message can be set). */
  readonly onDidBuild = this.built.event;

  /** Scope, filters or corrections changed: every file's claims are read again. */
  refresh(): void {
    this.listing++;
    this.models.clear();
    this.roots = null;
    this.changed.fire(undefined);
  }

  /** How many items the tree shows at its top, or undefined while the listing is still being built. */
  shownCount(): number | undefined {
    // the listing waits for the worker's analysis and claims: building it here would do that work on this thread
    if (!this.roots) return undefined;
    return this.childrenOf().length;
  }

  /**
   * Documents changed (an edit, the index): the tree is listed again, but a file's claims are read
   * again only if its analysis changed, so a pause in typing does not re-read the whole workspace.
   */
  refreshDocuments(): void {
    this.listing++;
    this.roots = null;
    this.changed.fire(undefined);
  }

  setScope(scope: ClaimsScope): void {
    if (this.scope === scope) return;
    this.scope = scope;
    this.stateChanged.fire();
    this.refresh();
  }

  setKinds(kinds: Iterable<ClaimKind>): void {
    const set = new Set([...kinds].filter((k) => (CLAIM_KINDS as readonly string[]).includes(k)));
    this.kinds = set.size === CLAIM_KINDS.length ? new Set() : set; // all kinds = no filter
    this.stateChanged.fire();
    this.refresh();
  }

  setWithoutEvidence(on: boolean): void {
    if (this.withoutEvidence === on) return;
    this.withoutEvidence = on;
    this.stateChanged.fire();
    this.refresh();
  }

  setOnlyOpenNotes(on: boolean): void {
    if (this.onlyOpenNotes === on) return;
    this.onlyOpenNotes = on;
    this.stateChanged.fire();
    this.refresh();
  }

  setHolderFilter(filter: HolderFilter): void {
    this.holderFilter = filter;
    this.stateChanged.fire();
    this.refresh();
  }

  setGroupBy(grouping: ClaimsGrouping): void {
    if (this.groupBy === grouping) return;
    this.groupBy = grouping;
    this.stateChanged.fire();
    this.refresh();
  }

  private passesHolder(c: Claim): boolean {
    const f = this.holderFilter;
    switch (f.type) {
      case 'all': return true;
      case 'own': return c.holder.type === 'own';
      case 'reported': return c.holder.type !== 'own';
      case 'holder': return holderKey(c.holder) === f.key;
    }
  }

  passes(c: Claim, doc: WhitePaperDocument): boolean {
    return (this.kinds.size === 0 || this.kinds.has(c.kind)) && (!this.withoutEvidence || evidenceCount(c) === 0) && this.passesHolder(c)
      && (!this.onlyOpenNotes || this.notesOn(doc, c).some((n) => n.status === 'open'));
  }

  /** The holders of the claims in scope (before the holder filter), with their claim counts, own first. */
  holdersInScope(): { holder: ClaimHolder; key: string; count: number }[] {
    const byKey = new Map<string, { holder: ClaimHolder; key: string; count: number }>();
    for (const doc of this.documentsInScope()) {
      for (const c of this.claimsOf(doc)) {
        const key = holderKey(c.holder);
        const hit = byKey.get(key);
        if (hit) hit.count++;
        else byKey.set(key, { holder: c.holder, key, count: 1 });
      }
    }
    return [...byKey.values()].sort((a, b) => holderOrder(a.holder) - holderOrder(b.holder) || b.count - a.count || a.key.localeCompare(b.key));
  }

  /** The open editor document for a URI, if any (its text is newer than the index's). */
  private openDocument(uri: string): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri && this.store.isWhitePaper(d));
  }

  /** The analysed document for a URI: from the open editor when there is one, else from the workspace index. */
  docFor(uri: string): WhitePaperDocument | undefined {
    const open = this.openDocument(uri);
    return open ? this.store.get(open) : this.indexer.index.get(uri);
  }

  /** The documents in scope, in the order the tree lists them. */
  documentsInScope(scope: ClaimsScope = this.scope): WhitePaperDocument[] {
    if (scope === 'file') {
      const doc = this.activeUri ? this.docFor(this.activeUri) : undefined;
      return doc ? [doc] : [];
    }
    const docs = new Map<string, WhitePaperDocument>();
    // the files of the workspace folders, open ones with their unsaved text: not files opened from
    // elsewhere, untitled copies (a conversion result) or Git's originals
    const inWorkspace = (uri: vscode.Uri) => vscode.workspace.getWorkspaceFolder(uri) !== undefined;
    for (const d of this.indexer.index.documents()) if (inWorkspace(vscode.Uri.parse(d.uri))) docs.set(d.uri, d);
    for (const d of vscode.workspace.textDocuments) {
      if (inWorkspace(d.uri) && this.store.isWhitePaper(d)) docs.set(d.uri.toString(), this.store.get(d));
    }
    return [...docs.values()].sort((a, b) => relativeName(a.uri).localeCompare(relativeName(b.uri)));
  }

  /** Claims passing the filters, per document in scope: what the view shows and what export writes. */
  visibleClaims(scope: ClaimsScope = this.scope): { doc: WhitePaperDocument; claims: Claim[] }[] {
    return this.documentsInScope(scope).map((doc) => ({ doc, claims: this.claimsOf(doc).filter((c) => this.passes(c, doc)) }));
  }

  private modelFor(doc: WhitePaperDocument): FileModel {
    const hit = this.models.get(doc.uri);
    if (hit && hit.doc === doc) return hit;
    const file: FileNode = { type: 'file', id: doc.uri, uri: doc.uri, doc, groups: [], count: 0 };
    const claims: ClaimNode[] = [];
    const seen = new Map<string, number>();
    let group: HeadingNode | undefined;
    const byHolder = new Map<string, HeadingNode>();
    for (const c of this.claimsOf(doc)) {
      if (!this.passes(c, doc)) continue;
      if (this.groupBy === 'holder') {
        // one group per holder (own first), claims in text order within it
        const key = holderKey(c.holder);
        group = byHolder.get(key);
        if (!group) {
          group = { type: 'heading', id: `${doc.uri}#w:${key}`, uri: doc.uri, path: [holderName(c.holder)], parent: this.scope === 'workspace' ? file : undefined, claims: [], holder: c.holder };
          byHolder.set(key, group);
        }
      } else if (!group || !samePath(group.path, c.headingPath)) {
        const key = c.headingPath.join('\u0000');
        const n = (seen.get(key) ?? 0) + 1;
        seen.set(key, n);
        group = { type: 'heading', id: `${doc.uri}#h:${key}:${n}`, uri: doc.uri, path: c.headingPath, parent: this.scope === 'workspace' ? file : undefined, claims: [] };
        file.groups.push(group);
      }
      const node: ClaimNode = { type: 'claim', id: `${doc.uri}#c:${c.start}`, uri: doc.uri, claim: c, parent: group };
      group.claims.push(node);
      claims.push(node);
    }
    if (this.groupBy === 'holder') file.groups = [...byHolder.values()].sort((a, b) => holderOrder(a.holder!) - holderOrder(b.holder!) || b.claims.length - a.claims.length);
    file.count = claims.length;
    const model = { doc, file, claims };
    this.models.set(doc.uri, model);
    return model;
  }

  getChildren(element?: ClaimsNode): ClaimsNode[] | Promise<ClaimsNode[]> {
    if (!element && !this.roots) return this.scope === 'workspace' ? this.buildWorkspaceRoots() : this.buildFileRoots();
    return this.childrenOf(element);
  }

  /** The active file's listing once its analysis and claims have come from the worker. */
  private async buildFileRoots(): Promise<ClaimsNode[]> {
    const listing = this.listing;
    const open = this.activeUri ? this.openDocument(this.activeUri) : undefined;
    if (open) await this.store.prepareClaims(await this.store.analyse(open));
    if (listing !== this.listing) return [];
    const roots = this.childrenOf();
    this.built.fire();
    return roots;
  }

  /** The children, built at once if need be (for callers that cannot wait: cursor follow, snapshots). */
  childrenOf(element?: ClaimsNode): ClaimsNode[] {
    if (!element) {
      if (!this.roots) {
        this.roots = this.rootsFrom(this.documentsInScope().map((d) => this.modelFor(d)));
        setTimeout(() => this.built.fire(), 0); // the view's message waits for a listing
      }
      return this.roots;
    }
    if (element.type === 'file') return element.groups;
    if (element.type === 'heading') return element.claims;
    return [];
  }

  private rootsFrom(models: FileModel[]): ClaimsNode[] {
    // models of files no longer in scope are dropped with the listing
    this.models = new Map(models.map((m) => [m.doc.uri, m]));
    return this.scope === 'file' ? models.flatMap((m) => m.file.groups) : models.map((m) => m.file).filter((f) => f.count > 0);
  }

  /**
   * The workspace listing, reading the claims of the files not read yet in slices, so that the
   * extension host keeps answering (hovers, completion) while a large workspace is read.
   */
  private async buildWorkspaceRoots(): Promise<ClaimsNode[]> {
    const listing = this.listing;
    const docs = this.documentsInScope();
    const models: FileModel[] = [];
    let slice = Date.now();
    for (const doc of docs) {
      // the claims are extracted on the worker; only grouping them into the tree happens here
      await this.store.prepareClaims(doc);
      if (listing !== this.listing) return [];
      models.push(this.modelFor(doc));
      if (Date.now() - slice > 15) {
        await yieldToHost();
        if (listing !== this.listing) return []; // refreshed meanwhile: the newer listing is on its way
        slice = Date.now();
      }
    }
    if (listing !== this.listing) return [];
    if (!this.roots) this.roots = this.rootsFrom(models);
    this.built.fire();
    return this.roots;
  }

  getParent(element: ClaimsNode): ClaimsNode | undefined {
    if (element.type === 'claim') return element.parent;
    if (element.type === 'heading') return element.parent;
    return undefined;
  }

  getTreeItem(element: ClaimsNode): vscode.TreeItem {
    switch (element.type) {
      case 'file': {
        const uri = vscode.Uri.parse(element.uri);
        const item = new vscode.TreeItem(uri, element.uri === this.activeUri ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
        item.id = element.id;
        const rel = relativeName(element.uri);
        const dir = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
        item.description = dir ? `${dir} · ${claimsCount(element.count)}` : claimsCount(element.count);
        item.iconPath = vscode.ThemeIcon.File;
        item.tooltip = `${rel}\n${claimsCount(element.count)}`;
        item.contextValue = 'hakusho.claimFile';
        return item;
      }
      case 'heading': {
        const path = element.path;
        const label = path.length ? path[path.length - 1] : vscode.l10n.t('(before the first heading)');
        // a file with hundreds of claims opens with its headings folded: listing every claim at once
        // costs the extension host over 100 ms in one piece
        const fold = (this.models.get(element.uri)?.claims.length ?? 0) > FOLD_ABOVE_CLAIMS;
        const item = new vscode.TreeItem(label, fold ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
        item.id = element.id;
        const outer = path.slice(0, -1).map((p) => p.split(/[ \u3000]/)[0]);
        item.description = [claimsCount(element.claims.length), outer.join(' › ')].filter(Boolean).join(' · ');
        item.tooltip = path.map((p, i) => `${'  '.repeat(i)}${p}`).join('\n') || label;
        item.iconPath = new vscode.ThemeIcon(element.holder ? (element.holder.type === 'own' ? 'home' : 'person') : 'symbol-namespace');
        item.contextValue = 'hakusho.claimHeading';
        return item;
      }
      case 'claim': {
        const c = element.claim;
        const item = new vscode.TreeItem(claimLabel(c, 32).label, vscode.TreeItemCollapsibleState.None);
        item.id = element.id;
        // a reported claim names its holder, unless its group already does
        const reading = c.holder.type === 'own' || this.groupBy === 'holder' ? readingName(c) : `${readingName(c)} · ${holderName(c.holder)}`;
        item.description = c.correctedFrom
          ? vscode.l10n.t('{0} · {1} evidence · set by a reviewer', reading, evidenceCount(c))
          : vscode.l10n.t('{0} · {1} evidence', reading, evidenceCount(c));
        const doc = this.models.get(element.uri)?.doc;
        const notes = doc ? this.notesOn(doc, c) : [];
        if (notes.length) {
          const open = notes.filter((n) => n.status === 'open').length;
          const count = notes.length === 1 ? vscode.l10n.t('1 note') : vscode.l10n.t('{0} notes', notes.length);
          item.description += ` · ${open ? vscode.l10n.t('{0}, {1} open', count, open) : count}`;
        }
        item.iconPath = new vscode.ThemeIcon(KIND_ICON[c.kind], new vscode.ThemeColor(KIND_COLOR[c.kind]));
        // the tooltip is made on hover (resolveTreeItem): thousands of Markdown tooltips sent with the
        // listing cost the extension host hundreds of milliseconds in one piece
        item.contextValue = 'hakusho.claim';
        item.accessibilityInformation = { label: `${readingName(c)}, ${strengthName(c.strength)}, ${holderName(c.holder)}: ${c.text}` };
        const location: ClaimLocation = { uri: element.uri, start: c.start, end: c.end };
        item.command = { command: 'hakusho.claims.reveal', title: vscode.l10n.t('Reveal Claim'), arguments: [location] };
        return item;
      }
    }
  }

  resolveTreeItem(item: vscode.TreeItem, element: ClaimsNode): vscode.TreeItem {
    if (element.type === 'claim') item.tooltip = claimTooltip(element.claim);
    return item;
  }

  /** The node of the claim at `offset` in `uri`, when it is shown (passes the filters, model current). */
  nodeAt(uri: string, offset: number): ClaimNode | undefined {
    const doc = this.docFor(uri);
    if (!doc) return undefined;
    if (this.scope === 'file' && uri !== this.activeUri) return undefined;
    this.childrenOf(); // builds the roots when the tree was not asked yet
    const model = this.models.get(uri);
    if (!model || model.doc !== doc) return undefined; // stale: a refresh is on its way
    const claim = claimAt(model.claims.map((n) => n.claim), offset);
    return claim ? model.claims.find((n) => n.claim === claim) : undefined;
  }

  /** A plain description of the shown tree (for tests and diagnostics): labels, descriptions, icons, commands. */
  snapshot(): unknown {
    const describe = (n: ClaimsNode): unknown => {
      const item = this.resolveTreeItem(this.getTreeItem(n), n);
      const icon = item.iconPath instanceof vscode.ThemeIcon ? item.iconPath : undefined;
      const label = typeof item.label === 'string' ? item.label : item.label?.label ?? (n.type === 'file' ? relativeName(n.uri) : '');
      return {
        type: n.type, id: item.id, label, description: item.description,
        tooltip: item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : item.tooltip,
        icon: icon?.id, color: icon?.color?.id, contextValue: item.contextValue,
        command: item.command ? { command: item.command.command, arguments: item.command.arguments } : undefined,
        ...(n.type === 'claim' ? {
          kind: n.claim.kind, strength: n.claim.strength, inner: n.claim.inner, holder: n.claim.holder,
          text: n.claim.text, evidence: evidenceCount(n.claim), correctedFrom: n.claim.correctedFrom,
        } : {}),
        children: this.childrenOf(n).map(describe),
      };
    };
    return {
      scope: this.scope, kinds: [...this.kinds], withoutEvidence: this.withoutEvidence, onlyOpenNotes: this.onlyOpenNotes, activeUri: this.activeUri,
      holderFilter: this.holderFilter, groupBy: this.groupBy,
      items: this.childrenOf().map(describe),
    };
  }
}

/** Own claims first, then named holders, then unnamed. */
function holderOrder(h: ClaimHolder): number {
  return h.type === 'own' ? 0 : h.type === 'named' ? 1 : 2;
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
}

/** The holder a key stands for (inverse of `holderKey`). */
export function holderOfKey(key: string): ClaimHolder {
  if (key.startsWith('named:')) return { type: 'named', text: key.slice(6) || null };
  return { type: key === 'own' ? 'own' : 'unnamed', text: null };
}

export function relativeName(uri: string): string {
  return vscode.workspace.asRelativePath(vscode.Uri.parse(uri), false);
}

/** Claims in one file above which its heading groups start folded. */
const FOLD_ABOVE_CLAIMS = 150;

export function claimTooltip(c: Claim): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**${markdownEscape(readingName(c))}** · ${markdownEscape(strengthName(c.strength))} · ${markdownEscape(holderName(c.holder))}`);
  if (c.correctedFrom) {
    const read = c.correctedFrom === 'none' ? vscode.l10n.t('not a claim') : kindName(c.correctedFrom);
    md.appendMarkdown(` · $(edit) ${markdownEscape(vscode.l10n.t('set by a reviewer (the classifier read: {0})', read))}\n\n`);
  } else {
    md.appendMarkdown(` · ${vscode.l10n.t('marker')}: ${markdownEscape(c.marker)}\n\n`);
  }
  md.appendMarkdown(`${markdownEscape(c.text)}\n\n`);
  if (c.headingPath.length) md.appendMarkdown(`_${markdownEscape(c.headingPath.join(' › '))}_\n\n`);
  md.appendMarkdown('---\n\n');
  const lines: string[] = [];
  for (const f of c.evidence.footnotes) {
    lines.push(f.source
      ? vscode.l10n.t('Footnote {0}: {1}', f.number, markdownEscape(f.source))
      : f.definition < 0 ? vscode.l10n.t('Footnote {0} (no definition)', f.number) : vscode.l10n.t('Footnote {0}', f.number));
  }
  for (const n of c.evidence.figures) lines.push(vscode.l10n.t('Figure {0}', markdownEscape(n)));
  for (const r of c.evidence.references) lines.push(vscode.l10n.t('Reference: {0}', markdownEscape(r)));
  if (lines.length === 0) md.appendMarkdown(`$(circle-slash) ${vscode.l10n.t('No evidence: no footnote, figure or cross-reference in this sentence.')}`);
  else md.appendMarkdown(`**${vscode.l10n.t('Evidence')}**\n\n${lines.map((l) => `- ${l}`).join('\n')}`);
  md.supportThemeIcons = true;
  return md;
}

// ---------------------------------------------------------------------------------------------
// Registration

export function registerClaims(
  context: vscode.ExtensionContext, store: AnalysisStore, indexer: WorkspaceIndexer, corrections: ClaimCorrectionsStore, notes?: ReviewNotesStore,
): ClaimsTreeProvider {
  const provider = new ClaimsTreeProvider(store, indexer, corrections, notes);
  const view = vscode.window.createTreeView(CLAIMS_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  context.subscriptions.push(provider, view);
  registerClaimsInText(context, store, corrections, `${CLAIMS_VIEW_ID}.focus`);

  const isWhitePaper = (d: vscode.TextDocument | undefined): d is vscode.TextDocument => !!d && store.isWhitePaper(d);

  const updateContext = () => {
    void vscode.commands.executeCommand('setContext', CONTEXT_SCOPE, provider.scope);
    void vscode.commands.executeCommand('setContext', CONTEXT_WITHOUT_EVIDENCE, provider.withoutEvidence);
    void vscode.commands.executeCommand('setContext', 'hakusho.claims.onlyOpenNotes', provider.onlyOpenNotes);
    void vscode.commands.executeCommand('setContext', CONTEXT_KIND_FILTER, provider.kinds.size > 0);
    void vscode.commands.executeCommand('setContext', CONTEXT_HOLDER_FILTER, provider.holderFilter.type !== 'all');
    void vscode.commands.executeCommand('setContext', CONTEXT_GROUP_BY, provider.groupBy);
    const parts: string[] = [];
    if (provider.scope === 'workspace') parts.push(vscode.l10n.t('workspace'));
    if (provider.kinds.size > 0) parts.push([...provider.kinds].map(kindName).join(', '));
    const hf = provider.holderFilter;
    if (hf.type === 'own') parts.push(vscode.l10n.t('own claims'));
    else if (hf.type === 'reported') parts.push(vscode.l10n.t('reported claims'));
    else if (hf.type === 'holder') parts.push(holderName(holderOfKey(hf.key)));
    if (provider.withoutEvidence) parts.push(vscode.l10n.t('without evidence'));
    if (provider.onlyOpenNotes) parts.push(vscode.l10n.t('with open notes'));
    view.description = parts.join(' · ') || undefined;
  };

  const updateMessage = () => {
    // a listing still being read sets the message when it is done (onDidBuild)
    const shown = provider.shownCount();
    if (shown === undefined) return;
    const activeDoc = provider.scope === 'file' && provider.activeUri ? provider.docFor(provider.activeUri) : undefined;
    const stale = activeDoc ? corrections.staleFor(activeDoc).length : 0;
    if (stale > 0) {
      view.message = stale === 1
        ? vscode.l10n.t('1 claim correction no longer matches a sentence of this file (the sentence was edited). Run "Remove Stale Claim Corrections" to drop it.')
        : vscode.l10n.t('{0} claim corrections no longer match a sentence of this file (the sentences were edited). Run "Remove Stale Claim Corrections" to drop them.', stale);
    } else if (shown > 0) view.message = undefined;
    else if (provider.scope === 'file' && !provider.activeUri) view.message = vscode.l10n.t('Open a white-paper file to see its claims.');
    else if (provider.kinds.size > 0 || provider.withoutEvidence || provider.onlyOpenNotes || provider.holderFilter.type !== 'all') view.message = vscode.l10n.t('No claims match the filters.');
    else view.message = provider.scope === 'file' ? vscode.l10n.t('No claims in this file.') : vscode.l10n.t('No claims in the workspace.');
  };

  const refreshTree = () => {
    provider.refresh();
    if (view.visible) updateMessage();
  };

  const onActiveEditor = (editor: vscode.TextEditor | undefined) => {
    // Moving the focus into a view leaves activeTextEditor undefined only for non-text editors: keep the last file then.
    let uri = provider.activeUri;
    if (editor) uri = isWhitePaper(editor.document) ? editor.document.uri.toString() : undefined;
    else if (vscode.window.visibleTextEditors.length === 0) uri = undefined; // every editor closed
    if (uri !== provider.activeUri) {
      provider.activeUri = uri;
      if (provider.scope === 'file') refreshTree();
    }
  };

  // Edits: debounced per document, then the tree.
  const refreshDocuments = () => {
    provider.refreshDocuments();
    if (view.visible) updateMessage();
  };
  const edits = debouncePerDocument(300, (document) => {
    if (provider.scope === 'workspace' || document.uri.toString() === provider.activeUri) refreshDocuments();
  });
  const onEdit = (document: vscode.TextDocument) => { if (isWhitePaper(document)) edits.schedule(document); };
  context.subscriptions.push(edits);

  // Follow the cursor: reveal the claim under it while the view is visible.
  let followTimer: NodeJS.Timeout | undefined;
  const follow = (editor: vscode.TextEditor) => {
    clearTimeout(followTimer);
    if (!view.visible || !isWhitePaper(editor.document)) return;
    followTimer = setTimeout(() => {
      if (!view.visible || editor.document.isClosed) return;
      // a selection (as the reveal command makes) is about where it starts; a bare cursor, where it stands
      const at = editor.selection.isEmpty ? editor.selection.active : editor.selection.start;
      const node = provider.nodeAt(editor.document.uri.toString(), editor.document.offsetAt(at));
      if (node && view.selection[0]?.id !== node.id) void view.reveal(node, { select: true, focus: false, expand: true }).then(undefined, () => undefined);
    }, 150);
  };
  context.subscriptions.push({ dispose: () => clearTimeout(followTimer) });

  context.subscriptions.push(
    provider.onDidChangeState(updateContext),
    vscode.window.onDidChangeActiveTextEditor(onActiveEditor),
    vscode.window.onDidChangeTextEditorSelection((e) => follow(e.textEditor)),
    vscode.workspace.onDidChangeTextDocument((e) => onEdit(e.document)),
    // language detection switches a .txt to hakusho by closing and reopening it
    vscode.workspace.onDidOpenTextDocument((d) => {
      if (!isWhitePaper(d)) return;
      const active = vscode.window.activeTextEditor;
      if (active?.document.uri.toString() === d.uri.toString()) onActiveEditor(active);
    }),
    indexer.onDidChange(() => { if (provider.scope === 'workspace') refreshDocuments(); }),
    corrections.onDidChange(() => refreshTree()),
    ...(notes ? [notes.onDidChange(() => refreshTree())] : []),
    view.onDidChangeVisibility((e) => {
      if (!e.visible) return;
      updateMessage();
      const editor = vscode.window.activeTextEditor;
      if (editor) follow(editor);
    }),
    provider.onDidChangeTreeData(() => { if (view.visible) setTimeout(updateMessage, 0); }),
    provider.onDidBuild(() => { if (view.visible) updateMessage(); }),
  );

  // Commands
  const revealClaim = async (target: ClaimLocation | ClaimNode | undefined): Promise<vscode.Range | undefined> => {
    const loc = target && 'claim' in target ? { uri: target.uri, start: target.claim.start, end: target.claim.end } : target;
    if (!loc) return undefined;
    let document: vscode.TextDocument;
    try {
      document = await vscode.workspace.openTextDocument(vscode.Uri.parse(loc.uri));
    } catch (e) {
      // deleted or moved since the view listed it
      void vscode.window.showWarningMessage(vscode.l10n.t('Cannot open {0}: {1}', relativeName(loc.uri), (e as Error).message));
      provider.refreshDocuments();
      return undefined;
    }
    let { start, end } = loc;
    // The file may have been read from disk by the index: re-anchor on the editor's own analysis.
    if (isWhitePaper(document)) {
      const analysed = await store.analyse(document);
      await store.prepareClaims(analysed);
      const claims = provider.claimsOf(analysed);
      const wanted = provider.docFor(loc.uri)?.text.slice(start, end);
      const hit = claimAt(claims, start);
      if (hit && (wanted === undefined || hit.text === wanted)) ({ start, end } = hit);
      else if (wanted) {
        const same = claims.filter((c) => c.text === wanted).sort((a, b) => Math.abs(a.start - start) - Math.abs(b.start - start))[0];
        if (same) ({ start, end } = same);
      }
    }
    const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
    await vscode.window.showTextDocument(document, { selection: range, preserveFocus: true, preview: true });
    const editor = vscode.window.activeTextEditor;
    editor?.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return range;
  };

  const pickKinds = async (kinds?: ClaimKind[]) => {
    if (Array.isArray(kinds)) {
      provider.setKinds(kinds);
      return [...provider.kinds];
    }
    const items = CLAIM_KINDS.map((kind) => ({
      label: `$(${KIND_ICON[kind]}) ${kindName(kind)}`,
      description: KIND_EXAMPLES[kind],
      picked: provider.kinds.size === 0 || provider.kinds.has(kind),
      claimKind: kind,
    }));
    const picked = await vscode.window.showQuickPick(items, {
      canPickMany: true,
      title: vscode.l10n.t('Show claims of these kinds'),
      placeHolder: vscode.l10n.t('Select the kinds to show (none or all: every kind)'),
    });
    if (picked) provider.setKinds(picked.length ? picked.map((p) => p.claimKind) : CLAIM_KINDS);
    return [...provider.kinds];
  };

  /**
   * Whose claims to show: `choice` is 'all' | 'own' | 'reported' | a holder key (`named:OECD`,
   * `unnamed`); without it a quick pick lists them with the holders found in scope.
   */
  const pickHolders = async (choice?: unknown): Promise<HolderFilter> => {
    if (typeof choice === 'string') {
      provider.setHolderFilter(choice === 'all' || choice === 'own' || choice === 'reported' ? { type: choice } : { type: 'holder', key: choice });
      return provider.holderFilter;
    }
    type Item = vscode.QuickPickItem & { filter?: HolderFilter };
    const current = JSON.stringify(provider.holderFilter);
    const mark = (f: HolderFilter) => (JSON.stringify(f) === current ? vscode.l10n.t('current') : undefined);
    const all: HolderFilter = { type: 'all' }, own: HolderFilter = { type: 'own' }, reported: HolderFilter = { type: 'reported' };
    const items: Item[] = [
      { label: `$(list-flat) ${vscode.l10n.t('All claims')}`, description: mark(all), filter: all },
      { label: `$(home) ${vscode.l10n.t('The paper\'s own')}`, description: mark(own), filter: own },
      { label: `$(quote) ${vscode.l10n.t('Reported (any holder)')}`, description: mark(reported), filter: reported },
      { label: '', kind: vscode.QuickPickItemKind.Separator },
    ];
    for (const h of provider.holdersInScope()) {
      if (h.holder.type === 'own') continue;
      const f: HolderFilter = { type: 'holder', key: h.key };
      items.push({ label: `$(${h.holder.type === 'named' ? 'person' : 'question'}) ${holderName(h.holder)}`, description: [claimsCount(h.count), mark(f)].filter(Boolean).join(' · '), filter: f });
    }
    const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Show the claims of') });
    if (picked?.filter) provider.setHolderFilter(picked.filter);
    return provider.holderFilter;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('hakusho.claims.filterHolders', pickHolders),
    vscode.commands.registerCommand('hakusho.claims.groupByHolder', () => provider.setGroupBy('holder')),
    vscode.commands.registerCommand('hakusho.claims.groupByHeading', () => provider.setGroupBy('heading')),
    vscode.commands.registerCommand('hakusho.claims.refresh', () => refreshTree()),
    vscode.commands.registerCommand('hakusho.claims.reveal', revealClaim),
    vscode.commands.registerCommand('hakusho.claims.filterKinds', pickKinds),
    vscode.commands.registerCommand('hakusho.claims.filterKindsActive', pickKinds),
    vscode.commands.registerCommand('hakusho.claims.onlyWithoutEvidence', () => provider.setWithoutEvidence(true)),
    vscode.commands.registerCommand('hakusho.claims.showAllClaims', () => provider.setWithoutEvidence(false)),
    vscode.commands.registerCommand('hakusho.claims.onlyWithOpenNotes', () => provider.setOnlyOpenNotes(true)),
    vscode.commands.registerCommand('hakusho.claims.showAllNotes', () => provider.setOnlyOpenNotes(false)),
    vscode.commands.registerCommand('hakusho.claims.showWorkspace', () => provider.setScope('workspace')),
    vscode.commands.registerCommand('hakusho.claims.showActiveFile', () => provider.setScope('file')),
    // Internal (not in the palette): the shown tree as plain data, for the extension-host tests.
    vscode.commands.registerCommand('hakusho.claims.snapshot', () => ({
      ...(provider.snapshot() as object), visible: view.visible, selection: view.selection.map((n) => n.id), message: view.message,
    })),
  );
  registerClaimExport(context, provider);
  registerClaimCorrection(context, provider, corrections);

  updateContext();
  onActiveEditor(vscode.window.activeTextEditor);
  return provider;
}

const KIND_EXAMPLES: Record<ClaimKind, string> = {
  necessity: '必要がある・求められる・べきである',
  importance: '重要である・鍵を握る',
  expectation: '期待される・目指す・見込まれる',
  assessment: 'と考えられる・といえる・可能性がある',
  attributed: 'と指摘されている・とされている・によると',
  concern: '懸念される・課題となっている',
};
