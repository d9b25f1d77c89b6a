// `hakusho notes [--json|--csv|--markdown|--format w3c] PATH...`: reviewers' notes on the white-paper
// files given, from the nearest `.hakusho/notes.json`, each with its passage as the file reads now,
// the heading it sits under and its status; notes whose passage is gone are flagged as orphaned.
import * as path from 'path';
import { pathToFileURL } from 'url';
import { csvField, markdownCell } from '../core/claimExport';
import { headingDisplay } from '../core/claimExtraction';
import { WhitePaperDocument } from '../core/model';
import { anchorNote, Note, NOTES_MAX_BYTES, NOTES_PATH, notesToW3c, parseNotes } from '../core/notes';
import { headingsAt } from '../core/queries';
import { lineIndexOf } from '../core/text';
import { parseArgs } from './args';
import { NearestHakushoFile } from './nearestHakushoFile';
import { analysePaths } from './whitePaper';

const FORMATS = ['text', 'json', 'csv', 'markdown', 'w3c'] as const;
type Format = typeof FORMATS[number];

/** One note as the listing shows it. */
export interface ListedNote {
  file: string;
  note: Note;
  /** 1-based line and column of the passage now; null when orphaned. */
  line: number | null;
  column: number | null;
  orphaned: boolean;
  /** The passage as the file reads now, or the stored quote when orphaned. */
  passage: string;
  /** The heading path the passage sits under now (the stored address when orphaned). */
  heading: string[];
  /** For the W3C export: the file's URI. */
  source: string;
}

export function listNotes(file: string, doc: WhitePaperDocument, notes: readonly Note[]): ListedNote[] {
  const lines = lineIndexOf(doc);
  return notes.map((note) => {
    const anchor = anchorNote(doc.text, note.target);
    const source = pathToFileURL(path.resolve(file)).href;
    if (!anchor) {
      return { file, note, line: null, column: null, orphaned: true, passage: note.target.quote.exact, heading: [...note.target.address], source };
    }
    const p = lines.positionAt(anchor.start);
    const heading = headingsAt(doc, anchor.start).map(headingDisplay);
    return { file, note, line: p.line + 1, column: p.character + 1, orphaned: false, passage: doc.text.slice(anchor.start, anchor.end), heading, source };
  });
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

function statusOf(n: ListedNote): string {
  return n.orphaned ? `${n.note.status}, orphaned` : n.note.status;
}

function asText(listed: readonly ListedNote[]): string {
  const out: string[] = [];
  let file: string | null = null;
  for (const n of listed) {
    if (n.file !== file) {
      file = n.file;
      const count = listed.filter((x) => x.file === file).length;
      out.push(`${file}: ${count} note${count === 1 ? '' : 's'}`);
    }
    const where = n.orphaned ? 'orphaned' : `${n.line}:${n.column}`;
    out.push(`  ${where.padEnd(8)} [${statusOf(n)}]${n.note.label ? ` ${n.note.label}` : ''}  ${n.heading.join(' › ') || '(before the first heading)'}`);
    out.push(`           「${oneLine(n.passage)}」`);
    out.push(`           ${n.note.author}: ${oneLine(n.note.text)}`);
    for (const r of n.note.replies) out.push(`             ${r.author}: ${oneLine(r.text)}`);
  }
  return out.join('\n') + (out.length ? '\n' : '');
}

function asJson(listed: readonly ListedNote[]): string {
  return JSON.stringify(listed.map((n) => ({
    file: n.file, id: n.note.id, status: n.note.status, orphaned: n.orphaned, label: n.note.label,
    line: n.line, column: n.column, heading: n.heading, passage: n.passage,
    author: n.note.author, created: n.note.created, ...(n.note.updated ? { updated: n.note.updated } : {}),
    text: n.note.text, replies: n.note.replies,
  })), null, 2) + '\n';
}

export const NOTES_CSV_COLUMNS = ['file', 'line', 'column', 'status', 'orphaned', 'label', 'heading', 'passage', 'author', 'created', 'note', 'replies'] as const;

function asCsv(listed: readonly ListedNote[]): string {
  const rows = [NOTES_CSV_COLUMNS.join(',')];
  for (const n of listed) {
    rows.push([
      n.file, n.line ?? '', n.column ?? '', n.note.status, n.orphaned ? 'yes' : 'no', n.note.label ?? '',
      n.heading.join(' > '), n.passage, n.note.author, n.note.created, n.note.text,
      n.note.replies.map((r) => `${r.author}: ${r.text}`).join('\n'),
    ].map(csvField).join(','));
  }
  return rows.join('\r\n') + '\r\n';
}

function asMarkdown(listed: readonly ListedNote[]): string {
  const out = ['| file | where | status | label | heading | passage | note | replies |', '|---|---|---|---|---|---|---|---|'];
  for (const n of listed) {
    out.push(`| ${[
      n.file, n.orphaned ? 'orphaned' : `${n.line}:${n.column}`, n.note.status, n.note.label ?? '', n.heading.join(' › '),
      n.passage, `${n.note.author}: ${n.note.text}`, n.note.replies.map((r) => `${r.author}: ${r.text}`).join(' / '),
    ].map(markdownCell).join(' | ')} |`);
  }
  return out.join('\n') + '\n';
}

/** Finds the nearest `.hakusho/notes.json` above each file (read once per run). */
export function notesLookup(): NearestHakushoFile<Note[]> {
  return new NearestHakushoFile(NOTES_PATH, (text) => {
    const parsed = parseNotes(text);
    return { value: parsed.notes, problems: parsed.problems };
  }, () => [] as Note[], NOTES_MAX_BYTES);
}

export function notesCommand(argv: string[]): number {
  const args = parseArgs(argv, ['--json', '--csv', '--markdown'], ['--format']);
  const fail = (message: string) => (process.stderr.write(`hakusho notes: ${message}\n`), 2);
  if (args.error) return fail(args.error);
  const chosen = [...args.flags].map((f) => f.slice(2));
  const option = args.options.get('--format');
  if (option !== undefined) {
    if (!(FORMATS as readonly string[]).includes(option)) return fail(`--format must be one of ${FORMATS.join(', ')}`);
    chosen.push(option);
  }
  if (chosen.length > 1) return fail('choose one output format');
  const format = (chosen[0] ?? 'text') as Format;
  if (args.paths.length === 0) return fail('give at least one file or folder');

  const { files, failed: unreadable } = analysePaths(args.paths);
  let failed = unreadable;
  const lookup = notesLookup();
  const listed: ListedNote[] = [];
  for (const { file, doc } of files) {
    const found = lookup.forFile(file);
    if (!found) continue;
    listed.push(...listNotes(file, doc, found.source.value.filter((n) => n.target.file === found.key)));
  }
  // A broken notes file fails the run: a team's review would be ignored.
  for (const source of lookup.sources()) {
    for (const problem of source.problems) process.stderr.write(`hakusho notes: ${source.file}: ${problem}\n`);
    if (source.problems.length) failed = true;
  }
  switch (format) {
    case 'json': process.stdout.write(asJson(listed)); break;
    case 'csv': process.stdout.write(asCsv(listed)); break;
    case 'markdown': process.stdout.write(asMarkdown(listed)); break;
    case 'w3c': process.stdout.write(JSON.stringify(notesToW3c(listed, 'urn:hakusho:notes'), null, 2) + '\n'); break;
    default: process.stdout.write(asText(listed));
  }
  return failed ? 1 : 0;
}
