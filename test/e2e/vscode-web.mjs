// Drive a real VS Code (code-server = VS Code 1.99.3 server + web workbench, node extension host)
// with headless Chromium through playwright-core. Used by scripts/vscode-tests.mjs (extension-host
// mocha suites) and test/e2e/*.mjs (UI checks). Install code-server first: `npm run setup:vscode`.
//
//   const vs = await startVSCode({ name: 'ui', workspace: WORKSPACE });   // extension loaded from the project
//   await openFile(vs.page, 'pages/nd111100.txt');
//   const text = await hoverText(vs.page, 'に達しており1', { offset: 6, length: 1, contains: '…' });
//   await clickText(vs.page, 'に達しており1', { offset: 6, length: 1 }); await vs.page.keyboard.press('F12');
//   await waitForCursor(vs.page, 16);
//   await vs.close();
//
// env: CS (code-server package folder), HAKUSHO_CACHE (its install root), CHROMIUM (browser binary),
//      HAKUSHO_KEEP_OUT=1 (keep the temp folder with logs even on success), HEADED=1 (show the browser).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { installLanguagePack } from './language-pack.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WORKSPACE = path.join(ROOT, 'test/vscode/workspace');
// Screenshots go to a scratch folder so that test runs leave the work tree clean;
// HAKUSHO_UPDATE_SCREENSHOTS=1 refreshes the ones in media/screenshots (shown in the README).
export const SCREENSHOTS = process.env.HAKUSHO_UPDATE_SCREENSHOTS
  ? path.join(ROOT, 'media/screenshots')
  : path.join(ROOT, '.vscode-test/screenshots');

/** The code-server package folder (…/node_modules/code-server) installed by scripts/setup-code-server.sh. */
export function codeServerDir() {
  const cs = process.env.CS
    || path.join(process.env.HAKUSHO_CACHE || path.join(os.homedir(), '.cache/hakusho/code-server'), 'node_modules/code-server');
  if (!fs.existsSync(path.join(cs, 'out/node/entry.js'))) {
    throw new Error(`code-server not found in ${cs}; run \`npm run setup:vscode\` (scripts/setup-code-server.sh) first`);
  }
  return cs;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** User settings for a quiet, deterministic workbench. */
export const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'files.hotExit': 'off',
  'chat.commandCenter.enabled': false,
  'editor.minimap.enabled': false,
  'editor.hover.delay': 300,
  'editor.wordWrap': 'on',
};

/**
 * Starts code-server on a free 127.0.0.1 port (or `port`) with its own HOME, XDG dirs, user data and
 * extensions folder in a new temp folder (or in `out`). Returns { port, authority, base, out, env, logFile, stop() }.
 * `env` (an object, or a function of the temp folder returning one) is added to the server's environment,
 * which the extension host inherits. `locale` (e.g. 'ja') installs a language pack for it and starts
 * the server with `--locale` (see ./language-pack.mjs): `vscode.env.language` is then that locale.
 * `workspaceTrust`: workspace trust is on, so the folder opens in Restricted Mode (it is off otherwise).
 */
export async function startServer({ name = 'vscode', settings = {}, env: extraEnv = {}, port, args = [], quiet = false, out, locale, workspaceTrust = false } = {}) {
  const cs = codeServerDir();
  out = out ? path.resolve(out) : fs.mkdtempSync(path.join(os.tmpdir(), `hakusho-${name}-`));
  const dirs = Object.fromEntries(['home', 'xdg-config', 'xdg-data', 'xdg-cache', 'user-data', 'extensions'].map((d) => [d, path.join(out, d)]));
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  fs.mkdirSync(path.join(dirs['user-data'], 'User'), { recursive: true });
  const settingsFile = path.join(dirs['user-data'], 'User/settings.json');
  if (settings !== null || !fs.existsSync(settingsFile)) { // settings: null keeps the settings of an earlier session
    // workspaceTrust: trust is asked for, and a folder opened for the first time is not trusted (Restricted Mode)
    const trust = workspaceTrust ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' } : {};
    fs.writeFileSync(settingsFile, JSON.stringify({ ...DEFAULT_SETTINGS, ...trust, ...settings }, null, 2));
  }
  if (locale) {
    installLanguagePack({ locale, extensionsDir: dirs.extensions, userDataDir: dirs['user-data'] });
    args = [...args, '--locale', locale];
  }
  const env = {
    ...process.env, HOME: dirs.home, XDG_CONFIG_HOME: dirs['xdg-config'], XDG_DATA_HOME: dirs['xdg-data'],
    XDG_CACHE_HOME: dirs['xdg-cache'], ...(typeof extraEnv === 'function' ? extraEnv(out) : extraEnv),
  };
  delete env.VSCODE_IPC_HOOK_CLI; // when started from a VS Code terminal
  port = port || await freePort();
  const logFile = path.join(out, 'server.log');
  const log = fs.openSync(logFile, 'a');
  const server = spawn(process.execPath, [
    path.join(cs, 'out/node/entry.js'), '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', ...(workspaceTrust ? [] : ['--disable-workspace-trust']), '--disable-getting-started-override',
    '--ignore-last-opened', '--config', path.join(out, 'config.yaml'),
    '--user-data-dir', dirs['user-data'], '--extensions-dir', dirs.extensions, ...args,
  ], { env, stdio: ['ignore', log, log], detached: true }); // own process group: stop() ends its children too
  fs.closeSync(log);
  let exited = false;
  server.on('exit', () => { exited = true; });
  const stop = async () => {
    if (exited) return;
    try { process.kill(-server.pid, 'SIGTERM'); } catch {}
    for (let i = 0; i < 50 && !exited; i++) await sleep(100);
    if (!exited) try { process.kill(-server.pid, 'SIGKILL'); } catch {}
  };
  process.once('exit', () => { if (!exited) try { process.kill(-server.pid, 'SIGKILL'); } catch {} });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try { if ((await fetch(`${base}/healthz`)).ok) break; } catch {}
    if (exited || i > 600) {
      await stop();
      throw new Error(`code-server did not start (${exited ? 'exited' : 'no answer in 60 s'}); log: ${logFile}\n${tail(logFile)}`);
    }
    await sleep(100);
  }
  if (!quiet) console.log(`[vscode] code-server ${base} (pid ${server.pid}), data in ${out}`);
  return { port, authority: `127.0.0.1:${port}`, base, out, env, logFile, pid: server.pid, stop };
}

/** Workbench URL opening `folder`, with the extension under development / tests passed in the URL payload
 *  (code-server's command line ignores --extensionDevelopmentPath; the workbench reads the payload).
 *  `extensionDevelopmentKind: 'web'` runs the extension under development in the browser's web worker
 *  extension host (its package.json `browser` entry) instead of the server's Node one. */
export function workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath, extensionDevelopmentKind } = {}) {
  const remote = (p) => `vscode-remote://${server.authority}${path.resolve(p)}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionDevelopmentKind) payload.push(['extensionDevelopmentKind', extensionDevelopmentKind]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  let url = `${server.base}/?folder=${encodeURIComponent(path.resolve(folder || WORKSPACE))}`;
  if (payload.length) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

export async function launchBrowser(env = process.env) {
  const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) throw new Error(`no browser at ${executablePath} (apt-get install chromium, or set CHROMIUM)`);
  return chromium.launch({
    executablePath, headless: !process.env.HEADED, env, // env: keeps chromium's ~/.config and ~/.cache in the temp HOME
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--lang=ja'],
  });
}

/**
 * Server + browser + a workbench page with the project's extension loaded from source (dist/);
 * `extensionDevelopmentPath: null` loads only the extensions installed in <out>/extensions.
 * Returns { server, browser, page, out, close({ keep }) }. Browser console → <out>/browser-console.log.
 */
export async function startVSCode({
  name = 'ui', workspace = WORKSPACE, extensionDevelopmentPath = ROOT, extensionTestsPath, extensionDevelopmentKind, settings, env, args, locale, out,
  viewport = { width: 1600, height: 1000 }, waitForExplorer = true,
} = {}) {
  const server = await startServer({ name, settings, env, args, locale, out });
  let browser;
  try {
    browser = await launchBrowser(server.env);
    const ctx = await browser.newContext({ viewport, locale: 'ja-JP' });
    const page = await ctx.newPage();
    const consoleLog = fs.createWriteStream(path.join(server.out, 'browser-console.log'));
    page.on('console', (m) => consoleLog.write(`[${m.type()}] ${m.text()}\n`));
    page.on('pageerror', (e) => consoleLog.write(`[pageerror] ${e.message}\n`));
    await page.goto(workbenchUrl(server, { folder: workspace, extensionDevelopmentPath, extensionTestsPath, extensionDevelopmentKind }));
    if (waitForExplorer) await waitForWorkbench(page);
    const close = async ({ keep = false } = {}) => {
      try { await browser.close(); } catch {}
      await server.stop();
      if (keep || process.env.HAKUSHO_KEEP_OUT) console.log(`[vscode] logs kept in ${server.out}`);
      else fs.rmSync(server.out, { recursive: true, force: true });
    };
    return { server, browser, page, out: server.out, close };
  } catch (e) {
    try { await browser?.close(); } catch {}
    await server.stop();
    throw e;
  }
}

/** Waits until the workbench shows the explorer with the workspace's files. */
export async function waitForWorkbench(page, timeout = 120000) {
  await page.locator('.monaco-workbench').waitFor({ timeout });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout });
}

/** Opens a workspace file by Quick Open (Ctrl+P), waits for its tab and rendered text. */
export async function openFile(page, relPath, { timeout = 30000 } = {}) {
  const base = path.posix.basename(relPath);
  const input = page.locator('.quick-input-widget .quick-input-box input');
  for (let attempt = 0; ; attempt++) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+P');
    try { await input.waitFor({ state: 'visible', timeout: 5000 }); break; } catch (e) { if (attempt >= 3) throw e; }
  }
  await input.fill(relPath);
  // the file search runs on the server (ripgrep); wait for the row of that file
  const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: base }).first();
  await row.waitFor({ timeout });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: base }).waitFor({ timeout });
  await page.locator('.editor-group-container.active .monaco-editor .view-line').first().waitFor({ timeout });
  await page.waitForTimeout(300);
}

/**
 * Screen box of a text in the active editor's rendered lines. `needle` is searched in each rendered
 * line (text spans joined, so syntax colouring may split it); `offset`/`length` select a part of it
 * (e.g. needle 'に達しており1', offset 6, length 1 → the footnote digit). Returns { x, y (centre), left, top, width, height } or null.
 */
export async function locateText(page, needle, { offset = 0, length } = {}) {
  return page.evaluate(([needle, offset, length]) => {
    const lines = [...document.querySelectorAll('.editor-group-container.active .monaco-editor .view-lines .view-line')];
    for (const line of lines) {
      const nodes = [];
      let text = '';
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let n; (n = walker.nextNode());) { nodes.push({ n, start: text.length }); text += n.textContent; }
      const i = text.replace(/\u00a0/g, ' ').indexOf(needle);
      if (i < 0) continue;
      const a = i + offset, b = a + (length ?? needle.length - offset);
      const at = (pos, isEnd) => {
        for (const x of nodes) {
          const end = x.start + x.n.textContent.length;
          if (isEnd ? pos > x.start && pos <= end : pos >= x.start && pos < end) return [x.n, pos - x.start];
        }
        return null;
      };
      const s = at(a, false), e = at(b, true);
      if (!s || !e) return null;
      const r = document.createRange();
      r.setStart(s[0], s[1]); r.setEnd(e[0], e[1]);
      const bb = r.getBoundingClientRect();
      return { x: bb.x + bb.width / 2, y: bb.y + bb.height / 2, left: bb.x, top: bb.y, width: bb.width, height: bb.height };
    }
    return null;
  }, [needle, offset, length]);
}

async function mustLocate(page, needle, opts) {
  const box = await locateText(page, needle, opts);
  if (!box) throw new Error(`text not found in the active editor: ${JSON.stringify(needle)}`);
  return box;
}

export const HOVER = '.monaco-hover:not(.hidden) .hover-contents';

/** Text of the visible editor hover(s), '' if none. */
export async function visibleHoverText(page) {
  return (await page.locator(HOVER).allInnerTexts().catch(() => [])).join('\n').trim();
}

/** Hides any hover and moves the mouse out of the way. */
export async function clearHover(page) {
  await page.mouse.move(2, 2);
  await page.keyboard.press('Escape');
  await page.locator(HOVER).first().waitFor({ state: 'detached', timeout: 3000 }).catch(() => {});
}

/**
 * Hovers the mouse over a text of the active editor (see locateText) until a hover shows up
 * (containing `contains`, if given). One mouse move does not always trigger it: moves in small steps
 * with jitter and retries. Returns the hover text; throws with the last seen hover text on timeout.
 */
export async function hoverText(page, needle, { offset = 0, length, contains, timeout = 20000 } = {}) {
  await clearHover(page);
  const want = contains ? page.locator(HOVER, { hasText: contains }).first() : page.locator(HOVER).first();
  const end = Date.now() + timeout;
  let seen = '';
  for (let i = 0; Date.now() < end; i++) {
    // locate again each time: CodeLens and wrapping can move the text after the editor first renders
    const box = await mustLocate(page, needle, { offset, length });
    const dx = (i % 3) - 1;
    await page.mouse.move(box.x - 4 + dx, box.y, { steps: 3 });
    await page.mouse.move(box.x + dx * 0.5, box.y, { steps: 3 });
    try {
      await want.waitFor({ timeout: 1500 });
      return await visibleHoverText(page);
    } catch {
      seen = (await visibleHoverText(page)) || seen;
    }
  }
  throw new Error(`no hover${contains ? ` containing ${JSON.stringify(contains)}` : ''} over ${JSON.stringify(needle)}`
    + ` within ${timeout} ms; last hover seen: ${seen ? JSON.stringify(seen.slice(0, 300)) : '(none)'}`);
}

/**
 * Clicks into a text of the active editor; `at` = fraction of its width (0.25: the caret lands before it).
 * The first click after closing Quick Open is sometimes swallowed by the workbench: if the status bar's cursor
 * does not change, clicks again (spaced so two clicks do not make a double click). Returns the cursor position.
 */
export async function clickText(page, needle, { offset = 0, length, at = 0.25 } = {}) {
  const box = await mustLocate(page, needle, { offset, length });
  const x = box.left + box.width * at;
  const before = await cursorPosition(page);
  let pos = before;
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.mouse.move(x, box.y, { steps: 2 });
    await page.mouse.click(x, box.y);
    for (let i = 0; i < 8; i++) {
      await page.waitForTimeout(100);
      pos = await cursorPosition(page);
      if (pos && pos.text !== before?.text) return pos;
    }
  }
  return pos;
}

/** The active editor's cursor from the status bar ("Ln 16, Col 1"): { line, col, text } (1-based), or null. */
export async function cursorPosition(page) {
  const text = await page.locator('.statusbar-item[id="status.editor.selection"]').innerText({ timeout: 5000 }).catch(() => '');
  const m = /Ln (\d+), Col (\d+)/.exec(text);
  return m ? { line: +m[1], col: +m[2], text } : null;
}

/** Waits until the status bar shows the cursor on `line` (1-based); returns the position, or throws with the last one. */
export async function waitForCursor(page, line, { timeout = 15000 } = {}) {
  const end = Date.now() + timeout;
  let pos = null;
  while (Date.now() < end) {
    pos = await cursorPosition(page);
    if (pos && pos.line === line) return pos;
    await page.waitForTimeout(100);
  }
  throw new Error(`cursor is not on line ${line} after ${timeout} ms: status bar shows ${pos ? pos.text : '(nothing)'}`);
}

/** The active editor tab's label (e.g. "nd111100.txt"). */
export async function activeTab(page) {
  return (await page.locator('.tabs-container .tab.active .label-name').first().innerText({ timeout: 5000 }).catch(() => '')).trim();
}

/** Runs a command from the command palette by (part of) its label, e.g. 'Focus on Outline View'. */
export async function runCommand(page, label, { timeout = 15000 } = {}) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout });
  await input.fill(`>${label}`);
  await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: label }).first().waitFor({ timeout });
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
}

/** Labels of the rows of a tree/list view; `container` is a CSS selector of the view (e.g. '.outline-pane'). */
export async function treeLabels(page, container) {
  return (await page.locator(`${container} .monaco-list-row`).evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label') || r.textContent)))
    .map((t) => (t || '').trim());
}

/** Screenshot into media/screenshots/<name> (or an absolute path). */
export async function screenshot(page, name) {
  const file = path.isAbsolute(name) ? name : path.join(SCREENSHOTS, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // hovers fade in: let finite animations end, or the picture shows them half transparent
  await page.evaluate(() => Promise.all(document.getAnimations()
    .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
    .map((a) => a.finished.catch(() => {})))).catch(() => {});
  await page.screenshot({ path: file });
  return file;
}

/** Last `n` lines of a file, for error messages. */
export function tail(file, n = 30) {
  try { return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-n).join('\n'); } catch { return ''; }
}
