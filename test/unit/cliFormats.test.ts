// `hakusho check --format github|sarif`: what a CI system reads. The escaping and the SARIF log's shape
// are checked on the pure functions; the command itself on the sample edition.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CheckProblem, annotationPath, escapeGithubData, escapeGithubProperty, githubAnnotations, sarifLog } from '../../src/cli/checkFormats';
import { Diagnostic } from '../../src/core/model';

const root = path.resolve(__dirname, '..', '..');
const run = (...args: string[]) => spawnSync(process.execPath, [path.join(root, 'bin', 'hakusho.js'), ...args], { cwd: root, encoding: 'utf8' });

function problem(file: string, code: string, message: string, severity: Diagnostic['severity'] = 'warning'): CheckProblem {
  return { file, line: 2, character: 4, endLine: 2, endCharacter: 9, diagnostic: { start: 0, end: 5, code, severity, message, args: [] } };
}

/** A workflow command line → its level, properties (unescaped) and message (unescaped), as the runner reads it. */
function parseCommand(line: string) {
  const m = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
  assert.ok(m, `a workflow command: ${line}`);
  const unescape = (s: string) => s.replace(/%(25|0D|0A|3A|2C)/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  const props = Object.fromEntries(m[2].split(',').map((kv) => { const i = kv.indexOf('='); return [kv.slice(0, i), unescape(kv.slice(i + 1))]; }));
  return { level: m[1], props, message: unescape(m[3]) };
}

describe('hakusho check formats', function () {
  this.timeout(120000);

  describe('GitHub workflow annotations', () => {
    it('escapes %, CR and LF in the message, and also : and , in properties', () => {
      assert.equal(escapeGithubData('100% 1\r\n2: a,b'), '100%25 1%0D%0A2: a,b');
      assert.equal(escapeGithubProperty('C:\\d,e%\n'), 'C%3A\\d%2Ce%25%0A');
    });

    it('one ::warning line per problem with file, 1-based line/col and end; the runner reads back what was meant', () => {
      const text = githubAnnotations([
        problem('pages/a,b:c.txt', 'reference-unresolved', 'Nothing matches 第1章:\n100%'),
        problem('pages\\nd111100.txt', 'footnote-undefined', 'Footnote 3', 'error'),
        problem('p.txt', 'encoding-mojibake', 'note', 'information'),
      ]);
      const lines = text.split('\n');
      assert.equal(lines.pop(), '', 'ends with a newline');
      assert.equal(lines.length, 3, 'a message with a line break stays on one line');
      const [first, second, third] = lines.map(parseCommand);
      assert.deepEqual(first, {
        level: 'warning',
        props: { file: 'pages/a,b:c.txt', line: '3', col: '5', endLine: '3', endColumn: '10', title: 'hakusho reference-unresolved' },
        message: 'Nothing matches 第1章:\n100%',
      });
      assert.match(lines[0], /^::warning file=pages\/a%2Cb%3Ac\.txt,line=3,col=5,/);
      assert.equal(second.level, 'error');
      assert.equal(second.props.file, 'pages/nd111100.txt', 'Windows separators become /');
      assert.equal(third.level, 'notice');
    });

    it('absolute paths inside the working folder become repository-relative; others stay', () => {
      const cwd = path.resolve('/repo');
      assert.equal(annotationPath(path.join(cwd, 'papers', 'nd111100.txt'), cwd), 'papers/nd111100.txt');
      assert.equal(annotationPath(path.resolve('/elsewhere/nd111100.txt'), cwd), path.resolve('/elsewhere/nd111100.txt').replace(/\\/g, '/'));
      assert.equal(annotationPath('papers/nd111100.txt', cwd), 'papers/nd111100.txt');
      const line = githubAnnotations([problem(path.join(cwd, 'p.txt'), 'footnote-unused', 'x')], cwd);
      assert.match(line, /^::warning file=p\.txt,/);
    });

    it('nothing found prints nothing', () => {
      assert.equal(githubAnnotations([]), '');
    });
  });

  describe('SARIF 2.1.0', () => {
    const tool = { name: 'hakusho', version: '9.9.9', informationUri: 'https://example.org/hakusho' };

    it('has the 2.1.0 shape: version, one run, a driver with one rule per code, results pointing at their rule', () => {
      const log = sarifLog([
        problem('pages/nd111200.txt', 'reference-unresolved', 'Nothing matches'),
        problem('pages/白書 #2.txt', 'reference-title-mismatch', 'Title differs'),
        problem('pages/nd111300.txt', 'reference-unresolved', 'Nothing matches either', 'error'),
      ], tool) as any;
      assert.equal(log.version, '2.1.0');
      assert.match(log.$schema, /sarif-2\.1\.0/);
      assert.equal(log.runs.length, 1);
      const [run] = log.runs;
      assert.deepEqual(run.tool.driver.rules.map((r: any) => r.id), ['reference-title-mismatch', 'reference-unresolved']);
      assert.equal(run.tool.driver.name, 'hakusho');
      assert.equal(run.tool.driver.version, '9.9.9');
      assert.equal(run.columnKind, 'utf16CodeUnits');
      assert.equal(run.results.length, 3);
      for (const r of run.results) {
        assert.equal(run.tool.driver.rules[r.ruleIndex].id, r.ruleId, 'ruleIndex points at the rule of ruleId');
        assert.equal(typeof r.message.text, 'string');
        assert.ok(['error', 'warning', 'note'].includes(r.level));
        const loc = r.locations[0].physicalLocation;
        assert.equal(loc.artifactLocation.uriBaseId, '%SRCROOT%');
        assert.ok(run.originalUriBaseIds[loc.artifactLocation.uriBaseId], 'the base id is declared');
        assert.deepEqual(loc.region, { startLine: 3, startColumn: 5, endLine: 3, endColumn: 10 });
      }
      assert.equal(run.results[1].locations[0].physicalLocation.artifactLocation.uri, 'pages/%E7%99%BD%E6%9B%B8%20%232.txt');
      assert.equal(run.results[2].level, 'error');
    });

    it('absolute paths are file URIs without a base id; an empty information URI is left out', () => {
      const log = sarifLog([problem('/srv/paper/nd111100.txt', 'footnote-unused', 'x')], { ...tool, informationUri: '' }) as any;
      const [run] = log.runs;
      assert.deepEqual(run.results[0].locations[0].physicalLocation.artifactLocation, { uri: 'file:///srv/paper/nd111100.txt' });
      assert.equal('informationUri' in run.tool.driver, false);
      assert.equal('helpUri' in run.tool.driver.rules[0], false);
    });
  });

  describe('the command', () => {
    before(() => { execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'pipe' }); });

    it('--format github on the sample: the two problems as annotations, exit 1', () => {
      const r = run('check', '--format', 'github', 'sample');
      assert.equal(r.status, 1, r.stderr);
      const lines = r.stdout.trim().split('\n').map(parseCommand).sort((a, b) => a.props.file.localeCompare(b.props.file));
      assert.deepEqual(lines.map((l) => [l.level, l.props.file, l.props.line, l.props.col, l.props.title]), [
        ['warning', 'sample/pages/nd111200.txt', '19', '47', 'hakusho reference-unresolved'],
        ['warning', 'sample/pages/nd112000.txt', '13', '77', 'hakusho reference-title-mismatch'],
      ]);
      assert.match(lines[1].message, /^The quoted title 「光ファイバの維持管理」 does not match/);
    });

    it('--format sarif on the sample: a JSON log whose results are the same two problems, with the package version', () => {
      const r = run('check', '--format', 'sarif', 'sample');
      assert.equal(r.status, 1, r.stderr);
      const log = JSON.parse(r.stdout);
      const [sarifRun] = log.runs;
      assert.equal(sarifRun.tool.driver.version, require('../../package.json').version);
      assert.deepEqual(sarifRun.results.map((x: any) => [x.ruleId, x.locations[0].physicalLocation.artifactLocation.uri, x.locations[0].physicalLocation.region.startLine]).sort(), [
        ['reference-title-mismatch', 'sample/pages/nd112000.txt', 13],
        ['reference-unresolved', 'sample/pages/nd111200.txt', 19],
      ]);
    });

    it('a clean edition gives an empty SARIF run and no annotations, exit 0', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakusho-formats-'));
      fs.writeFileSync(path.join(dir, 'nd111100.txt'), [
        '白書トップ > 政策 > 白書 > 令和8年版 > 回線',
        '第Ⅰ部 通信',
        '第1節 回線',
        '',
        '1 回線の整備',
        '',
        '回線の整備は進んでいる。詳細は本節1を参照。',
      ].join('\n'));
      const gh = run('check', '--format', 'github', dir);
      assert.equal(gh.status, 0, gh.stdout + gh.stderr);
      assert.equal(gh.stdout, '');
      const sarif = run('check', '--format', 'sarif', dir);
      assert.equal(sarif.status, 0);
      assert.deepEqual(JSON.parse(sarif.stdout).runs[0].results, []);
      assert.deepEqual(JSON.parse(sarif.stdout).runs[0].tool.driver.rules, []);
    });
  });
});
