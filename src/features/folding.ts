// Folding: every heading's section, and each footnote definition block.
import * as vscode from 'vscode';
import { AnalysisStore, HAKUSHO_ONLY_SELECTOR } from '../analysisStore';
import { nextTurn } from '../turns';

export function registerFolding(context: vscode.ExtensionContext, store: AnalysisStore): void {
  context.subscriptions.push(vscode.languages.registerFoldingRangeProvider(HAKUSHO_ONLY_SELECTOR, {
    async provideFoldingRanges(document) {
      const doc = await store.analyse(document);
      await nextTurn();
      const ranges: vscode.FoldingRange[] = [];
      const lastLine = (end: number) => {
        // a section ends before the next heading's line: fold up to the last non-blank line before it
        let line = document.positionAt(end).line;
        if (end > 0 && document.positionAt(end).character === 0) line--;
        while (line > 0 && document.lineAt(line).isEmptyOrWhitespace) line--;
        return line;
      };
      for (const h of doc.headings) {
        const start = document.positionAt(h.start).line;
        const end = lastLine(h.sectionEnd);
        if (end > start) ranges.push(new vscode.FoldingRange(start, end, vscode.FoldingRangeKind.Region));
      }
      const blocks = new Map<number, { start: number; end: number }>();
      for (const f of doc.footnotes) {
        const b = blocks.get(f.block);
        if (b) b.end = f.end;
        else blocks.set(f.block, { start: f.start, end: f.end });
      }
      for (const b of blocks.values()) {
        const start = document.positionAt(b.start).line, end = document.positionAt(b.end).line;
        if (end > start) ranges.push(new vscode.FoldingRange(start, end, vscode.FoldingRangeKind.Comment));
      }
      return ranges;
    },
  }));
}
