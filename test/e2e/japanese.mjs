// UI checks in a VS Code whose display language is Japanese (code-server started with a language pack
// for ja, see ./language-pack.mjs): what a Japanese editor sees of Hakusho — the Claims view's title,
// a command's title in the palette, the footnote hover, a problem in the Problems panel.
// VS Code's own strings stay English (the test pack carries none of them); Hakusho's are Japanese.
// Screenshot → media/screenshots/japanese-ui.png (with HAKUSHO_UPDATE_SCREENSHOTS=1).
//
// Run: `node test/e2e/ui.mjs 日本語` (ui.mjs starts the Japanese workbench for these checks).
import { openFile, hoverText, clearHover, screenshot, runCommand } from './vscode-web.mjs';

const PAGE = 'pages/nd111100.txt';
const ANCHOR = { needle: 'に達しており1', offset: 'に達しており'.length, length: 1 };
const CONTAINER = '[id="workbench.view.extension.hakusho"]';

/** Drags the side bar's edge so that it is `width` pixels wide (cosmetic: for the screenshot). */
async function widenSideBar(page, width) {
  const box = await page.locator('.part.sidebar').boundingBox().catch(() => null);
  if (!box || box.width >= width) return;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width, y);
  await page.mouse.down();
  await page.mouse.move(box.x + width, y, { steps: 8 });
  await page.mouse.up();
}

export const CHECKS = [
  {
    name: '日本語: the Claims view, a command and a footnote hover in Japanese',
    async run(page) {
      await openFile(page, PAGE);
      // the activity bar entry and the view's header carry the Japanese titles of package.nls.ja.json
      const entry = page.locator('.activitybar .action-item .action-label[aria-label*="Hakusho（白書）"]').first();
      await entry.waitFor({ timeout: 20000 }).catch(() => { throw new Error('no activity bar entry titled 「Hakusho（白書）」'); });
      if (!(await page.locator(CONTAINER).isVisible().catch(() => false))) await entry.click();
      // the side bar's title: 「HAKUSHO（白書）: 主張」 while Claims is the container's only view (its tooltip has the full text)
      const title = page.locator('.part.sidebar .composite.title .title-label h2').first();
      await title.waitFor({ timeout: 20000 });
      const sidebarTitle = `${await title.getAttribute('title') ?? ''} ${await title.innerText()}`;
      if (!/主張/.test(sidebarTitle)) throw new Error(`the Hakusho side bar's title does not name 「主張」: ${JSON.stringify(sidebarTitle)}`);

      // a command's title in the palette
      await page.keyboard.press('Escape');
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget .quick-input-box input');
      await input.waitFor({ state: 'visible', timeout: 15000 });
      await input.fill('>Hakusho: すべての白書');
      const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: 'すべての白書ファイルを検査' }).first();
      await row.waitFor({ timeout: 15000 }).catch(() => { throw new Error('the palette has no 「Hakusho: すべての白書ファイルを検査」'); });
      const command = (await row.innerText()).split('\n')[0].trim();
      await page.keyboard.press('Escape');

      await widenSideBar(page, 440); // room for the whole title in the screenshot
      const hover = await hoverText(page, ANCHOR.needle, { offset: ANCHOR.offset, length: ANCHOR.length, contains: '脚注 1' });
      if (!/出典/.test(hover)) throw new Error(`the footnote hover has no 出典: ${JSON.stringify(hover)}`);
      await screenshot(page, 'japanese-ui.png');
      await clearHover(page);
      return `side bar: ${JSON.stringify(sidebarTitle.trim())}; palette: ${JSON.stringify(command)}; hover: ${JSON.stringify(hover.slice(0, 60))}`;
    },
  },
  {
    name: '日本語: a problem of a page in the Problems panel is in Japanese',
    async run(page) {
      await openFile(page, 'problems/nd131100.txt');
      await runCommand(page, 'Focus on Problems View');
      const problem = page.locator('.markers-panel .monaco-list-row', { hasText: 'どこからも引用されていません' }).first();
      await problem.waitFor({ timeout: 20000 }).catch(async () => {
        const rows = await page.locator('.markers-panel .monaco-list-row').allInnerTexts().catch(() => []);
        throw new Error(`no Japanese footnote-unused problem in the Problems panel; rows: ${JSON.stringify(rows.slice(0, 5))}`);
      });
      return `problem: ${JSON.stringify((await problem.innerText()).split('\n')[0])}`;
    },
  },
];
