import * as assert from 'assert';
import { urlsIn } from '../../src/core/urls';

const found = (s: string) => urlsIn(s).map((u) => s.slice(u.start, u.end));

describe('URLs in white-paper text', () => {
  it('end where the Japanese prose glued to them begins', () => {
    assert.deepEqual(found('詳細はhttps://www.example.go.jp/data/index.html（データ集）を参照'), ['https://www.example.go.jp/data/index.html']);
    assert.deepEqual(found('https://example.jp/a.htmlを参照。'), ['https://example.jp/a.html']);
  });

  it('leave out sentence punctuation and an unbalanced closing bracket, but keep balanced ones', () => {
    assert.deepEqual(found('(see https://example.jp/a.html).'), ['https://example.jp/a.html']);
    assert.deepEqual(found('https://en.example.org/wiki/Tokyo_(city), and'), ['https://en.example.org/wiki/Tokyo_(city)']);
  });

  it('report offsets shifted into the enclosing text', () => {
    assert.deepEqual(urlsIn('参照 http://a.jp/x', 100), [{ start: 103, end: 116 }]);
  });

  it('stay linear on a URL made of brackets', () => {
    const s = `https://a.jp/${')'.repeat(200000)}`;
    const t0 = Date.now();
    assert.equal(found(s)[0], 'https://a.jp/');
    assert.ok(Date.now() - t0 < 2000);
  });
});
