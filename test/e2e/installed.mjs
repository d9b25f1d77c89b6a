// The extension as a user installs it: a fresh `npm run package` VSIX, installed with
// `code-server --install-extension` before the server starts (no extensionDevelopmentPath), then a
// white-paper page opened in the workbench: the extension activates (index in the status bar, footnote
// hover), and each button of the first-run walkthrough does its step on the sample shipped in the VSIX.
//
// Run: `node test/e2e/ui.mjs installed` (ui.mjs packages, installs and starts the workbench for these checks).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, HOVER, codeServerDir, openFile, hoverText, clearHover, runCommand, activeTab, waitForCursor, screenshot } from './vscode-web.mjs';

/** `npm run package` into a temp folder; returns the VSIX's path (the folder is the caller's to remove). */
export function packageVsix() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakusho-vsix-'));
  const vsix = path.join(dir, 'hakusho.vsix');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/package.mjs'), '--out', vsix], { cwd: ROOT, encoding: 'utf8', timeout: 180000 });
  if (r.status !== 0 || !fs.existsSync(vsix)) throw new Error(`npm run package failed (exit ${r.status}):\n${(r.stdout + r.stderr).slice(-2000)}`);
  return vsix;
}

/**
 * `code-server --install-extension VSIX` into <out>/extensions, as a user runs it (same user data and
 * extensions folders as the server started afterwards on <out>). Returns what it printed.
 */
export function installVsix(out, vsix) {
  const dirs = { home: path.join(out, 'home'), extensions: path.join(out, 'extensions'), userData: path.join(out, 'user-data') };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  const r = spawnSync(process.execPath, [
    path.join(codeServerDir(), 'out/node/entry.js'), '--extensions-dir', dirs.extensions, '--user-data-dir', dirs.userData,
    '--install-extension', vsix,
  ], { env: { ...process.env, HOME: dirs.home, XDG_CONFIG_HOME: path.join(out, 'xdg-config'), XDG_DATA_HOME: path.join(out, 'xdg-data') }, encoding: 'utf8', timeout: 120000 });
  const said = `${r.stdout}${r.stderr}`.trim();
  if (r.status !== 0 || !/successfully installed/.test(said)) throw new Error(`code-server --install-extension failed (exit ${r.status}): ${said}`);
  return said;
}

/** Whether any frame of the page shows `selector` with text matching `text` within `timeout` ms. */
async function frameShows(page, selector, text, timeout = 15000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    for (const frame of page.frames()) {
      const texts = await frame.locator(selector).allInnerTexts().catch(() => []);
      if (texts.some((t) => text.test(t))) return true;
    }
    await page.waitForTimeout(250);
  }
  return false;
}

const PAGE = 'pages/nd111100.txt';
const ANCHOR = { needle: 'に達しており1', offset: 'に達しており'.length, length: 1 };

export const CHECKS = [
  {
    name: 'installed: the VSIX\'s extension activates on a white-paper page (index, footnote hover)',
    async run(page, { out }) {
      const manifest = path.join(out, 'extensions', 'extensions.json');
      const installed = JSON.parse(fs.readFileSync(manifest, 'utf8')).map((e) => `${e.identifier.id}@${e.version}`);
      const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
      if (!installed.includes(`hakusho.hakusho@${version}`)) throw new Error(`extensions.json lists ${installed.join(', ')}, not hakusho.hakusho@${version}`);
      await openFile(page, PAGE);
      await page.locator('.statusbar-item', { hasText: /white-paper files|白書ファイル/ }).first().waitFor({ timeout: 30000 })
        .catch(() => { throw new Error('the installed extension did not report its index in the status bar'); });
      const hover = await hoverText(page, ANCHOR.needle, { offset: ANCHOR.offset, length: ANCHOR.length, contains: 'ブロードバンド基盤整備状況調査' });
      await clearHover(page);
      return `installed ${installed.join(', ')}; hover: ${JSON.stringify(hover.slice(0, 60))}`;
    },
  },
  {
    name: 'installed: each walkthrough step\'s button does the step (sample, hover, reference, Claims view, Check All)',
    async run(page) {
      // no editor open: what the buttons open can only come from them
      await runCommand(page, 'View: Close All Editors');
      await page.locator('.tabs-container .tab').first().waitFor({ state: 'detached', timeout: 10000 }).catch(() => {});
      await runCommand(page, 'Welcome: Open Walkthrough');
      const pick = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: /Get Started with Hakusho|Hakusho をはじめる/ }).first();
      await pick.waitFor({ timeout: 15000 }).catch(() => { throw new Error('"Get Started with Hakusho" is not among the walkthroughs'); });
      await pick.click();
      const seen = [];
      for (const step of WALKTHROUGH) {
        // back to the walkthrough (the previous button opened an editor over it)
        const tab = page.locator('.tabs-container .tab', { hasText: /^Walkthrough:/ }).first();
        if (await tab.count()) await tab.click();
        const row = page.locator('.getting-started-step', { hasText: step.title }).first();
        await row.waitFor({ timeout: 15000 }).catch(() => { throw new Error(`the walkthrough has no step ${JSON.stringify(step.title)}`); });
        await row.click();
        // a description line that is only a command link is rendered as a button
        const button = page.locator('.getting-started-step.expanded .monaco-button', { hasText: new RegExp(`^${step.button}$`) }).first();
        await button.waitFor({ timeout: 10000 }).catch(() => { throw new Error(`the step ${JSON.stringify(step.title)} has no button ${JSON.stringify(step.button)}`); });
        // the step's page (media/walkthrough/*.md) is rendered beside the steps, in a webview's inner frame
        if (!(await frameShows(page, 'h1', step.media))) throw new Error(`the Markdown page of ${JSON.stringify(step.title)} is not shown`);
        if (step === WALKTHROUGH[0]) await screenshot(page, 'walkthrough.png');
        await button.click();
        seen.push(`${step.button} → ${await step.done(page)}`);
      }
      return seen.join('; ');
    },
  },
];

// the heading 「(1) データ連携基盤の構築」 of sample/pages/nd112000.txt (1-based)
const TARGET_HEADING_LINE = Number(fs.readFileSync(path.join(ROOT, 'sample/pages/nd112000.txt'), 'utf8').split(/\r?\n/)
  .findIndex((l) => /^\S+ データ連携基盤の構築$/.test(l))) + 1;

/** What each step's button must visibly do (titles and buttons as in package.nls.json). */
const WALKTHROUGH = [
  {
    title: 'Open the sample white paper', button: 'Open the Sample', media: /^The sample white paper$/,
    async done(page) {
      await page.locator('.tabs-container .tab.active', { hasText: 'nd111100.txt' }).first().waitFor({ timeout: 20000 })
        .catch(() => { throw new Error('Open the Sample did not show the sample page nd111100.txt'); });
      return activeTab(page);
    },
  },
  {
    title: 'Hover a footnote', button: 'Show a Footnote', media: /^Footnotes$/,
    async done(page) {
      const hover = page.locator(HOVER, { hasText: /Footnote \d+/ }).first();
      await hover.waitFor({ timeout: 15000 }).catch(() => { throw new Error('Show a Footnote showed no footnote hover'); });
      const text = (await hover.innerText()).split('\n')[0];
      await page.keyboard.press('Escape');
      return text;
    },
  },
  {
    title: 'Follow a cross-reference', button: 'Follow a Reference', media: /^Cross-references$/,
    async done(page) {
      // the sample's first titled reference to another page: 第2節2(1)「データ連携基盤の構築」 on nd111200 → nd112000
      const moved = page.locator('.tabs-container .tab.active', { hasText: 'nd112000.txt' }).first();
      await moved.waitFor({ timeout: 15000 }).catch(async () => { throw new Error(`Follow a Reference did not go to nd112000.txt: active tab ${await activeTab(page)}`); });
      const pos = await waitForCursor(page, TARGET_HEADING_LINE).catch((e) => { throw new Error(`Follow a Reference: ${e.message}`); });
      return `${await activeTab(page)} ${pos.text}`;
    },
  },
  {
    title: 'Open the Claims view', button: 'Open the Claims View', media: /^Claims$/,
    async done(page) {
      await page.locator('[id="workbench.view.extension.hakusho"]').first().waitFor({ state: 'visible', timeout: 15000 })
        .catch(() => { throw new Error('Open the Claims View did not show the Hakusho side bar'); });
      return 'Claims view shown';
    },
  },
  {
    title: 'Check the whole edition', button: 'Check All', media: /^Check All$/,
    async done(page) {
      const problem = page.locator('.markers-panel .monaco-list-row', { hasText: /reference-unresolved|Nothing in the workspace matches/ }).first();
      await problem.waitFor({ timeout: 20000 }).catch(() => { throw new Error('Check All did not open the Problems panel with the broken references'); });
      return (await problem.innerText()).split('\n')[0];
    },
  },
];
