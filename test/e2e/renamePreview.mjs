// UI check of F2 on a footnote number whose footnote is also cited by a doubtful anchor, in a real VS Code
// workbench: the rename opens the refactor preview, the doubtful digits' change is unchecked and the sure
// ones are checked; applied as proposed, the doubtful digits stay as written.
// The page with the doubtful reading (`約22,00010、`, a number glued to anchor 10) is written into the
// test workspace for the check and removed after it.
// Screenshot → rename-preview.png; on failure → <temp>/failure-rename.png.
// CHECKS is exported in the same shape as test/e2e/ui.mjs, which runs them (`node test/e2e/ui.mjs rename`).
import fs from 'node:fs';
import path from 'node:path';
import { clickText, locateText, openFile, runCommand, screenshot, WORKSPACE } from './vscode-web.mjs';

const PAGE = 'misc/doubtful-anchor.txt';
const CONTENT = [
  '白書トップ > 政策 > 白書 > 令和8年版 > 回線の利用',
  '第Ⅱ部 情報通信分野の現状と課題',
  '第1節 固定通信',
  '',
  '1　回線の利用',
  '',
  '整備が進んだ9。契約数は約22,00010、前年より増えた。回線の利用も広がった11。',
  '',
  '9　白書編集室調べ。',
  '',
  '10　架空省「回線利用調査」（2025）',
  '',
  '11　新しく加えた注記。',
  '',
].join('\n');
const PANEL = '.bulk-edit-panel';

/** The rows of the refactor preview: their text and, for an edit, whether its box is ticked. */
async function previewRows(page) {
  return page.evaluate((panel) => [...document.querySelectorAll(`${panel} .monaco-list-row`)].map((row) => {
    const box = row.querySelector('input.edit-checkbox');
    return { text: row.textContent.replace(/\s+/g, ' ').trim(), checked: box ? box.checked : null };
  }), PANEL);
}

export const CHECKS = [
  {
    name: 'rename: F2 on footnote 10 shows its doubtful anchor unchecked in the refactor preview and leaves it as written',
    async run(page) {
      const file = path.join(WORKSPACE, ...PAGE.split('/'));
      fs.writeFileSync(file, CONTENT);
      try {
        await openFile(page, PAGE);
        const pos = await clickText(page, '10　架空省', { offset: 0, length: 2 });
        if (!pos || pos.line !== 11) throw new Error(`clicking footnote 10's number put the cursor at ${pos?.text ?? '?'} (expected Ln 11)`);
        await page.keyboard.press('F2');
        const input = page.locator('.rename-box input').first();
        await input.waitFor({ state: 'visible', timeout: 10000 })
          .catch(() => { throw new Error('F2 did not open the rename box on the footnote number'); });
        await input.fill('12');
        await page.keyboard.press('Enter');

        await page.locator(`${PANEL} .monaco-list-row`).first().waitFor({ timeout: 15000 })
          .catch(() => { throw new Error('the rename did not open the refactor preview'); });
        // a change's row shows its line with the old digits and the new ones side by side (`22,0001012`)
        let rows = [];
        const isEdit = (r) => r.checked !== null && !r.text.includes(path.posix.basename(PAGE));
        for (const end = Date.now() + 10000; Date.now() < end; await page.waitForTimeout(300)) {
          rows = await previewRows(page);
          if (rows.filter(isEdit).length >= 2) break;
        }
        const edits = rows.filter(isEdit);
        const doubtful = edits.filter((r) => r.text.includes('22,0001012'));
        const sure = edits.filter((r) => !r.text.includes('22,0001012'));
        if (doubtful.length !== 1 || doubtful[0].checked) throw new Error(`the doubtful digits are not one unchecked change: ${JSON.stringify(rows)}`);
        if (sure.length < 1 || sure.some((r) => !r.checked)) throw new Error(`the sure changes are not all checked: ${JSON.stringify(rows)}`);
        await screenshot(page, 'rename-preview.png');

        // apply as proposed
        const apply = page.locator(`${PANEL} .monaco-button`, { hasText: /^(Apply|適用)$/ }).first();
        await apply.click({ timeout: 10000 });
        await page.locator(`${PANEL} .monaco-list-row`).first().waitFor({ state: 'detached', timeout: 10000 }).catch(() => {});
        for (const end = Date.now() + 10000; Date.now() < end && !(await locateText(page, '12　架空省')); await page.waitForTimeout(300));
        if (!(await locateText(page, '12　架空省'))) throw new Error('the definition was not renumbered to 12');
        if (!(await locateText(page, '広がった11。'))) throw new Error('the other note\'s anchor was changed');
        if (!(await locateText(page, '約22,00010、'))) throw new Error('the doubtful digits were changed');
        return `preview: ${edits.map((r) => `${r.checked ? '☑' : '☐'} ${r.text.slice(0, 40)}`).join(' | ')}`;
      } finally {
        await runCommand(page, 'View: Revert and Close Editor').catch(() => {});
        fs.rmSync(file, { force: true });
      }
    },
  },
];
