// UI check for the Claims view, in a real VS Code workbench (code-server + headless Chromium):
// open a page, open the Hakusho container from the activity bar, read the Claims rows, click a claim
// and check that the cursor moved to its sentence (status bar Ln), check the status-bar claim count;
// then correct a claim from the row's context menu and the quick pick, and undo it from the palette.
// Screenshot → media/screenshots/claims.png; on failure → <temp>/failure-claims.png.
// A third check writes a page of reported claims into the workspace, groups the view by holder and
// screenshots it (claims-holders.png); the page is removed afterwards.
//
// Run: `node scripts/build.mjs && node test/e2e/claims.mjs` (code-server from `npm run setup:vscode`).
// CHECKS is exported in the same shape as test/e2e/ui.mjs, which runs them (`node test/e2e/ui.mjs claims`).
import fs from 'node:fs';
import path from 'node:path';
import { openFile, waitForCursor, cursorPosition, screenshot, activeTab, runCommand, WORKSPACE } from './vscode-web.mjs';

const PAGE = 'claims/nd133100.txt';
const CONTAINER = '[id="workbench.view.extension.hakusho"]';
const ROWS = `${CONTAINER} .monaco-list-row`;
// the claim to click: 「平時から情報共有の仕組みを…鍵を握る2、4。」 on line 22 (1-based)
const CLAIM = { startsWith: '平時から情報共有', line: 22 };

/** Labels of the Claims view rows (heading groups and claims), as shown. */
export async function claimRows(page) {
  return (await page.locator(`${ROWS} .label-name`).allInnerTexts().catch(() => [])).map((t) => t.trim());
}

// A page whose claims are the paper's own and reported ones: a named party, one a report came from, a
// source, and a report with no one named. Written for the check and removed after it.
const HOLDERS_PAGE = 'claims/nd133200.txt';
const HOLDERS_TEXT = [
  '白書トップ > 政策 > 白書 > 令和8年版 > 通信手段の複線化',
  '第Ⅰ部 特集 災害に強い地域づくり',
  '第3節 地域の防災と情報共有',
  '',
  '2 通信手段の複線化',
  '',
  '被災地の通信を確保するためには、複数の手段を平時から備えておくことが必要である。',
  '',
  'OECDは、各国が災害時の通信手段を複線化することが不可欠であると指摘している5。',
  '',
  '有識者からは、平時の訓練で通信手段を使い慣れておくことが重要であるとの意見が寄せられた。',
  '',
  'ITUの報告書によると、衛星通信の利用は今後さらに拡大すると見込まれている。',
  '',
  '災害時には通信が集中し、つながりにくくなることが課題とされている。',
  '',
  '5 OECD「災害時の通信に関する報告書」（2025年）',
  '',
].join('\n');

/** Opens the Hakusho container from the activity bar, unless it is shown (its title is "Hakusho" in every language). */
async function showClaimsView(page) {
  const entry = page.locator('.activitybar .action-item .action-label[aria-label*="Hakusho"]').first();
  await entry.waitFor({ timeout: 20000 });
  if (!(await page.locator(CONTAINER).isVisible().catch(() => false))) await entry.click();
}

export const CHECKS = [
  {
    name: 'claims: the Claims view lists the claims; clicking one moves the cursor to its sentence',
    async run(page) {
      await openFile(page, PAGE);
      await showClaimsView(page);
      try {
        await page.locator(`${ROWS} .label-name`, { hasText: CLAIM.startsWith }).first().waitFor({ timeout: 20000 });
      } catch {
        throw new Error(`the Claims view shows no row starting with ${CLAIM.startsWith}; rows: ${JSON.stringify(await claimRows(page))}`);
      }
      const rows = await claimRows(page);
      for (const heading of ['1 避難情報の伝達', '（1） 自治体の取組', '（2） 今後の課題']) {
        if (!rows.includes(heading)) throw new Error(`no heading row ${heading}; rows: ${JSON.stringify(rows)}`);
      }
      const claimCount = rows.length - 3;
      if (claimCount !== 7) throw new Error(`expected 7 claim rows under 3 headings, got ${rows.length} rows: ${JSON.stringify(rows)}`);

      const before = await cursorPosition(page);
      // click the row near its left edge: clicking the (overflowing) label itself makes the browser scroll it sideways
      await page.locator(ROWS, { hasText: CLAIM.startsWith }).first().click({ position: { x: 80, y: 10 } });
      const after = await waitForCursor(page, CLAIM.line);
      // the tree follows the cursor: the clicked claim stays the selected row
      const selected = (await page.locator(`${ROWS}.selected .label-name`).allInnerTexts()).map((t) => t.trim());
      if (selected.length !== 1 || !selected[0].startsWith(CLAIM.startsWith)) throw new Error(`selected rows after the click: ${JSON.stringify(selected)}`);
      const tab = await activeTab(page);
      if (tab !== path.posix.basename(PAGE)) throw new Error(`the click left ${PAGE}: active tab is ${tab}`);

      // the status bar counts the file's claims
      const status = page.locator('.statusbar-item', { hasText: /7 claims|主張 7 件/ }).first();
      await status.waitFor({ timeout: 10000 }).catch(() => {
        throw new Error('no status-bar item with the claim count (7)');
      });
      await page.waitForTimeout(500);
      await screenshot(page, 'claims.png');
      return `rows: ${rows.slice(0, 3).join(' | ')} …; cursor ${before?.text ?? '?'} → ${after.text}; status "${(await status.innerText()).trim()}"`;
    },
  },
  {
    name: 'claims-correct: "Set Claim Kind…" from a row\'s context menu makes it no claim; the palette undoes it',
    async run(page) {
      const saved = path.join(WORKSPACE, '.hakusho');
      try {
        const row = page.locator(ROWS, { hasText: CLAIM.startsWith }).first();
        await row.waitFor({ timeout: 20000 });
        const claimRowCount = async () => (await claimRows(page)).length - 3;
        const before = await claimRowCount();
        await row.click({ button: 'right', position: { x: 80, y: 10 } });
        const menuItem = page.locator('.context-view .action-item', { hasText: /Set Claim Kind|主張の種類を設定/ }).first();
        await menuItem.waitFor({ timeout: 10000 }).catch(async () => {
          throw new Error(`no "Set Claim Kind…" in the row's context menu: ${JSON.stringify(await page.locator('.context-view .action-label').allInnerTexts().catch(() => []))}`);
        });
        // a click on the item left the menu open in headless Chromium; hovering it and pressing Enter chooses it
        await menuItem.hover();
        await page.keyboard.press('Enter');
        const input = page.locator('.quick-input-widget .quick-input-box input');
        await input.waitFor({ state: 'visible', timeout: 10000 });
        await input.fill('Not a claim');
        await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: /Not a claim|主張ではない/ }).first().waitFor({ timeout: 10000 });
        await page.keyboard.press('Enter');
        await page.locator(ROWS, { hasText: CLAIM.startsWith }).first().waitFor({ state: 'detached', timeout: 10000 }).catch(() => {
          throw new Error('the corrected claim is still listed');
        });
        const after = await claimRowCount();
        if (after !== before - 1) throw new Error(`claim rows: ${before} before, ${after} after`);
        const file = JSON.parse(fs.readFileSync(path.join(saved, 'claims.json'), 'utf8'));
        if (file.corrections.length !== 1 || file.corrections[0].kind !== 'none') throw new Error(`saved: ${JSON.stringify(file)}`);

        // the cursor is still in that sentence (the earlier click put it there): undo from the palette
        await waitForCursor(page, CLAIM.line);
        await runCommand(page, 'Set Claim Kind');
        await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: /As the classifier reads it|自動判定に戻す/ }).first().click();
        await page.locator(ROWS, { hasText: CLAIM.startsWith }).first().waitFor({ timeout: 10000 }).catch(() => {
          throw new Error('the claim did not come back');
        });
        const restored = JSON.parse(fs.readFileSync(path.join(saved, 'claims.json'), 'utf8'));
        if (restored.corrections.length !== 0) throw new Error(`saved after undo: ${JSON.stringify(restored)}`);
        return `claim rows ${before} → ${after} → ${await claimRowCount()}`;
      } finally {
        fs.rmSync(saved, { recursive: true, force: true });
      }
    },
  },
  {
    name: 'claims-holders: "Group Claims by Holder" groups a page\'s claims under the paper\'s own and each party reported',
    async run(page) {
      const file = path.join(WORKSPACE, HOLDERS_PAGE);
      fs.writeFileSync(file, HOLDERS_TEXT);
      try {
        await openFile(page, HOLDERS_PAGE);
        await showClaimsView(page);
        await page.locator(`${ROWS} .label-name`, { hasText: 'OECDは' }).first().waitFor({ timeout: 20000 }).catch(async () => {
          throw new Error(`the Claims view does not list the page's claims; rows: ${JSON.stringify(await claimRows(page))}`);
        });
        await runCommand(page, 'Group Claims by Holder');
        const groups = ['own', 'OECD', '有識者', 'ITUの報告書', 'unnamed'];
        const grouped = async () => { const rows = await claimRows(page); return groups.every((g) => rows.includes(g)) ? rows : null; };
        let rows = null;
        for (let i = 0; i < 40 && !(rows = await grouped()); i++) await page.waitForTimeout(250);
        if (!rows) throw new Error(`expected holder groups ${JSON.stringify(groups)}; rows: ${JSON.stringify(await claimRows(page))}`);
        // each group holds its claim: the row after a party's group is that party's sentence
        const after = (label) => rows[rows.indexOf(label) + 1] ?? '';
        if (!after('有識者').startsWith('有識者からは')) throw new Error(`the 有識者 group holds ${after('有識者')}`);
        if (!after('unnamed').startsWith('災害時には')) throw new Error(`the unnamed group holds ${after('unnamed')}`);
        await page.waitForTimeout(500);
        await screenshot(page, 'claims-holders.png');
        return `groups: ${groups.map((g) => `${g} → ${after(g).slice(0, 8)}…`).join(' | ')}`;
      } finally {
        await runCommand(page, 'Group Claims by Heading').catch(() => {});
        await runCommand(page, 'View: Close Editor').catch(() => {});
        fs.rmSync(file, { force: true });
      }
    },
  },
];
