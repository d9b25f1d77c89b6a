// The extension as a user installs it: a fresh `npm run package` VSIX, installed with
// `code-server --install-extension` before the server starts (no extensionDevelopmentPath), then a
// white-paper page opened in the workbench: the extension activates (index in the status bar, footnote
// hover), and the first-run walkthrough's first button opens the sample shipped in the VSIX.
//
// Run: `node test/e2e/ui.mjs installed` (ui.mjs packages, installs and starts the workbench for these checks).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, codeServerDir, openFile, hoverText, clearHover, runCommand, activeTab, screenshot } from './vscode-web.mjs';

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
    name: 'installed: the walkthrough\'s first button opens the sample shipped in the VSIX',
    async run(page) {
      // no editor open: the page's tab below can only come from the button
      await runCommand(page, 'View: Close All Editors');
      await page.locator('.tabs-container .tab').first().waitFor({ state: 'detached', timeout: 10000 }).catch(() => {});
      await runCommand(page, 'Welcome: Open Walkthrough');
      const pick = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: /Get Started with Hakusho|Hakusho をはじめる/ }).first();
      await pick.waitFor({ timeout: 15000 }).catch(() => { throw new Error('"Get Started with Hakusho" is not among the walkthroughs'); });
      await pick.click();
      const step = page.locator('.getting-started-step', { hasText: /Open the sample white paper|サンプルの白書を開く/ }).first();
      await step.waitFor({ timeout: 15000 }).catch(() => { throw new Error('the walkthrough has no step "Open the sample white paper"'); });
      await step.click();
      // a description line that is only a command link is rendered as a button
      const button = page.locator('.getting-started-step.expanded .monaco-button', { hasText: /^(Open the Sample|サンプルを開く)$/ }).first();
      await button.waitFor({ timeout: 10000 }).catch(() => { throw new Error('the step has no "Open the Sample" button'); });
      // the step's page (media/walkthrough/open-sample.md) is rendered beside the steps
      // (a webview: its Markdown is rendered in a frame inside a frame)
      if (!(await frameShows(page, 'h1', /The sample white paper|サンプルの白書/))) throw new Error('the step\'s Markdown page is not shown');
      await screenshot(page, 'walkthrough.png');
      await button.click();
      await page.locator('.tabs-container .tab', { hasText: 'nd111100.txt' }).first().waitFor({ timeout: 20000 })
        .catch(() => { throw new Error('the button did not open the sample page nd111100.txt'); });
      return `active tab after the button: ${await activeTab(page)}`;
    },
  },
];
