// The entry of VS Code for the Web (package.json `browser`, run in the web worker extension host):
// the same features as the Node entry, the analysis on a Web Worker, and no Node file checks (links
// are refused as the file system's stat reports them). The CLI and `hakusho lsp` are Node programs
// and are not part of this bundle.
import * as vscode from 'vscode';
import { activateFeatures } from '../activation';
import { webWorkers } from './analysisWebWorker';

export function activate(context: vscode.ExtensionContext): void {
  activateFeatures(context, { analysisWorkers: webWorkers(vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'analysisWorker.js')) });
}

export function deactivate(): void {}
