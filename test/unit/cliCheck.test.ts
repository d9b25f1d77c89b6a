// `hakusho check` as an editorial team's CI runs it: broken references and mismatched titles as
// file:line:col lines (or JSON), exit 1 when there are any, 0 when the edition is clean.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const run = (...args: string[]) => spawnSync(process.execPath, [path.join(root, 'bin', 'hakusho.js'), ...args], { cwd: root, encoding: 'utf8' });

describe('hakusho check', function () {
  this.timeout(120000);
  before(() => { execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'pipe' }); });

  it('reports the sample edition\'s broken reference and wrong title and exits 1', () => {
    const r = run('check', 'sample');
    assert.equal(r.status, 1);
    const lines = r.stdout.trim().split('\n').sort();
    assert.deepEqual(lines.map((l) => l.replace(/: .*\[/, ': [')), [
      `${path.join('sample', 'pages', 'nd111200.txt')}:19:47: [reference-unresolved]`,
      `${path.join('sample', 'pages', 'nd112000.txt')}:13:77: [reference-title-mismatch]`,
    ]);
    assert.match(r.stderr, /5 files, 2 problem/);
  });

  it('prints the same as JSON', () => {
    const r = run('check', '--json', 'sample');
    const problems = JSON.parse(r.stdout) as { file: string; line: number; character: number; code: string }[];
    assert.deepEqual(problems.map((p) => [path.basename(p.file), p.line, p.character, p.code]).sort(), [
      ['nd111200.txt', 18, 46, 'reference-unresolved'],
      ['nd112000.txt', 12, 76, 'reference-title-mismatch'],
    ]);
  });

  it('exits 0 on a clean edition, and lists footnote problems on request', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakusho-check-'));
    fs.writeFileSync(path.join(dir, 'nd111100.txt'), [
      '白書トップ > 政策 > 白書 > 令和8年版 > 回線',
      '第Ⅰ部 通信',
      '第1節 回線',
      '',
      '1 回線の整備',
      '',
      '回線の整備は進んでいる1。詳細は本節1を参照。',
      '',
      '1 白書編集室調べ。',
      '',
      '2 どこからも引用されない注記である。',
    ].join('\n'));
    const clean = run('check', dir);
    assert.equal(clean.status, 0, clean.stdout + clean.stderr);
    const withFootnotes = run('check', '--footnotes', dir);
    assert.equal(withFootnotes.status, 1);
    assert.match(withFootnotes.stdout, /nd111100\.txt:11:1: .*\[footnote-unused\]/);
  });

  it('reports an empty file and a text that is no white paper instead of passing them', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakusho-check-'));
    try {
      fs.writeFileSync(path.join(dir, 'nd111100.txt'), '');
      fs.writeFileSync(path.join(dir, 'notes.txt'), 'Meeting notes\nBring the printed copies on Monday.\n');
      const empty = run('check', path.join(dir, 'nd111100.txt'));
      assert.notEqual(empty.status, 0);
      assert.match(empty.stderr, /nd111100\.txt: empty file; nothing to check/);
      const notes = run('check', path.join(dir, 'notes.txt'));
      assert.notEqual(notes.status, 0);
      assert.match(notes.stderr, /notes\.txt: not a white paper/);
      assert.match(notes.stderr, /no white-paper files among the 1 file given/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a Markdown bomb as not analysed, at once, instead of hanging or passing it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakusho-check-'));
    try {
      fs.writeFileSync(path.join(dir, 'bomb.md'), `# 第9章 試験\n\n${'*a_'.repeat(8000)}\n`);
      const started = Date.now();
      const r = run('check', dir);
      assert.ok(Date.now() - started < 20000, 'answers in seconds (the parse alone took minutes)');
      assert.equal(r.status, 1);
      assert.match(r.stdout, /bomb\.md:3:1: This Markdown is not analysed: one paragraph has more than 1000 runs of \* or _\. \[markdown-too-complex\]/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
