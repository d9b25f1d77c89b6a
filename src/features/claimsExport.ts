// Export the Claims view as a reviewer's claim register (Markdown, CSV, JSON) — what the view shows:
// its scope (active file or workspace) and its filters — and copy one claim with its evidence.
// The formatters are the core ones (src/core/claimExport.ts) that `hakusho claims` uses too.
//
// Commands take optional arguments so they can run without dialogs:
//   hakusho.claims.export(format?, target?, scope?)         format 'markdown' | 'csv' | 'json'
//   hakusho.claims.exportMarkdown|exportCsv|exportJson(target?, scope?)
//   target: a vscode.Uri, a file: URI string, or a path (relative paths are under the first workspace folder).
import * as vscode from 'vscode';
import {
  ClaimExportLabels, ClaimFile, claimPlainText, claimsToCsv, claimsToJson, claimsToMarkdown,
} from '../core/claimExport';
import { claimAt } from '../core/claimExtraction';
import { lineIndexOf } from '../core/text';
import { ClaimsScope, holderName, kindName, strengthName } from '../service/claims';
import type { ClaimItem } from '../service/claimsTree';
import { localize } from '../serviceHost';
import { ClaimLocation, ClaimsSource, locationOf, relativeName } from './claimsShared';

export type ExportFormat = 'markdown' | 'csv' | 'json';

const EXTENSION: Record<ExportFormat, string> = { markdown: 'md', csv: 'csv', json: 'json' };

export function localisedLabels(): ClaimExportLabels {
  return {
    title: vscode.l10n.t('Claim register'),
    summary: vscode.l10n.t('{0} claims in {1} files'),
    line: vscode.l10n.t('Line'),
    kind: vscode.l10n.t('Kind'),
    strength: vscode.l10n.t('Strength'),
    holder: vscode.l10n.t('Whose'),
    claim: vscode.l10n.t('Claim'),
    evidence: vscode.l10n.t('Evidence'),
    noHeading: vscode.l10n.t('(before the first heading)'),
    corrected: vscode.l10n.t('{0} (set by a reviewer)'),
    noEvidence: vscode.l10n.t('(none)'),
    footnote: vscode.l10n.t('footnote {0}'),
    footnoteWithSource: vscode.l10n.t('footnote {0}: {1}'),
    figure: vscode.l10n.t('figure {0}'),
    reference: vscode.l10n.t('see {0}'),
    kinds: {
      necessity: kindName('necessity', localize), importance: kindName('importance', localize), expectation: kindName('expectation', localize),
      assessment: kindName('assessment', localize), attributed: kindName('attributed', localize), concern: kindName('concern', localize),
    },
    strengths: { firm: strengthName('firm', localize), hedged: strengthName('hedged', localize) },
    holders: {
      own: holderName({ type: 'own', text: null }, localize), named: holderName({ type: 'named', text: null }, localize),
      unnamed: holderName({ type: 'unnamed', text: null }, localize), namedText: '{0}',
    },
    reported: vscode.l10n.t('{0}: {1}'),
    notes: vscode.l10n.t('Notes'),
    noteStatuses: { open: vscode.l10n.t('open'), resolved: vscode.l10n.t('resolved') },
  };
}

/** The register text. CSV starts with a BOM so spreadsheet programs read the Japanese as UTF-8. */
export function formatClaims(format: ExportFormat, files: ClaimFile[]): string {
  switch (format) {
    case 'markdown': return claimsToMarkdown(files, localisedLabels());
    case 'csv': return '\ufeff' + claimsToCsv(files);
    case 'json': return claimsToJson(files);
  }
}

function targetUri(target: unknown): vscode.Uri | undefined {
  if (target instanceof vscode.Uri) return target;
  if (typeof target !== 'string' || target === '') return undefined;
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(target)) return vscode.Uri.parse(target);
  if (target.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(target)) return vscode.Uri.file(target);
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, ...target.split(/[\\/]/)) : vscode.Uri.file(target);
}

function isScope(s: unknown): s is ClaimsScope {
  return s === 'file' || s === 'workspace';
}

function isFormat(f: unknown): f is ExportFormat {
  return f === 'markdown' || f === 'csv' || f === 'json';
}

export function registerClaimExport(context: vscode.ExtensionContext, provider: ClaimsSource): void {
  const exportAs = async (format: ExportFormat, target?: unknown, scopeArg?: unknown): Promise<vscode.Uri | undefined> => {
    const scope = isScope(scopeArg) ? scopeArg : provider.scope;
    const files: ClaimFile[] = provider.visibleClaims(scope).map(({ doc, claims }) => ({ file: relativeName(doc.uri), doc, claims, notes: provider.anchoredNotes(doc) }));
    if (files.length === 0) {
      void vscode.window.showWarningMessage(scope === 'file'
        ? vscode.l10n.t('Open a white-paper file to export its claims.')
        : vscode.l10n.t('There are no white-paper files in the workspace.'));
      return undefined;
    }
    let uri = targetUri(target);
    const quiet = uri !== undefined;
    if (!uri) {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      const base = scope === 'file' ? `${files[0].file.replace(/^.*\//, '').replace(/\.[^.]*$/, '')}.claims` : 'claims';
      const defaultUri = folder ? vscode.Uri.joinPath(folder, `${base}.${EXTENSION[format]}`) : undefined;
      const filters: Record<ExportFormat, Record<string, string[]>> = {
        markdown: { [vscode.l10n.t('Markdown')]: ['md'] },
        csv: { [vscode.l10n.t('CSV (comma-separated values)')]: ['csv'] },
        json: { JSON: ['json'] },
      };
      uri = await vscode.window.showSaveDialog({ defaultUri, filters: filters[format], title: vscode.l10n.t('Export claims') });
      if (!uri) return undefined;
    }
    const text = formatClaims(format, files);
    try {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not export the claims to {0}: {1}', vscode.workspace.asRelativePath(uri), (e as Error).message));
      return undefined;
    }
    if (!quiet) {
      const count = files.reduce((n, f) => n + (f.claims?.length ?? 0), 0);
      const open = vscode.l10n.t('Open');
      void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0} claims to {1}.', count, vscode.workspace.asRelativePath(uri)), open)
        .then((choice) => { if (choice === open) void vscode.window.showTextDocument(uri!); });
    }
    return uri;
  };

  const exportPicked = async (formatArg?: unknown, target?: unknown, scope?: unknown) => {
    let format = isFormat(formatArg) ? formatArg : undefined;
    if (!format) {
      const picked = await vscode.window.showQuickPick([
        { label: 'Markdown', description: vscode.l10n.t('a table per heading, for reading and review notes'), format: 'markdown' as const },
        { label: 'CSV', description: vscode.l10n.t('one row per claim, for spreadsheets'), format: 'csv' as const },
        { label: 'JSON', description: vscode.l10n.t('the same data as `hakusho claims --json`'), format: 'json' as const },
      ], { title: vscode.l10n.t('Export claims as') });
      if (!picked) return undefined;
      format = picked.format;
    }
    return exportAs(format, target, scope);
  };

  const copyClaim = async (target: ClaimLocation | ClaimItem | undefined): Promise<string | undefined> => {
    let loc = locationOf(target);
    if (!loc) {
      // From the palette: the claim under the cursor.
      const editor = vscode.window.activeTextEditor;
      if (!editor || !provider.docFor(editor.document.uri.toString())) return undefined;
      const offset = editor.document.offsetAt(editor.selection.active);
      loc = { uri: editor.document.uri.toString(), start: offset, end: offset };
    }
    const doc = provider.docFor(loc.uri);
    const claim = doc ? claimAt(provider.claimsOf(doc), loc.start) : null;
    if (!doc || !claim) {
      void vscode.window.showInformationMessage(vscode.l10n.t('There is no claim here.'));
      return undefined;
    }
    const text = claimPlainText(claim, { file: relativeName(doc.uri), line: lineIndexOf(doc).positionAt(claim.start).line + 1 }, localisedLabels());
    await vscode.env.clipboard.writeText(text);
    vscode.window.setStatusBarMessage(vscode.l10n.t('Copied the claim with its evidence.'), 3000);
    return text;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('hakusho.claims.export', exportPicked),
    vscode.commands.registerCommand('hakusho.claims.exportMarkdown', (target?: unknown, scope?: unknown) => exportAs('markdown', target, scope)),
    vscode.commands.registerCommand('hakusho.claims.exportCsv', (target?: unknown, scope?: unknown) => exportAs('csv', target, scope)),
    vscode.commands.registerCommand('hakusho.claims.exportJson', (target?: unknown, scope?: unknown) => exportAs('json', target, scope)),
    vscode.commands.registerCommand('hakusho.claims.copy', copyClaim),
  );
}
