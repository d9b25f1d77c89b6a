// UI checks of review notes in a real VS Code workbench: a note stored in .hakusho/notes.json shows
// as a comment thread on its passage, with its label, author, text and reply; after the window is
// reloaded the thread is back. Screenshot → media/screenshots/notes.png.
// CHECKS is exported in the same shape as test/e2e/ui.mjs, which runs them (`node test/e2e/ui.mjs notes`).
import fs from 'node:fs';
import path from 'node:path';
import { openFile, runCommand, screenshot, waitForWorkbench, WORKSPACE } from './vscode-web.mjs';

const PAGE = 'notes/nd141100.txt';
const PASSAGE = '事業者の投資だけでは採算が合わない地域が残っている';
const NOTE = '採算の合わない地域の数を示せないか。最新の調査で確認したい。';
const REPLY = '2025年の調査に地域数があるので追記します。';

/** Writes a notes file with one open note (and a reply) on PASSAGE, as the editor would have written it. */
function writeNotes() {
  const text = fs.readFileSync(path.join(WORKSPACE, PAGE), 'utf8');
  const start = text.indexOf(PASSAGE), end = start + PASSAGE.length;
  const note = {
    id: 'n-20261206T041500Z-00a001', author: '査読者A', created: '2026-12-01T09:15:00.000Z', label: '要確認', status: 'open', text: NOTE,
    target: {
      file: PAGE, address: ['Ⅰ', '4', '1'],
      quote: { exact: PASSAGE, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) },
      position: { start, end },
    },
    replies: [{ id: 'n-20261206T050000Z-00a002', author: '執筆者B', created: '2026-12-02T10:30:00.000Z', text: REPLY }],
  };
  fs.mkdirSync(path.join(WORKSPACE, '.hakusho'), { recursive: true });
  fs.writeFileSync(path.join(WORKSPACE, '.hakusho', 'notes.json'), JSON.stringify({ version: 1, notes: [note] }, null, 2) + '\n');
}

/** Opens the page, expands its comment threads and waits for the note's text in a thread widget. */
async function showThread(page) {
  await openFile(page, PAGE);
  const widget = page.locator('.review-widget', { hasText: NOTE }).first();
  for (let i = 0; i < 5 && !(await widget.isVisible().catch(() => false)); i++) {
    // bringing the page to the front again reads its notes again, as a reviewer switching tabs would
    if (i > 0) { await openFile(page, 'pages/nd111100.txt').catch(() => {}); await openFile(page, PAGE); }
    await runCommand(page, 'Expand All Comments').catch(() => {});
    await widget.waitFor({ timeout: 4000 }).catch(() => {});
  }
  await widget.waitFor({ timeout: 5000 }).catch(async () => {
    throw new Error(`no comment thread with the note; threads: ${JSON.stringify(await page.locator('.review-widget').allInnerTexts())}`);
  });
  return widget;
}

export const CHECKS = [
  {
    name: 'notes: a review note shows as a comment thread on its passage, and is back after a reload',
    async run(page) {
      writeNotes();
      try {
        const widget = await showThread(page);
        const text = (await widget.innerText()).replace(/\s+/g, ' ');
        for (const want of ['査読者A', NOTE, '執筆者B', REPLY, '要確認']) {
          if (!text.includes(want)) throw new Error(`the thread does not show ${JSON.stringify(want)}: ${JSON.stringify(text.slice(0, 300))}`);
        }
        await page.waitForTimeout(500);
        await screenshot(page, 'notes.png');
        // the workbench comes back with the side bar it had: show the explorer, which waitForWorkbench looks for
        await runCommand(page, 'View: Show Explorer').catch(() => {});
        await page.reload();
        await waitForWorkbench(page);
        const again = await showThread(page);
        if (!(await again.innerText()).includes(REPLY)) throw new Error('after the reload the thread lacks the reply');
        return `thread: ${JSON.stringify(text.slice(0, 100))}`;
      } finally {
        fs.rmSync(path.join(WORKSPACE, '.hakusho', 'notes.json'), { force: true });
      }
    },
  },
];
