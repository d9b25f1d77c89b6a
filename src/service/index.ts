// The service's public face: the host (one mutation, `apply`) with one read-only method per feature.
// Hosts (VS Code, the language server, the CLI) import from here only.
import { claimsTree, ClaimsTreeNode, ClaimsTreeRequest } from './claimsTree';
import { CodeAction, codeActions } from './codeActions';
import { CodeLens, codeLenses } from './codeLens';
import { CompletionItem, completions } from './completion';
import { definition } from './definition';
import { Diagnostic, diagnostics, workspaceDiagnostics } from './diagnostics';
import { DocumentLink, documentLinks } from './documentLinks';
import { DocumentSymbol, documentSymbols } from './documentSymbols';
import { FoldingRange, foldingRanges } from './folding';
import { hover, Hover } from './hover';
import { DocumentHighlight, documentHighlights, references } from './references';
import { prepareRename, Refused, rename, renumberFootnotes } from './rename';
import { selectionRanges } from './selectionRanges';
import { SemanticToken, semanticTokens } from './semanticTokens';
import { HakushoService } from './service';
import { Location, LocationLink, Position, Range, TextEdit } from './types';
import { WorkspaceSymbol, workspaceSymbols } from './workspaceSymbols';

export class HakushoLanguageService extends HakushoService {
  hover(uri: string, position: Position): Hover | null { return hover(this, uri, position); }
  definition(uri: string, position: Position): LocationLink[] { return definition(this, uri, position); }
  references(uri: string, position: Position, includeDeclaration = true): Location[] { return references(this, uri, position, includeDeclaration); }
  documentHighlights(uri: string, position: Position): DocumentHighlight[] { return documentHighlights(this, uri, position); }
  documentSymbols(uri: string): DocumentSymbol[] { return documentSymbols(this, uri); }
  documentLinks(uri: string): DocumentLink[] { return documentLinks(this, uri); }
  workspaceSymbols(query: string): WorkspaceSymbol[] { return workspaceSymbols(this, query); }
  foldingRanges(uri: string): FoldingRange[] { return foldingRanges(this, uri); }
  selectionRanges(uri: string, positions: readonly Position[]): Range[][] { return selectionRanges(this, uri, positions); }
  semanticTokens(uri: string): SemanticToken[] { return semanticTokens(this, uri); }
  completions(uri: string, position: Position): CompletionItem[] { return completions(this, uri, position); }
  diagnostics(uri: string): Diagnostic[] { return diagnostics(this, uri); }
  workspaceDiagnostics(): Map<string, Diagnostic[]> { return workspaceDiagnostics(this); }
  codeActions(uri: string, diagnostics: readonly { code: string; range: Range }[]): CodeAction[] { return codeActions(this, uri, diagnostics); }
  codeLenses(uri: string): CodeLens[] { return codeLenses(this, uri); }
  prepareRename(uri: string, position: Position): { range: Range; placeholder: string } | Refused { return prepareRename(this, uri, position); }
  rename(uri: string, position: Position, newName: string): TextEdit[] | Refused { return rename(this, uri, position, newName); }
  renumberFootnotes(uri: string, position: Position): TextEdit[] | Refused { return renumberFootnotes(this, uri, position); }
  claimsTree(request: ClaimsTreeRequest): ClaimsTreeNode[] { return claimsTree(this, request); }
}

export type { ClaimsTreeNode, ClaimsTreeRequest, CodeAction, CodeLens, CompletionItem, Diagnostic, DocumentHighlight, DocumentLink, DocumentSymbol, FoldingRange, Hover, Refused, SemanticToken, WorkspaceSymbol };
export type { Location, LocationLink, Position, Range, TextEdit, Localize } from './types';
export { english, offsetAt, positionAt, rangeOf } from './types';
export type { ClaimFileNode, ClaimHeadingNode, ClaimItem, ClaimNode, ClaimsOfFile } from './claimsTree';
export type { ClaimsFilter, ClaimsGrouping, ClaimsScope, HolderFilter } from './claims';
export { connectWorkspace, DEFAULT_SETTINGS } from './service';
export type { Change, ServiceSettings, ServiceOptions } from './service';
export { InMemoryWorkspace, relativePathIn } from './workspace';
export type { WorkspacePort, FileChanges, ReadResult } from './workspace';
export { plainIcons } from './hover';
export { COMPLETION_TRIGGER_CHARACTERS } from './completion';
export { SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES, encodeSemanticTokens } from './semanticTokens';
export { DIAGNOSTIC_SOURCE } from './diagnostics';
export { diagnosticMessage, DIAGNOSTIC_MESSAGES } from './messages';
export * from './whitePaperFiles';
