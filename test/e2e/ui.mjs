// UI checks in a real VS Code workbench (code-server + headless Chromium), as a person would do them:
// Quick Open a page, hover a footnote anchor with the mouse, F12 on it, open the Outline view.
// The extension is loaded from the project (extensionDevelopmentPath); build it first (node scripts/build.mjs).
// Four workbenches: the extension from source; the same in Japanese (./japanese.mjs); the same in the browser's
// web worker extension host (./web.mjs); the packaged VSIX installed with code-server --install-extension (./installed.mjs).
// Screenshots → media/screenshots/ (hover.png, outline.png, crossref-f12.png, crossref-peek.png, crossref-hover.png,
// claims.png, claims-holders.png, japanese-ui.png, walkthrough.png) with HAKUSHO_UPDATE_SCREENSHOTS=1; on failure → <temp>/failure-<check>.png.
//
// Add a check: push { name, run: async (page) => {...} } to CHECKS (use the helpers of ./vscode-web.mjs).
// Run some only: `node test/e2e/ui.mjs hover f12`  (names are matched as substrings).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHECKS as CLAIM_CHECKS } from './claims.mjs';
import { CHECKS as INSTALLED_CHECKS, installVsix, packageVsix } from './installed.mjs';
import { CHECKS as JAPANESE_CHECKS } from './japanese.mjs';
import { CHECKS as NOTE_CHECKS } from './notes.mjs';
import {
  startVSCode, openFile, hoverText, clickText, waitForCursor, runCommand, screenshot, treeLabels,
  clearHover, activeTab, locateText,
} from './vscode-web.mjs';
import { CHECKS as RENAME_CHECKS } from './renamePreview.mjs';
import { CHECKS as WEB_CHECKS, WEB_SETTINGS } from './web.mjs';

const PAGE = 'pages/nd111100.txt';
// the footnote anchor: the digit 1 glued after 「99.8%に達しており」 on line 7; its note is line 16
const ANCHOR = { needle: 'に達しており1', offset: 'に達しており'.length, length: 1 };
const NOTE_TEXT = 'ブロードバンド基盤整備状況調査';
const NOTE_LINE = 16;
// a cross-reference on line 7 of pages/nd112000.txt → the heading `2 地域の通信基盤を担う人材` on line 5 of pages/nd111200.txt
const XREF = {
  page: 'pages/nd112000.txt', line: 7,
  text: '第Ⅰ部第1章第1節2「地域の通信基盤を担う人材」',
  needle: '第1節2「地域', offset: 3, // the 2 of 第1節2
  target: 'pages/nd111200.txt', targetLine: 5, heading: '2 地域の通信基盤を担う人材',
  title: '地域の通信基盤を担う人材',
  preview: '若手技術者の確保が重要な課題',
};

/** Opens a workspace file, or brings its open tab to the front (Quick Open sometimes drops the Enter right after F12 opened another editor). */
async function openFileRetry(page, relPath) {
  const base = path.posix.basename(relPath);
  const tab = page.locator('.tabs-container .tab', { hasText: base }).first();
  if (await tab.count()) {
    await page.keyboard.press('Escape');
    await tab.click();
    await page.locator('.tabs-container .tab.active', { hasText: base }).waitFor({ timeout: 10000 });
    await page.waitForTimeout(300);
    return;
  }
  await openFile(page, relPath);
}

/** Clicks into the cross-reference until the cursor is on its line: CodeLens lines appear above headings once the index is ready, moving the text. */
async function clickReference(page) {
  let pos = null;
  for (let i = 0; i < 4; i++) {
    pos = await clickText(page, XREF.needle, { offset: XREF.offset, length: 1 });
    if (pos && pos.line === XREF.line) return pos;
    await page.waitForTimeout(500);
  }
  throw new Error(`clicking the reference put the cursor at ${pos?.text ?? '?'} (expected Ln ${XREF.line})`);
}

/** Waits for the status bar item of the finished workspace index ("8 white-paper files"). */
async function indexReady(page, timeout = 20000) {
  await page.locator('.statusbar-item', { hasText: /white-paper files|白書ファイル/ }).first().waitFor({ timeout })
    .catch(() => { throw new Error(`the workspace index did not report in the status bar within ${timeout} ms`); });
}

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
      // CodeLens lines (`2 references`) can arrive between finding the anchor and clicking it and push
      // the text down: click again, found afresh, until the cursor lands on the anchor's line
      let before = null;
      for (let attempt = 0; attempt < 4 && before?.line !== 7; attempt++) {
        if (attempt > 0) await page.waitForTimeout(500);
        before = await clickText(page, ANCHOR.needle, { offset: ANCHOR.offset, length: ANCHOR.length });
      }
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
  {
    name: `crossref-f12: F12 on ${XREF.text} in ${XREF.page} opens ${XREF.target} at the heading (Ln ${XREF.targetLine})`,
    async run(page) {
      await openFileRetry(page, XREF.page);
      await indexReady(page);
      const before = await clickReference(page);
      const want = path.posix.basename(XREF.target);
      // the workspace index is built in the background after the workbench opens: press F12 again until it answers
      let tab = '';
      for (const end = Date.now() + 20000; Date.now() < end;) {
        await page.keyboard.press('F12');
        for (let i = 0; i < 15 && tab !== want; i++) {
          await page.waitForTimeout(100);
          tab = await activeTab(page);
        }
        if (tab === want) break;
      }
      if (tab !== want) throw new Error(`F12 did not open ${XREF.target}: active tab is ${tab}`);
      const after = await waitForCursor(page, XREF.targetLine);
      const box = await locateText(page, XREF.heading);
      if (!box) throw new Error(`the heading ${JSON.stringify(XREF.heading)} is not visible in ${want}`);
      await screenshot(page, 'crossref-f12.png');
      return `${XREF.page} ${before.text} → ${tab} ${after.text}`;
    },
  },
  {
    name: `crossref-peek: Peek Definition (Ctrl+Shift+F10) on ${XREF.text} peeks the heading of ${XREF.target}`,
    async run(page) {
      await openFileRetry(page, XREF.page);
      await indexReady(page);
      const before = await clickReference(page);
      const peek = page.locator('.peekview-widget').first();
      let title = '';
      for (const end = Date.now() + 20000; Date.now() < end && !title.includes(path.posix.basename(XREF.target));) {
        await page.keyboard.press('Control+Shift+F10'); // Peek Definition on Linux (Alt+F12 elsewhere)
        await peek.waitFor({ timeout: 3000 }).catch(() => {});
        title = (await page.locator('.peekview-widget .peekview-title').first().innerText({ timeout: 1000 }).catch(() => '')).replace(/\s+/g, ' ');
      }
      if (!title.includes(path.posix.basename(XREF.target))) throw new Error(`no peek of ${XREF.target}; peek title: ${JSON.stringify(title)}`);
      // the embedded editor shows the target page around the heading
      const embedded = page.locator('.peekview-widget .monaco-editor .view-line', { hasText: XREF.heading }).first();
      await embedded.waitFor({ timeout: 10000 }).catch(() => { throw new Error(`the peek does not show ${JSON.stringify(XREF.heading)}`); });
      await page.waitForTimeout(300);
      await screenshot(page, 'crossref-peek.png');
      await page.keyboard.press('Escape');
      const tab = await activeTab(page);
      if (tab !== path.posix.basename(XREF.page)) throw new Error(`peeking left ${XREF.page}: active tab is ${tab}`);
      return `peek: ${title}`;
    },
  },
  {
    name: `crossref-hover: hovering ${XREF.text} previews the target section`,
    async run(page) {
      await openFileRetry(page, XREF.page);
      const text = await hoverText(page, XREF.needle, { offset: XREF.offset, length: 1, contains: XREF.preview, timeout: 30000 });
      for (const want of [XREF.title, XREF.preview, `${XREF.target}:${XREF.targetLine}`]) {
        if (!text.includes(want)) throw new Error(`the hover does not show ${JSON.stringify(want)}: ${JSON.stringify(text)}`);
      }
      await screenshot(page, 'crossref-hover.png');
      await clearHover(page);
      return `hover: ${JSON.stringify(text.slice(0, 120))}`;
    },
  },
  // F2 through the refactor preview, on a page of its own
  ...RENAME_CHECKS,
];

// the Claims view's checks live beside the view's own helpers
CHECKS.push(...CLAIM_CHECKS);
// and so do the review notes'
CHECKS.push(...NOTE_CHECKS);

/** Each workbench runs its own checks: the extension from source, the same in Japanese, the same in the browser's
 *  web worker extension host (VS Code for the Web, ./web.mjs), the packaged VSIX installed. */
const WORKBENCHES = [
  { name: 'ui', checks: CHECKS, start: () => startVSCode({ name: 'ui' }) },
  { name: 'ui-ja', checks: JAPANESE_CHECKS, start: () => startVSCode({ name: 'ui-ja', locale: 'ja' }) },
  { name: 'ui-web', checks: WEB_CHECKS, start: () => startVSCode({ name: 'ui-web', settings: WEB_SETTINGS }) },
  {
    name: 'ui-installed',
    checks: INSTALLED_CHECKS,
    async start() {
      const vsix = packageVsix();
      const out = fs.mkdtempSync(path.join(os.tmpdir(), 'hakusho-ui-installed-'));
      try {
        console.log(`[ui] ${installVsix(out, vsix).split('\n').pop()}`);
      } finally {
        fs.rmSync(path.dirname(vsix), { recursive: true, force: true });
      }
      return startVSCode({ name: 'ui-installed', out, extensionDevelopmentPath: null });
    },
  },
];

async function main() {
  const only = process.argv.slice(2);
  const T0 = Date.now();
  let passed = 0, failed = 0;
  for (const bench of WORKBENCHES) {
    const checks = only.length ? bench.checks.filter((c) => only.some((o) => c.name.includes(o))) : bench.checks;
    if (!checks.length) continue;
    const t0 = Date.now();
    let vs;
    try {
      vs = await bench.start();
    } catch (e) {
      failed += checks.length;
      console.log(`  ✘ ${bench.name}: the workbench did not start: ${String(e && e.message || e).split('\n').join('\n      ')}`);
      continue;
    }
    console.log(`[ui] ${bench.name}: workbench ready in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
    let benchFailed = 0;
    try {
      for (const c of checks) {
        const t1 = Date.now();
        try {
          const info = await c.run(vs.page, vs);
          passed++;
          console.log(`  ✔ ${c.name} (${Date.now() - t1}ms)${info ? `\n      ${info}` : ''}`);
        } catch (e) {
          failed++; benchFailed++;
          const shot = await screenshot(vs.page, path.join(vs.out, `failure-${c.name.split(':')[0]}.png`)).catch(() => '');
          console.log(`  ✘ ${c.name} (${Date.now() - t1}ms)\n      ${String(e && e.message || e).split('\n').join('\n      ')}${shot ? `\n      screenshot: ${shot}` : ''}`);
          await vs.page.keyboard.press('Escape').catch(() => {});
        }
      }
    } finally {
      await vs.close({ keep: benchFailed > 0 });
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  console.log(`[ui] done in ${((Date.now() - T0) / 1000).toFixed(1)}s`);
  return failed ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main().catch((e) => { console.error(`[ui] ${e && e.stack || e}`); console.log('0 passed, 1 failed'); return 1; });
}
