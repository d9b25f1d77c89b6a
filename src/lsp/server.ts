// `hakusho lsp`: the language service as a Language Server Protocol server on stdio, for editors
// other than VS Code (Neovim, Helix, Emacs …). A thin host: it converts protocol requests to the
// service's plain calls and the answers back; the workspace is read from disk through NodeWorkspace.
import {
  CodeAction, CodeActionKind, CompletionItem, CompletionItemKind, CompletionList, Connection, createConnection,
  Diagnostic, DiagnosticSeverity, DiagnosticTag, DocumentHighlightKind, DocumentSymbol, FoldingRangeKind, InitializeParams,
  InitializeResult, Location, LocationLink, MarkupKind, ProposedFeatures, ResponseError, ErrorCodes, SelectionRange,
  SymbolInformation, SymbolKind, TextDocuments, TextDocumentSyncKind, TextEdit, WorkspaceEdit, FileChangeType,
  ChangeAnnotation, AnnotatedTextEdit, TextDocumentEdit, DidChangeWatchedFilesNotification, StreamMessageReader, StreamMessageWriter,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { HeadingLevel } from '../core/model';
import {
  COMPLETION_TRIGGER_CHARACTERS, connectWorkspace, DIAGNOSTIC_SOURCE, encodeSemanticTokens, HakushoLanguageService,
  plainIcons, SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES, ServiceSettings, TextEdit as ServiceEdit,
} from '../service';
import { Diagnostic as ServiceDiagnostic } from '../service/diagnostics';
import { DocumentSymbol as ServiceSymbol } from '../service/documentSymbols';
import { NodeWorkspace, normaliseFileUri } from './nodeWorkspace';

const SYMBOL_KIND: Record<HeadingLevel, SymbolKind> = {
  part: SymbolKind.Module, chapter: SymbolKind.Namespace, section: SymbolKind.Class, item: SymbolKind.Method,
  subitem: SymbolKind.Function, kana: SymbolKind.Field, subkana: SymbolKind.Property, circled: SymbolKind.EnumMember,
  unnumbered: SymbolKind.String,
};

const SEVERITY: Record<ServiceDiagnostic['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint,
};

/** The `hakusho` settings a client may send (initializationOptions, or workspace/didChangeConfiguration under `hakusho`). */
interface ClientSettings {
  diagnostics?: { enable?: boolean; disabledCodes?: string[] };
  completion?: { insertTitle?: boolean };
  codeLens?: { references?: boolean };
  markdown?: { include?: string[] };
  exclude?: string[];
}

export function settingsFrom(raw: unknown): Partial<ServiceSettings> {
  const s = (raw && typeof raw === 'object' ? raw : {}) as ClientSettings;
  const out: Partial<ServiceSettings> = {};
  if (typeof s.diagnostics?.enable === 'boolean') out.diagnosticsEnabled = s.diagnostics.enable;
  if (Array.isArray(s.diagnostics?.disabledCodes)) out.disabledCodes = s.diagnostics.disabledCodes.filter((c) => typeof c === 'string');
  if (typeof s.completion?.insertTitle === 'boolean') out.insertTitle = s.completion.insertTitle;
  if (typeof s.codeLens?.references === 'boolean') out.codeLensReferences = s.codeLens.references;
  if (Array.isArray(s.markdown?.include)) out.markdownInclude = s.markdown.include.filter((c) => typeof c === 'string');
  return out;
}

function excludesFrom(raw: unknown): string[] {
  const s = (raw && typeof raw === 'object' ? raw : {}) as ClientSettings;
  return Array.isArray(s.exclude) ? s.exclude.filter((c) => typeof c === 'string') : [];
}

/** Starts the server on the given connection (stdio when none). Returns the connection, listening. */
export function startServer(connection: Connection = createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout))): Connection {
  const service = new HakushoLanguageService();
  const documents = new TextDocuments(TextDocument);
  let workspace: NodeWorkspace | undefined;
  let linkSupport = false;
  let watchRegistration = false;
  /** Whether the client can ask before applying an edit (change annotations in documentChanges). */
  let confirmsEdits = false;
  let ready: Promise<void> = Promise.resolve();

  const uriOf = (uri: string) => normaliseFileUri(uri);
  const clientUri = new Map<string, string>(); // our spelling → the client's, for open documents

  /** Every handler answers, never throws: a failure is logged and the request gets an empty answer. */
  const guard = <P, R>(name: string, empty: R, handler: (params: P) => R | Promise<R>) => async (params: P): Promise<R> => {
    try {
      await ready;
      return await handler(params);
    } catch (e) {
      if (e instanceof ResponseError) throw e;
      connection.console.error(`hakusho: ${name} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      return empty;
    }
  };
  const back = (uri: string) => clientUri.get(uri) ?? uri;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const roots = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    const options = (params.initializationOptions ?? {}) as { settings?: unknown };
    service.configure(settingsFrom(options.settings));
    workspace = new NodeWorkspace(roots, excludesFrom(options.settings));
    linkSupport = params.capabilities?.textDocument?.definition?.linkSupport === true;
    watchRegistration = params.capabilities?.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    const editCapabilities = params.capabilities?.workspace?.workspaceEdit;
    confirmsEdits = editCapabilities?.documentChanges === true && editCapabilities.changeAnnotationSupport !== undefined;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        documentSymbolProvider: { label: 'Hakusho' },
        documentLinkProvider: { resolveProvider: false },
        workspaceSymbolProvider: true,
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        completionProvider: { triggerCharacters: COMPLETION_TRIGGER_CHARACTERS },
        renameProvider: { prepareProvider: true },
        codeLensProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        semanticTokensProvider: { legend: { tokenTypes: [...SEMANTIC_TOKEN_TYPES], tokenModifiers: [...SEMANTIC_TOKEN_MODIFIERS] }, full: true },
      },
      serverInfo: { name: 'hakusho' },
    };
  });

  connection.onInitialized(() => {
    if (!workspace) return;
    const port = workspace;
    ready = connectWorkspace(service, port).then(({ read, unreadable }) => {
      connection.console.info(`hakusho: ${service.documents().length} white-paper files among ${read} read`);
      for (const u of unreadable) connection.console.warn(`hakusho: ${u.uri}: ${u.reason}`);
      publishAll();
    }, (e) => connection.console.error(`hakusho: reading the workspace failed: ${String(e)}`));
    if (watchRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.{txt,hakusho,md,markdown,mdown,mkd}' }],
      });
    }
  });

  connection.onDidChangeConfiguration((params) => {
    const raw = (params.settings as { hakusho?: unknown } | undefined)?.hakusho;
    if (raw === undefined) return;
    service.configure(settingsFrom(raw));
    schedulePublish();
  });

  connection.onDidChangeWatchedFiles((params) => {
    const of = (type: FileChangeType) => params.changes.filter((c) => c.type === type).map((c) => c.uri);
    workspace?.notify({ created: of(FileChangeType.Created), changed: of(FileChangeType.Changed), deleted: of(FileChangeType.Deleted) });
    schedulePublish();
  });

  documents.onDidOpen((e) => {
    clientUri.set(uriOf(e.document.uri), e.document.uri);
    service.apply({ type: 'opened', uri: uriOf(e.document.uri), text: e.document.getText(), languageId: e.document.languageId });
    schedulePublish(0);
  });
  documents.onDidChangeContent((e) => {
    service.apply({ type: 'changed', uri: uriOf(e.document.uri), text: e.document.getText(), languageId: e.document.languageId });
    schedulePublish();
  });
  documents.onDidClose((e) => {
    const uri = uriOf(e.document.uri);
    service.apply({ type: 'closed', uri });
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    clientUri.delete(uri);
    schedulePublish();
  });

  // A change in one page changes other pages' problems (a retitled heading): all open ones are published again.
  let publishTimer: NodeJS.Timeout | undefined;
  function schedulePublish(delay = 200): void {
    clearTimeout(publishTimer);
    publishTimer = setTimeout(() => void ready.then(publishAll), delay);
  }
  function publishAll(): void {
    for (const d of documents.all()) {
      // a document that stopped being a white paper (its numbering removed) loses its problems too
      const uri = uriOf(d.uri);
      void connection.sendDiagnostics({ uri: d.uri, version: d.version, diagnostics: service.diagnostics(uri).map(toDiagnostic) });
    }
  }

  connection.onHover(guard('hover', null, (p) => {
    const h = service.hover(uriOf(p.textDocument.uri), p.position);
    return h && { contents: { kind: MarkupKind.Markdown, value: plainIcons(h.contents) }, range: h.range };
  }));

  connection.onDefinition(guard('definition', [] as LocationLink[] | Location[], (p) => {
    const links = service.definition(uriOf(p.textDocument.uri), p.position);
    return linkSupport
      ? links.map((l) => LocationLink.create(back(l.uri), l.targetRange, l.targetSelectionRange, l.originRange))
      : links.map((l) => Location.create(back(l.uri), l.targetSelectionRange));
  }));

  connection.onReferences(guard('references', [] as Location[], (p) =>
    service.references(uriOf(p.textDocument.uri), p.position, p.context.includeDeclaration).map((l) => Location.create(back(l.uri), l.range))));

  connection.onDocumentHighlight(guard('documentHighlight', [], (p) =>
    service.documentHighlights(uriOf(p.textDocument.uri), p.position)
      .map((h) => ({ range: h.range, kind: h.kind === 'write' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }))));

  connection.onDocumentSymbol(guard('documentSymbol', [] as DocumentSymbol[], (p) => service.documentSymbols(uriOf(p.textDocument.uri)).map(toSymbol)));

  connection.onDocumentLinks(guard('documentLink', [], (p) =>
    service.documentLinks(uriOf(p.textDocument.uri)).map((l) => ({ range: l.range, target: l.target }))));

  connection.onWorkspaceSymbol(guard('workspaceSymbol', [] as SymbolInformation[], (p) =>
    service.workspaceSymbols(p.query).map((s) => SymbolInformation.create(s.name, SymbolKind.Class, s.location.range, back(s.location.uri), s.address))));

  connection.onFoldingRanges(guard('foldingRange', [], (p) =>
    service.foldingRanges(uriOf(p.textDocument.uri)).map((f) => ({ startLine: f.startLine, endLine: f.endLine, kind: f.kind === 'comment' ? FoldingRangeKind.Comment : FoldingRangeKind.Region }))));

  connection.onSelectionRanges(guard('selectionRange', [] as SelectionRange[], (p) =>
    service.selectionRanges(uriOf(p.textDocument.uri), p.positions).map((ranges) => {
      let parent: SelectionRange | undefined;
      for (let i = ranges.length - 1; i >= 0; i--) parent = SelectionRange.create(ranges[i], parent);
      return parent!;
    })));

  connection.onCompletion(guard('completion', null as CompletionList | null, (p) => {
    const items = service.completions(uriOf(p.textDocument.uri), p.position);
    return CompletionList.create(items.map((i): CompletionItem => ({
      label: i.label, labelDetails: { description: i.description }, kind: CompletionItemKind.Reference,
      detail: i.detail, documentation: { kind: MarkupKind.Markdown, value: i.documentation },
      filterText: i.filterText, sortText: i.sortText, textEdit: TextEdit.replace(i.range, i.insertText),
    })), false);
  }));

  connection.onPrepareRename(guard('prepareRename', null, (p) => {
    const r = service.prepareRename(uriOf(p.textDocument.uri), p.position);
    if ('error' in r) throw new ResponseError(ErrorCodes.InvalidRequest, r.error);
    return { range: r.range, placeholder: r.placeholder };
  }));

  connection.onRenameRequest(guard('rename', null as WorkspaceEdit | null, (p) => {
    const r = service.rename(uriOf(p.textDocument.uri), p.position, p.newName);
    if ('error' in r) throw new ResponseError(ErrorCodes.InvalidRequest, r.error);
    return toWorkspaceEdit(r);
  }));

  connection.onCodeLens(guard('codeLens', [], (p) => service.codeLenses(uriOf(p.textDocument.uri)).map((l) => ({
    range: l.range,
    command: { title: l.title, command: 'hakusho.showReferences', arguments: [p.textDocument.uri, l.range.start, l.locations.map((x) => Location.create(back(x.uri), x.range))] },
  }))));

  connection.onCodeAction(guard('codeAction', [] as CodeAction[], (p) => {
    const ours = p.context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && typeof d.code === 'string');
    return service.codeActions(uriOf(p.textDocument.uri), ours.map((d) => ({ code: d.code as string, range: d.range }))).map((a) => ({
      title: a.title, kind: CodeActionKind.QuickFix, isPreferred: a.isPreferred,
      diagnostics: ours.filter((d) => d.code === a.diagnosticCode), edit: toWorkspaceEdit(a.edits),
    }));
  }));

  connection.languages.semanticTokens.on(guard('semanticTokens', { data: [] as number[] }, (p) => ({ data: encodeSemanticTokens(service.semanticTokens(uriOf(p.textDocument.uri))) })));

  /**
   * Edits by file. Edits of digits read as footnote anchors with doubt carry a change annotation
   * that needs confirmation, for clients that ask first; other clients do not get them at all (an
   * official text must not change where the user did not mean it), and are told so.
   */
  function toWorkspaceEdit(edits: readonly ServiceEdit[]): WorkspaceEdit {
    const doubtful = edits.filter((e) => e.needsConfirmation);
    if (!confirmsEdits) {
      if (doubtful.length) {
        void connection.window.showInformationMessage(`Hakusho left ${doubtful.length} place(s) unchanged where digits may be an ordinary number rather than a footnote anchor; check them by hand.`);
      }
      const changes: Record<string, TextEdit[]> = {};
      for (const e of edits) if (!e.needsConfirmation) (changes[back(e.uri)] ??= []).push(TextEdit.replace(e.range, e.newText));
      return { changes };
    }
    const byFile = new Map<string, (TextEdit | AnnotatedTextEdit)[]>();
    const changeAnnotations: Record<string, ChangeAnnotation> = {};
    for (const e of edits) {
      const list = byFile.get(e.uri) ?? [];
      byFile.set(e.uri, list);
      if (e.needsConfirmation) {
        const id = `doubtful-${Object.keys(changeAnnotations).length}`;
        changeAnnotations[id] = { label: e.needsConfirmation.label, description: e.needsConfirmation.description, needsConfirmation: true };
        list.push(AnnotatedTextEdit.replace(e.range, e.newText, id));
      } else list.push(TextEdit.replace(e.range, e.newText));
    }
    const documentChanges = [...byFile].map(([uri, list]) => TextDocumentEdit.create({ uri: back(uri), version: documents.get(back(uri))?.version ?? null }, list));
    return Object.keys(changeAnnotations).length ? { documentChanges, changeAnnotations } : { documentChanges };
  }

  documents.listen(connection);
  connection.listen();
  return connection;
}

function toDiagnostic(d: ServiceDiagnostic): Diagnostic {
  return { range: d.range, severity: SEVERITY[d.severity], code: d.code, source: DIAGNOSTIC_SOURCE, message: d.message, tags: d.unnecessary ? [DiagnosticTag.Unnecessary] : undefined };
}

function toSymbol(s: ServiceSymbol): DocumentSymbol {
  return DocumentSymbol.create(s.name, s.detail, SYMBOL_KIND[s.level], s.range, s.selectionRange, s.children.map(toSymbol));
}
