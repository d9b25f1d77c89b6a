// The Claims tree as plain data: grouped by heading (one file) or by file then heading (workspace),
// filtered by kind and by missing evidence, with reviewers' corrections applied.
import assert from 'node:assert/strict';
import { correctionsByFile, sentenceKey } from '../../../src/core/claimCorrections';
import { connectWorkspace, HakushoLanguageService, InMemoryWorkspace } from '../../../src/service';
import { ClaimHeadingNode, ClaimFileNode, ClaimNode } from '../../../src/service/claims';
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

async function service(): Promise<HakushoLanguageService> {
  const s = new HakushoLanguageService();
  await connectWorkspace(s, new InMemoryWorkspace([ROOT], { ...FILES, [CLAIMS_URI]: CLAIMS_PAGE }));
  return s;
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
    assert.equal(needed.description, 'necessity · 1 evidence');
    assert.match(needed.tooltip, /\*\*necessity\*\* · firm/);
    assert.match(needed.tooltip, /\*\*Evidence\*\*\n\n- Footnote 1$/);
    assert.equal(needed.range.start.line, 6);
    assert.equal(groups[0].description, '2 claims · 第Ⅱ部 › 第1節');
  });

  it('filters: only some kinds, only claims without evidence', async () => {
    const s = await service();
    const concern = s.claimsTree({ scope: 'file', uri: CLAIMS_URI, kinds: ['concern'] }) as ClaimHeadingNode[];
    assert.deepEqual(concern.flatMap((g) => g.children.map((c) => c.text)), ['高齢者の被害が深刻化することが懸念される。']);
    const bare = s.claimsTree({ scope: 'file', uri: CLAIMS_URI, withoutEvidence: true }) as ClaimHeadingNode[];
    assert.deepEqual(bare.flatMap((g) => g.children.map((c) => c.text)), ['事業者には分かりやすい説明が求められる。', '高齢者の被害が深刻化することが懸念される。']);
  });

  it('the workspace: files with claims, by path, with their folder and count', async () => {
    const s = await service();
    const files = s.claimsTree({ scope: 'workspace' }) as ClaimFileNode[];
    const page = files.find((f) => f.uri === CLAIMS_URI);
    assert.ok(page);
    assert.equal(page.label, 'nd212100.txt');
    assert.equal(page.description, 'pages · 3 claims');
    assert.ok(files.every((f) => f.count > 0));
    const names = files.map((f) => s.relativePath(f.uri));
    assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b)));
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
  });
});
