// Claims in Markdown white papers: a `[^n]` footnote reference before `。` is evidence, not text.
import assert from 'node:assert/strict';
import { classifySentence } from '../../src/core/claims';
import { extractClaims } from '../../src/core/claimExtraction';
import { analyzeMarkdown } from '../../src/core/markdown';

describe('claims in Markdown white papers', () => {
  it('classifies a sentence whose footnote reference stands before 。', () => {
    assert.deepEqual(classifySentence('地域の人材育成を急ぐ必要がある[^4]。'), { kind: 'necessity', strength: 'firm', inner: 'necessity', holder: { type: 'own', text: null }, marker: '必要がある' });
    assert.equal(classifySentence('多くの課題が残るとの指摘[^3]がある。')?.kind, 'attributed');
  });

  it('binds the footnote it cites as evidence, with the source the footnote names', () => {
    const text = [
      '# 第Ⅰ部 地域の情報化',
      '',
      '### 第1節 人材の確保',
      '',
      '地域の事業者では、若手技術者の確保を急ぐ必要がある[^1]。技術の継承は重要である。',
      '',
      '[^1]: 地域通信事業者へのインタビューによる。',
      '',
    ].join('\n');
    const claims = extractClaims(analyzeMarkdown('file:///ws/p.md', text));
    assert.deepEqual(claims.map((c) => [c.kind, c.text]), [
      ['necessity', '地域の事業者では、若手技術者の確保を急ぐ必要がある[^1]。'],
      ['importance', '技術の継承は重要である。'],
    ]);
    assert.deepEqual(claims[0].evidence.footnotes.map((f) => [f.number, f.source]), [[1, '地域通信事業者へのインタビュー']]);
  });
});

describe('sentences in hard-wrapped Markdown paragraphs', () => {
  it('keeps a sentence wrapped over two lines whole', () => {
    const text = [
      '## 第1章 地域の情報化',
      '',
      '### 第1節 人材',
      '',
      '地域の事業者では、技術者の高齢化が進んでおり、',
      '若手技術者の確保を急ぐ必要がある。次の課題に移る。',
      '',
    ].join('\n');
    const claims = extractClaims(analyzeMarkdown('file:///ws/wrapped.md', text));
    assert.equal(claims.length, 1);
    assert.equal(claims[0].kind, 'necessity');
    assert.equal(claims[0].text, '地域の事業者では、技術者の高齢化が進んでおり、\n若手技術者の確保を急ぐ必要がある。');
  });
});

describe('leading lines of a Markdown paragraph that are not prose', () => {
  it('a caption, its source line and a heading-shaped line before the prose stay out of the claims', () => {
    const md = [
      '---', 'hakusho: true', '---', '', '## 第1章 通信', '',
      '図表1-1-1-1 通信の推移', '（出典）総務省「通信の調査」', 'このように対策が必要である。', '',
      '第2節　データ流通', 'データの流通が重要である。', '',
    ].join('\n');
    const doc = analyzeMarkdown('file:///wp.md', md);
    assert.deepEqual(extractClaims(doc).map((c) => c.text), ['このように対策が必要である。', 'データの流通が重要である。']);
    assert.deepEqual(doc.figures.map((f) => [f.number, f.title]), [['1-1-1-1', '通信の推移']]);
    assert.deepEqual(doc.furniture.map((f) => md.slice(f.start, f.end)), ['（出典）総務省「通信の調査」']);
  });
});

describe('figure captions in Markdown', () => {
  it('a caption with 。 inside brackets is a caption; one that reads as a sentence is prose', () => {
    const md = '---\nhakusho: true\n---\n\n## 第1章 通信\n\n図表1-1-1-1 目的別の利用（最も利用するもの。全年代）\n\n図表1-1-1-2で見たように、利用は増えている。\n';
    const doc = analyzeMarkdown('file:///wp.md', md);
    assert.deepEqual(doc.figures.map((f) => f.number), ['1-1-1-1']);
    assert.deepEqual(doc.paragraphs.map((p) => md.slice(p.start, p.end)), ['図表1-1-1-2で見たように、利用は増えている。']);
  });
});

describe('a wrapped Markdown paragraph that opens like a heading', () => {
  it('`（1）…、` wrapped onto the next line is prose, the whole sentence one claim', () => {
    const md = '---\nhakusho: true\n---\n\n## 第1章 通信\n\n（1）地域においては通信基盤の整備が進み、\n今後もその拡充が重要である。\n';
    assert.deepEqual(extractClaims(analyzeMarkdown('file:///wp.md', md)).map((c) => c.text), ['（1）地域においては通信基盤の整備が進み、\n今後もその拡充が重要である。']);
  });
});
