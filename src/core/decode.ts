// Bytes → text for files read from disk (the CLI, and workspace files not open in the editor).
// UTF-8 (with or without BOM), Shift_JIS/CP932, EUC-JP and ISO-2022-JP are detected; anything else
// is refused clearly, never read as UTF-8 by mistake.

export type TextEncoding = 'utf-8' | 'shift_jis' | 'euc-jp' | 'iso-2022-jp';

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncoding }
  | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const sjis = new TextDecoder('shift_jis', { fatal: true });
const eucJp = new TextDecoder('euc-jp', { fatal: true });
const iso2022jp = new TextDecoder('iso-2022-jp', { fatal: true });

/** ISO-2022-JP is 7-bit: it is valid UTF-8 too, and only its escape sequences (to JIS X 0208, back to ASCII) tell it. */
const ISO_2022_JP_ESCAPE = /\x1b(?:\$[@B]|\([BJ])/;

function tryDecode(decoder: { decode(bytes: Uint8Array): string }, bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/** Hiragana: Japanese prose is full of them, and text decoded with the wrong Japanese encoding has none. */
function hiraganaCount(text: string): number {
  return text.match(/[\u3041-\u3096]/g)?.length ?? 0;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return n > 0 && control / n > 0.05;
}

export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, reason: 'UTF-16 text is not supported; save the file as UTF-8 or Shift_JIS' };
  }
  if (looksBinary(bytes)) return { ok: false, reason: 'binary file (not text)' };
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (!hasBom && bytes.every((b) => b < 0x80) && ISO_2022_JP_ESCAPE.test(latin1Head(bytes))) {
    const text = tryDecode(iso2022jp, bytes);
    return text === null ? { ok: false, reason: 'ISO-2022-JP text with invalid sequences; save the file as UTF-8' } : { ok: true, text, encoding: 'iso-2022-jp' };
  }
  const asUtf8 = tryDecode(utf8, hasBom ? bytes.subarray(3) : bytes);
  if (asUtf8 !== null) return { ok: true, text: asUtf8, encoding: 'utf-8' };
  // EUC-JP often decodes as valid Shift_JIS (as half-width katakana and stray kanji): when both
  // read, the one that gives hiragana is the file's
  const asSjis = tryDecode(sjis, bytes), asEuc = tryDecode(eucJp, bytes);
  if (asSjis !== null && (asEuc === null || hiraganaCount(asSjis) >= hiraganaCount(asEuc))) return { ok: true, text: asSjis, encoding: 'shift_jis' };
  if (asEuc !== null) return { ok: true, text: asEuc, encoding: 'euc-jp' };
  return { ok: false, reason: 'not valid UTF-8, Shift_JIS, EUC-JP or ISO-2022-JP text' };
}

/** The first bytes as Latin-1, to look for escape sequences. */
function latin1Head(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < Math.min(bytes.length, 65536); i++) s += String.fromCharCode(bytes[i]);
  return s;
}
