// The pattern-table helpers must never skip a pattern that could match: what they read off a
// pattern's source is checked here against the engine itself.
import assert from 'node:assert/strict';
import { byEnding, EndingIndex, execEnd, finalStrings, matchBound, matchEnd } from '../../src/core/endPatterns';

describe('end-anchored pattern tables', () => {
  it('reads how a match can end (its last two characters), through groups, classes and optional parts', () => {
    assert.deepEqual([...finalStrings('(?<!こ)と(さ|いわ)れ(ている|る|た)')!].sort(), ['いる', 'れた', 'れる']);
    assert.deepEqual([...finalStrings('(課題|問題)(である)?')!].sort(), ['ある', '問題', '課題'].sort());
    assert.deepEqual([...finalStrings('[えけ]ます(か)?')!].sort(), ['すか', 'ます']);
    assert.deepEqual([...finalStrings('.{1,60}(である|だ)')!].sort(), ['ある', 'だ']); // before だ: anything
    assert.equal(finalStrings('.{1,60}'), null); // anything: always tried
    assert.equal(finalStrings('[^。]+'), null);
  });

  it('reads a top-level alternation by every alternative, so a pattern is tried wherever any of them can match', () => {
    assert.deepEqual([...finalStrings('(尋ね|聞い)(ている|た)$|(合計|平均)を.{1,12}と(した|している)$')!].sort(), ['ねた', 'いた', 'いる', 'した'].sort());
    const index = new EndingIndex();
    const method = index.single(/(尋ね|聞い)(ている|た)$|(合計|平均)を[^、。]{1,12}と(した|している)$/);
    for (const s of ['自治体に利用状況を尋ねた', '利用状況を聞いている', '回答の平均を満足度とした']) {
      assert.ok(index.match(index.at(s), method, s), s);
    }
  });

  it('gates on up to four final characters, through a lazy quantifier (`{0,6}?` is lazy, not optional)', () => {
    const re = /重要性(が|も)[^、。]{0,6}?(高まる|増す)$/;
    const table = byEnding([re], (r: RegExp) => r);
    for (const s of ['地域の重要性が相対的に高まる', '重要性が高まる', '重要性も増す']) {
      assert.ok(re.test(s), s);
      assert.equal(table(s).length, 1, `the pattern is tried on ${s}`);
    }
    assert.equal(table('重要性が高まっている').length, 0, 'an ending it cannot have is not tried');
  });

  it('bounds the length of a match, counting what a lookbehind inspects', () => {
    assert.equal(matchBound('かねない$'), 4);
    assert.equal(matchBound('(?<!こ)と(さ|いわ)れ(ている|る)$'), 1 + 1 + 2 + 1 + 3);
    assert.equal(matchBound('こと(?:（[^）]{0,40}）)?(とされた)$'), 2 + 42 + 4);
    assert.equal(matchBound('(重要|鍵).+である$'), Infinity);
  });

  it('finds exactly what the pattern finds on the whole subject', () => {
    const patterns = [/(?<!こ)と(さ|いわ|言わ)れ(ている|る|た)$/, /(課題|問題)(である)?$/, /こと(?:（[^）]{0,40}）)?(とされた|となった)$/, /(重要|鍵)[^。]{1,60}(である|だ)$/];
    const subjects = ['この取組は有効とされている', 'こうした整備が今後の課題である', '制度を見直すこととされた', '地方部への展開も大きな課題',
      '重要なのは、地域の事業者と行政が長期的な視点で連携し続けることである', '対応が急がれることとなった', 'とされる'];
    for (const re of patterns) {
      const table = byEnding([re], (r: RegExp) => r);
      for (const s of subjects.flatMap((x) => [x, 'あ'.repeat(200) + x])) {
        const whole = re.exec(s);
        const fast = table(s).length ? execEnd(re, s) : null;
        const single = matchEnd(re, s);
        assert.deepEqual(single && [single.index, single[0]], whole && [whole.index, whole[0]]);
        assert.deepEqual(fast && [fast.index, fast[0]], whole && [whole.index, whole[0]], `${re} on ${s.slice(-30)}`);
      }
    }
  });

  it('a table tries, of patterns with long endings, only those the subject can match, and finds what each finds alone', () => {
    const patterns = [
      /こと(?:（[^）]{0,40}）|\([^)]{0,40}\))?(とされた|となっている)$/, // a bracket inside a class
      /(課題|問題|リスク)(が|も)(生じている|顕在化している|指摘されている)$/,
      /[^、。]{0,6}?(高まっている|増している)$/, // lazy
      /(?<!こ)とも?(さ|いわ|言わ)れ(ている|てきた)$/, // lookbehind
      /見出し[\u3000]?$/,
      /(指摘|意見)」?(?:[\s\u3000]?[0-9０-９]{1,3}[\s\u3000]?)?(が|も)(ある|多い)$/, // an anchor inside the ending
    ];
    const table = byEnding(patterns, (r: RegExp) => r);
    const subjects = [
      '見直すこと（2025年度）とされた', '見直すこと(予定)となっている', '見直すこととされた', '新たな課題が生じている', '同様の問題も顕在化している',
      '需要が一段と高まっている', '利用が増している', '有効とされている', '有効とも言われてきた', 'こうしたことから言われている', '見出し　', '見出し',
      '同様の指摘 3 がある', '同様の意見が多い', '同様の指摘4も多い', '課題である', 'とされている', 'ている', 'いる', '',
    ];
    for (const s of subjects.flatMap((x) => [x, 'あ'.repeat(120) + x])) {
      const tried = table(s);
      for (const re of patterns) {
        const alone = re.exec(s);
        if (alone) assert.ok(tried.includes(re), `${re} is tried on …${s.slice(-20)}`);
      }
      assert.ok(tried.length <= patterns.filter((re) => re.test(s)).length + 1, `at most one pattern tried in vain on …${s.slice(-20)}`);
    }
  });
  it('one index over several tables and single patterns passes each the entries it passes alone', () => {
    const tables = [
      [/(課題|問題)(である)?$/, /(?<!こ)と(さ|いわ)れ(ている|る|た)$/],
      [/(重要|鍵)[^。]{1,60}(である|だ)$/, /[^、。]{0,6}?(高まっている|増している)$/, /見出し[\u3000]?$/],
    ];
    const single = /こと(?:（[^）]{0,40}）)?(とされた|となった)$/;
    const index = new EndingIndex();
    const ts = tables.map((items) => index.table(items, (r: RegExp) => r));
    const one = index.single(single);
    const subjects = ['この取組は有効とされている', 'こうした整備が今後の課題である', '制度を見直すこととされた', '需要が一段と高まっている',
      '重要なのは、地域が連携し続けることである', '見出し　', 'とされる', 'ている', ''];
    for (const s of subjects.flatMap((x) => [x, 'あ'.repeat(100) + x])) {
      const end = index.at(s);
      ts.forEach((t, k) => assert.deepEqual(index.entries(end, t), byEnding(tables[k], (r: RegExp) => r)(s), `table ${k} on …${s.slice(-20)}`));
      const both = index.match(end, one, s), alone = single.exec(s);
      assert.deepEqual(both && [both.index, both[0]], alone && [alone.index, alone[0]], s);
    }
  });
});
