// `hakusho notes`, run as a user runs it: node bin/hakusho.js after a build, on a folder holding a
// white paper and its `.hakusho/notes.json`.
import * as assert from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Note, selectorsFor, serializeNotes } from '../../src/core/notes';

const root = path.resolve(__dirname, '..', '..');

const PAGE_AS_NOTED = [
  '第3章　地域の情報化',
  '第1節　地域の通信基盤',
  '1　光ファイバの整備',
  '過疎地域では整備が遅れており、採算が合わない地域が残っている。',
  '国は整備費用の一部を補助する制度を設けている。',
  '',
].join('\n');

// the file as it reads now: a sentence added above the first passage; the second passage rewritten
const PAGE_NOW = PAGE_AS_NOTED
  .replace('1　光ファイバの整備\n', '1　光ファイバの整備\n本項では整備の現状を見る。\n')
  .replace('整備費用の一部を補助する制度を設けている', '整備を別の方法で支えることとした');

function note(id: string, passage: string, extra: Partial<Note> = {}): Note {
  const start = PAGE_AS_NOTED.indexOf(passage);
  return {
    id, author: '査読者A', created: '2026-12-06T04:15:00.000Z', text: `「${passage.slice(0, 4)}」について確認`, label: '要確認',
    status: 'open', replies: [], target: { file: 'papers/chapter3.txt', address: ['3', '1', '1'], ...selectorsFor(PAGE_AS_NOTED, start, start + passage.length) },
    ...extra,
  };
}

function hakusho(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'hakusho.js'), 'notes', ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The W3C Web Annotation Data Model's MUST rules for what the export uses (§3.1, §3.2.4, §4.2.4, §4.2.5, §5.1). */
function assertW3cCollection(value: any): void {
  assert.equal(value['@context'], 'http://www.w3.org/ns/anno.jsonld', 'the collection names the anno.jsonld context');
  assert.equal(typeof value.id, 'string');
  assert.equal(value.type, 'AnnotationCollection');
  assert.equal(value.first.type, 'AnnotationPage');
  assert.ok(Array.isArray(value.first.items));
  assert.equal(value.total, value.first.items.length);
  const ids = new Set<string>();
  for (const a of value.first.items) {
    assert.equal(a.type, 'Annotation');
    assert.match(a.id, /^[a-z][a-z0-9+.-]*:/i, 'an annotation id is an IRI');
    assert.ok(!ids.has(a.id), 'ids are unique');
    ids.add(a.id);
    assert.ok(a.target !== undefined, 'an annotation has a target');
    assert.ok(['commenting', 'replying'].includes(a.motivation));
    assert.match(a.created, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/, 'created is xsd:dateTime in UTC');
    assert.equal(a.creator.type, 'Person');
    for (const b of a.body) {
      assert.equal(b.type, 'TextualBody');
      assert.equal(typeof b.value, 'string');
      assert.ok(['commenting', 'tagging', 'replying'].includes(b.purpose));
    }
    if (typeof a.target === 'string') {
      assert.equal(a.motivation, 'replying');
      assert.ok(ids.has(a.target), 'a reply targets a note listed before it');
      continue;
    }
    assert.match(a.target.source, /^file:\/\//);
    const quote = a.target.selector.find((s: any) => s.type === 'TextQuoteSelector');
    const position = a.target.selector.find((s: any) => s.type === 'TextPositionSelector');
    assert.equal(typeof quote.exact, 'string');
    assert.ok(quote.exact.length > 0);
    assert.ok(Number.isInteger(position.start) && Number.isInteger(position.end) && position.start >= 0 && position.end >= position.start);
  }
}

describe('hakusho notes', function () {
  this.timeout(120000);
  let dir: string;

  before(() => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'pipe' });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakusho-notes-'));
    fs.mkdirSync(path.join(dir, 'papers'));
    fs.mkdirSync(path.join(dir, '.hakusho'));
    fs.writeFileSync(path.join(dir, 'papers', 'chapter3.txt'), PAGE_NOW);
    const anchored = note('n-1', '採算が合わない地域が残っている', {
      replies: [{ id: 'n-2', author: '執筆者B', created: '2026-12-06T05:00:00.000Z', text: '最新の調査で確認します。' }],
    });
    const orphan = note('n-3', '整備費用の一部を補助する制度', { status: 'resolved', label: null });
    fs.writeFileSync(path.join(dir, '.hakusho', 'notes.json'), serializeNotes([anchored, orphan]));
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lists each note at its passage as the file reads now, and flags the one whose passage is gone', () => {
    const r = hakusho(dir, 'papers');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /papers\/chapter3\.txt: 2 notes/);
    assert.match(r.stdout, /5:16 +\[open\] 要確認 +第3章 地域の情報化 › 第1節 地域の通信基盤 › 1 光ファイバの整備/);
    assert.match(r.stdout, /「採算が合わない地域が残っている」/);
    assert.match(r.stdout, /執筆者B: 最新の調査で確認します。/);
    assert.match(r.stdout, /orphaned +\[resolved, orphaned\]/);
  });

  it('--json, --csv and --markdown carry the same notes', () => {
    const j = hakusho(dir, '--json', 'papers');
    assert.equal(j.code, 0, j.stderr);
    const listed = JSON.parse(j.stdout);
    assert.deepEqual(listed.map((n: any) => [n.id, n.line, n.orphaned]), [['n-1', 5, false], ['n-3', null, true]]);
    assert.equal(listed[0].passage, '採算が合わない地域が残っている');
    const csv = hakusho(dir, '--csv', 'papers');
    const rows = csv.stdout.trimEnd().split('\r\n');
    assert.equal(rows[0], 'file,line,column,status,orphaned,label,heading,passage,author,created,note,replies');
    assert.equal(rows.length, 3);
    assert.match(rows[2], /,resolved,yes,,/);
    const md = hakusho(dir, '--markdown', 'papers');
    assert.match(md.stdout, /^\| file \| where \|/);
    assert.match(md.stdout, /\| orphaned \| resolved \|/);
  });

  it('--format w3c writes a W3C Web Annotation collection', () => {
    const r = hakusho(dir, '--format', 'w3c', 'papers');
    assert.equal(r.code, 0, r.stderr);
    const value = JSON.parse(r.stdout);
    assertW3cCollection(value);
    assert.equal(value.first.items.length, 3, 'two notes and one reply');
  });

  it('a broken notes file fails the run with the problem named', () => {
    const broken = fs.mkdtempSync(path.join(os.tmpdir(), 'hakusho-notes-broken-'));
    try {
      fs.mkdirSync(path.join(broken, '.hakusho'));
      fs.writeFileSync(path.join(broken, 'page.txt'), PAGE_NOW);
      fs.writeFileSync(path.join(broken, '.hakusho', 'notes.json'), '{ "notes": [ { "id": 1 } ] }');
      const r = hakusho(broken, 'page.txt');
      assert.equal(r.code, 1);
      assert.match(r.stderr, /notes\.json: notes\[0\]: "id" must be a non-empty string/);
    } finally {
      fs.rmSync(broken, { recursive: true, force: true });
    }
  });

  it('never reads a notes file through a symbolic link, and reports one over the size cap', () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'hakusho-notes-link-'));
    try {
      fs.mkdirSync(path.join(other, '.hakusho'));
      fs.writeFileSync(path.join(other, 'page.txt'), PAGE_NOW);
      fs.symlinkSync(path.join(dir, '.hakusho', 'notes.json'), path.join(other, '.hakusho', 'notes.json'));
      const linked = hakusho(other, 'page.txt');
      assert.equal(linked.code, 1);
      assert.match(linked.stderr, /notes\.json is a symbolic link; it is not followed/);
      fs.rmSync(path.join(other, '.hakusho', 'notes.json'));
      fs.writeFileSync(path.join(other, '.hakusho', 'notes.json'), `{"notes":[],"pad":"${'x'.repeat(8 * 1024 * 1024)}"}`);
      const large = hakusho(other, 'page.txt');
      assert.equal(large.code, 1);
      assert.match(large.stderr, /larger than 8 MB, so it is not read/);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  it('rejects an unknown format', () => {
    const r = hakusho(dir, '--format', 'xml', 'papers');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--format must be one of/);
  });
});

describe('hakusho claims with review notes', function () {
  this.timeout(120000);
  let dir: string;
  const PAGE = '第3章　地域の情報化\n第1節　地域の通信基盤\n1　光ファイバの整備\n条件不利地域でも整備を進める必要がある。\n整備は順調に進んでいる。\n';
  const CLAIM = '条件不利地域でも整備を進める必要がある。';

  before(() => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'pipe' });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakusho-claims-notes-'));
    fs.mkdirSync(path.join(dir, '.hakusho'));
    fs.writeFileSync(path.join(dir, 'page.txt'), PAGE);
    const start = PAGE.indexOf('整備を進める必要');
    const n: Note = {
      id: 'n-1', author: '査読者A', created: '2026-12-06T04:15:00.000Z', text: '対象地域を明記', label: '表現', status: 'open',
      replies: [{ id: 'n-2', author: '執筆者B', created: '2026-12-06T05:00:00.000Z', text: '追記します' }],
      target: { file: 'page.txt', address: ['3', '1', '1'], ...selectorsFor(PAGE, start, start + 8) },
    };
    fs.writeFileSync(path.join(dir, '.hakusho', 'notes.json'), serializeNotes([n]));
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const claims = (...args: string[]) => spawnSync(process.execPath, [path.join(root, 'bin', 'hakusho.js'), 'claims', ...args, 'page.txt'], { cwd: dir, encoding: 'utf8' });

  it('every register carries the notes on each claim\'s sentence', () => {
    const j = claims('--json');
    assert.equal(j.status, 0, j.stderr);
    const [file] = JSON.parse(j.stdout);
    const claim = file.claims.find((c: { text: string }) => c.text === CLAIM);
    assert.ok(claim, j.stdout);
    assert.deepEqual(claim.notes.map((n: { text: string; status: string; replies: unknown[] }) => [n.text, n.status, n.replies.length]), [['対象地域を明記', 'open', 1]]);
    const csv = claims('--csv').stdout.trimEnd().split('\r\n');
    assert.ok(csv[0].endsWith(',notes'));
    assert.ok(csv.some((r) => r.includes(CLAIM) && r.endsWith('"[表現, open] 査読者A: 対象地域を明記 / 執筆者B: 追記します"')), csv.join('\n'));
    const md = claims('--markdown').stdout;
    assert.match(md, /\| Notes \|/);
    assert.match(md, /\\\[表現, open\\\] 査読者A: 対象地域を明記/, 'escaped as table text');
    assert.match(claims().stdout, /note: \[表現, open\] 査読者A: 対象地域を明記/);
  });
});
