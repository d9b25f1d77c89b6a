// Typing fires a change per keystroke: what re-reads a document (diagnostics, the index, the claim
// views) waits until it has been quiet for a moment, each document on its own timer.
import * as vscode from 'vscode';

/** Calls `run(document)` once `delayMs` after the last `schedule(document)`, unless it was closed. */
export function debouncePerDocument(
  delayMs: number,
  run: (document: vscode.TextDocument) => void,
): vscode.Disposable & { schedule(document: vscode.TextDocument, delay?: number): void } {
  const timers = new Map<string, NodeJS.Timeout>();
  return {
    schedule(document, delay = delayMs) {
      const key = document.uri.toString();
      clearTimeout(timers.get(key));
      timers.set(key, setTimeout(() => {
        timers.delete(key);
        if (!document.isClosed) run(document);
      }, delay));
    },
    dispose() {
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
    },
  };
}
