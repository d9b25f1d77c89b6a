// The VS Code host's side of the language service: the service's feature functions read the
// documents the analysis worker has analysed and the workspace index the indexer keeps, so no
// analysis runs on the extension host's thread. Each provider awaits `store.analyse(document)`,
// then asks the service with `serviceContext(index, doc)` and converts its plain results.
import * as vscode from 'vscode';
import { WhitePaperDocument } from './core/model';
import { WorkspaceIndex } from './core/workspaceIndex';
import type { ServiceContext, ServiceSettings } from './service/service';
import type { Position, Range, TextEdit } from './service/types';

/** The settings of the resource's scope, as the service names them. */
export function serviceSettings(uri?: vscode.Uri): ServiceSettings {
  const config = vscode.workspace.getConfiguration('hakusho', uri);
  return {
    diagnosticsEnabled: config.get<boolean>('diagnostics.enable', true),
    disabledCodes: config.get<string[]>('diagnostics.disabledCodes', []),
    insertTitle: config.get<boolean>('completion.insertTitle', true),
    codeLensReferences: config.get<boolean>('codeLens.references', true),
    markdownInclude: config.get<string[]>('markdown.include', []),
  };
}

// a large edition has about a thousand headings, each with its level's name: the wording without
// arguments is looked up once (the display language is fixed for the extension host's life)
const fixedWording = new Map<string, string>();

/** `vscode.l10n.t` as the service's translator. */
export function localize(message: string, ...args: Array<string | number | boolean>): string {
  if (args.length) return vscode.l10n.t(message, ...args);
  let text = fixedWording.get(message);
  if (text === undefined) fixedWording.set(message, (text = vscode.l10n.t(message)));
  return text;
}

/**
 * What the service's features read, over the host's analysis: `doc` (the editor's document, just
 * analysed on the worker) stands over the index's copy of the same URI.
 */
export function serviceContext(index: WorkspaceIndex, doc?: WhitePaperDocument): ServiceContext {
  let settings: ServiceSettings | undefined;
  return {
    index,
    get settings() { return (settings ??= serviceSettings(doc && vscode.Uri.parse(doc.uri))); },
    t: localize,
    document: (uri) => (doc && uri === doc.uri ? doc : index.get(uri)),
    relativePath: (uri) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri)),
  };
}

export function toPosition(p: Position): vscode.Position {
  return new vscode.Position(p.line, p.character);
}

export function toRange(r: Range): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export function fromPosition(p: vscode.Position): Position {
  return { line: p.line, character: p.character };
}

/**
 * What VS Code needs to show an edit of a doubtful anchor in the refactor preview, unchecked: the
 * user applies it only by ticking it. Edits of sure readings carry none and apply as usual.
 */
export function confirmationOf(e: TextEdit): vscode.WorkspaceEditEntryMetadata | undefined {
  return e.needsConfirmation && { needsConfirmation: true, label: e.needsConfirmation.label, description: e.needsConfirmation.description };
}
