// UI checks of VS Code for the Web: Hakusho's browser entry (package.json `browser`, dist/web/extension.js)
// running in the browser's web worker extension host of a real VS Code (code-server 1.99.3), offline.
// The user setting `remote.extensionKind: { "hakusho.hakusho": ["web"] }` puts the extension in the web
// worker host instead of the server's Node one (the workbench payload's `extensionDevelopmentKind` is not
// read by VS Code 1.99's web workbench). What is checked: the extension ran there and not on the server,
// its analysis ran on a Web Worker, a footnote hover, the Outline and a problem appear, and a review note
// added in the browser is written through VS Code's file system.
//
// Run: `node test/e2e/ui.mjs web:` (ui.mjs starts this workbench for these checks).
import fs from 'node:fs';
import path from 'node:path';
import { openFile, hoverText, clearHover, clickText, runCommand, screenshot, treeLabels, WORKSPACE } from './vscode-web.mjs';

/** The user settings that make the workbench run Hakusho in the web worker extension host. */
export const WEB_SETTINGS = { 'remote.extensionKind': { 'hakusho.hakusho': ['web'] } };

const PAGE = 'pages/nd111100.txt';
const ANCHOR = { needle: 'に達しており1', offset: 'に達しており'.length, length: 1 };
const NOTE_TEXT = 'ブロードバンド基盤整備状況調査';

/** The server's Node extension host log(s) of this session. */
function serverExtensionHostLogs(out) {
  const logs = path.join(out, 'user-data/logs');
  if (!fs.existsSync(logs)) return [];
  return fs.readdirSync(logs, { recursive: true }).filter((f) => String(f).endsWith('remoteexthost.log')).map((f) => path.join(logs, String(f)));
}

/** The index's status bar item; its tooltip says where the analysis runs. */
async function indexStatusTooltip(page) {
  const item = page.locator('.statusbar-item', { hasText: /white-paper files/ }).first();
  await item.waitFor({ timeout: 30000 }).catch(() => { throw new Error('the workspace index did not report in the status bar within 30 s'); });
  const tooltip = page.locator('.workbench-hover, .monaco-hover', { hasText: 'Hakusho indexed' }).first();
  for (let i = 0; i < 5; i++) {
    const box = await item.boundingBox();
    await page.mouse.move(2, 2);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
    if (await tooltip.waitFor({ timeout: 3000 }).then(() => true, () => false)) return (await tooltip.innerText()).trim();
  }
  throw new Error('no tooltip on the index status bar item');
}

export const CHECKS = [
  {
    name: 'web: Hakusho runs in the web worker extension host, not on the server, its analysis on a Web Worker',
    async run(page, vs) {
      await openFile(page, PAGE);
      const tooltip = await indexStatusTooltip(page);
      await page.mouse.move(2, 2);
      // the browser entry alone says Web Worker; a worker that failed to start would have left "in the extension host"
      if (!tooltip.includes('Analysis runs on a Web Worker (VS Code for the Web).')) throw new Error(`the index's tooltip does not say the analysis ran on a Web Worker: ${JSON.stringify(tooltip)}`);
      const logs = serverExtensionHostLogs(vs.out);
      const activated = logs.filter((f) => fs.readFileSync(f, 'utf8').includes('_doActivateExtension hakusho.hakusho'));
      if (activated.length) throw new Error(`the server's Node extension host activated Hakusho: ${activated.join(', ')}`);
      return `tooltip: ${JSON.stringify(tooltip.replace(/\n/g, ' | '))}; server extension host logs without Hakusho: ${logs.length}`;
    },
  },
  {
    name: 'web: hovering a footnote anchor shows the note, from the browser',
    async run(page) {
      await openFile(page, PAGE);
      const text = await hoverText(page, ANCHOR.needle, { offset: ANCHOR.offset, length: ANCHOR.length, contains: NOTE_TEXT, timeout: 30000 });
      if (!/Footnote 1/.test(text)) throw new Error(`the hover does not name footnote 1: ${JSON.stringify(text)}`);
      await screenshot(page, 'web-hover.png');
      await clearHover(page);
      return `hover: ${JSON.stringify(text.slice(0, 80))}`;
    },
  },
  {
    name: 'web: the Outline view shows the heading tree',
    async run(page) {
      await openFile(page, PAGE);
      await runCommand(page, 'Focus on Outline View');
      const rows = page.locator('.outline-pane .monaco-list-row');
      await rows.filter({ hasText: '第Ⅰ部' }).first().waitFor({ timeout: 20000 })
        .catch(async () => { throw new Error(`Outline view has no 第Ⅰ部 row; rows: ${JSON.stringify(await treeLabels(page, '.outline-pane'))}`); });
      return `rows: ${(await treeLabels(page, '.outline-pane')).slice(0, 3).join(' | ')}`;
    },
  },
  {
    name: 'web: a footnote never cited is a problem in the Problems panel',
    async run(page) {
      await openFile(page, 'problems/nd131100.txt');
      await runCommand(page, 'Focus on Problems View');
      const problem = page.locator('.markers-panel .monaco-list-row', { hasText: 'is never cited' }).first();
      await problem.waitFor({ timeout: 20000 }).catch(async () => {
        const rows = await page.locator('.markers-panel .monaco-list-row').allInnerTexts().catch(() => []);
        throw new Error(`no footnote-unused problem in the Problems panel; rows: ${JSON.stringify(rows.slice(0, 5))}`);
      });
      return `problem: ${JSON.stringify((await problem.innerText()).split('\n')[0])}`;
    },
  },
  {
    name: 'web: a review note added in the browser is written to .hakusho/notes.json, by 「Reviewer」 (no git in a browser)',
    async run(page) {
      const file = path.join(WORKSPACE, '.hakusho', 'notes.json');
      const page_ = 'notes/nd141100.txt', passage = '事業者の投資だけでは採算が合わない地域が残っている';
      const text = 'ブラウザで書いた査読メモ';
      fs.rmSync(file, { force: true });
      try {
        await openFile(page, page_);
        await clickText(page, passage, { at: 0.5 });
        await runCommand(page, 'Add Review Note to Selection');
        // the new thread's form: a placeholder that becomes an editor when clicked
        const form = page.locator('.review-widget .comment-form').first();
        await form.waitFor({ timeout: 10000 }).catch(() => { throw new Error('no comment form opened for the new note'); });
        await form.click();
        const input = form.locator('.monaco-editor textarea').first();
        await input.waitFor({ timeout: 5000 });
        await input.focus();
        await page.keyboard.type(text);
        await page.keyboard.press('Control+Enter');
        let notes;
        for (const end = Date.now() + 15000; Date.now() < end && !notes; await page.waitForTimeout(200)) {
          if (fs.existsSync(file)) try { notes = JSON.parse(fs.readFileSync(file, 'utf8')).notes; } catch { /* being written */ }
        }
        if (!notes) throw new Error(`no ${path.relative(WORKSPACE, file)} was written within 15 s`);
        const note = notes.find((n) => n.text === text);
        if (!note) throw new Error(`the notes file has no note ${JSON.stringify(text)}: ${JSON.stringify(notes).slice(0, 300)}`);
        if (note.target.file !== page_) throw new Error(`the note is on ${note.target.file}, not ${page_}`);
        if (note.author !== 'Reviewer') throw new Error(`the note's author is ${JSON.stringify(note.author)}, not 「Reviewer」`);
        return `note by ${note.author} on ${note.target.file}: ${JSON.stringify(note.target.quote.exact.slice(0, 40))}`;
      } finally {
        fs.rmSync(file, { force: true });
      }
    },
  },
];
