// What stands at an offset, and prose quoted without its anchors.
import assert from 'node:assert/strict';
import { analyzeText } from '../../src/core/analyze';
import { anchorAt, footnoteAt, indexOfSpan, proseWithoutAnchors, referenceAt } from '../../src/core/queries';

const text = '白書トップ > 政策 > 白書 > 令和8年版 > 回線\n第Ⅱ部 通信\n第1節 回線\n\n1 回線の整備\n\n整備が進んだ3。費用が課題である 4 。第Ⅱ部第1章第1節参照。\n\n3 白書編集室調べ。\n\n4 事業者へのインタビューによる。\n';
const doc = analyzeText('file:///ws/nd211100.txt', text);

describe('queries', () => {
  it('finds the anchor, its footnote and the reference at an offset', () => {
    const at = text.indexOf('進んだ3') + 3;
    assert.equal(anchorAt(doc, at)?.number, 3);
    assert.equal(footnoteAt(doc, at)?.text, '白書編集室調べ。');
    assert.equal(referenceAt(doc, text.indexOf('第Ⅱ部第1章') + 2)?.text, '第Ⅱ部第1章第1節参照');
    assert.equal(anchorAt(doc, text.indexOf('整備が')), null);
  });

  it('finds a span itself in a start-sorted list, telling apart spans that start together', () => {
    const a = { start: 1, end: 2 }, b = { start: 5, end: 6 }, c = { start: 5, end: 9 }, d = { start: 12, end: 14 };
    const list = [a, b, c, d];
    assert.deepEqual(list.map((s) => indexOfSpan(list, s)), [0, 1, 2, 3]);
    assert.equal(indexOfSpan(list, { start: 5, end: 6 }), -1); // an equal copy is not the span
    assert.equal(indexOfSpan([], a), -1);
  });

  it('quotes prose without its footnote anchors, glued or spaced', () => {
    assert.equal(proseWithoutAnchors(doc, doc.paragraphs[0]), '整備が進んだ。費用が課題である。第Ⅱ部第1章第1節参照。');
  });
});
