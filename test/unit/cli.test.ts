// The `hakusho` command line, run as a user runs it: node bin/hakusho.js after a build.
import * as assert from 'node:assert';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const fixtures = path.join('test', 'fixtures', 'core');

function hakusho(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'hakusho.js'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function json(...args: string[]) {
  const r = hakusho('analyze', '--json', ...args);
  return { ...r, results: JSON.parse(r.stdout) as any[] };
}

describe('hakusho CLI', function () {
  this.timeout(120000);

  before(() => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'pipe' });
  });

  it('analyze --json on the official sample returns the contract fields', () => {
    const { code, stderr, results } = json('sample/official/r8-part2.txt');
    assert.strictEqual(code, 0, stderr);
    assert.strictEqual(results.length, 1);
    const [r] = results;
    assert.strictEqual(r.file, path.join('sample', 'official', 'r8-part2.txt'));
    assert.strictEqual(r.encoding, 'utf-8');

    assert.ok(Array.isArray(r.headings) && r.headings.length > 0);
    for (const h of r.headings) {
      assert.strictEqual(typeof h.level, 'string');
      assert.strictEqual(typeof h.number, 'string');
      assert.strictEqual(typeof h.title, 'string');
      assert.strictEqual(typeof h.line, 'number');
    }
    assert.deepStrictEqual(r.headings.slice(0, 4).map((h: any) => [h.level, h.number, h.title, h.line]), [
      ['part', 'Ⅱ', 'デジタル政策の動向', 0],
      ['chapter', '3', 'データ政策の動向', 1],
      ['section', '1', 'データ流通の制度整備', 2],
      ['item', '1', '個人データの取扱い', 3],
    ]);
    const kana = r.headings.find((h: any) => h.level === 'kana');
    assert.deepStrictEqual([kana.number, kana.title], ['ア', '公共データの開放']);

    assert.ok(Array.isArray(r.footnotes) && r.footnotes.length > 0);
    for (const f of r.footnotes) {
      assert.strictEqual(typeof f.number, 'number');
      assert.strictEqual(typeof f.line, 'number');
      assert.strictEqual(typeof f.text, 'string');
      assert.ok(Array.isArray(f.anchors));
      for (const a of f.anchors) {
        assert.strictEqual(typeof a.line, 'number');
        assert.strictEqual(typeof a.character, 'number');
      }
    }
    const text = fs.readFileSync(path.join(root, 'sample', 'official', 'r8-part2.txt'), 'utf8').split('\n');
    const f1 = r.footnotes.find((f: any) => f.number === 1);
    assert.strictEqual(f1.text, '白書編集室「個人データの取扱いに関する実態調査」（2025年）による。');
    assert.strictEqual(f1.anchors.length, 1);
    const a = f1.anchors[0];
    assert.strictEqual(text[a.line].slice(a.character - 1, a.character + 2), ' 1 ');

    assert.ok(Array.isArray(r.references) && r.references.length > 0);
    for (const ref of r.references) {
      for (const k of ['text', 'line', 'character', 'kind', 'path', 'title']) assert.ok(k in ref, `reference has ${k}`);
      assert.ok(Array.isArray(ref.path));
      assert.strictEqual(text[ref.line].slice(ref.character, ref.character + ref.text.length), ref.text);
    }
    const full = r.references.find((x: any) => x.kind === 'full');
    assert.deepStrictEqual([full.text, full.path, full.title], ['第Ⅰ部第1章第2節「地域産業のデータ活用」参照', ['Ⅰ', '1', '2'], '地域産業のデータ活用']);
    const figures = r.references.filter((x: any) => x.kind === 'figure').map((x: any) => x.path);
    assert.deepStrictEqual(figures, [['Ⅱ-3-1-1'], ['Ⅱ-3-1-2']]);
    assert.deepStrictEqual(r.diagnostics, []);
  });

  it('prints a readable summary without --json', () => {
    const { code, stdout } = hakusho('analyze', 'sample/official/r8-part2.txt');
    assert.strictEqual(code, 0);
    assert.match(stdout, /official-txt, utf-8/);
    assert.match(stdout, /第3章 データ政策の動向/);
    assert.match(stdout, /footnotes: 4 definitions \(4 cited\), 4 anchors/);
  });

  it('walks a folder', () => {
    const { code, stderr, results } = json('sample');
    assert.strictEqual(code, 0, stderr);
    assert.deepStrictEqual(results.map((r) => path.relative('sample', r.file)).sort(), [
      path.join('official', 'r8-part2.txt'),
      path.join('pages', 'nd110000.txt'),
      path.join('pages', 'nd111100.txt'),
      path.join('pages', 'nd111200.txt'),
      path.join('pages', 'nd112000.txt'),
    ]);
    const page = results.find((r) => r.file.endsWith('nd111200.txt'));
    assert.strictEqual(page.edition, '令和8年版');
    assert.strictEqual(page.inferredChapter, '1');
  });

  it('reports unreadable files on stderr, exits non-zero, and still reports the other files', () => {
    const { code, stderr, results } = json(fixtures);
    assert.strictEqual(code, 1);
    assert.match(stderr, /bad[\\/]binary\.txt: binary file/);
    assert.match(stderr, /bad[\\/]invalid-encoding\.txt: not valid UTF-8, Shift_JIS, EUC-JP or ISO-2022-JP text/);
    const names = results.map((r) => path.basename(r.file)).sort();
    assert.deepStrictEqual(names, ['nd122100-joined.txt', 'official-crlf-bom.txt', 'official-eucjp.txt', 'official-iso2022jp.txt', 'official-r8.txt', 'official-sjis.txt', 'ordinary-numbers.txt']);
  });

  it('reports a missing path and a binary file given directly', () => {
    const missing = hakusho('analyze', 'no/such/file.txt', 'sample/official/r8-part2.txt');
    assert.notStrictEqual(missing.code, 0);
    assert.match(missing.stderr, /no\/such\/file\.txt: no such file or folder/);
    assert.match(missing.stdout, /r8-part2\.txt/);
    const bin = hakusho('analyze', path.join(fixtures, 'bad', 'binary.txt'));
    assert.notStrictEqual(bin.code, 0);
    assert.match(bin.stderr, /binary\.txt: binary file \(not text\)/);
  });

  it('reports a file it may not read', function () {
    if (process.platform === 'win32' || process.getuid?.() === 0) this.skip();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakusho-cli-'));
    const file = path.join(dir, 'locked.txt');
    fs.writeFileSync(file, '第1節　テスト\n');
    fs.chmodSync(file, 0o000);
    try {
      const r = hakusho('analyze', file);
      assert.notStrictEqual(r.code, 0);
      assert.match(r.stderr, /locked\.txt: cannot read: permission denied \(EACCES\)/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the Shift_JIS fixture with its headings', () => {
    const { code, stderr, results } = json(path.join(fixtures, 'official-sjis.txt'));
    assert.strictEqual(code, 0, stderr);
    const [r] = results;
    assert.strictEqual(r.encoding, 'shift_jis');
    assert.deepStrictEqual(r.headings.map((h: any) => [h.level, h.number, h.title, h.line]), [
      ['part', 'Ⅱ', '情報通信の基盤', 0],
      ['chapter', '5', '電波の利用', 1],
      ['section', '1', '電波利用の現状', 2],
      ['item', '1', '無線局の動向', 3],
      ['subitem', '(1)', '周波数の割当て', 6],
      ['kana', 'ア', '再編の進め方', 8],
    ]);
    assert.deepStrictEqual(r.footnotes.map((f: any) => [f.number, f.line, f.text, f.anchors]), [
      [1, 5, '白書編集室「無線局の開設状況に関する調査」（2025年）による。', [{ line: 4, character: '無線局の数は増加を続けており、携帯電話の基地局がその多くを占めている '.length }]],
    ]);
  });

  it('follows symbolic links to files and folders, and says so when a link loops', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakusho-links-'));
    const page = fs.readFileSync(path.join(root, 'sample', 'official', 'r8-part2.txt'));
    fs.mkdirSync(path.join(dir, 'real'));
    fs.writeFileSync(path.join(dir, 'real', 'page.txt'), page);
    fs.mkdirSync(path.join(dir, 'links'));
    fs.symlinkSync(path.join(dir, 'real', 'page.txt'), path.join(dir, 'links', 'page.txt'));
    fs.symlinkSync(path.join(dir, 'links'), path.join(dir, 'links', 'again')); // a folder linking to itself
    const linked = hakusho('analyze', '--json', path.join(dir, 'links'));
    assert.strictEqual(linked.code, 0, linked.stderr);
    assert.deepStrictEqual(JSON.parse(linked.stdout).map((r: { file: string }) => path.relative(dir, r.file)), [path.join('links', 'page.txt')], 'the link is read, the loop once');
    fs.symlinkSync('loop-b.txt', path.join(dir, 'loop-a.txt'));
    fs.symlinkSync('loop-a.txt', path.join(dir, 'loop-b.txt'));
    const loop = hakusho('analyze', path.join(dir, 'loop-a.txt'));
    assert.strictEqual(loop.code, 1);
    assert.match(loop.stderr, /loop-a\.txt: cannot read: a loop of symbolic links \(ELOOP\)/);
  });

  it('reports a folder it may not read, and still analyses the rest (no stack trace)', function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakusho-perm-'));
    fs.chmodSync(dir, 0o755);
    const page = '第1章　通信の現状\n第1節　概況\n通信基盤の整備を進める必要がある。\n';
    fs.writeFileSync(path.join(dir, 'a.txt'), page);
    fs.chmodSync(path.join(dir, 'a.txt'), 0o644);
    fs.mkdirSync(path.join(dir, 'closed'));
    fs.writeFileSync(path.join(dir, 'closed', 'b.txt'), page);
    fs.chmodSync(path.join(dir, 'closed'), 0o000);
    try {
      // root reads every folder: run as an unprivileged user where that is possible
      const asUser = process.getuid?.() === 0 ? ['runuser', '-u', 'nobody', '--'] : [];
      const run = (...args: string[]) => spawnSync(asUser[0] ?? process.execPath, [...asUser.slice(1), ...(asUser.length ? [process.execPath] : []), ...args], { cwd: os.tmpdir(), encoding: 'utf8' });
      if (asUser.length && run('-e', `require('fs').accessSync(${JSON.stringify(path.join(root, 'dist', 'cli.js'))})`).status !== 0) this.skip();
      for (const command of ['analyze', 'check', 'claims']) {
        const r = run(path.join(root, 'bin', 'hakusho.js'), command, dir);
        assert.doesNotMatch(r.stderr, /\n\s+at /, `${command}: no stack trace`);
        assert.match(r.stderr, /closed: cannot read: permission denied \(EACCES\)/, command);
        assert.strictEqual(r.status, command === 'check' ? 2 : 1, `${command}: ${r.stderr}`);
        if (command === 'analyze') assert.match(r.stdout, /a\.txt/, 'the readable file is still analysed');
      }
    } finally {
      fs.chmodSync(path.join(dir, 'closed'), 0o755);
    }
  });

  it('fails when a folder holds nothing to check, instead of passing silently', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakusho-empty-'));
    try {
      const empty = hakusho('check', dir);
      assert.strictEqual(empty.code, 2);
      assert.match(empty.stderr, /no \.txt or \.md files in this folder/);
      // a folder of ordinary Markdown notes: read, but none of it is a white paper
      fs.writeFileSync(path.join(dir, 'notes.md'), '# 打合せメモ\n\n次回までに資料を確認する。\n');
      const notes = hakusho('claims', dir);
      assert.strictEqual(notes.code, 1);
      assert.match(notes.stderr, /notes\.md: Markdown without white-paper headings/);
      assert.match(notes.stderr, /no white-paper files among the 1 file given/);
      // next to a real white paper, the notes are skipped and the run passes
      const mixed = hakusho('claims', dir, 'sample/official/r8-part2.txt');
      assert.strictEqual(mixed.code, 0, mixed.stderr);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops quietly when the reader of its output goes away (| head)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakusho-pipe-'));
    const file = path.join(dir, 'long.txt');
    // far more output than a pipe buffers, so the writer is still writing when the reader leaves
    fs.writeFileSync(file, '第1章　通信の動向\n' + '地域の通信基盤を維持するため、自治体と事業者が連携する必要がある。\n'.repeat(3000));
    const child = spawn(process.execPath, [path.join(root, 'bin', 'hakusho.js'), 'claims', '--json', file], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    fs.rmSync(dir, { recursive: true, force: true });
    assert.strictEqual(stderr, '', 'no stack trace');
    assert.strictEqual(code, 0);
  });

  it('rejects unknown options and a missing path with usage errors', () => {
    const unknown = hakusho('analyze', '--nope', 'sample');
    assert.strictEqual(unknown.code, 2);
    assert.match(unknown.stderr, /unknown option --nope/);
    const none = hakusho('analyze');
    assert.strictEqual(none.code, 2);
    assert.match(none.stderr, /at least one file/);
  });
});
