// `hakusho --help`, `hakusho <command> --help` and `hakusho --version`, run as a user runs them.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const run = (...args: string[]) => spawnSync(process.execPath, [path.join(root, 'bin', 'hakusho.js'), ...args], { cwd: root, encoding: 'utf8' });
const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;

describe('hakusho help and version', function () {
  this.timeout(120000);
  before(() => { execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'pipe' }); });

  it('--help lists every command, the options and the exit codes, and exits 0', () => {
    for (const flag of ['--help', '-h', 'help']) {
      const r = run(flag);
      assert.equal(r.status, 0, `${flag}: ${r.stderr}`);
      for (const command of ['analyze', 'check', 'claims', 'convert']) assert.match(r.stdout, new RegExp(`^  ${command} `, 'm'), `${flag} lists ${command}`);
      assert.match(r.stdout, /--version/);
      assert.match(r.stdout, /Exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 /);
    }
  });

  it('a bare `hakusho` is a usage error that still shows the help (on stderr)', () => {
    const r = run();
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^Usage: hakusho <command>/);
  });

  it('<command> --help answers with that command\'s usage, options and exit codes, whatever else is given', () => {
    const cases: [string[], RegExp][] = [
      [['check', '--help'], /^Usage: hakusho check \[--format text\|json\|github\|sarif\]/],
      [['check', 'no-such-folder', '-h'], /^Usage: hakusho check /],
      [['check', '--format', 'xml', '--help'], /^Usage: hakusho check /],
      [['analyze', '--help'], /^Usage: hakusho analyze \[--json\]/],
      [['claims', '--help'], /^Usage: hakusho claims /],
      [['convert', '--help'], /^Usage: hakusho convert --to markdown/],
      [['help', 'convert'], /^Usage: hakusho convert --to markdown/],
    ];
    for (const [args, usage] of cases) {
      const r = run(...args);
      assert.equal(r.status, 0, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stdout, usage, args.join(' '));
      assert.match(r.stdout, /Exit codes:\n {2}0 /, `${args.join(' ')} lists the exit codes`);
      assert.doesNotMatch(r.stdout, /^ {2}(analyze|claims) \[/m, `${args.join(' ')} is the command's help, not the overview`);
    }
    assert.match(run('check', '--help').stdout, /--format github/);
    assert.match(run('check', '--help').stdout, /--format sarif/);
  });

  it('a path named --help after -- is a path, not a request for help', () => {
    const r = run('check', '--', '--help');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--help: no such file or folder/);
  });

  it('--version (and -V) prints the version of package.json', () => {
    for (const flag of ['--version', '-V', 'version']) {
      const r = run(flag);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, `hakusho ${version}\n`);
    }
  });

  it('unknown commands and options say how to get help, with exit 2', () => {
    const unknown = run('lint', 'sample');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown command 'lint'/);
    assert.equal(run('help', 'lint').status, 2);
    const badFormat = run('check', '--format', 'xml', 'sample');
    assert.equal(badFormat.status, 2);
    assert.match(badFormat.stderr, /unknown format 'xml' \(one of text, json, github, sarif\).*hakusho check --help/);
    assert.equal(run('check', '--json', '--format', 'sarif', 'sample').status, 2);
  });
});
