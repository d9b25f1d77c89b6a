// npm run sample: build the extension and open VS Code on sample/ with it loaded.
//  - desktop VS Code (`code` on PATH): `code --extensionDevelopmentPath=<project> sample`
//  - otherwise: code-server on 127.0.0.1:$PORT (default 8080, or a free port if taken) with the extension
//    passed in the workbench URL payload (extensionDevelopmentPath, like F5's Extension Development Host);
//    prints the URL to open and serves until Ctrl+C. Reload the browser window to pick up a rebuild.
// flags: --web (use code-server even if `code` exists), --watch (rebuild on change), --no-build,
//        --check (headless: open the URL, open a page, print its language mode and exit; for smoke tests)
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLE = path.join(ROOT, 'sample');
const flags = new Set(process.argv.slice(2));

if (!flags.has('--no-build')) {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) { console.error('[sample] build failed'); process.exit(1); }
}

const onPath = (bin) => (process.env.PATH || '').split(path.delimiter).some((d) => d && fs.existsSync(path.join(d, bin)));
if (!flags.has('--web') && !flags.has('--check') && onPath('code') && !process.env.VSCODE_IPC_HOOK_CLI) {
  console.log(`[sample] code --extensionDevelopmentPath=${ROOT} ${SAMPLE}`);
  const r = spawnSync('code', [`--extensionDevelopmentPath=${ROOT}`, SAMPLE], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

// ---- code-server ----
const setup = spawnSync('bash', [path.join(ROOT, 'scripts/setup-code-server.sh')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
if (setup.status !== 0) { console.error('[sample] code-server setup failed (scripts/setup-code-server.sh)'); process.exit(1); }
const { startServer, workbenchUrl, launchBrowser, waitForWorkbench, openFile, screenshot } = await import('../test/e2e/vscode-web.mjs');

const portFree = (port) => new Promise((resolve) => {
  const s = net.createServer().once('error', () => resolve(false)).listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
});
let port = +(process.env.PORT || 8080);
if (!(await portFree(port))) port = 0; // startServer picks a free one

let watcher;
if (flags.has('--watch')) watcher = spawn(process.execPath, ['scripts/build.mjs', '--watch'], { cwd: ROOT, stdio: 'inherit' });

// a persistent session folder (settings, open editors survive restarts); .vscode-test/ is git-ignored
const server = await startServer({ name: 'sample', out: path.join(ROOT, '.vscode-test/sample-session'), port: port || undefined, settings: null });
const url = workbenchUrl(server, { folder: SAMPLE, extensionDevelopmentPath: ROOT });
const stop = async () => { watcher?.kill(); await server.stop(); };

if (flags.has('--check')) {
  let code = 1;
  const browser = await launchBrowser(server.env);
  try {
    const page = await (await browser.newContext({ viewport: { width: 1600, height: 1000 } })).newPage();
    await page.goto(url);
    await waitForWorkbench(page);
    await openFile(page, 'pages/nd111100.txt');
    await page.waitForTimeout(1000);
    const mode = await page.locator('.statusbar-item[id="status.editor.mode"]').innerText().catch(() => '?');
    const shot = await screenshot(page, path.join(server.out, 'sample-check.png'));
    console.log(`[sample] check: workbench up, pages/nd111100.txt language mode: ${mode.trim()} (screenshot ${shot})`);
    code = 0;
  } catch (e) {
    console.error(`[sample] check failed: ${e.message}`);
  } finally {
    await browser.close();
    await stop();
  }
  process.exit(code);
}

console.log(`\n[sample] VS Code (code-server ${server.base}) with the Hakusho extension from ${ROOT}, folder sample/. Open:\n\n  ${url}\n`);
console.log('[sample] (remote machine: forward the port first, e.g. ssh -L ' + `${server.port}:127.0.0.1:${server.port}) — Ctrl+C to stop`);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, async () => { await stop(); process.exit(0); });
