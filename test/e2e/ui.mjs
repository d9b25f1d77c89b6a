// UI checks in a real VS Code workbench (code-server + headless Chromium), as a person would do them:
// Quick Open a page, hover a footnote anchor with the mouse, F12 on it, open the Outline view.
// The extension is loaded from the project (extensionDevelopmentPath); build it first (node scripts/build.mjs).
// Screenshots → media/screenshots/ (hover.png, outline.png); on failure → <temp>/failure-<check>.png.
//
// Add a check: push { name, run: async (page) => {...} } to CHECKS (use the helpers of ./vscode-web.mjs).
// Run some only: `node test/e2e/ui.mjs hover f12`  (names are matched as substrings).
import path from 'node:path';
import {
  startVSCode, openFile, hoverText, clickText, waitForCursor, runCommand, screenshot, treeLabels,
  clearHover, activeTab,
} from './vscode-web.mjs';

const PAGE = 'pages/nd111100.txt';
// the footnote anchor: the digit 1 glued after 「99.8%に達しており」 on line 7; its note is line 16
const ANCHOR = { needle: 'に達しており1', offset: 'に達しており'.length, length: 1 };
const NOTE_TEXT = 'ブロードバンド基盤整備状況調査';
const NOTE_LINE = 16;

export const CHECKS = [
  {
    name: 'hover: footnote anchor shows the note text',
    async run(page) {
      await openFile(page, PAGE);
      const text = await hoverText(page, ANCHOR.needle, { offset: ANCHOR.offset, length: ANCHOR.length, contains: NOTE_TEXT });
      if (!text.includes(NOTE_TEXT)) throw new Error(`hover text does not contain ${NOTE_TEXT}: ${JSON.stringify(text)}`);
      await screenshot(page, 'hover.png');
      await clearHover(page);
      return `hover: ${JSON.stringify(text.slice(0, 80))}`;
    },
  },
  {
    name: `f12: footnote anchor → its note on line ${NOTE_LINE}`,
    async run(page) {
      await openFile(page, PAGE);
      const before = await clickText(page, ANCHOR.needle, { offset: ANCHOR.offset, length: ANCHOR.length });
      if (!before || before.line !== 7) throw new Error(`clicking the anchor put the cursor at ${before?.text ?? '?'} (expected Ln 7)`);
      await page.keyboard.press('F12');
      const after = await waitForCursor(page, NOTE_LINE);
      const tab = await activeTab(page);
      if (tab !== path.posix.basename(PAGE)) throw new Error(`F12 left ${PAGE}: active tab is ${tab}`);
      return `${before.text} → ${after.text}`;
    },
  },
  {
    name: 'outline: the Outline view shows the heading tree',
    async run(page) {
      await openFile(page, PAGE);
      await runCommand(page, 'Focus on Outline View');
      const rows = page.locator('.outline-pane .monaco-list-row');
      try {
        await rows.filter({ hasText: '第Ⅰ部' }).first().waitFor({ timeout: 15000 });
      } catch {
        throw new Error(`Outline view has no 第Ⅰ部 row; rows: ${JSON.stringify(await treeLabels(page, '.outline-pane'))}`);
      }
      await page.waitForTimeout(500);
      await screenshot(page, 'outline.png');
      return `rows: ${(await treeLabels(page, '.outline-pane')).slice(0, 4).join(' | ')}`;
    },
  },
];

async function main() {
  const only = process.argv.slice(2);
  const checks = only.length ? CHECKS.filter((c) => only.some((o) => c.name.includes(o))) : CHECKS;
  const T0 = Date.now();
  const vs = await startVSCode({ name: 'ui' });
  console.log(`[ui] workbench ready in ${((Date.now() - T0) / 1000).toFixed(1)}s`);
  let passed = 0, failed = 0;
  try {
    for (const c of checks) {
      const t0 = Date.now();
      try {
        const info = await c.run(vs.page);
        passed++;
        console.log(`  ✔ ${c.name} (${Date.now() - t0}ms)${info ? `\n      ${info}` : ''}`);
      } catch (e) {
        failed++;
        const shot = await screenshot(vs.page, path.join(vs.out, `failure-${c.name.split(':')[0]}.png`)).catch(() => '');
        console.log(`  ✘ ${c.name} (${Date.now() - t0}ms)\n      ${String(e && e.message || e).split('\n').join('\n      ')}${shot ? `\n      screenshot: ${shot}` : ''}`);
        await vs.page.keyboard.press('Escape').catch(() => {});
      }
    }
  } finally {
    await vs.close({ keep: failed > 0 });
  }
  console.log(`${passed} passed, ${failed} failed`);
  console.log(`[ui] done in ${((Date.now() - T0) / 1000).toFixed(1)}s`);
  return failed ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main().catch((e) => { console.error(`[ui] ${e && e.stack || e}`); console.log('0 passed, 1 failed'); return 1; });
}
