// The pattern-table helpers must never skip a pattern that could match: what they read off a
// pattern's source is checked here against the engine itself.
import assert from 'node:assert/strict';
import { byLastChar, execEnd, finalChars, matchBound } from '../../src/core/endPatterns';

describe('end-anchored pattern tables', () => {
  it('reads the characters a match can end with, through groups, classes and optional parts', () => {
    assert.deepEqual([...finalChars('(?<!こ)と(さ|いわ)れ(ている|る|た)')!].sort(), ['た', 'る']);
    assert.deepEqual([...finalChars('(課題|問題)(である)?')!].sort(), ['る', '題']);
    assert.deepEqual([...finalChars('[えけ]ます(か)?')!].sort(), ['か', 'す']);
    assert.equal(finalChars('.{1,60}'), null); // anything: always tried
    assert.equal(finalChars('[^。]+'), null);
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
      const table = byLastChar([re], (r) => r);
      for (const s of subjects.flatMap((x) => [x, 'あ'.repeat(200) + x])) {
        const whole = re.exec(s);
        const fast = table(s).length ? execEnd(re, s) : null;
        assert.deepEqual(fast && [fast.index, fast[0]], whole && [whole.index, whole[0]], `${re} on ${s.slice(-30)}`);
      }
    }
  });
});
