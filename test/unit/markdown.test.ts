// Markdown white papers (`## 第1章 …`, GFM footnotes): the same document model as page text, with
// offsets that index the Markdown source exactly.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeText } from '../../src/core/analyze';
import { analyzeDocument, isMarkdownPath } from '../../src/core/analyzeDocument';
import { matchesAnyGlob } from '../../src/core/glob';
import { analyzeMarkdown, isMarkdownWhitePaper, readFrontMatter } from '../../src/core/markdown';
import { WhitePaperDocument } from '../../src/core/model';
import { WorkspaceIndex } from '../../src/core/workspaceIndex';
import { allReferences, at, slice } from './helpers';

const root = path.resolve(__dirname, '..', '..');
const fixtures = path.join(root, 'test', 'fixtures', 'markdown');
const fixture = (name: string) => fs.readFileSync(path.join(fixtures, name), 'utf8');


describe('analyzeMarkdown: paper.md (headings at every level, footnotes, references in emphasis and links)', () => {
  const text = fixture('paper.md');
  const doc = analyzeMarkdown('paper.md', text);

  it('reads the form as markdown', () => {
    assert.strictEqual(doc.form, 'markdown');
    assert.strictEqual(doc.text, text);
  });

  it('reads # 部, ## 章, ### 節, #### 1, ##### (1), ###### ア and a bold (ア) line as headings with addresses', () => {
    assert.deepStrictEqual(doc.headings.map((h) => [h.level, h.number, h.title, h.path.join('/')]), [
      ['part', 'Ⅰ', '地域のデジタル基盤', 'Ⅰ'],
      ['chapter', '1', '通信インフラの現状', 'Ⅰ/1'],
      ['section', '1', '固定通信と移動通信', 'Ⅰ/1/1'],
      ['item', '1', '固定通信の普及', 'Ⅰ/1/1/1'],
      ['subitem', '(1)', '整備の経緯', 'Ⅰ/1/1/1/(1)'],
      ['kana', 'ア', '補助制度', 'Ⅰ/1/1/1/(1)/ア'],
      ['subkana', '(ア)', '事業者の役割', 'Ⅰ/1/1/1/(1)/ア/(ア)'],
      ['section', '2', '利用の広がり', 'Ⅰ/1/2'],
      ['item', '1', '家庭での利用', 'Ⅰ/1/2/1'],
    ]);
    assert.strictEqual(doc.headingTree.length, 1);
    assert.strictEqual(doc.headingTree[0].children[0].children.length, 2);
  });

  it('gives heading spans that start at the number, after the # marks', () => {
    const chapter = doc.headings[1];
    assert.strictEqual(chapter.start, at(text, '## 第1章', 3));
    assert.strictEqual(chapter.end, at(text, '通信インフラの現状') + '通信インフラの現状'.length);
    assert.strictEqual(chapter.label, '第1章');
    assert.strictEqual(chapter.titleStart, at(text, '通信インフラの現状'));
    const bold = doc.headings[6];
    assert.strictEqual(bold.start, at(text, '**（ア）', 2));
    assert.strictEqual(slice(doc, bold), '（ア）　事業者の役割');
    // a section ends where the next heading of the same or an outer level starts
    assert.strictEqual(doc.headings[2].sectionEnd, doc.headings[7].start);
  });

  it('binds each [^n] anchor to its definition; the anchor span is the marker, numberSpan the label', () => {
    assert.deepStrictEqual(doc.anchors.map((a) => [a.number, slice(doc, a), a.definition]), [
      [1, '[^1]', 0], [2, '[^2]', 1], [3, '[^3]', 2], [4, '[^4]', 3], [5, '[^5]', 4],
    ]);
    assert.strictEqual(doc.anchors[0].start, at(text, '進んでいる[^1]', 5));
    const def3 = doc.footnotes[2];
    assert.strictEqual(def3.numberSpan.start, at(text, '[^3]:'));
    assert.strictEqual(def3.numberSpan.end, at(text, '[^3]:') + 4);
    assert.strictEqual(def3.start, def3.numberSpan.start);
    assert.strictEqual(def3.textStart, at(text, '事業者団体の資料'));
    assert.strictEqual(def3.end, at(text, 'report_2025') + 'report_2025'.length);
    assert.strictEqual(def3.text, '事業者団体の資料による。\nhttps://example.invalid/report_2025');
    assert.deepStrictEqual(def3.anchors, [2]);
  });

  it('groups definitions into blocks and names their sources', () => {
    assert.deepStrictEqual(doc.footnotes.map((f) => [f.number, f.block]), [[1, 0], [2, 0], [3, 0], [4, 1], [5, 1]]);
    assert.strictEqual(doc.footnotes[1].source, '〇〇大学教授へのインタビュー');
    assert.strictEqual(doc.footnotes[0].source, '「地域通信基盤調査」');
    assert.deepStrictEqual(doc.diagnostics, []);
  });

  it('finds references inside emphasis and link text at their exact source offsets', () => {
    const refs = allReferences(doc);
    assert.deepStrictEqual(refs.map((r) => [r.kind, slice(doc, r)]), [
      ['partial', '第1章第2節「利用の広がり」参照'],
      ['full', '第Ⅰ部第1章第2節参照'],
      ['figure', '図表Ⅰ-1-1-1'],
      ['deictic', '前節'],
      ['deictic', '本節'],
    ]);
    const emphasised = refs[0];
    assert.strictEqual(emphasised.start, at(text, '*第1章第2節「利用', 1));
    assert.strictEqual(emphasised.title, '利用の広がり');
    assert.strictEqual(slice(doc, emphasised.titleSpan!), '利用の広がり');
    const linked = refs[1];
    assert.strictEqual(linked.start, at(text, '[第Ⅰ部第1章第2節参照]', 1));
    assert.strictEqual(linked.text, '第Ⅰ部第1章第2節参照');
    for (const r of refs) assert.strictEqual(slice(doc, r), r.text, 'reference text is the source slice');
  });

  it('reads a 図表 paragraph as a caption and a (出典) paragraph as furniture, not prose', () => {
    assert.deepStrictEqual(doc.figures.map((f) => [f.number, f.title, slice(doc, f.numberSpan)]), [['Ⅰ-1-1-1', '光ファイバ整備率の推移', '図表Ⅰ-1-1-1']]);
    assert.deepStrictEqual(doc.furniture.map((f) => [f.kind, slice(doc, f)]), [['source-line', '（出典）架空省「地域通信基盤調査」（2025）']]);
    assert.ok(doc.paragraphs.every((p) => !slice(doc, p).startsWith('図表') && !slice(doc, p).startsWith('（出典）')));
  });

  it('gives prose paragraphs for sentences and claims (definitions and headings are not prose)', () => {
    assert.strictEqual(doc.paragraphs.length, 7);
    assert.strictEqual(slice(doc, doc.paragraphs[0]), text.split('\n')[8]);
    for (const f of doc.footnotes) assert.ok(doc.paragraphs.every((p) => p.end <= f.start || p.start >= f.end));
  });
});

describe('analyzeMarkdown: the same content as page text gives the same model', () => {
  const md = analyzeMarkdown('paper.md', fixture('paper.md'));
  const txt = analyzeText('paper.txt', fixture('paper.txt'));

  it('headings: levels, numbers, titles, addresses and nesting', () => {
    const view = (d: WhitePaperDocument) => d.headings.map((h) => [h.level, h.number, h.key, h.title, h.address, h.children.length]);
    assert.deepStrictEqual(view(md), view(txt));
  });

  it('footnotes: numbers, texts, sources, blocks and the anchors citing them', () => {
    const view = (d: WhitePaperDocument) => d.footnotes.map((f) => [f.number, f.text, f.source, f.block, f.anchors.map((i) => d.anchors[i].number)]);
    assert.deepStrictEqual(view(md), view(txt));
  });

  it('references, figure references and captions', () => {
    const view = (d: WhitePaperDocument) => allReferences(d).map((r) => [r.kind, r.text, r.segments, r.title, r.deixis, r.figures, r.inFootnote]);
    assert.deepStrictEqual(view(md), view(txt));
    assert.deepStrictEqual(md.figures.map((f) => [f.number, f.title]), txt.figures.map((f) => [f.number, f.title]));
  });

  it('paragraphs, furniture kinds and diagnostics', () => {
    assert.strictEqual(md.paragraphs.length, txt.paragraphs.length);
    assert.deepStrictEqual(md.furniture.map((f) => f.kind), txt.furniture.map((f) => f.kind));
    assert.deepStrictEqual(md.diagnostics, txt.diagnostics);
  });

  it('the same headings stand over the same paragraphs', () => {
    const owner = (d: WhitePaperDocument) => d.paragraphs.map((p) => {
      const h = [...d.headings].reverse().find((x) => x.start <= p.start && x.sectionEnd > p.start);
      return h?.address ?? null;
    });
    assert.deepStrictEqual(owner(md), owner(txt));
  });
});

describe('analyzeMarkdown: code, links, front matter and footnote problems (code.md)', () => {
  const text = fixture('code.md');
  const doc = analyzeMarkdown('code.md', text);

  it('reads the front matter (edition, hakusho flag) without shifting offsets', () => {
    const fm = readFrontMatter(text);
    assert.ok(fm);
    assert.strictEqual(fm.fields.hakusho, 'true');
    assert.strictEqual(fm.fields.title, '地域通信の補足');
    assert.strictEqual(doc.edition, '令和9年版');
    assert.strictEqual(doc.headings[0].start, at(text, '# 令和9年版', 2));
    assert.deepStrictEqual(readFrontMatter('---\n---\n# x\n'), { start: 0, end: 7, fields: {} }, 'empty front matter');
    assert.deepStrictEqual(readFrontMatter('\uFEFF---\r\nhakusho: yes # note\r\nedition: "令和7年版"\r\n---\r\n')?.fields, { hakusho: 'yes', edition: '令和7年版' });
    assert.strictEqual(readFrontMatter('# 第1章\n---\n'), null, 'only at the very start');
  });

  it('reads a plain-number heading by its # level (## chapter, ### section, #### item); an unnumbered # heading is a title', () => {
    assert.deepStrictEqual(doc.headings.map((h) => [h.level, h.number, h.title]), [
      ['unnumbered', '', '令和9年版 地域通信白書 補足資料'],
      ['chapter', '2', '補足の章'],
      ['section', '1', '補足の節'],
      ['item', '3', '移動通信の補足'],
    ]);
    assert.strictEqual(doc.headings[3].address, 'chapter:2/section:1/item:3');
  });

  it('ignores fenced code, indented code, inline code and link destinations; reads link text, quotes and lists', () => {
    const refs = allReferences(doc).map((r) => slice(doc, r));
    assert.deepStrictEqual(refs, ['第2章第1節「補足の節」', '第3章第2節参照', '第2章参照', '第2章第1節参照', '図表Ⅰ-2-1-1']);
    for (const r of allReferences(doc)) assert.strictEqual(slice(doc, r), r.text);
    assert.strictEqual(allReferences(doc)[2].start, at(text, '[リンク先は第2章参照]', 6));
    assert.ok(!refs.some((r) => /第[6789]章/.test(r)), 'nothing from code or URLs');
    assert.ok(doc.paragraphs.every((p) => !slice(doc, p).includes('第9章第9節')), 'code blocks are not prose');
  });

  it('binds a footnote cited twice, and reports undefined, out-of-order and unused footnotes (not [^9] inside code)', () => {
    assert.deepStrictEqual(doc.anchors.map((a) => [slice(doc, a), a.definition]), [['[^7]', 0], ['[^7]', 0]]);
    assert.deepStrictEqual(doc.footnotes[0].anchors, [0, 1]);
    assert.deepStrictEqual(doc.diagnostics.map((d) => [d.code, slice(doc, d), d.args]), [
      ['footnote-undefined', '[^8]', [8]],
      ['footnote-order', '[^6]', [6, 7]],
      ['footnote-unused', '[^6]', [6]],
    ]);
  });

  it('reports a duplicated label once, and the first definition keeps the anchors (as GFM renders it)', () => {
    const d = analyzeMarkdown('dup.md', '## 第1章 重複\n\n本文である[^1]。\n\n[^1]: 一つ目。\n[^1]: 二つ目。\n');
    assert.deepStrictEqual(d.diagnostics.map((x) => [x.code, x.start]), [['footnote-duplicate', d.text.lastIndexOf('[^1]:')]]);
    assert.deepStrictEqual(d.footnotes[0].anchors, [0]);
    assert.strictEqual(d.anchors[0].definition, 0);
  });

  it('reads a disambiguated label [^3-2] as footnote 3 and a word label by its order of citation', () => {
    const d = analyzeMarkdown('labels.md', '## 第1章 ラベル\n\n甲である[^note]。乙である[^3-2]。\n\n[^3-2]: 乙の注。\n[^note]: 甲の注。\n');
    assert.deepStrictEqual(d.anchors.map((a) => [a.number, d.footnotes[a.definition].text]), [[1, '甲の注。'], [3, '乙の注。']]);
  });
});

describe('analyzeMarkdown: exact offsets with a BOM, CRLF, tabs and astral characters', () => {
  const lf = fixture('paper.md');
  const crlf = '\uFEFF' + lf.replace(/\n/g, '\r\n');

  it('maps every span back to the same source text', () => {
    const a = analyzeMarkdown('paper.md', lf), b = analyzeMarkdown('crlf.md', crlf);
    const texts = (d: WhitePaperDocument) => [
      ...d.headings.map((h) => slice(d, h)), ...d.anchors.map((x) => slice(d, x)), ...d.footnotes.map((f) => slice(d, f.numberSpan)),
      ...allReferences(d).map((r) => slice(d, r)), ...d.figures.map((f) => slice(d, f)),
    ];
    assert.deepStrictEqual(texts(b), texts(a));
    assert.strictEqual(b.headings[0].start, 3, 'after the BOM and `# `');
    assert.strictEqual(b.footnotes[2].text, a.footnotes[2].text, 'definition text uses \\n');
  });

  it('counts UTF-16 units through astral characters and tabs', () => {
    const text = '## 第1章\t𠮷野家の章\n\n𠮷野の事例は第1章参照[^1]。\n\n[^1]: 𠮷の注。\n';
    const d = analyzeMarkdown('astral.md', text);
    assert.strictEqual(slice(d, d.anchors[0]), '[^1]');
    assert.strictEqual(slice(d, allReferences(d)[0]), '第1章参照');
    assert.strictEqual(d.headings[0].title, '𠮷野家の章');
  });

  it('never throws on odd input', () => {
    for (const t of ['', '#', '[^1]:', '[^]', '---\n', '---\nhakusho: true\n', '# 第1章\n[^1]\n\n[^1]:\n', '```\n[^1]\n', '> [^1]: x\n\n[^1]', '\uFEFF']) {
      const d = analyzeMarkdown('odd.md', t);
      for (const s of [...d.headings, ...d.anchors, ...d.footnotes, ...d.paragraphs]) assert.ok(s.start >= 0 && s.end <= t.length && s.start <= s.end);
    }
  });
});

describe('which Markdown files are white papers', () => {
  it('numbered # headings or hakusho: true make one; ordinary Markdown is left alone', () => {
    assert.strictEqual(isMarkdownWhitePaper(fixture('paper.md')), true);
    assert.strictEqual(isMarkdownWhitePaper(fixture('code.md')), true, 'front matter hakusho: true');
    assert.strictEqual(isMarkdownWhitePaper(fixture('readme.md')), false);
    assert.strictEqual(isMarkdownWhitePaper('# Notes\n\n第1章 is mentioned in prose.\n'), false);
    assert.strictEqual(isMarkdownWhitePaper('```\n# 第1章 inside a fence\n```\n'), false);
    assert.strictEqual(isMarkdownWhitePaper('---\nhakusho: false\n---\n# 第1章 numbered\n'), false, 'the front matter says no');
    assert.strictEqual(isMarkdownWhitePaper('intro\n\n### 第２節　全角\n'), true);
    assert.strictEqual(isMarkdownWhitePaper('\uFEFF# 第Ⅱ部 部\n'), true);
  });

  it('analyzeDocument dispatches by extension unless the form is given', () => {
    assert.strictEqual(analyzeDocument('file:///a/b.md', '# 第1章 x\n').form, 'markdown');
    assert.strictEqual(analyzeDocument('/a/b.markdown', '# 第1章 x\n').form, 'markdown');
    assert.strictEqual(analyzeDocument('/a/b.txt', '第1章　x\n').form, 'official-txt');
    assert.strictEqual(analyzeDocument('untitled:Untitled-1', '# 第1章 x\n', 'markdown').form, 'markdown');
    assert.ok(isMarkdownPath('file:///x/y.MD?query#frag'));
    assert.ok(!isMarkdownPath('/x/y.md.txt'));
  });

  it('hakusho.markdown.include globs match workspace-relative and absolute paths', () => {
    assert.ok(matchesAnyGlob('docs/wp/a.md', ['docs/**']));
    assert.ok(matchesAnyGlob('/home/u/ws/docs/wp/a.md', ['docs/**']));
    assert.ok(matchesAnyGlob('x/a.hakusho.md', ['**/*.hakusho.md']));
    assert.ok(matchesAnyGlob('wp/a.markdown', ['wp/*.{md,markdown}']));
    assert.ok(!matchesAnyGlob('notes/a.md', ['docs/**']));
    assert.ok(!matchesAnyGlob('wp/sub/a.md', ['wp/*.md']));
  });
});

describe('mixed workspaces: Markdown and page text refer to each other', () => {
  const mdText = fixture('paper.md');
  const txtText = '第Ⅰ部　地域のデジタル基盤\n第2章　利用者の動向\n第1節　利用の概況\n利用の広がりは第Ⅰ部第1章第2節「利用の広がり」参照。\n固定通信の状況は第1章第1節1を参照。\n';
  const index = new WorkspaceIndex();
  const md = analyzeDocument('file:///ws/md/paper.md', mdText);
  const txt = analyzeDocument('file:///ws/pages/nd120000.txt', txtText);
  index.set(md);
  index.set(txt);

  it('a page-text reference resolves to a Markdown heading', () => {
    const ref = txt.references.find((r) => r.title === '利用の広がり')!;
    const res = index.resolve(txt, ref);
    assert.strictEqual(res.status, 'resolved');
    if (res.status !== 'resolved') return;
    assert.strictEqual(res.targets[0].uri, md.uri);
    assert.strictEqual(res.targets[0].kind === 'heading' && res.targets[0].heading.title, '利用の広がり');
    assert.deepStrictEqual(index.checkReferences(txt), []);
  });

  it('a Markdown reference resolves to a page-text heading, and incoming references cross forms', () => {
    const back = analyzeDocument('file:///ws/md/back.md', '# 第Ⅰ部 地域のデジタル基盤\n\n## 第3章 まとめ\n\n利用者の動向は*第Ⅰ部第2章第1節「利用の概況」*を参照。\n');
    index.set(back);
    const ref = back.references[0];
    const res = index.resolve(back, ref);
    assert.strictEqual(res.status, 'resolved');
    if (res.status !== 'resolved') return;
    assert.strictEqual(res.targets[0].uri, txt.uri);
    const section = txt.headings.find((h) => h.level === 'section')!;
    assert.deepStrictEqual(index.incomingReferences(txt.uri, section).map((s) => s.uri), [back.uri]);
    const mdSection = md.headings.find((h) => h.title === '利用の広がり')!;
    assert.ok(index.incomingReferences(md.uri, mdSection).some((s) => s.uri === txt.uri));
  });
});

describe('Markdown that would take the parser a long time or all its stack', () => {
  it('nesting thousands deep gives a warning, not an exception (nor seconds of parsing)', () => {
    const text = `---\nhakusho: true\n---\n\n## 第1章 通信\n\n${'- '.repeat(2500)}項目\n`; // a list in a list in a list …
    const doc = analyzeDocument('file:///deep.md', text, 'markdown');
    assert.deepEqual(doc.diagnostics.map((d) => [d.code, d.args[0]]), [['markdown-too-complex', 'depth']]);
  });

  it('runs of `[^`, of spaces in a heading and in front matter are read as they are', () => {
    // each of these took seconds to minutes at these sizes when a pattern rescanned the run from every position
    const markers = analyzeDocument('file:///a.md', `---\nhakusho: true\n---\n\n## 第1章 通信\n\n本文${'[^'.repeat(40000)}\n`, 'markdown');
    assert.deepEqual([markers.anchors.length, markers.diagnostics.length], [0, 0]);
    const spaced = analyzeDocument('file:///b.md', `---\nhakusho: true\n---\n\n## 第1章 x${' '.repeat(80000)}y\n`, 'markdown');
    assert.deepEqual(spaced.headings.map((h) => h.title.replace(/ {2,}/, ' ')), ['第1章 x y'], 'too long for a numbered title: one unnumbered heading');
    const frontMatter = readFrontMatter(`---\ntitle: a${' '.repeat(80000)}b # note\nhakusho: true\n---\n`);
    assert.deepEqual([frontMatter?.fields.title.replace(/ {2,}/, ' '), frontMatter?.fields.hakusho], ['a b', 'true']);
  });
});

describe('Markdown headings with emphasis around the number', () => {
  it('`## **第1章** …`, `### _第1節_ …` and `#### **1** …` are numbered, with clean titles', () => {
    const md = '## **第1章** 通信の現状\n\n### _第1節_ 固定通信\n\n#### **1** 整備\n\n整備が進んでいる。\n';
    const doc = analyzeMarkdown('file:///wp.md', md);
    assert.deepStrictEqual(doc.headings.map((h) => [h.level, h.title, h.path.join('/')]), [
      ['chapter', '通信の現状', '1'], ['section', '固定通信', '1/1'], ['item', '整備', '1/1/1'],
    ]);
    for (const h of doc.headings) assert.ok(md.slice(h.start, h.end).includes(h.title));
  });
});
