import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { decodeBytes } from '../../src/core/decode';
import {
  anchorNote, anchorNotes, newNoteId, Note, notesToW3c, notesWithin, parseNotes, selectorsFor, serializeNotes,
} from '../../src/core/notes';

const PAGE = [
  '第2節　地域の通信基盤',
  '1　光ファイバの整備',
  '過疎地域では光ファイバの整備が遅れており、事業者の投資だけでは採算が合わない地域が残っている3。',
  'このため、国は整備費用の一部を補助する制度を設けている。',
  '3　総務省「地域通信基盤調査」（2019年）による。',
  '',
].join('\n');

const PASSAGE = '事業者の投資だけでは採算が合わない地域が残っている';

function noteOn(text: string, passage: string, extra: Partial<Note> = {}): Note {
  const start = text.indexOf(passage);
  assert.ok(start >= 0, 'fixture passage present');
  return {
    id: 'n-20261206T041500Z-000001', author: '査読者A', created: '2026-12-06T04:15:00.000Z',
    text: '出典が2019年の調査。新しい調査はないか。', label: '出典', status: 'open', replies: [],
    target: { file: 'r1/nd121210.txt', address: ['2', '1'], ...selectorsFor(text, start, start + passage.length) },
    ...extra,
  };
}

/** The passage a note is anchored to in `text`, or null when orphaned. */
function passageIn(text: string, note: Note): string | null {
  const a = anchorNote(text, note.target);
  return a ? text.slice(a.start, a.end) : null;
}

describe('review notes: re-anchoring a note to its passage after edits', () => {
  const note = noteOn(PAGE, PASSAGE);

  it('finds the passage at its stored position when nothing changed', () => {
    const a = anchorNote(PAGE, note.target)!;
    assert.equal(a.method, 'position');
    assert.equal(PAGE.slice(a.start, a.end), PASSAGE);
  });

  it('follows the passage when text is inserted or deleted before it', () => {
    const inserted = PAGE.replace('第2節　地域の通信基盤\n', '第2節　地域の通信基盤\n本節では、地域の通信基盤の現状を概観する。\n');
    assert.equal(passageIn(inserted, note), PASSAGE);
    assert.equal(anchorNote(inserted, note.target)!.method, 'quote');
    const deleted = PAGE.replace('1　光ファイバの整備\n', '');
    assert.equal(passageIn(deleted, note), PASSAGE);
  });

  it('is not disturbed by edits after the passage', () => {
    const after = PAGE.replace('補助する制度を設けている', '補助する制度を令和2年度から拡充している');
    const a = anchorNote(after, note.target)!;
    assert.equal(a.method, 'position');
    assert.equal(after.slice(a.start, a.end), PASSAGE);
  });

  it('tolerates a small change inside the passage and covers the changed wording', () => {
    const edited = PAGE.replace('採算が合わない', '採算の合わない');
    const a = anchorNote(edited, note.target)!;
    assert.equal(a.method, 'near-quote');
    assert.equal(edited.slice(a.start, a.end), '事業者の投資だけでは採算の合わない地域が残っている');
    const longer = PAGE.replace('投資だけでは', '投資のみでは');
    assert.equal(passageIn(longer, note), '事業者の投資のみでは採算が合わない地域が残っている');
  });

  it('finds a passage moved to another place in the file', () => {
    const sentence = '過疎地域では光ファイバの整備が遅れており、事業者の投資だけでは採算が合わない地域が残っている3。\n';
    const moved = PAGE.replace(sentence, '').replace('3　総務省', `${sentence}3　総務省`);
    assert.notEqual(moved, PAGE);
    assert.equal(passageIn(moved, note), PASSAGE);
  });

  it('with the passage duplicated, keeps the occurrence whose context matches', () => {
    // the same words appear earlier in another context; the note's own context picks the right one
    const dup = PAGE.replace('第2節　地域の通信基盤\n', `第2節　地域の通信基盤\n山間部でも、${PASSAGE}との声がある。\n`);
    const a = anchorNote(dup, note.target)!;
    const original = dup.indexOf(`遅れており、${PASSAGE}`) + '遅れており、'.length;
    assert.equal(a.start, original);
  });

  it('orphans the note when the passage is deleted, never pointing at unrelated text', () => {
    const gone = PAGE.replace('過疎地域では光ファイバの整備が遅れており、事業者の投資だけでは採算が合わない地域が残っている3。\n', '');
    assert.equal(anchorNote(gone, note.target), null);
    const rewritten = PAGE.replace(PASSAGE, '条件不利地域での整備は概ね完了した');
    assert.equal(anchorNote(rewritten, note.target), null);
  });

  it('survives a change of line endings (LF to CRLF and back), offsets in the new text', () => {
    const crlf = PAGE.replace(/\n/g, '\r\n');
    const a = anchorNote(crlf, note.target)!;
    assert.equal(crlf.slice(a.start, a.end), PASSAGE);
    // a passage spanning a line end, stored from a CRLF file, found in the LF file
    const span = 'を設けている。\r\n3　総務省';
    const crlfNote = noteOn(crlf, span);
    assert.equal(crlfNote.target.quote.exact, 'を設けている。\n3　総務省', 'quotes are stored with \\n');
    const b = anchorNote(PAGE, crlfNote.target)!;
    assert.equal(PAGE.slice(b.start, b.end), 'を設けている。\n3　総務省');
    const c = anchorNote(crlf, crlfNote.target)!;
    assert.equal(c.method, 'position');
    assert.equal(crlf.slice(c.start, c.end), span);
  });

  it('a whole file re-encoded (UTF-8 with LF saved as Shift_JIS with CRLF) keeps its notes', () => {
    const sjis = decodeBytes(fs.readFileSync(path.join(__dirname, '../fixtures/core/official-sjis.txt')));
    assert.ok(sjis.ok && sjis.encoding === 'shift_jis');
    const utf8Lf = sjis.text.replace(/\r\n/g, '\n');
    const passage = '「無線局の開設状況に関する調査」';
    const onUtf8 = noteOn(utf8Lf, passage);
    const a = anchorNote(sjis.text, onUtf8.target)!;
    assert.equal(sjis.text.slice(a.start, a.end), passage);
    assert.equal(sjis.text.slice(0, a.start).split('\r\n').length, utf8Lf.slice(0, utf8Lf.indexOf(passage)).split('\n').length, 'same line');
  });

  it('stays fast on a large file where the quote is gone (no quadratic search)', () => {
    const big = PAGE.repeat(4000).replace(new RegExp(PASSAGE, 'g'), '別の文章に差し替えられた部分である');
    const t0 = Date.now();
    assert.equal(anchorNote(big, note.target), null);
    assert.ok(Date.now() - t0 < 5000, `took ${Date.now() - t0} ms`);
  });
});

describe('review notes: the notes file', () => {
  const a = noteOn(PAGE, PASSAGE, { id: 'n-20261206T041500Z-00000b' });
  const b = noteOn(PAGE, '整備費用の一部を補助する', {
    id: 'n-20261206T041500Z-00000a', label: null, status: 'resolved',
    replies: [{ id: 'n-20261206T050000Z-0000ff', author: '執筆者B', created: '2026-12-06T05:00:00.000Z', text: '令和4年度調査で更新します。' }],
  });

  it('round-trips, sorted by id, so one note changes only its own lines', () => {
    const text = serializeNotes([a, b]);
    const parsed = parseNotes(text);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.notes.map((n) => n.id), [b.id, a.id]);
    assert.deepEqual(parsed.notes[1], a);
    const changed = serializeNotes([{ ...a, status: 'resolved' }, b]);
    const before = text.split('\n'), after = changed.split('\n');
    assert.equal(before.length, after.length);
    const differing = before.filter((line, i) => line !== after[i]);
    assert.deepEqual(differing, ['      "status": "open",']);
  });

  it('reports what is wrong and keeps the valid notes', () => {
    const text = JSON.stringify({ version: 1, notes: [{ id: 'x' }, JSON.parse(serializeNotes([a])).notes[0], JSON.parse(serializeNotes([a])).notes[0]] });
    const parsed = parseNotes(text);
    assert.equal(parsed.notes.length, 1);
    assert.equal(parsed.problems.length, 2);
    assert.match(parsed.problems[0], /notes\[0\]/);
    assert.match(parsed.problems[1], /used twice/);
    assert.match(parseNotes('{').problems[0], /not valid JSON/);
    assert.match(parseNotes('[]').problems[0], /"notes" array/);
  });

  it('new ids sort in the order notes were written', () => {
    const first = newNoteId(new Date('2026-12-06T04:15:00.123Z'), () => 0.99);
    const second = newNoteId(new Date('2026-12-06T04:15:00.124Z'), () => 0);
    assert.match(first, /^n-20261206T041500123Z-[0-9a-f]{6}$/);
    assert.ok(first < second);
  });
});

describe('review notes: notes on claims and the W3C export', () => {
  const note = noteOn(PAGE, PASSAGE);

  it('a note belongs to the sentence its passage overlaps', () => {
    const anchored = anchorNotes([note], 'r1/nd121210.txt', PAGE);
    const s1 = PAGE.indexOf('過疎地域'), e1 = PAGE.indexOf('3。') + 2;
    const s2 = PAGE.indexOf('このため'), e2 = PAGE.indexOf('設けている。') + 6;
    assert.deepEqual(notesWithin(anchored, s1, e1).map((n) => n.id), [note.id]);
    assert.deepEqual(notesWithin(anchored, s2, e2), []);
    assert.deepEqual(anchorNotes([note], 'other.txt', PAGE), []);
  });

  it('exports a W3C AnnotationCollection with quote and position selectors, tags and replies', () => {
    const withReply: Note = { ...note, status: 'resolved', replies: [{ id: 'n-2', author: 'B', created: '2026-12-07T00:00:00.000Z', text: '対応済み' }] };
    const w3c = notesToW3c([{ note: withReply, source: 'file:///papers/r1/nd121210.txt' }], 'urn:hakusho:notes');
    assert.equal(w3c['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(w3c.type, 'AnnotationCollection');
    assert.equal(w3c.total, 2);
    const [ann, reply] = w3c.first.items;
    assert.equal(ann.type, 'Annotation');
    assert.equal(ann.motivation, 'commenting');
    assert.equal(typeof ann.target, 'object');
    const target = ann.target as { source: string; selector: { type: string }[] };
    assert.equal(target.source, 'file:///papers/r1/nd121210.txt');
    assert.deepEqual(target.selector.map((s) => s.type), ['TextQuoteSelector', 'TextPositionSelector']);
    assert.deepEqual(ann.body.filter((b) => b.purpose === 'tagging').map((b) => b.value), ['出典', 'resolved']);
    assert.equal(reply.motivation, 'replying');
    assert.equal(reply.target, ann.id);
  });
});

describe('review notes: the JSON schema', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'schemas', 'notes.schema.json'), 'utf8'));
  const entry = schema.properties.notes.items;

  it('requires what the reader requires, and allows exactly what the writer writes', () => {
    const written = JSON.parse(serializeNotes([noteOn(PAGE, PASSAGE, { updated: '2026-12-07T00:00:00.000Z', replies: [{ id: 'r', author: 'B', created: '2026-12-07T00:00:00.000Z', text: 't' }] })])).notes[0];
    assert.deepEqual(Object.keys(written).filter((k) => !(k in entry.properties)), []);
    assert.deepEqual(Object.keys(written.target).filter((k) => !(k in entry.properties.target.properties)), []);
    assert.deepEqual(entry.properties.status.enum, ['open', 'resolved']);
    for (const key of entry.required) {
      const broken = JSON.parse(serializeNotes([noteOn(PAGE, PASSAGE)]));
      delete broken.notes[0][key];
      assert.equal(parseNotes(JSON.stringify(broken)).notes.length, 0, `a note without "${key}" is refused by the reader too`);
    }
  });

  it('is what the editor validates the file against', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
    assert.ok(pkg.contributes.jsonValidation.some((v: { fileMatch: string; url: string }) => v.fileMatch === '**/.hakusho/notes.json' && v.url === './schemas/notes.schema.json'));
  });
});
