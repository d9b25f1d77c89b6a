// Shared by the unit tests: offsets of fixture text, spans as text, references in text order, and a
// CLI command run in-process with its output captured.
import assert from 'node:assert/strict';
import { CrossReference, WhitePaperDocument } from '../../src/core/model';

/** Offset of `needle` + `skip` characters in `text`; fails the test when `needle` is absent or repeated. */
export function at(text: string, needle: string, skip = 0): number {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `fixture holds ${needle}`);
  assert.strictEqual(text.indexOf(needle, i + 1), -1, `${needle} is unique in the fixture`);
  return i + skip;
}

export const slice = (doc: WhitePaperDocument, s: { start: number; end: number }) => doc.text.slice(s.start, s.end);

/** Cross-references and figure references together, in text order. */
export const allReferences = (doc: WhitePaperDocument): CrossReference[] =>
  [...doc.references, ...doc.figureReferences].sort((a, b) => a.start - b.start);

/** Runs a CLI command function in-process, capturing what it writes to stdout and stderr. */
export function runCaptured(command: (argv: string[]) => number, argv: string[]): { code: number; out: string; err: string } {
  let out = '', err = '';
  const o = process.stdout.write, e = process.stderr.write;
  process.stdout.write = ((chunk: string | Uint8Array) => { out += String(chunk); return true; }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => { err += String(chunk); return true; }) as typeof process.stderr.write;
  try {
    return { code: command(argv), out, err };
  } finally {
    process.stdout.write = o;
    process.stderr.write = e;
  }
}
