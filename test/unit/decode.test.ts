// Bytes → text: the encodings white-paper files come in, and clear refusals for the rest.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument } from '../../src/core/analyzeDocument';
import { decodeBytes } from '../../src/core/decode';

const fixtures = path.resolve(__dirname, '..', 'fixtures', 'core');
const read = (name: string) => new Uint8Array(fs.readFileSync(path.join(fixtures, name)));
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeBytes', () => {
  it('decodes UTF-8', () => {
    const r = decodeBytes(utf8('第Ⅰ部　特集\n本文 1 。\n'));
    assert.deepStrictEqual(r, { ok: true, text: '第Ⅰ部　特集\n本文 1 。\n', encoding: 'utf-8' });
  });

  it('decodes empty input and plain ASCII as UTF-8', () => {
    assert.deepStrictEqual(decodeBytes(new Uint8Array()), { ok: true, text: '', encoding: 'utf-8' });
    assert.deepStrictEqual(decodeBytes(utf8('Society 5.0\r\n')), { ok: true, text: 'Society 5.0\r\n', encoding: 'utf-8' });
  });

  it('drops a UTF-8 BOM and keeps CRLF', () => {
    const bytes = read('official-crlf-bom.txt');
    assert.deepStrictEqual([bytes[0], bytes[1], bytes[2]], [0xef, 0xbb, 0xbf]);
    const r = decodeBytes(bytes);
    assert.ok(r.ok);
    assert.strictEqual(r.encoding, 'utf-8');
    assert.ok(r.text.startsWith('第Ⅲ部　地域の情報化\r\n'), JSON.stringify(r.text.slice(0, 20)));
    assert.strictEqual(r.text.charCodeAt(0), 0x7b2c);
  });

  for (const [file, encoding] of [['official-eucjp.txt', 'euc-jp'], ['official-iso2022jp.txt', 'iso-2022-jp']] as const) {
    it(`decodes ${encoding} (never as UTF-8 or Shift_JIS garbage)`, () => {
      const r = decodeBytes(read(file));
      assert.ok(r.ok, r.ok ? '' : r.reason);
      assert.strictEqual(r.encoding, encoding);
      assert.strictEqual(r.text.split('\n')[2], '地域における通信基盤の整備を進めることが重要である1。');
      const doc = analyzeDocument(`file:///ws/${file}`, r.text);
      assert.deepStrictEqual(doc.headings.map((h) => h.title), ['情報通信の基盤', '地域の通信網']);
    });
  }

  it('refuses ISO-2022-JP with a broken sequence instead of reading it as UTF-8', () => {
    const bytes = read('official-iso2022jp.txt');
    const broken = new Uint8Array([...bytes.subarray(0, 4), 0x7f, ...bytes.subarray(4)]);
    assert.deepStrictEqual(decodeBytes(broken), { ok: false, reason: 'ISO-2022-JP text with invalid sequences; save the file as UTF-8' });
  });

  it('ISO-2022-JP opened as UTF-8 (by the editor) is reported as read with the wrong encoding', () => {
    const asUtf8 = new TextDecoder('utf-8').decode(read('official-iso2022jp.txt'));
    const d = analyzeDocument('file:///ws/jis.txt', asUtf8).diagnostics.find((x) => x.code === 'encoding-mojibake');
    assert.ok(d, 'a warning');
    assert.match(d.message, /ISO-2022-JP/);
    assert.strictEqual(d.start, 0);
  });

  it('decodes Shift_JIS (CP932, with Ⅱ and full-width brackets)', () => {
    const r = decodeBytes(read('official-sjis.txt'));
    assert.ok(r.ok, r.ok ? '' : r.reason);
    assert.strictEqual(r.encoding, 'shift_jis');
    const lines = r.text.split('\r\n');
    assert.strictEqual(lines[0], '第Ⅱ部　情報通信の基盤');
    assert.strictEqual(lines[5], '1　白書編集室「無線局の開設状況に関する調査」（2025年）による。');
    assert.ok(!r.text.includes('\uFFFD'));
  });

  it('refuses binary files', () => {
    const r = decodeBytes(read('bad/binary.txt'));
    assert.strictEqual(r.ok, false);
    assert.match(r.ok ? '' : r.reason, /binary/);
    const controls = decodeBytes(new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))));
    assert.strictEqual(controls.ok, false);
  });

  it('refuses bytes that are neither UTF-8 nor Shift_JIS', () => {
    const r = decodeBytes(read('bad/invalid-encoding.txt'));
    assert.strictEqual(r.ok, false);
    assert.match(r.ok ? '' : r.reason, /UTF-8|Shift_JIS/);
  });

  it('refuses UTF-16 (either byte order) with a clear reason', () => {
    const body = '第1節';
    const le = new Uint8Array([0xff, 0xfe, ...Array.from(body).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const be = new Uint8Array([0xfe, 0xff, ...Array.from(body).flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])]);
    for (const bytes of [le, be]) {
      const r = decodeBytes(bytes);
      assert.strictEqual(r.ok, false);
      assert.match(r.ok ? '' : r.reason, /UTF-16/);
    }
  });
});

describe('mojibake in analysed text', () => {
  it('reports replacement characters once, at the first, with their count', () => {
    const doc = analyzeDocument('file:///ws/nd111100.txt', '第1節\u3000地域の\uFFFD\uFFFD通信基盤\n本文は\uFFFDである。\n');
    const found = doc.diagnostics.filter((d) => d.code === 'encoding-mojibake');
    assert.equal(found.length, 1);
    assert.equal(found[0].start, 7);
    assert.deepEqual(found[0].args, [3]);
  });
  it('says nothing about clean text', () => {
    assert.equal(analyzeDocument('file:///ws/a.txt', '第1節\u3000地域の通信基盤\n').diagnostics.length, 0);
  });
});
