// Bytes → text for files read from disk (the CLI, and workspace files not open in the editor).
// UTF-8 (with or without BOM) and Shift_JIS/CP932 are detected; anything else is refused clearly.

export type TextEncoding = 'utf-8' | 'shift_jis';

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncoding }
  | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const sjis = new TextDecoder('shift_jis', { fatal: true });

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
  try {
    return { ok: true, text: utf8.decode(hasBom ? bytes.subarray(3) : bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: try Shift_JIS/CP932
  }
  try {
    return { ok: true, text: sjis.decode(bytes), encoding: 'shift_jis' };
  } catch {
    return { ok: false, reason: 'not valid UTF-8 or Shift_JIS text' };
  }
}
