// Files on disk are not trusted: only regular files are read, never more than a cap whatever `stat`
// says, and the corrections file is never reached through a link or outside its workspace folder.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { correctionsFileRefusal, readRegularFile, readRegularFileAsync } from '../../src/safeFiles';

const root = path.resolve(__dirname, '..', '..');
const hakusho = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(root, 'bin', 'hakusho.js'), ...args], { cwd: root, encoding: 'utf8', timeout: 20_000 });

describe('reading only regular files, and only up to a cap', () => {
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakusho-safe-')); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses a named pipe at once instead of waiting for a writer', function () {
    const fifo = path.join(dir, 'nd111100.txt');
    try { execFileSync('mkfifo', [fifo]); } catch { this.skip(); }
    assert.deepEqual(readRegularFile(fifo, 1024), { ok: false, reason: 'is a named pipe (FIFO), not a regular file' });
  });

  it('refuses a device, whose size says 0, instead of reading without end', function () {
    if (!fs.existsSync('/dev/zero')) this.skip();
    assert.deepEqual(readRegularFile('/dev/zero', 1024), { ok: false, reason: 'is a device, not a regular file' });
  });

  it('reads a file up to the cap and refuses one a byte over it', () => {
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, 'x'.repeat(2048));
    const read = readRegularFile(file, 2048);
    assert.ok(read.ok && read.bytes.length === 2048);
    assert.deepEqual(readRegularFile(file, 2047), { ok: false, reason: 'is larger than the 2047 bytes limit', tooLarge: true });
  });

  it("the editor's reader (without blocking its thread) refuses a named pipe and a device at once", async function () {
    const fifo = path.join(dir, 'nd999999.txt');
    try { execFileSync('mkfifo', [fifo]); } catch { this.skip(); }
    assert.deepEqual(await readRegularFileAsync(fifo, 1024), { ok: false, reason: 'is a named pipe (FIFO), not a regular file' });
    if (fs.existsSync('/dev/zero')) assert.deepEqual(await readRegularFileAsync('/dev/zero', 1024), { ok: false, reason: 'is a device, not a regular file' });
  });

  it("the editor's reader stops at the cap while reading, and reads a file through a link", async () => {
    const file = path.join(dir, 'nd111100.txt');
    fs.writeFileSync(file, 'あ'.repeat(1000));
    const link = path.join(dir, 'nd111200.txt');
    fs.symlinkSync(file, link);
    const read = await readRegularFileAsync(link, 3000);
    assert.ok(read.ok && read.bytes.toString('utf8') === 'あ'.repeat(1000));
    assert.deepEqual(await readRegularFileAsync(file, 2999), { ok: false, reason: 'is larger than the 2999 bytes limit', tooLarge: true });
  });

  describe('hakusho analyze', function () {
    this.timeout(60_000);
    before(() => { execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'pipe' }); });

    it('reports a named pipe and a device given to it, and ends', function () {
      const fifo = path.join(dir, 'nd111100.txt');
      try { execFileSync('mkfifo', [fifo]); } catch { this.skip(); }
      const r = hakusho('analyze', fifo, '/dev/zero');
      assert.equal(r.error, undefined, 'it ended');
      assert.equal(r.status, 1);
      assert.match(r.stderr, /nd111100\.txt: is a named pipe \(FIFO\), not a regular file/);
      assert.match(r.stderr, /\/dev\/zero: is a device, not a regular file/);
    });
  });
});

describe('where the corrections file may be', () => {
  let dir: string;
  let workspace: string;
  beforeEach(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'hakusho-corr-')));
    workspace = path.join(dir, 'ws');
    fs.mkdirSync(path.join(workspace, '.hakusho'), { recursive: true });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('may be in the workspace folder, in a folder below it, or above it', () => {
    fs.writeFileSync(path.join(workspace, '.hakusho', 'claims.json'), '{"corrections":[]}');
    assert.equal(correctionsFileRefusal(workspace, workspace), null);
    fs.mkdirSync(path.join(workspace, 'pages'));
    assert.equal(correctionsFileRefusal(path.join(workspace, 'pages'), workspace), null, 'no .hakusho there: nothing to refuse');
    assert.equal(correctionsFileRefusal(dir, workspace), null, 'a repository opened at a subfolder');
  });

  it('is refused when the file is a link, even one leading nowhere', () => {
    fs.symlinkSync(path.join(dir, 'outside.json'), path.join(workspace, '.hakusho', 'claims.json'));
    assert.equal(correctionsFileRefusal(workspace, workspace), '.hakusho/claims.json is a symbolic link; it is not followed');
  });

  it('is refused when .hakusho is a link', () => {
    fs.rmSync(path.join(workspace, '.hakusho'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'other'));
    fs.symlinkSync(path.join(dir, 'other'), path.join(workspace, '.hakusho'));
    assert.equal(correctionsFileRefusal(workspace, workspace), '.hakusho is a symbolic link; it is not followed');
  });

  it('is refused when its folder resolves outside the workspace folder', () => {
    fs.mkdirSync(path.join(dir, 'elsewhere', '.hakusho'), { recursive: true });
    fs.symlinkSync(path.join(dir, 'elsewhere'), path.join(workspace, 'linked'));
    assert.match(correctionsFileRefusal(path.join(workspace, 'linked'), workspace) ?? '', /resolves outside the workspace folder/);
  });
});
