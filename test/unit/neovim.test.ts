// `hakusho lsp` with a real editor: a headless Neovim (Debian's 0.7.2 or later) starts the built
// server with vim.lsp.start_client, attaches a page, and asks what a user would ask. Skipped when
// no `nvim` is installed, except in npm test's own Neovim step, which fails instead.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LineIndex } from '../../src/core/text';
import { at } from './helpers';
import { NOTES, PAGE_1, PAGE_2 } from './service/fixtures';

const root = path.resolve(__dirname, '../..');
const pos = (text: string, needle: string, skip = 0) => new LineIndex(text).positionAt(at(text, needle, skip));
const hasNeovim = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;

interface Seen {
  failure?: string;
  diagnostics: { line: number; message: string }[];
  hover: { result: { contents: { value: string } } };
  definition: { result: { uri?: string; targetUri?: string; range?: { start: { line: number } }; targetRange?: { start: { line: number } } }[] };
  references: { result: { uri: string; range: { start: { line: number } } }[] };
  renameError?: string;
  page1After?: string;
  page2After?: string;
}

// npm test's own Neovim step (after setup has installed it) must not pass by skipping
if (!hasNeovim && process.env.HAKUSHO_REQUIRE_NEOVIM === '1') throw new Error('nvim is not installed: scripts/setup-code-server.sh installs Debian\'s neovim (as root)');

(hasNeovim ? describe : describe.skip)('hakusho lsp in Neovim', function () {
  this.timeout(90000);
  let seen: Seen;
  let page1: string, page2: string;
  let dir: string;

  before(() => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'pipe' });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakusho-nvim-'));
    fs.mkdirSync(path.join(dir, 'pages'));
    page1 = path.join(dir, 'pages', 'nd211100.txt');
    page2 = path.join(dir, 'pages', 'nd211200.txt');
    fs.writeFileSync(page1, PAGE_1);
    fs.writeFileSync(page2, PAGE_2);
    fs.writeFileSync(path.join(dir, 'notes.txt'), NOTES);
    const out = path.join(dir, 'seen.json');
    const positions = {
      anchor: pos(PAGE_1, '分担している2', '分担している'.length),
      reference: pos(PAGE_1, '詳しくは第Ⅱ部', '詳しくは'.length + 5),
      heading: pos(PAGE_1, '1 光回線の整備', 3),
      title: pos(PAGE_1, '光回線の整備\n\n光回線', 1),
    };
    const r = spawnSync('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${path.join(__dirname, 'neovim-client.lua')}`], {
      encoding: 'utf8', timeout: 80000,
      env: {
        ...process.env, HAKUSHO_OUT: out, HAKUSHO_NODE: process.execPath, HAKUSHO_BIN: path.join(root, 'bin', 'hakusho.js'),
        HAKUSHO_ROOT: dir, HAKUSHO_PAGE1: page1, HAKUSHO_PAGE2: page2, HAKUSHO_POSITIONS: JSON.stringify(positions),
      },
    });
    assert.ok(fs.existsSync(out), `Neovim wrote no results (status ${r.status}): ${r.stderr}`);
    seen = JSON.parse(fs.readFileSync(out, 'utf8')) as Seen;
    assert.equal(seen.failure, undefined);
  });

  after(() => { if (dir) fs.rmSync(dir, { recursive: true, force: true }); });

  it('shows the page’s problems, the wrong quoted title checked against the other page', () => {
    assert.deepEqual(seen.diagnostics.map((d) => d.line).sort((a, b) => a - b), [11, 16]);
    assert.ok(seen.diagnostics.some((d) => /「無線の普及」 does not match 第Ⅱ部第1章第2節 「移動通信の動向」/.test(d.message)));
  });

  it('hover on anchor 2 shows footnote 2', () => {
    assert.match(seen.hover.result.contents.value, /^\*\*Footnote 2\*\* · line 15\n\n国の補助は/);
  });

  it('definition of 第Ⅱ部第1章第2節 goes to the other file’s heading', () => {
    const [target] = seen.definition.result;
    assert.equal(target.targetUri ?? target.uri, pathToFileURL(page2).href);
    assert.equal((target.targetRange ?? target.range)!.start.line, pos(PAGE_2, '第2節 移動通信の動向').line);
  });

  it('references of a heading come from the other file', () => {
    assert.deepEqual(seen.references.result.map((r) => [r.uri, r.range.start.line]), [[pathToFileURL(page2).href, pos(PAGE_2, '第Ⅱ部第1章第1節1').line]]);
  });

  it('rename of a heading title, applied by Neovim, retitles the heading and the quote in the other file', () => {
    assert.equal(seen.renameError, undefined);
    assert.match(seen.page1After!, /^1 光回線の普及$/m);
    assert.equal(seen.page2After, PAGE_2.replace('「光回線の整備」', '「光回線の普及」').replace(/\n$/, ''));
  });
});
