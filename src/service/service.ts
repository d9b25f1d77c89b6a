// The Hakusho language service: editor-free, plain data in and out. One mutation entry, `apply`
// (a document opened, changed or closed in the editor; a file created, changed or deleted on
// disk), and read-only queries, one per feature, each in its own module. The open documents' text
// stands over the disk's; every text is analysed once per change, when a query first needs it.
import { analyzeDocument } from '../core/analyzeDocument';
import { WhitePaperDocument } from '../core/model';
import { WorkspaceIndex } from '../core/workspaceIndex';
import { english, Localize } from './types';
import { Disposable, relativePathIn, WorkspacePort } from './workspace';
import { whitePaperForm, WhitePaperForm } from './whitePaperFiles';

export type Change =
  /** The editor opened a document or its text changed. `languageId: 'hakusho'` reads it as a white paper whatever its name. */
  | { type: 'opened' | 'changed'; uri: string; text: string; languageId?: string }
  | { type: 'closed'; uri: string }
  /** A file was created or changed on disk (its new text), or deleted. */
  | { type: 'fileChanged'; uri: string; text: string }
  | { type: 'fileDeleted'; uri: string };

export interface ServiceSettings {
  diagnosticsEnabled: boolean;
  /** Diagnostic codes not reported (hakusho.diagnostics.disabledCodes). */
  disabledCodes: readonly string[];
  /** Completion inserts 「title」参照 after the path (hakusho.completion.insertTitle). */
  insertTitle: boolean;
  /** "N references" above cited headings (hakusho.codeLens.references). */
  codeLensReferences: boolean;
  /** Markdown files read as white papers whatever they hold (hakusho.markdown.include). */
  markdownInclude: readonly string[];
}

export const DEFAULT_SETTINGS: ServiceSettings = {
  diagnosticsEnabled: true, disabledCodes: [], insertTitle: true, codeLensReferences: true, markdownInclude: [],
};

interface Source {
  text: string;
  /** The editor's language id, when it gave one (`hakusho` forces the page-text parser). */
  languageId?: string;
  /** The parser, or null when the text is not a white paper. */
  form: WhitePaperForm | null;
  /** The analysis, once a query asked for it. */
  doc?: WhitePaperDocument;
}

/** What every feature module reads: the index, the documents, the settings, the wording. */
export interface ServiceContext {
  readonly index: WorkspaceIndex;
  readonly settings: ServiceSettings;
  readonly t: Localize;
  /** The analysed document for a URI (open text over disk text), or undefined when it is no white paper. */
  document(uri: string): WhitePaperDocument | undefined;
  /** The path shown to the user for a URI: relative to its workspace folder. */
  relativePath(uri: string): string;
}

export interface ServiceOptions {
  roots?: readonly string[];
  settings?: Partial<ServiceSettings>;
  t?: Localize;
}

export class HakushoService implements ServiceContext {
  private readonly workspaceIndex = new WorkspaceIndex();
  settings: ServiceSettings;
  readonly t: Localize;
  roots: readonly string[];
  private readonly open = new Map<string, Source>();
  private readonly disk = new Map<string, Source>();
  /** URIs whose text changed since the index last took them in. */
  private readonly dirty = new Set<string>();

  constructor(options: ServiceOptions = {}) {
    this.roots = options.roots ?? [];
    this.settings = { ...DEFAULT_SETTINGS, ...options.settings };
    this.t = options.t ?? english;
  }

  /** The only mutation: the editor's documents and the disk's files as they change. */
  apply(change: Change): void {
    switch (change.type) {
      case 'opened':
      case 'changed':
        this.open.set(change.uri, this.source(change.uri, change.text, change.languageId));
        break;
      case 'closed':
        this.open.delete(change.uri);
        break;
      case 'fileChanged':
        this.disk.set(change.uri, this.source(change.uri, change.text));
        break;
      case 'fileDeleted':
        this.disk.delete(change.uri);
        break;
    }
    this.dirty.add(change.uri);
  }

  /** New settings; which Markdown files are white papers may change with them. */
  configure(settings: Partial<ServiceSettings>): void {
    const includeChanged = settings.markdownInclude !== undefined && settings.markdownInclude.join('\n') !== this.settings.markdownInclude.join('\n');
    this.settings = { ...this.settings, ...settings };
    if (!includeChanged) return;
    for (const map of [this.open, this.disk]) {
      for (const [uri, s] of map) {
        map.set(uri, this.source(uri, s.text, s.languageId));
        this.dirty.add(uri);
      }
    }
  }

  private source(uri: string, text: string, languageId?: string): Source {
    const form = languageId === 'hakusho' ? 'page-text'
      : whitePaperForm(uri, text, { markdownInclude: this.settings.markdownInclude, relativePath: this.relativePath(uri) });
    return { text, languageId, form };
  }

  /** Brings the index up to date with every change applied since the last query. */
  private sync(): void {
    if (this.dirty.size === 0) return;
    for (const uri of this.dirty) {
      const doc = this.analysed(uri);
      if (doc) this.workspaceIndex.set(doc); else this.workspaceIndex.delete(uri);
    }
    this.dirty.clear();
  }

  private analysed(uri: string): WhitePaperDocument | undefined {
    const s = this.open.get(uri) ?? this.disk.get(uri);
    if (!s?.form) return undefined;
    s.doc ??= analyzeDocument(uri, s.text, s.form);
    return s.doc;
  }

  document(uri: string): WhitePaperDocument | undefined {
    this.sync();
    return this.analysed(uri);
  }

  /** Every white-paper document: open ones with their editor text. */
  documents(): WhitePaperDocument[] {
    return [...this.index.documents()];
  }

  /** Whether the service reads this URI as a white paper (hosts skip other documents). */
  isWhitePaper(uri: string): boolean {
    return !!(this.open.get(uri) ?? this.disk.get(uri))?.form;
  }

  /** The text the service sees for a URI: the open document's, else the disk's. */
  textOf(uri: string): string | undefined {
    return (this.open.get(uri) ?? this.disk.get(uri))?.text;
  }

  relativePath(uri: string): string {
    return relativePathIn(this.roots, uri);
  }

  /** The workspace index, with every change applied so far taken in. */
  get index(): WorkspaceIndex {
    this.sync();
    return this.workspaceIndex;
  }
}

/**
 * Reads every candidate file of the workspace into the service and keeps it current as files
 * change. Resolves when the first reading is done; unreadable files are left out and counted.
 */
export async function connectWorkspace(service: HakushoService, port: WorkspacePort): Promise<{ read: number; unreadable: { uri: string; reason: string }[]; subscription: Disposable }> {
  const unreadable: { uri: string; reason: string }[] = [];
  const load = async (uri: string) => {
    const r = await port.readFile(uri);
    if (r.ok) service.apply({ type: 'fileChanged', uri, text: r.text });
    else {
      service.apply({ type: 'fileDeleted', uri });
      unreadable.push({ uri, reason: r.reason });
    }
  };
  const subscription = port.onDidChangeFiles((changes) => {
    for (const uri of changes.deleted) service.apply({ type: 'fileDeleted', uri });
    for (const uri of [...changes.created, ...changes.changed]) void load(uri);
  });
  service.roots = port.roots;
  const files = await port.listFiles();
  for (const uri of files) await load(uri);
  return { read: files.length - unreadable.length, unreadable, subscription };
}

