// The entry of VS Code's Node extension host (package.json `main`): the analysis on a worker
// thread, files on disk checked with Node's file system (safeFiles.ts), the note author from git.
import * as vscode from 'vscode';
import { activateFeatures } from './activation';
import { workerThreads } from './analysisWorkerThread';
import { correctionsFileRefusal, readRegularFileAsync } from './safeFiles';
import { systemAuthor } from './systemAuthor';

export function activate(context: vscode.ExtensionContext): void {
  activateFeatures(context, { analysisWorkers: workerThreads, diskRefusal: correctionsFileRefusal, systemAuthor, readLocalFile: readRegularFileAsync });
}

export function deactivate(): void {}
