// Page text / official .txt → Markdown (toMarkdown, `hakusho convert`): nothing of the prose is lost,
// and analysing the Markdown again gives the same headings and the same footnote bindings.
import * as assert from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeText } from '../../src/core/analyze';
import { footnoteLabels, toMarkdown } from '../../src/core/convert';
import { analyzeMarkdown } from '../../src/core/markdown';
import { Span, WhitePaperDocument } from '../../src/core/model';

const root = path.resolve(__dirname, '..', '..');
const read = (...p: string[]) => fs.readFileSync(path.join(root, ...p), 'utf8');
const CORPUS = path.resolve(root, '..', 'shared', 'corpus');

const DROPPED = new Set(['breadcrumb', 'page-header', 'page-footer', 'data-link']);

/** `text` without the given spans. */
function without(text: string, spans: Span[], from = 0, to = text.length): string {
  let out = '';
  let p = from;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.end <= p || s.start >= to) continue;
    out += text.slice(p, Math.max(p, s.start));
    p = Math.max(p, s.end);
  }
  return out + text.slice(p, to);
}

/**
 * The sentences (split at 。 and at line ends) of everything but page furniture, with the anchors and the
 * definitions' leading numbers (which become `[^n]` labels) taken out and whitespace removed.
 */
function proseSentences(doc: WhitePaperDocument): string[] {
  const dropped = doc.furniture.filter((f) => DROPPED.has(f.kind));
  const prose = without(doc.text, [...dropped, ...doc.anchors, ...doc.footnotes.map((f) => f.numberSpan)]);
  return prose.split(/。|\r\n|\r|\n/).map((s) => s.replace(/[\s\u3000]+/g, '')).filter((s) => s.length > 0);
}

/** What a reader of the Markdown reads: markers, heading marks, bold wrappers, escapes and whitespace gone. */
function readableMarkdown(md: string): string {
  return md
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/<!-- -->/g, '')
    .replace(/^\[\^[^\]\s]+\]:/gm, '')
    .replace(/\[\^[^\]\s]+\]/g, '')
    .replace(/^#{1,6} /gm, '')
    .replace(/^\*\*(.*)\*\*$/gm, '$1')
    .replace(/(?<!\\)<(https?:[^>\s]*)>/g, '$1')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/[\s\u3000]+/g, '');
}

/** Checks the round trip; returns figures for the corpus runs. */
function roundTrip(name: string, text: string) {
  const doc = analyzeText(name, text);
  const md = toMarkdown(doc);
  const back = analyzeMarkdown(name.replace(/\.txt$/, '.md'), md);

  // every sentence survives, in order
  const readable = readableMarkdown(md);
  let cursor = 0;
  const lost: string[] = [];
  for (const s of proseSentences(doc)) {
    const i = readable.indexOf(s, cursor);
    if (i < 0) lost.push(s);
    else cursor = i + s.length;
  }
  assert.deepStrictEqual(lost.slice(0, 5), [], `${name}: ${lost.length} sentence(s) lost`);

  // every anchor is a [^label] bound to the same definition (same index, number and text)
  assert.strictEqual(back.footnotes.length, doc.footnotes.length, `${name}: definitions`);
  assert.strictEqual(back.anchors.length, doc.anchors.length, `${name}: anchors`);
  const labels = footnoteLabels(doc);
  doc.anchors.forEach((a, i) => {
    const b = back.anchors[i];
    assert.strictEqual(b.definition, a.definition, `${name}: anchor ${i} (${a.number}) binds the same definition`);
    assert.strictEqual(b.number, a.number);
    assert.strictEqual(back.text.slice(b.start, b.end), `[^${labels[a.definition]}]`);
    assert.strictEqual(back.footnotes[b.definition].text.replace(/\s+/g, ''), doc.footnotes[a.definition].text.replace(/\s+/g, ''));
  });
  doc.footnotes.forEach((f, i) => assert.strictEqual(back.footnotes[i].number, f.number, `${name}: definition ${i} keeps its number`));

  // the same headings (unnumbered run-in titles compared without the anchors glued to them)
  const titleOf = (d: WhitePaperDocument, h: WhitePaperDocument['headings'][number]) =>
    (d.form === 'markdown' ? h.title : without(d.text, d.anchors, h.titleStart, h.end)).replace(/[\s\u3000]+/g, '');
  const view = (d: WhitePaperDocument) => d.headings.map((h) => [h.level, h.number, titleOf(d, h), h.segments.filter((s) => s.level !== 'unnumbered').map((s) => `${s.level}:${s.key}`).join('/'), h.inferred]);
  assert.deepStrictEqual(view(back), view(doc), `${name}: headings`);

  // references and captions
  assert.deepStrictEqual(back.references.map((r) => [r.kind, r.text]), doc.references.map((r) => [r.kind, r.text]), `${name}: references`);
  return { doc, md, back, sentences: proseSentences(doc).length };
}

describe('toMarkdown', () => {
  it('writes # levels, [^n] anchors, definitions where their block stood, and drops page furniture', () => {
    const doc = analyzeText('two-pages.txt', read('test/fixtures/markdown/two-pages.txt'));
    const md = toMarkdown(doc);
    assert.ok(md.startsWith('---\nhakusho: true\nedition: 令和9年版\n---\n\n# 第Ⅰ部　地域のデジタル基盤\n\n### 第1節　地域の通信\n\n#### 1　通信の担い手\n'), md.slice(0, 200));
    assert.ok(md.includes('共に担ってきた[^1]。その役割分担は地域により異なる[^2]。'), 'spaced anchors lose their spaces');
    assert.ok(!md.includes('総務省トップ'), 'breadcrumb dropped');
    assert.ok(!md.includes('ページトップへ戻る') && !md.includes('本文のテキスト版はこちら'), 'page footer dropped');
    assert.strictEqual(md.match(/^# 第Ⅰ部/gm)?.length, 1, 'the repeated part line of the second page is dropped');
    assert.ok(md.includes('（出典）架空の調査'), '(出典) lines are kept');
    assert.ok(md.includes('\n\n図表Ⅰ-1-2-1　人材の推移\n\n'), 'captions are kept as paragraphs');
  });

  it('disambiguates repeated numbers ([^1] then [^1-2]) and keeps the visible number', () => {
    const doc = analyzeText('two-pages.txt', read('test/fixtures/markdown/two-pages.txt'));
    const md = toMarkdown(doc);
    assert.deepStrictEqual(footnoteLabels(doc), ['1', '2', '1-2', '2-2']);
    assert.ok(md.includes('育成が必要である[^1-2]。'));
    assert.ok(md.includes('\n[^1-2]: 架空研究所「人材調査」（2024）\n[^2-2]: 同上。\n'));
    const back = analyzeMarkdown('two-pages.md', md);
    assert.deepStrictEqual(back.anchors.map((a) => [a.number, back.footnotes[a.definition].text]), [
      [1, '総務省「地域通信の現状」（2025）\nhttps://example.invalid/a_b_c.html\n（2025/3/1参照）'],
      [2, 'ある自治体担当者へのインタビューによる。'],
      [1, '架空研究所「人材調査」（2024）'],
      [2, '同上。'],
    ]);
    assert.deepStrictEqual(back.footnotes.map((f) => f.block), [0, 0, 1, 1]);
    assert.deepStrictEqual(back.diagnostics, []);
  });

  it('indents continuation lines of a multi-line definition and writes URLs as <…> autolinks, unescaped', () => {
    const md = toMarkdown(analyzeText('two-pages.txt', read('test/fixtures/markdown/two-pages.txt')));
    assert.ok(md.includes('[^1]: 総務省「地域通信の現状」（2025）\n    <https://example.invalid/a_b_c.html>\n    （2025/3/1参照）\n[^2]:'));
  });

  it('a continuation line of a note that looks like Markdown syntax stays text of the note', () => {
    for (const line of ['-----', '# 付記']) {
      const page = `第1章　通信の現状\n対策が必要である1。\n1　架空省「調査」（2025）\n${line}\n`;
      const md = toMarkdown(analyzeText('p.txt', page));
      const back = analyzeMarkdown('p.md', md);
      assert.deepStrictEqual(back.headings.map((h) => h.title), ['通信の現状'], md);
      assert.ok(back.footnotes[0].text.endsWith(line), back.footnotes[0].text);
    }
  });

  it('a URL followed by prose does not swallow the rest of the line, footnote markers included', () => {
    const page = '第1章　通信の現状\n資料はhttps://example.go.jp/policy/index.html（架空省ウェブサイト）に掲載されており、見直しが必要である 1 。\n1　白書編集室調べ。\n';
    const back = analyzeMarkdown('p.md', toMarkdown(analyzeText('p.txt', page)));
    assert.deepStrictEqual(back.anchors.map((a) => a.number), [1]);
    assert.deepStrictEqual(back.diagnostics, []);
  });

  it('escapes what Markdown would read as syntax: emphasis, brackets, headings and list markers at line start', () => {
    const md = toMarkdown(analyzeText('two-pages.txt', read('test/fixtures/markdown/two-pages.txt')));
    assert.ok(md.includes('\\*印の付いた項目は\\_暫定値\\_であり、\\[注\\]の扱いは第2節を参照。'));
    assert.ok(md.includes('\n\\# 記号で始まる行も本文である。\n'));
    assert.ok(md.includes('\n1\\. 番号付きの行も本文である。\n'));
    const back = analyzeMarkdown('two-pages.md', md);
    assert.strictEqual(back.headings.length, 5, 'no stray heading or list from the prose');
    assert.ok(back.references.some((r) => r.text === '第2節を参照'), 'a reference after escaped characters is still found');
  });

  it('keeps the inferred chapter in the front matter, so addresses stay the same', () => {
    const doc = analyzeText('pages/nd121000.txt', read('test/fixtures/markdown/two-pages.txt'));
    assert.strictEqual(doc.inferredChapter, '2');
    const md = toMarkdown(doc);
    assert.ok(md.includes('\nchapter: 2\n'));
    const back = analyzeMarkdown('untitled:Untitled-1', md);
    assert.deepStrictEqual(back.headings.map((h) => [h.address, h.inferred]), doc.headings.map((h) => [h.address, h.inferred]));
  });

  it('returns Markdown input unchanged', () => {
    const text = read('test/fixtures/markdown/paper.md');
    assert.strictEqual(toMarkdown(analyzeMarkdown('paper.md', text)), text);
  });
});

describe('toMarkdown round trip: prose survives, anchors bind to the same definitions', () => {
  const fixtures: [string, string][] = [
    ['paper.txt', 'test/fixtures/markdown/paper.txt'],
    ['two-pages.txt', 'test/fixtures/markdown/two-pages.txt'],
    ['nd122100-joined.txt', 'test/fixtures/core/nd122100-joined.txt'],
    ['official-r8.txt', 'test/fixtures/core/official-r8.txt'],
    ['official-crlf-bom.txt', 'test/fixtures/core/official-crlf-bom.txt'],
    ['ordinary-numbers.txt', 'test/fixtures/core/ordinary-numbers.txt'],
    ['nd131200.txt', 'test/fixtures/claims/nd131200.txt'],
  ];
  for (const [name, file] of fixtures) {
    it(name, function () {
      if (!fs.existsSync(path.join(root, file))) this.skip();
      roundTrip(name, read(file));
    });
  }

  for (const name of ['ict-r5.txt', 'ict-r1.txt']) {
    it(`corpus ${name} (../shared/corpus)`, function () {
      this.timeout(120000);
      const file = path.join(CORPUS, name);
      if (!fs.existsSync(file)) {
        console.log(`      (skipped: ${file} not present)`);
        this.skip();
      }
      const { doc, sentences } = roundTrip(name, fs.readFileSync(file, 'utf8'));
      console.log(`      ${name}: ${sentences} sentences, ${doc.anchors.length} anchors, ${doc.footnotes.length} definitions, ${doc.headings.length} headings survive`);
    });
  }
});

describe('hakusho convert', function () {
  this.timeout(120000);
  const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(root, 'bin', 'hakusho.js'), ...args], { cwd: root, encoding: 'utf8' });

  before(() => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'pipe' });
  });

  it('--to markdown PATH prints the Markdown; -o FILE writes it', () => {
    const file = path.join('test', 'fixtures', 'markdown', 'paper.txt');
    const r = cli('convert', '--to', 'markdown', file);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(r.stdout, toMarkdown(analyzeText(file, read(file))));
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hakusho-convert-')), 'paper.md');
    const w = cli('convert', '--to', 'markdown', file, '-o', out);
    assert.strictEqual(w.status, 0, w.stderr);
    assert.strictEqual(fs.readFileSync(out, 'utf8'), r.stdout);
    // the CLI analyses the result as a Markdown white paper
    const a = cli('analyze', '--json', out);
    assert.strictEqual(a.status, 0, a.stderr);
    assert.strictEqual(JSON.parse(a.stdout)[0].form, 'markdown');
  });

  it('never writes the Markdown over the file being converted', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakusho-convert-'));
    const page = path.join(dir, 'page.txt');
    const original = read(path.join('test', 'fixtures', 'markdown', 'paper.txt'));
    fs.writeFileSync(page, original);
    fs.symlinkSync(page, path.join(dir, 'link.txt'));
    for (const out of [page, path.join(dir, '.', 'page.txt'), path.join(dir, 'link.txt')]) {
      const r = cli('convert', '--to', 'markdown', page, '-o', out);
      assert.strictEqual(r.status, 2, out);
      assert.match(r.stderr, /is the file being converted/);
      assert.strictEqual(fs.readFileSync(page, 'utf8'), original, 'the page text is untouched');
    }
  });

  it('refuses other targets, Markdown input and missing paths', () => {
    assert.strictEqual(cli('convert', '--to', 'html', 'test/fixtures/markdown/paper.txt').status, 2);
    assert.strictEqual(cli('convert', '--to', 'markdown', 'test/fixtures/markdown/paper.md').status, 2);
    assert.strictEqual(cli('convert', '--to', 'markdown').status, 2);
    const missing = cli('convert', '--to', 'markdown', 'no/such.txt');
    assert.strictEqual(missing.status, 1);
    assert.match(missing.stderr, /no\/such\.txt: cannot read: no such file or folder \(ENOENT\)/);
    const folder = cli('convert', '--to', 'markdown', 'test/fixtures/markdown');
    assert.strictEqual(folder.status, 1);
    assert.match(folder.stderr, /markdown: is a folder, not a file/);
    const unwritable = cli('convert', '--to', 'markdown', 'test/fixtures/markdown/paper.txt', '-o', 'no/such/folder/paper.md');
    assert.strictEqual(unwritable.status, 1);
    assert.match(unwritable.stderr, /paper\.md: cannot write: no such file or folder \(ENOENT\)/);
  });

  it('check and analyze read Markdown white papers and leave other Markdown alone', () => {
    const a = cli('analyze', '--json', 'test/fixtures/markdown');
    assert.strictEqual(a.status, 0, a.stderr);
    const files = JSON.parse(a.stdout).map((r: { file: string }) => path.basename(r.file));
    assert.deepStrictEqual(files, ['code.md', 'paper.md', 'paper.txt', 'two-pages.txt']);
    assert.match(a.stderr, /readme\.md: Markdown without white-paper headings/);
  });
});
