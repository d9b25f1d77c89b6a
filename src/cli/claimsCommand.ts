// `hakusho claims [--json|--csv|--markdown] [--no-corrections] PATH...`: the claims of each
// white-paper file with their kind, strength, inner kind, holder, heading path and evidence — the same register the
// editor exports, with the reviewers' corrections from the nearest `.hakusho/claims.json`.
import { ClaimFile, notePhrase, claimsToCsv, claimsToJson, claimsToMarkdown, evidencePhrases, holderLabel } from '../core/claimExport';
import { claimLabel, claimsOf, staleCorrections } from '../core/claimExtraction';
import { lineIndexOf } from '../core/text';
import { parseArgs } from './args';
import { CorrectionsLookup } from './correctionsFile';
import { notesLookup } from './notesCommand';
import { anchorNotes, notesWithin } from '../core/notes';
import { analysePaths } from './whitePaper';

const FORMATS = ['--json', '--csv', '--markdown'];
const NO_CORRECTIONS = '--no-corrections';

/** Readable listing: file, then each heading path with its claims (`line:col kind (strength) text [evidence]`). */
export function claimsListing(f: ClaimFile): string {
  const claims = f.claims ?? claimsOf(f.doc);
  const lines = lineIndexOf(f.doc);
  const out: string[] = [`${f.file}: ${claims.length} claim${claims.length === 1 ? '' : 's'}`];
  let group: readonly string[] | null = null;
  for (const c of claims) {
    if (group !== c.headingPath) {
      group = c.headingPath;
      out.push(`  ${group.length ? group.join(' › ') : '(before the first heading)'}`);
    }
    const p = lines.positionAt(c.start);
    const ev = evidencePhrases(c);
    const holder = c.holder.type === 'named' && c.holder.text === null ? 'a party named in an earlier sentence' : holderLabel(c.holder);
    const read = c.kind === 'attributed' ? `attributed: ${c.inner}, held by ${holder}` : c.kind;
    const kind = c.correctedFrom ? `${read}, set by a reviewer (classifier: ${c.correctedFrom})` : read;
    out.push(`    ${`${p.line + 1}:${p.character + 1}`.padEnd(8)} ${kind} (${c.strength})  ${c.text.replace(/\s+/g, ' ')}`);
    out.push(`             ${ev.length ? `evidence: ${ev.join('; ')}` : 'no evidence'}`);
    for (const n of f.notes ? notesWithin(f.notes, c.start, c.end) : []) out.push(`             note: ${notePhrase(n)}`);
  }
  return out.join('\n');
}

export function claimsCommand(argv: string[]): number {
  const args = parseArgs(argv, [...FORMATS, NO_CORRECTIONS]);
  if (args.error) {
    process.stderr.write(`hakusho claims: ${args.error}\n`);
    return 2;
  }
  const formats = FORMATS.filter((f) => args.flags.has(f));
  if (formats.length > 1) {
    process.stderr.write(`hakusho claims: choose one of ${FORMATS.join(', ')}\n`);
    return 2;
  }
  if (args.paths.length === 0) {
    process.stderr.write('hakusho claims: give at least one file or folder\n');
    return 2;
  }
  const { files, failed: unreadable } = analysePaths(args.paths);
  let failed = unreadable;
  const lookup = args.flags.has(NO_CORRECTIONS) ? undefined : new CorrectionsLookup();
  const notes = notesLookup();
  const results: ClaimFile[] = files.map(({ file, doc }) => {
    // each claim carries the reviewers' notes on its sentence
    const noted = notes.forFile(file);
    const withNotes = noted ? { notes: anchorNotes(noted.source.value, noted.key, doc.text) } : {};
    const found = lookup?.forFile(file);
    if (!found) return { file, doc, ...withNotes };
    for (const stale of staleCorrections(doc, found.corrections)) {
      process.stderr.write(`hakusho claims: ${file}: the correction in ${found.source.file} for 「${claimLabel({ text: stale.sentence, marker: '' }, 40).label}」 matches no sentence (the sentence was edited or removed)\n`);
    }
    return { file, doc, claims: claimsOf(doc, found.corrections), ...withNotes };
  });
  for (const source of notes.sources()) {
    for (const problem of source.problems) process.stderr.write(`hakusho claims: ${source.file}: ${problem}\n`);
    if (source.problems.length) failed = true;
  }
  // A broken corrections file fails the run: a team's decisions are being ignored.
  for (const source of lookup?.sources() ?? []) {
    for (const problem of source.problems) process.stderr.write(`hakusho claims: ${source.file}: ${problem}\n`);
    if (source.problems.length) failed = true;
  }
  switch (formats[0]) {
    case '--json':
      process.stdout.write(claimsToJson(results));
      break;
    case '--csv':
      process.stdout.write(claimsToCsv(results));
      break;
    case '--markdown':
      process.stdout.write(claimsToMarkdown(results));
      break;
    default:
      for (const r of results) process.stdout.write(claimsListing(r) + '\n\n');
  }
  return failed ? 1 : 0;
}
