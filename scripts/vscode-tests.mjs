// Runs the extension-host mocha suites (dist/test/suite/*.test.js, entry dist/test/suite/index.js) inside a
// real VS Code: code-server's node extension host, driven by headless Chromium. The workbench URL payload
// carries extensionDevelopmentPath (the project) and extensionTestsPath; when the tests end the workbench
// calls window.codeAutomationExit(code), caught here through Playwright.
//
// Prerequisites: `node scripts/build.mjs` and `npm run setup:vscode`.
// `--locale ja`: run in VS Code's Japanese display language (a language pack is set up for it, see
// test/e2e/language-pack.mjs); only the suites whose names contain 「日本語」 run, unless HAKUSHO_TEST_GREP says otherwise.
// `--untrusted`: run with workspace trust on, in a copy of the workspace whose settings set restricted
// settings (hakusho.exclude), so the folder opens in Restricted Mode; only the suites whose names contain
// 「Restricted Mode」 run, unless HAKUSHO_TEST_GREP says otherwise.
// env: WS (workspace folder, default test/vscode/workspace), EXT (extension folder, default the project), HAKUSHO_TEST_GREP (mocha grep),
//      TEST_TIMEOUT_MS (whole run, default 300000), HAKUSHO_KEEP_OUT=1 (keep logs), CS / HAKUSHO_CACHE.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, WORKSPACE, startServer, launchBrowser, workbenchUrl, tail } from '../test/e2e/vscode-web.mjs';

const UNTRUSTED = process.argv.includes('--untrusted');
const WS = UNTRUSTED ? untrustedWorkspace() : path.resolve(process.env.WS || WORKSPACE);
const EXT = path.resolve(process.env.EXT || ROOT); // extension under test (default: this project)
const ENTRY = path.join(ROOT, 'dist/test/suite/index.js');
const TIMEOUT = +(process.env.TEST_TIMEOUT_MS || 300000);
const LOCALE = argValue('--locale');
const T0 = Date.now();
const t = () => `${((Date.now() - T0) / 1000).toFixed(1)}s`;

async function main() {
  if (!fs.existsSync(ENTRY)) throw new Error(`${path.relative(ROOT, ENTRY)} not found: run \`node scripts/build.mjs\` first`);
  const suites = fs.readdirSync(path.dirname(ENTRY)).filter((f) => f.endsWith('.test.js'));
  console.log(`[vscode-tests] ${suites.length} suite file(s): ${suites.join(', ')}; workspace ${WS.startsWith(ROOT) ? path.relative(ROOT, WS) || WS : WS}`
    + `${LOCALE ? `; display language ${LOCALE}` : ''}${UNTRUSTED ? '; not trusted (Restricted Mode)' : ''}`);

  // the extension host inherits the server's environment: tell the entry where to copy mocha's output
  const server = await startServer({
    name: LOCALE ? `ext-tests-${LOCALE}` : UNTRUSTED ? 'ext-tests-untrusted' : 'ext-tests',
    locale: LOCALE,
    workspaceTrust: UNTRUSTED,
    // extra server arguments
    args: (process.env.HAKUSHO_VSCODE_ARGS || '').split(/\s+/).filter(Boolean),
    env: (out) => ({
      HAKUSHO_TEST_LOG: path.join(out, 'mocha.log'), HAKUSHO_TEST_RESULT: path.join(out, 'mocha-result.json'),
      // the suites check that the display language really is the one asked for
      ...(LOCALE ? { HAKUSHO_EXPECT_LANGUAGE: LOCALE, HAKUSHO_TEST_GREP: process.env.HAKUSHO_TEST_GREP || '日本語' } : {}),
      // the Restricted Mode suite checks that the workspace really is untrusted
      ...(UNTRUSTED ? { HAKUSHO_EXPECT_UNTRUSTED: '1', HAKUSHO_TEST_GREP: process.env.HAKUSHO_TEST_GREP || 'Restricted Mode' } : {}),
    }),
  });
  const logFile = server.env.HAKUSHO_TEST_LOG;
  const resultFile = server.env.HAKUSHO_TEST_RESULT;
  let browser, code = 1, keep = false;
  try {
    browser = await launchBrowser(server.env);
    const page = await browser.newPage();
    const consoleLog = fs.createWriteStream(path.join(server.out, 'browser-console.log'));
    page.on('console', (m) => consoleLog.write(`[${m.type()}] ${m.text()}\n`));
    page.on('pageerror', (e) => consoleLog.write(`[pageerror] ${e.message}\n`));
    let done;
    const exited = new Promise((r) => (done = r));
    await page.exposeFunction('codeAutomationExit', (c) => done(c));
    await page.goto(workbenchUrl(server, { folder: WS, extensionDevelopmentPath: EXT, extensionTestsPath: ENTRY }));
    console.log(`[vscode-tests ${t()}] workbench loading, tests running in the extension host…`);
    let timer;
    const timeout = new Promise((r) => { timer = setTimeout(() => r('timeout'), TIMEOUT); });
    const r = await Promise.race([exited, timeout]);
    clearTimeout(timer);
    if (fs.existsSync(logFile)) process.stdout.write(fs.readFileSync(logFile, 'utf8'));
    const result = fs.existsSync(resultFile) ? JSON.parse(fs.readFileSync(resultFile, 'utf8')) : null;
    if (r === 'timeout') {
      console.log(`[vscode-tests ${t()}] TIMEOUT: the tests did not finish within ${TIMEOUT / 1000}s`);
      code = 1;
    } else {
      code = r === 0 && result && !result.failures && !result.error ? 0 : 1;
      console.log(`[vscode-tests ${t()}] workbench exit code ${r}`);
    }
    if (!result) console.log('[vscode-tests] no mocha result: the test entry did not run (see the extension host log below)');
    console.log(result ? result.line : '0 passed, 0 failed (no result)');
  } catch (e) {
    console.error(`[vscode-tests] ${e && e.stack || e}`);
    code = 1;
  } finally {
    if (browser) await browser.close().catch(() => {});
    await server.stop();
    if (code !== 0) {
      keep = true;
      const exthost = findFiles(path.join(server.out, 'user-data/logs'), /exthost\.log$|remoteexthost\.log$/);
      for (const f of exthost) console.log(`--- ${path.relative(server.out, f)} (tail)\n${tail(f, 25)}`);
      console.log(`--- server.log (tail)\n${tail(server.logFile, 10)}`);
    }
    if (keep || process.env.HAKUSHO_KEEP_OUT) console.log(`[vscode-tests] logs kept in ${server.out}`);
    else fs.rmSync(server.out, { recursive: true, force: true });
    if (UNTRUSTED) fs.rmSync(WS, { recursive: true, force: true });
  }
  return code;
}

/**
 * A copy of the test workspace for the Restricted Mode run: a folder the fresh user data has never
 * trusted, whose workspace settings set a restricted setting (ignored there) and an ordinary one (applied).
 */
function untrustedWorkspace() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakusho-untrusted-ws-'));
  fs.cpSync(WORKSPACE, dir, { recursive: true });
  fs.mkdirSync(path.join(dir, '.vscode'), { recursive: true });
  fs.writeFileSync(path.join(dir, '.vscode/settings.json'), JSON.stringify({
    'hakusho.exclude': ['**/pages/**'],
    'hakusho.codeLens.references': false,
  }, null, 2));
  return dir;
}

function argValue(name) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

function findFiles(dir, re, acc = []) {
  let entries = [];
  try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return acc; }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) findFiles(p, re, acc); else if (re.test(e.name)) acc.push(p);
  }
  return acc;
}

process.exitCode = await main().catch((e) => { console.error(`[vscode-tests] ${e.message}`); console.log("0 passed, 0 failed (not run)"); return 1; });
console.log(`[vscode-tests] done in ${t()}, exit ${process.exitCode}`);
