// Which plain-text files open as white papers: breadcrumb or 部/章/節 first lines, or several kinds
// of white-paper markup further down; ordinary text stays plain.
import assert from 'node:assert/strict';
import { looksLikeWhitePaper } from '../../src/core/detect';

describe('white-paper detection of plain text', () => {
  it('takes a breadcrumb first line', () => {
    assert.ok(looksLikeWhitePaper('白書トップ > 政策 > 白書 > 令和8年版 > 地域の通信基盤\n本文。\n'));
  });
  it('takes a 部/章/節 heading at the top', () => {
    assert.ok(looksLikeWhitePaper('第2章　放送の現状\n本章では、放送の現状を取り上げる。\n'));
  });
  it('takes an official text that opens with はじめに and numbered headings', () => {
    const text = ['はじめに', '1　地域社会とデジタル技術', '（1）技術が暮らしを変える', '近年、地域の暮らしは大きく変わってきた1。',
      '多くの自治体でオンライン手続が始まっている（図表0-1-1-1）。', '1　白書編集室の調べによる。', '（2）これからの課題', '課題は多い。'].join('\n');
    assert.ok(looksLikeWhitePaper(text));
  });
  it('leaves ordinary prose, lists and notes alone', () => {
    assert.equal(looksLikeWhitePaper('買い物リスト\n1 牛乳\n2 卵\n3 パン\n'), false);
    assert.equal(looksLikeWhitePaper('# Notes\n\nSee chapter 2 of the report.\n(1) first point\n'), false);
    assert.equal(looksLikeWhitePaper('議事録\n（1）開会\n（2）議題\n（3）閉会\n'), false);
  });
});
