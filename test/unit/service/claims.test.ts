// The Claims tree as plain data, as the Claims view shows it: grouped by heading (one file) or by
// file then heading (workspace), or by whose claim it is; filtered by kind, by holder, by missing
// evidence and by open review notes; with reviewers' corrections applied; and the view's
// description and message.
import assert from 'node:assert/strict';
import { correctionsByFile, sentenceKey } from '../../../src/core/claimCorrections';
import { AnchoredNote, anchorNotes, Note, selectorsFor } from '../../../src/core/notes';
import { connectWorkspace, english, HakushoLanguageService, InMemoryWorkspace } from '../../../src/service';
import { claimsFilterSummary, claimsViewMessage, claimTooltip, holderOfKey, holderKey } from '../../../src/service/claims';
import { ClaimHeadingNode, ClaimFileNode, ClaimNode, ClaimsTreeRequest, FOLD_ABOVE_CLAIMS } from '../../../src/service/claimsTree';
import { FILES, ROOT } from './fixtures';

const CLAIMS_URI = `${ROOT}/pages/nd212100.txt`;
const CLAIMS_PAGE = `白書トップ > 政策 > 白書 > 令和9年版 > 利用者の保護
第Ⅱ部 情報通信の現状
第1節 利用者の保護

1 相談の増加

通信契約に関する相談は増加しており、対応体制の強化が必要である1。
事業者には分かりやすい説明が求められる。

2 今後の課題

高齢者の被害が深刻化することが懸念される。

1 国民生活センターの集計による。
`;

/** A page whose claims are partly reported: two by a named party, one with no one named. */
const REPORTED_URI = `${ROOT}/pages/nd212200.txt`;
const REPORTED_PAGE = `白書トップ > 政策 > 白書 > 令和9年版 > 海外の評価
第Ⅱ部 情報通信の現状
第2節 海外の評価

1 人材の[育成]

OECDは、*重点*分野の人材育成が重要であると指摘している。
地域の研修体制の整備が必要である1。
料金の比較が難しいとされている。

2 連携

OECDによると、相談窓口の連携が必要である。

1 総務省「研修_実施状況」による。
`;

async function service(): Promise<HakushoLanguageService> {
  const s = new HakushoLanguageService();
  await connectWorkspace(s, new InMemoryWorkspace([ROOT], { ...FILES, [CLAIMS_URI]: CLAIMS_PAGE, [REPORTED_URI]: REPORTED_PAGE }));
  return s;
}

const fileTree = (s: HakushoLanguageService, request: Omit<ClaimsTreeRequest, 'scope'> = {}) =>
  s.claimsTree({ scope: 'file', uri: REPORTED_URI, ...request }) as ClaimHeadingNode[];
const texts = (groups: ClaimHeadingNode[]) => groups.flatMap((g) => g.children.map((c) => c.text));

/** A reviewer's note on the sentence `sentence` of `text`, anchored as the editor anchors it. */
function noteOn(text: string, sentence: string, status: Note['status']): Note {
  const start = text.indexOf(sentence);
  const { quote, position } = selectorsFor(text, start, start + sentence.length);
  return {
    id: `n-${start}-${status}`, author: 'reviewer', created: '2026-01-01T00:00:00Z', text: 'source?', label: null, status,
    target: { file: 'pages/nd212200.txt', address: [], quote, position }, replies: [],
  };
}

describe('service: claims tree', () => {
  it('one file: its claims under their headings, each with kind, evidence and a tooltip', async () => {
    const s = await service();
    const groups = s.claimsTree({ scope: 'file', uri: CLAIMS_URI }) as ClaimHeadingNode[];
    assert.deepEqual(groups.map((g) => [g.label, g.children.map((c) => c.kind)]), [
      ['1 相談の増加', ['necessity', 'necessity']],
      ['2 今後の課題', ['concern']],
    ]);
    const [needed] = groups[0].children;
    assert.equal(needed.label, '通信契約に関する相談は増加しており、対応体…強化が必要である1。', 'shortened around its marker');
    assert.equal(needed.description, 'necessity · 1 evidence');
    assert.equal(needed.accessibilityLabel, 'necessity, firm, own: 通信契約に関する相談は増加しており、対応体制の強化が必要である1。');
    assert.match(needed.tooltip, /^\*\*necessity\*\* · firm · own · marker: 必要である\n\n/);
    assert.match(needed.tooltip, /\*\*Evidence\*\*\n\n- Footnote 1$/);
    assert.equal(needed.range.start.line, 6);
    assert.equal(groups[0].description, '2 claims · 第Ⅱ部 › 第1節');
    assert.equal(groups[0].tooltip, '第Ⅱ部 情報通信の現状\n  第1節 利用者の保護\n    1 相談の増加');
    assert.ok(groups.every((g) => !g.folded), `a file of a few claims opens unfolded (folded above ${FOLD_ABOVE_CLAIMS})`);
  });

  it('filters: only some kinds, only claims without evidence; all kinds is no filter', async () => {
    const s = await service();
    const concern = s.claimsTree({ scope: 'file', uri: CLAIMS_URI, kinds: ['concern'] }) as ClaimHeadingNode[];
    assert.deepEqual(texts(concern), ['高齢者の被害が深刻化することが懸念される。']);
    assert.deepEqual(concern.map((g) => g.description), ['1 claim · 第Ⅱ部 › 第1節'], 'the counts are of the claims shown');
    const bare = s.claimsTree({ scope: 'file', uri: CLAIMS_URI, withoutEvidence: true }) as ClaimHeadingNode[];
    assert.deepEqual(texts(bare), ['事業者には分かりやすい説明が求められる。', '高齢者の被害が深刻化することが懸念される。']);
    const every = s.claimsTree({ scope: 'file', uri: CLAIMS_URI, kinds: ['necessity', 'importance', 'expectation', 'assessment', 'attributed', 'concern'] });
    assert.equal(texts(every as ClaimHeadingNode[]).length, 3);
  });

  it('a reported claim says what it reports and whose it is; the tooltip too', async () => {
    const s = await service();
    const [first, second] = fileTree(s);
    assert.deepEqual(first.children.map((c) => c.description), [
      'attributed: importance · OECD · 0 evidence',
      'necessity · 1 evidence',
      'attributed: concern · unnamed · 0 evidence', // a difficulty reported (料金の比較が難しい) is a concern reported
    ]);
    assert.equal(second.children[0].description, 'attributed: necessity · OECD · 0 evidence');
    const oecd = first.children[0];
    assert.deepEqual([oecd.kind, oecd.inner, oecd.holder], ['attributed', 'importance', { type: 'named', text: 'OECD' }]);
    assert.match(oecd.tooltip, /^\*\*attributed\\: importance\*\* · firm · OECD · marker: と指摘している/);
    assert.equal(oecd.accessibilityLabel, 'attributed: importance, firm, OECD: OECDは、*重点*分野の人材育成が重要であると指摘している。');
  });

  it('the tooltip escapes the Markdown of the text, its heading and its sources', async () => {
    const s = await service();
    const [group] = fileTree(s);
    const [oecd, training] = group.children;
    assert.match(oecd.tooltip, /OECDは、\\\*重点\\\*分野の人材育成/, 'asterisks in the sentence are not emphasis');
    assert.match(oecd.tooltip, /_第Ⅱ部 情報通信の現状 › 第2節 海外の評価 › 1 人材の\\\[育成\\\]_/, 'brackets in the heading are not a link');
    assert.match(training.tooltip, /- Footnote 1: 「研修\\_実施状況」$/);
    assert.match(group.children[2].tooltip, /\$\(circle-slash\) No evidence: no footnote, figure or cross-reference in this sentence\.$/);
    assert.equal(group.label, '1 人材の[育成]', 'the label is plain text, not Markdown');
  });

  it("whose claims: the paper's own, every reported one, one holder's", async () => {
    const s = await service();
    assert.deepEqual(texts(fileTree(s, { holder: { type: 'own' } })), ['地域の研修体制の整備が必要である1。']);
    assert.deepEqual(texts(fileTree(s, { holder: { type: 'reported' } })), [
      'OECDは、*重点*分野の人材育成が重要であると指摘している。', '料金の比較が難しいとされている。', 'OECDによると、相談窓口の連携が必要である。',
    ]);
    assert.deepEqual(texts(fileTree(s, { holder: { type: 'holder', key: 'named:OECD' } })), [
      'OECDは、*重点*分野の人材育成が重要であると指摘している。', 'OECDによると、相談窓口の連携が必要である。',
    ]);
    assert.deepEqual(texts(fileTree(s, { holder: { type: 'holder', key: 'unnamed' } })), ['料金の比較が難しいとされている。']);
    assert.deepEqual(texts(fileTree(s, { holder: { type: 'all' } })).length, 4);
    assert.deepEqual(holderOfKey(holderKey({ type: 'named', text: 'OECD' })), { type: 'named', text: 'OECD' });
  });

  it('grouped by holder: own first, then named, then unnamed; the group names the holder, so the claims do not', async () => {
    const s = await service();
    const groups = fileTree(s, { groupBy: 'holder' });
    assert.deepEqual(groups.map((g) => [g.label, g.description, g.holder?.type, g.children.length]), [
      ['own', '1 claim', 'own', 1],
      ['OECD', '2 claims', 'named', 2],
      ['unnamed', '1 claim', 'unnamed', 1],
    ]);
    assert.deepEqual(groups[1].children.map((c) => c.description), ['attributed: importance · 0 evidence', 'attributed: necessity · 0 evidence']);
    assert.deepEqual(groups.map((g) => g.id), [`${REPORTED_URI}#w:own`, `${REPORTED_URI}#w:named:OECD`, `${REPORTED_URI}#w:unnamed`]);
    assert.deepEqual(fileTree(s, { groupBy: 'holder', holder: { type: 'reported' } }).map((g) => g.label), ['OECD', 'unnamed']);
  });

  it("review notes: each claim counts the notes on its sentence and the open ones; a filter keeps claims with open notes", async () => {
    const s = await service();
    const notes = [
      noteOn(REPORTED_PAGE, '地域の研修体制の整備が必要である1。', 'open'),
      noteOn(REPORTED_PAGE, '地域の研修体制の整備が必要である1。', 'resolved'),
      noteOn(REPORTED_PAGE, '料金の比較が難しいとされている。', 'resolved'),
    ];
    const anchored = (uri: string): AnchoredNote[] | undefined => (uri === REPORTED_URI ? anchorNotes(notes, 'pages/nd212200.txt', REPORTED_PAGE) : undefined);
    const [group] = fileTree(s, { notes: anchored });
    assert.deepEqual(group.children.map((c) => c.description), [
      'attributed: importance · OECD · 0 evidence',
      'necessity · 1 evidence · 2 notes, 1 open',
      'attributed: concern · unnamed · 0 evidence · 1 note',
    ]);
    assert.deepEqual(group.children[1].notes, { count: 2, open: 1 });
    assert.deepEqual(texts(fileTree(s, { notes: anchored, onlyOpenNotes: true })), ['地域の研修体制の整備が必要である1。']);
    assert.deepEqual(texts(fileTree(s, { onlyOpenNotes: true })), [], 'no notes read: no claim has an open note');
  });

  it('the workspace: files with claims, by path, with their folder and count; file scope without a file is empty', async () => {
    const s = await service();
    const files = s.claimsTree({ scope: 'workspace' }) as ClaimFileNode[];
    const page = files.find((f) => f.uri === CLAIMS_URI);
    assert.ok(page);
    assert.equal(page.label, 'nd212100.txt');
    assert.equal(page.description, 'pages · 3 claims');
    assert.equal(page.tooltip, 'pages/nd212100.txt\n3 claims');
    assert.deepEqual(page.children.map((g) => g.label), ['1 相談の増加', '2 今後の課題'], 'under each file, its headings');
    assert.ok(files.every((f) => f.count > 0));
    const names = files.map((f) => s.relativePath(f.uri));
    assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b)));
    const onlyOwn = s.claimsTree({ scope: 'workspace', holder: { type: 'holder', key: 'named:OECD' } }) as ClaimFileNode[];
    assert.deepEqual(onlyOwn.map((f) => [f.uri, f.count]), [[REPORTED_URI, 2]], 'files with no claim shown are left out');
    assert.deepEqual(s.claimsTree({ scope: 'file' }), []);
  });

  it("a reviewer's correction sets the kind and says so", async () => {
    const s = await service();
    const sentence = '事業者には分かりやすい説明が求められる。';
    const corrections = correctionsByFile([{ file: 'pages/nd212100.txt', sentence: sentenceKey(sentence), kind: 'importance' }]);
    const groups = s.claimsTree({ scope: 'file', uri: CLAIMS_URI, corrections: (uri) => corrections.get(s.relativePath(uri)) }) as ClaimHeadingNode[];
    const corrected = groups[0].children.find((c) => c.text === sentence) as ClaimNode;
    assert.equal(corrected.kind, 'importance');
    assert.equal(corrected.correctedFrom, 'necessity');
    assert.equal(corrected.description, 'importance · 0 evidence · set by a reviewer');
    assert.match(corrected.tooltip, /set by a reviewer \\\(the classifier read\\: necessity\\\)/);
    assert.equal(claimTooltip(corrected.claim, english), corrected.tooltip);
  });
});

describe('service: the Claims view sums up its filters and says why it is empty', () => {
  it('the description: scope, kinds, whose, no evidence, open notes', () => {
    assert.equal(claimsFilterSummary('file', {}, english), '');
    assert.equal(claimsFilterSummary('workspace', { kinds: ['necessity', 'concern'], withoutEvidence: true }, english), 'workspace · necessity, concern · without evidence');
    assert.equal(claimsFilterSummary('file', { holder: { type: 'own' } }, english), 'own claims');
    assert.equal(claimsFilterSummary('file', { holder: { type: 'reported' }, onlyOpenNotes: true }, english), 'reported claims · with open notes');
    assert.equal(claimsFilterSummary('file', { holder: { type: 'holder', key: 'named:OECD' } }, english), 'OECD');
    assert.equal(claimsFilterSummary('file', { holder: { type: 'holder', key: 'unnamed' } }, english), 'unnamed');
  });

  it('the message: stale corrections first, then no file, filters, or no claims', () => {
    const base = { scope: 'file' as const, filter: {}, hasFile: true, shown: 0, staleCorrections: 0 };
    assert.equal(claimsViewMessage({ ...base, shown: 3 }, english), undefined);
    assert.match(claimsViewMessage({ ...base, shown: 3, staleCorrections: 2 }, english) ?? '', /^2 claim corrections no longer match/);
    assert.match(claimsViewMessage({ ...base, staleCorrections: 1 }, english) ?? '', /^1 claim correction no longer matches/);
    assert.equal(claimsViewMessage({ ...base, hasFile: false }, english), 'Open a white-paper file to see its claims.');
    assert.equal(claimsViewMessage({ ...base, filter: { withoutEvidence: true } }, english), 'No claims match the filters.');
    assert.equal(claimsViewMessage({ ...base, filter: { holder: { type: 'all' }, kinds: [] } }, english), 'No claims in this file.');
    assert.equal(claimsViewMessage({ ...base, scope: 'workspace', hasFile: false }, english), 'No claims in the workspace.');
  });
});
