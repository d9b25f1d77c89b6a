// The Claims view's tree in VS Code: the language service builds each file's part of the tree
// (src/service/claimsTree.ts: groups, filters, labels, descriptions, tooltips); this adapter picks
// the documents in scope (open editors over the workspace index), reads their claims from the
// analysis worker, lists a large workspace in slices, and maps the service's nodes to tree items.
import * as vscode from 'vscode';
import { yieldToHost } from '../turns';
import { AnalysisStore } from '../analysisStore';
import { ClaimCorrectionsStore } from '../claimCorrectionsStore';
import { CLAIM_KINDS, claimAt } from '../core/claimExtraction';
import { Claim, ClaimHolder, ClaimKind, WhitePaperDocument } from '../core/model';
import { AnchoredNote, Note, notesWithin } from '../core/notes';
import { ReviewNotesStore } from '../reviewNotesStore';
import { claimHolders, ClaimsFilter, ClaimsGrouping, ClaimsScope, claimTooltip, HolderFilter, passesFilter } from '../service/claims';
import { ClaimFileNode, ClaimHeadingNode, ClaimItem, ClaimsFileTreeBuilder } from '../service/claimsTree';
import { localize } from '../serviceHost';
import { WorkspaceIndexer } from '../workspaceIndexer';
import { ClaimLocation, ClaimsSource, KIND_COLOR, KIND_ICON, relativeName } from './claimsShared';

export type ClaimsNode = ClaimFileNode<ClaimItem> | ClaimHeadingNode<ClaimItem> | ClaimItem;

class FileModel {
  private inTextOrder?: ClaimItem[];
  constructor(readonly doc: WhitePaperDocument, readonly file: ClaimFileNode<ClaimItem>) {}

  /** Claim nodes in text order (only those passing the filters), listed when first asked for. */
  get claims(): ClaimItem[] {
    if (!this.inTextOrder) {
      this.inTextOrder = this.file.children.flatMap((g) => g.children);
      if (this.file.children.some((g) => g.holder)) this.inTextOrder.sort((a, b) => a.start - b.start);
    }
    return this.inTextOrder;
  }

  /** The group a claim node is listed under. */
  groupOf(claim: ClaimItem): ClaimHeadingNode<ClaimItem> | undefined {
    return this.file.children.find((g) => g.children.includes(claim));
  }
}

export class ClaimsTreeProvider implements vscode.TreeDataProvider<ClaimsNode>, vscode.Disposable, ClaimsSource {
  private readonly changed = new vscode.EventEmitter<ClaimsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly stateChanged = new vscode.EventEmitter<void>();
  /** Scope or filters changed. */
  readonly onDidChangeState = this.stateChanged.event;
  private readonly built = new vscode.EventEmitter<void>();
  /** A listing finished building (the view's message can be set). */
  readonly onDidBuild = this.built.event;

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
  /** Counts the listings asked for: a slow workspace listing that a newer one replaced is dropped. */
  private listing = 0;

  constructor(
    private readonly store: AnalysisStore, private readonly indexer: WorkspaceIndexer, private readonly corrections: ClaimCorrectionsStore,
    private readonly notes?: ReviewNotesStore,
  ) {}

  dispose(): void {
    this.changed.dispose();
    this.stateChanged.dispose();
    this.built.dispose();
  }

  /** The filters as the service takes them. */
  get filter(): ClaimsFilter {
    return { kinds: [...this.kinds], withoutEvidence: this.withoutEvidence, holder: this.holderFilter, onlyOpenNotes: this.onlyOpenNotes };
  }

  /** Reviewers' notes on a claim's sentence. */
  notesOn(doc: WhitePaperDocument, c: Claim): Note[] {
    return this.notes ? notesWithin(this.notes.anchoredIn(doc), c.start, c.end) : [];
  }

  anchoredNotes(doc: WhitePaperDocument): AnchoredNote[] | undefined {
    return this.notes?.anchoredIn(doc);
  }

  claimsOf(doc: WhitePaperDocument): Claim[] {
    return this.corrections.claimsOf(doc);
  }

  /** Scope, filters or corrections changed: every file's claims are read again. */
  refresh(): void {
    this.listing++;
    this.models.clear();
    this.roots = null;
    this.changed.fire(undefined);
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

  /** How many items the tree shows at its top, or undefined while the listing is still being built. */
  shownCount(): number | undefined {
    // the listing waits for the worker's analysis and claims: building it here would do that work on this thread
    if (!this.roots) return undefined;
    return this.childrenOf().length;
  }

  private changeState(change: () => void): void {
    change();
    this.stateChanged.fire();
    this.refresh();
  }

  setScope(scope: ClaimsScope): void {
    if (this.scope !== scope) this.changeState(() => { this.scope = scope; });
  }

  setKinds(kinds: Iterable<ClaimKind>): void {
    const set = new Set([...kinds].filter((k) => (CLAIM_KINDS as readonly string[]).includes(k)));
    this.changeState(() => { this.kinds = set.size === CLAIM_KINDS.length ? new Set() : set; }); // all kinds = no filter
  }

  setWithoutEvidence(on: boolean): void {
    if (this.withoutEvidence !== on) this.changeState(() => { this.withoutEvidence = on; });
  }

  setOnlyOpenNotes(on: boolean): void {
    if (this.onlyOpenNotes !== on) this.changeState(() => { this.onlyOpenNotes = on; });
  }

  setHolderFilter(filter: HolderFilter): void {
    this.changeState(() => { this.holderFilter = filter; });
  }

  setGroupBy(grouping: ClaimsGrouping): void {
    if (this.groupBy !== grouping) this.changeState(() => { this.groupBy = grouping; });
  }

  /** The holders of the claims in scope (before the holder filter), with their claim counts, own first. */
  holdersInScope(): { holder: ClaimHolder; key: string; count: number }[] {
    return claimHolders(this.documentsInScope().flatMap((doc) => this.claimsOf(doc)));
  }

  /** The open editor document for a URI, if any (its text is newer than the index's). */
  private openDocument(uri: string): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri && this.store.isWhitePaper(d));
  }

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

  visibleClaims(scope: ClaimsScope = this.scope): { doc: WhitePaperDocument; claims: Claim[] }[] {
    const filter = this.filter;
    return this.documentsInScope(scope).map((doc) => ({ doc, claims: this.claimsOf(doc).filter((c) => passesFilter(filter, c, this.notesOn(doc, c))) }));
  }

  /** A file's part of the tree, built at once (for callers that cannot wait). */
  private modelFor(doc: WhitePaperDocument): FileModel {
    const hit = this.models.get(doc.uri);
    if (hit && hit.doc === doc) return hit;
    const builder = this.treeBuilder(doc);
    for (const c of this.claimsOf(doc)) builder.add(c);
    return this.keepModel(doc, builder);
  }

  /**
   * A file's part of the tree built in slices: a large edition has thousands of claims. Undefined
   * when a newer listing took over meanwhile.
   */
  private async modelInSlices(doc: WhitePaperDocument, listing: number): Promise<FileModel | undefined> {
    const hit = this.models.get(doc.uri);
    if (hit && hit.doc === doc) return hit;
    const builder = this.treeBuilder(doc);
    let slice = Date.now();
    for (const c of this.claimsOf(doc)) {
      builder.add(c);
      if (Date.now() - slice > 10) {
        await yieldToHost();
        if (listing !== this.listing) return undefined;
        slice = Date.now();
      }
    }
    return this.keepModel(doc, builder);
  }

  private treeBuilder(doc: WhitePaperDocument): ClaimsFileTreeBuilder {
    return new ClaimsFileTreeBuilder(
      { uri: doc.uri, relativePath: relativeName(doc.uri), notes: this.anchoredNotes(doc) }, { ...this.filter, groupBy: this.groupBy }, localize);
  }

  private keepModel(doc: WhitePaperDocument, builder: ClaimsFileTreeBuilder): FileModel {
    const model = new FileModel(doc, builder.finish());
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
    for (const doc of this.documentsInScope()) if (!await this.modelInSlices(doc, listing)) return [];
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
    return element.type === 'claim' ? [] : element.children;
  }

  private rootsFrom(models: FileModel[]): ClaimsNode[] {
    // models of files no longer in scope are dropped with the listing
    this.models = new Map(models.map((m) => [m.doc.uri, m]));
    return this.scope === 'file' ? models.flatMap((m) => m.file.children) : models.map((m) => m.file).filter((f) => f.count > 0);
  }

  /**
   * The workspace listing, reading the claims of the files not read yet in slices, so that the
   * extension host keeps answering (hovers, completion) while a large workspace is read.
   */
  private async buildWorkspaceRoots(): Promise<ClaimsNode[]> {
    const listing = this.listing;
    const models: FileModel[] = [];
    let slice = Date.now();
    for (const doc of this.documentsInScope()) {
      // the claims are extracted on the worker; only grouping them into the tree happens here
      await this.store.prepareClaims(doc);
      if (listing !== this.listing) return [];
      const model = await this.modelInSlices(doc, listing);
      if (!model) return [];
      models.push(model);
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

  /** The node above `element` (for reveal), found in its file's model: no map of thousands of rows is kept for it. */
  getParent(element: ClaimsNode): ClaimsNode | undefined {
    if (element.type === 'file') return undefined;
    const model = this.models.get(element.uri);
    if (!model) return undefined;
    if (element.type === 'heading') return this.scope === 'workspace' ? model.file : undefined;
    return model.groupOf(element);
  }

  getTreeItem(element: ClaimsNode): vscode.TreeItem {
    const { Collapsed, Expanded, None } = vscode.TreeItemCollapsibleState;
    let item: vscode.TreeItem;
    switch (element.type) {
      case 'file':
        item = new vscode.TreeItem(vscode.Uri.parse(element.uri), element.uri === this.activeUri ? Expanded : Collapsed);
        item.iconPath = vscode.ThemeIcon.File;
        item.tooltip = element.tooltip;
        item.contextValue = 'hakusho.claimFile';
        break;
      case 'heading':
        // a file with hundreds of claims opens with its groups folded: listing every claim at once
        // costs the extension host over 100 ms in one piece
        item = new vscode.TreeItem(element.label, element.folded ? Collapsed : Expanded);
        item.tooltip = element.tooltip;
        item.iconPath = new vscode.ThemeIcon(element.holder ? (element.holder.type === 'own' ? 'home' : 'person') : 'symbol-namespace');
        item.contextValue = 'hakusho.claimHeading';
        break;
      case 'claim': {
        item = new vscode.TreeItem(element.label, None);
        item.iconPath = new vscode.ThemeIcon(KIND_ICON[element.kind], new vscode.ThemeColor(KIND_COLOR[element.kind]));
        // the tooltip is made on hover (resolveTreeItem): thousands of Markdown tooltips sent with the
        // listing cost the extension host hundreds of milliseconds in one piece
        item.contextValue = 'hakusho.claim';
        item.accessibilityInformation = { label: element.accessibilityLabel };
        const location: ClaimLocation = { uri: element.uri, start: element.start, end: element.end };
        item.command = { command: 'hakusho.claims.reveal', title: vscode.l10n.t('Reveal Claim'), arguments: [location] };
        break;
      }
    }
    item.id = element.id;
    item.description = element.description;
    return item;
  }

  resolveTreeItem(item: vscode.TreeItem, element: ClaimsNode): vscode.TreeItem {
    if (element.type === 'claim') item.tooltip = new vscode.MarkdownString(claimTooltip(element.claim, localize), true);
    return item;
  }

  /** The node of the claim at `offset` in `uri`, when it is shown (passes the filters, model current). */
  nodeAt(uri: string, offset: number): ClaimItem | undefined {
    const doc = this.docFor(uri);
    if (!doc) return undefined;
    if (this.scope === 'file' && uri !== this.activeUri) return undefined;
    this.childrenOf(); // builds the roots when the tree was not asked yet
    const model = this.models.get(uri);
    if (!model || model.doc !== doc) return undefined; // stale: a refresh is on its way
    const claim = claimAt(model.claims.map((n) => n.claim), offset);
    return claim ? model.claims.find((n) => n.claim === claim) : undefined;
  }
}
