// Activation time of the extension in a real VS Code (code-server 1.99 + headless Chromium, the harness of
// scripts/vscode-tests.mjs): opens the test workspace (its .txt pages fire `workspaceContains`), then reads
// the time VS Code itself reports in "Developer: Show Running Extensions" (code loading + activate()).
// Prints one JSON line: { ms, text, vscode } or { reason } when it cannot measure.
// Prerequisites: dist/ built (node scripts/build.mjs) and code-server installed (npm run setup:vscode).
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, WORKSPACE, startVSCode, runCommand } from '../test/e2e/vscode-web.mjs';

async function main() {
  if (!fs.existsSync(path.join(ROOT, 'dist/extension.js'))) return { reason: 'dist/extension.js missing (node scripts/build.mjs)' };
  let vs;
  try {
    vs = await startVSCode({ name: 'bench-activation', workspace: WORKSPACE });
  } catch (e) {
    return { reason: String(e.message).split('\n')[0] };
  }
  try {
    await vs.page.waitForTimeout(3000); // let workspaceContains activation happen
    await runCommand(vs.page, 'Show Running Extensions', { timeout: 30000 });
    const rows = vs.page.locator('.runtime-extensions-editor .monaco-list-row');
    await rows.first().waitFor({ timeout: 30000 });
    for (let i = 0; i < 40; i++) {
      const texts = await rows.evaluateAll((els) => els.map((e) => e.textContent || ''));
      const ours = texts.find((t) => /hakusho|White Paper|白書/i.test(t));
      const m = ours && /([0-9]+(?:\.[0-9]+)?)\s*ms/.exec(ours);
      if (m) return { ms: +m[1], text: ours.replace(/\s+/g, ' ').trim().slice(0, 200), source: 'Developer: Show Running Extensions' };
      if (i === 39) return { reason: `no activation time for hakusho in Running Extensions (${texts.length} rows: ${texts.map((t) => t.slice(0, 40)).join(' | ')})` };
      await vs.page.waitForTimeout(500);
    }
  } catch (e) {
    return { reason: String(e.message).split('\n')[0] };
  } finally {
    await vs.close();
  }
}

console.log(JSON.stringify(await main()));
