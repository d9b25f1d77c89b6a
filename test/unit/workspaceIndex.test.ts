// Resolution of cross-references across a multi-page workspace written for the project:
// pages without chapter lines, pages joined in one file, every reference form, one broken
// reference and one wrong title.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyzeText } from '../../src/core/analyze';
import { CrossReference, WhitePaperDocument } from '../../src/core/model';
import { pathLabel, segment } from '../../src/core/numbering';
import { WorkspaceIndex } from '../../src/core/workspaceIndex';

const root = path.resolve(__dirname, '../fixtures/workspace');
const files = ['pages/nd210000.txt', 'pages/nd211100.txt', 'pages/nd211200.txt', 'official/r8-chapter2.txt'];

function load(): { index: WorkspaceIndex; docs: Record<string, WhitePaperDocument> } {
  const index = new WorkspaceIndex();
  const docs: Record<string, WhitePaperDocument> = {};
  for (const f of files) {
    const doc = analyzeText(`file:///ws/${f}`, fs.readFileSync(path.join(root, f), 'utf8'));
    docs[f] = doc;
    index.set(doc);
  }
  return { index, docs };
}

function ref(doc: WhitePaperDocument, text: string, nth = 0): CrossReference {
  const found = [...doc.references, ...doc.figureReferences].filter((r) => r.text.startsWith(text));
  assert.ok(found[nth], `no reference starting ${text}; have ${doc.references.map((r) => r.text).join(' | ')}`);
  return found[nth];
}

/** Where a reference lands: `file → address title`. */
function target(index: WorkspaceIndex, doc: WhitePaperDocument, r: CrossReference): string {
  const res = index.resolve(doc, r);
  if (res.status !== 'resolved') return res.status;
  const t = res.targets[0];
  const file = t.uri.replace('file:///ws/', '');
  return t.kind === 'heading' ? `${file} → ${pathLabel(t.heading.segments)} ${t.heading.title}` : `${file} → 図表${t.figure.number}`;
}

describe('workspace index: resolving references', () => {
  const { index, docs } = load();
  const official = docs['official/r8-chapter2.txt'];

  it('resolves a full path to the page that leaves out its chapter line (chapter from the page code)', () => {
    assert.equal(target(index, official, ref(official, '第Ⅱ部第1章第1節1(1)ア')), 'pages/nd211100.txt → 第Ⅱ部第1章第1節1(1)ア 光回線への移行');
  });

  it('resolves a partial path relative to where it stands (第3節 inside 第2章)', () => {
    assert.equal(target(index, official, ref(official, '第3節を参照')), 'official/r8-chapter2.txt → 第Ⅱ部第2章第3節 ケーブルテレビ');
  });

  it('resolves a narrative path (第1章第2節で見たように) to a section in a joined page', () => {
    const r = ref(official, '第1章第2節で見た');
    assert.equal(r.kind, 'narrative');
    assert.equal(target(index, official, r), 'pages/nd211200.txt → 第Ⅱ部第1章第2節 移動通信');
  });

  it('resolves deictic words: 本章, 前章, 次節, 前節, 本節', () => {
    assert.equal(target(index, official, ref(official, '本章')), 'official/r8-chapter2.txt → 第Ⅱ部第2章 放送の現状');
    assert.equal(target(index, official, ref(official, '前章')), 'pages/nd210000.txt → 第Ⅱ部第1章 通信インフラの現状');
    assert.equal(target(index, official, ref(official, '次節')), 'official/r8-chapter2.txt → 第Ⅱ部第2章第2節 衛星放送');
    assert.equal(target(index, official, ref(official, '前節')), 'official/r8-chapter2.txt → 第Ⅱ部第2章第2節 衛星放送');
    const joined = docs['pages/nd211200.txt'];
    assert.equal(target(index, joined, ref(joined, '本節1(1)')), 'pages/nd211100.txt → 第Ⅱ部第1章第1節1(1) ブロードバンド契約の推移');
    // the same section's heading also stands earlier in the citing file: the nearest one is taken
    assert.equal(target(index, joined, ref(joined, '前節')), 'pages/nd211200.txt → 第Ⅱ部第1章第1節 固定通信');
  });

  it('resolves figure references, several in one bracket, to their captions', () => {
    const page = docs['pages/nd211100.txt'];
    const figs = page.figureReferences.map((r) => target(index, page, r));
    assert.deepEqual(figs, ['pages/nd211100.txt → 図表Ⅱ-1-1-1', 'pages/nd211100.txt → 図表Ⅱ-1-1-1', 'pages/nd211100.txt → 図表Ⅱ-1-1-2']);
    assert.equal(target(index, official, ref(official, '図表Ⅱ-1-1-2')), 'pages/nd211100.txt → 図表Ⅱ-1-1-2');
  });

  it('treats other editions and back matter as external, never broken', () => {
    assert.equal(index.resolve(official, ref(official, '令和7年版情報社会白書')).status, 'external');
    assert.equal(index.resolve(official, ref(official, '巻末付注2')).status, 'external');
  });

  it('reports exactly the broken reference and the wrong title', () => {
    const all = files.flatMap((f) => index.checkReferences(docs[f]).map((d) => `${f}: ${d.code}: ${d.args.join(' / ')}`));
    assert.deepEqual(all, [
      'official/r8-chapter2.txt: reference-title-mismatch: 固定通信の価格 / 第Ⅱ部第1章第1節2 / 固定通信の料金',
      'official/r8-chapter2.txt: reference-unresolved: 第Ⅱ部第5章第1節',
    ]);
  });

  it('lists incoming references of a heading across files', () => {
    const page = docs['pages/nd211100.txt'];
    const heading = page.headings.find((h) => h.title === 'ブロードバンド契約の推移')!;
    const sites = index.incomingReferences(page.uri, heading).map((s) => `${s.uri.replace('file:///ws/', '')}: ${s.reference.text}`);
    assert.deepEqual(sites, ['pages/nd211200.txt: 本節1(1)「ブロードバンド契約の推移」も参照']);
  });

  it('marks a target found only through an inferred chapter', () => {
    const res = index.resolve(official, ref(official, '第Ⅱ部第1章第1節1(1)ア'));
    assert.equal(res.status, 'resolved');
    assert.ok(res.status === 'resolved' && res.targets[0].kind === 'heading' && res.targets[0].inferred);
  });

  it('forgets a deleted file and answers again when it comes back', () => {
    const copy = load();
    copy.index.delete('file:///ws/pages/nd211100.txt');
    assert.equal(copy.index.resolve(official, ref(official, '第Ⅱ部第1章第1節1(1)ア')).status, 'unresolved');
    copy.index.set(docs['pages/nd211100.txt']);
    assert.equal(copy.index.resolve(official, ref(official, '第Ⅱ部第1章第1節1(1)ア')).status, 'resolved');
  });
});

describe('workspace index: incoming references after an edit', () => {
  /** Every heading's incoming references as `file heading ← file@offset` lines, for comparing two indexes. */
  function incomingTable(index: WorkspaceIndex): string[] {
    const out: string[] = [];
    for (const doc of index.documents()) {
      for (const h of doc.headings) {
        for (const s of index.incomingReferences(doc.uri, h)) out.push(`${doc.uri}#${h.start} ${h.title} ← ${s.uri}@${s.reference.start}`);
      }
    }
    return out;
  }

  /** The same documents indexed from scratch, in the same order. */
  function fresh(index: WorkspaceIndex): WorkspaceIndex {
    const rebuilt = new WorkspaceIndex();
    for (const doc of index.documents()) rebuilt.set(doc);
    return rebuilt;
  }

  const edit = (doc: WhitePaperDocument, at: string, insert: string) => {
    const i = doc.text.indexOf(at);
    assert.ok(i >= 0, at);
    return analyzeText(doc.uri, doc.text.slice(0, i) + insert + doc.text.slice(i));
  };

  it('typing in prose, adding and removing references, retitling a heading: the same answers as a rebuilt index', () => {
    const { index, docs } = load();
    incomingTable(index); // the cache exists before the edits, as it does once CodeLens has asked
    let cited = docs['pages/nd211100.txt'];
    let citing = docs['official/r8-chapter2.txt'];
    const steps: [string, () => WhitePaperDocument][] = [
      // headings move (prose typed above them) but stay as they were
      ['prose above the headings of the cited page', () => (cited = edit(cited, '固定系ブロードバンド', 'なお、通信の利用は広がっている。'))],
      // a page ranked before the citing one now cites the same heading: the order of the sites must not change
      ['a second page citing the same heading', () => (docs['pages/nd211200.txt'] = edit(docs['pages/nd211200.txt'], '料金の動向', '光回線は第Ⅱ部第1章第1節1(1)ア「光回線への移行」を参照。'))],
      ['a reference added to the citing page', () => (citing = edit(citing, '衛星放送については', '光回線は第Ⅱ部第1章第1節1(1)ア「光回線への移行」も参照。'))],
      ['a reference removed from the citing page', () => (citing = analyzeText(citing.uri, citing.text.replace('詳細は第Ⅱ部第1章第1節1(1)ア「光回線への移行」参照。', '')))],
      ['a heading of the cited page retitled', () => (cited = analyzeText(cited.uri, cited.text.replace('ア 光回線への移行', 'ア 光回線への移行状況')))],
      ['prose typed in the citing page', () => (citing = edit(citing, '1　受信環境', '放送は身近な情報源である。'))],
    ];
    for (const [what, step] of steps) {
      index.set(step());
      assert.deepEqual(incomingTable(index), incomingTable(fresh(index)), what);
    }
    assert.ok(incomingTable(index).some((l) => l.includes('光回線への移行状況') || l.includes('光回線への移行 ←')), 'the table is not empty');
  });
});

describe('workspace index: what other pages depend on', () => {
  it('typing in prose leaves the outline generation; headings, captions and pages added or removed change it', () => {
    const { index, docs } = load();
    const page = docs['pages/nd211100.txt'];
    const g0 = index.outlineGeneration;
    index.set(analyzeText(page.uri, page.text.replace('緩やかな増加', '緩やかな増加傾向')));
    assert.equal(index.outlineGeneration, g0, 'prose edit');
    index.set(analyzeText(page.uri, page.text.replace('ア 光回線への移行', 'ア 光回線への移行状況')));
    assert.ok(index.outlineGeneration > g0, 'heading retitled');
    const g1 = index.outlineGeneration;
    index.set(analyzeText(page.uri, `${page.text}\n図表Ⅱ-1-1-9　新しい図表\n`));
    assert.ok(index.outlineGeneration > g1, 'caption added');
    const g2 = index.outlineGeneration;
    index.delete(page.uri);
    assert.ok(index.outlineGeneration > g2, 'page removed');
  });
});

describe('workspace index: figures numbered within a column', () => {
  it('a bare 図表2 is a figure reference and goes to the nearest caption of that number in its file', () => {
    const text = [
      '第1章　通信の現状', 'コラム1　地域の取組', '地域の事例は図表2のとおりである。', '図表1　地域の事例（その1）', '図表2　地域の事例（その2）',
      'コラム2　海外の取組', '海外の事例は図表2のとおりである（図表2）。', '図表1　海外の事例（その1）', '図表2　海外の事例（その2）', '',
    ].join('\n');
    const doc = analyzeText('file:///ws/columns.txt', text);
    const index = new WorkspaceIndex();
    index.set(doc);
    assert.equal(doc.figureReferences.length, 3);
    const landed = doc.figureReferences.map((r) => {
      const res = index.resolve(doc, r);
      return res.status === 'resolved' && res.targets[0].kind === 'figure' ? res.targets[0].figure.title : res.status;
    });
    assert.deepEqual(landed, ['地域の事例（その2）', '海外の事例（その2）', '海外の事例（その2）']);
  });
});

describe('workspace index: bare figure numbers across files', () => {
  it('a page without a bare 図表2 of its own does not borrow another file\'s, and is not reported', () => {
    const index = new WorkspaceIndex();
    const columns = analyzeText('file:///ws/columns.txt', '第1章　通信\nコラム1　地域\n図表1　地域の事例\n図表2　海外の事例\n');
    const citing = analyzeText('file:///ws/other.txt', '第2章　放送\n放送の事例は図表2のとおりである。\n');
    index.set(columns);
    index.set(citing);
    assert.equal(index.resolve(citing, citing.figureReferences[0]).status, 'external');
    // no warning; only the file's one note that its figure reference has nothing to check against
    assert.deepEqual(index.checkReferences(citing).map((d) => `${d.code} ${d.severity}`), ['figure-captions-absent information']);
  });
});

describe('many headings sharing a last segment', () => {
  const kanaPage = (head: string) => `${head}第1節　節の例\n1　項目\n（1）　小項目\nア　細目\n`;
  const address = (chapter: string) =>
    [segment('chapter', chapter), segment('section', '1'), segment('item', '1'), segment('subitem', '1'), segment('kana', 'ア')];
  const found = (index: WorkspaceIndex, chapter: string) =>
    index.findHeadings(address(chapter)).map((t) => `${t.uri.replace('file:///ws/', '')} ${t.heading.address}${t.inferred ? ' (inferred)' : ''}`);

  it('finds the same headings, in the same order, among thousands as among a few', () => {
    // a page without its chapter line fits every chapter (taken on trust); the others only their own
    const few = new WorkspaceIndex(), many = new WorkspaceIndex();
    for (let c = 1; c <= 60; c++) {
      const doc = analyzeText(`file:///ws/c${String(c).padStart(2, '0')}.txt`, kanaPage(`第${c}章　章の例\n`));
      many.set(doc);
      if (c === 3 || c === 4) few.set(doc);
      if (c === 2) { const bare = analyzeText('file:///ws/no-chapter.txt', kanaPage('')); many.set(bare); few.set(bare); }
    }
    assert.deepEqual(found(many, '3'), found(few, '3'));
    assert.deepEqual(found(many, '3'), ['no-chapter.txt section:1/item:1/subitem:1/kana:ア (inferred)', 'c03.txt chapter:3/section:1/item:1/subitem:1/kana:ア']);
  });
});
