// A reviewer's claim register: claims → Markdown, CSV and JSON. Pure (no vscode import), shared by
// the editor's export commands and `hakusho claims`. Positions are computed from the analysed text:
// 0-based lines and UTF-16 characters in JSON (as the editor counts them), 1-based lines in the
// Markdown and CSV registers (as a reader looks them up). Labels can be replaced for localisation.

import { Claim, ClaimHolder, ClaimKind, ClaimStrength, HolderType, InnerKind, WhitePaperDocument } from './model';
import { claimsOf, evidenceCount } from './claimExtraction';
import { AnchoredNote, Note, notesWithin } from './notes';
import { lineIndexOf } from './text';

export interface ClaimFile {
  /** How the file is named in the register (a workspace-relative path, or the path given on the command line). */
  file: string;
  doc: WhitePaperDocument;
  /** The claims to export (e.g. filtered); all claims of `doc` when left out. */
  claims?: readonly Claim[];
  /** Reviewers' notes on the file, anchored in `doc.text`: each claim carries those on its sentence. */
  notes?: readonly AnchoredNote[];
}

/** A review note as the register carries it. */
export interface ClaimNoteJson {
  id: string;
  status: Note['status'];
  label: string | null;
  author: string;
  created: string;
  text: string;
  replies: { author: string; created: string; text: string }[];
}

export interface ClaimJson {
  kind: ClaimKind;
  strength: ClaimStrength;
  /** The kind of what is asserted (of what is reported, for an attributed claim). */
  inner: InnerKind;
  holder: ClaimHolder;
  text: string;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  headingPath: string[];
  evidence: {
    footnotes: { number: number; source: string | null }[];
    figures: string[];
    references: string[];
  };
  /** Only when a reviewer set the kind: what the classifier said. */
  correctedFrom?: ClaimKind | 'none';
  /** Reviewers' notes on the claim's sentence (present when the file's notes were read). */
  notes?: ClaimNoteJson[];
}

export interface ClaimFileJson {
  file: string;
  claims: ClaimJson[];
}

export interface ClaimExportLabels {
  title: string;
  /** `{0}` claims, `{1}` files. */
  summary: string;
  line: string;
  kind: string;
  strength: string;
  /** Column of whose claim it is. */
  holder: string;
  claim: string;
  evidence: string;
  /** Group of claims before the first heading. */
  noHeading: string;
  /** A kind a reviewer set: `{0}` the kind. */
  corrected: string;
  noEvidence: string;
  /** `{0}` footnote number, `{1}` its source. */
  footnote: string;
  footnoteWithSource: string;
  /** `{0}` figure number. */
  figure: string;
  /** `{0}` reference text. */
  reference: string;
  kinds: Record<ClaimKind, string>;
  strengths: Record<ClaimStrength, string>;
  /** `own`; `named` with `{0}` the party; `named` when the party is in an earlier sentence; `unnamed`. */
  holders: Record<HolderType, string> & { namedText: string };
  /** An attributed claim's kind with what it reports: `{0}` the kind, `{1}` the inner kind. */
  reported: string;
  /** Column of reviewers' notes. */
  notes: string;
  /** A note's status: open or resolved. */
  noteStatuses: Record<Note['status'], string>;
}

export const ENGLISH_LABELS: ClaimExportLabels = {
  title: 'Claim register',
  summary: '{0} claims in {1} files',
  line: 'Line',
  kind: 'Kind',
  strength: 'Strength',
  holder: 'Whose',
  claim: 'Claim',
  evidence: 'Evidence',
  noHeading: '(before the first heading)',
  corrected: '{0} (set by a reviewer)',
  noEvidence: '(none)',
  footnote: 'footnote {0}',
  footnoteWithSource: 'footnote {0}: {1}',
  figure: 'figure {0}',
  reference: 'see {0}',
  kinds: {
    necessity: 'necessity', importance: 'importance', expectation: 'expectation',
    assessment: 'assessment', attributed: 'attributed', concern: 'concern',
  },
  strengths: { firm: 'firm', hedged: 'hedged' },
  holders: { own: 'own', named: 'named in an earlier sentence', unnamed: 'unnamed', namedText: '{0}' },
  reported: '{0}: {1}',
  notes: 'Notes',
  noteStatuses: { open: 'open', resolved: 'resolved' },
};

function fill(template: string, ...args: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m));
}

/** The kind as a register shows it (`attributed: necessity`), marked when a reviewer set it. */
function kindLabel(c: Claim, labels: ClaimExportLabels): string {
  const kind = c.kind === 'attributed' ? fill(labels.reported, labels.kinds.attributed, labels.kinds[c.inner]) : labels.kinds[c.kind];
  return c.correctedFrom ? fill(labels.corrected, kind) : kind;
}

/** Whose claim, as a register shows it: `own`, the party as written, or `unnamed`. */
export function holderLabel(holder: ClaimHolder, labels: ClaimExportLabels = ENGLISH_LABELS): string {
  return holder.type === 'named' && holder.text !== null ? fill(labels.holders.namedText, holder.text) : labels.holders[holder.type];
}

function claimsFor(f: ClaimFile): readonly Claim[] {
  return f.claims ?? claimsOf(f.doc);
}

/** The notes on a claim's sentence, when the file's notes were read. */
function notesOn(f: ClaimFile, c: Claim): Note[] | undefined {
  return f.notes ? notesWithin(f.notes, c.start, c.end) : undefined;
}

/** A note as one line of a register: `[label, status] author: text / replier: reply`. */
export function notePhrase(n: Note, labels: ClaimExportLabels = ENGLISH_LABELS): string {
  const tag = [n.label, labels.noteStatuses[n.status]].filter(Boolean).join(', ');
  return [`[${tag}] ${n.author}: ${n.text}`, ...n.replies.map((r) => `${r.author}: ${r.text}`)].join(' / ').replace(/\s+/g, ' ');
}

function noteJson(n: Note): ClaimNoteJson {
  return {
    id: n.id, status: n.status, label: n.label, author: n.author, created: n.created, text: n.text,
    replies: n.replies.map((r) => ({ author: r.author, created: r.created, text: r.text })),
  };
}

// ---------------------------------------------------------------------------------------------
// JSON

export function claimJson(doc: WhitePaperDocument, c: Claim, notes?: readonly Note[]): ClaimJson {
  const lines = lineIndexOf(doc);
  const a = lines.positionAt(c.start), b = lines.positionAt(c.end);
  return {
    kind: c.kind,
    strength: c.strength,
    inner: c.inner,
    holder: { type: c.holder.type, text: c.holder.text },
    text: c.text,
    line: a.line,
    character: a.character,
    endLine: b.line,
    endCharacter: b.character,
    headingPath: [...c.headingPath],
    evidence: {
      footnotes: c.evidence.footnotes.map((f) => ({ number: f.number, source: f.source })),
      figures: [...c.evidence.figures],
      references: [...c.evidence.references],
    },
    ...(c.correctedFrom ? { correctedFrom: c.correctedFrom } : {}),
    ...(notes ? { notes: notes.map(noteJson) } : {}),
  };
}

export function claimsJsonValue(files: readonly ClaimFile[]): ClaimFileJson[] {
  return files.map((f) => ({ file: f.file, claims: claimsFor(f).map((c) => claimJson(f.doc, c, notesOn(f, c))) }));
}

/** `[{ file, claims: [...] }, ...]`, indented, with a final newline. */
export function claimsToJson(files: readonly ClaimFile[]): string {
  return JSON.stringify(claimsJsonValue(files), null, 2) + '\n';
}

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180: CRLF line ends, fields quoted when they hold a quote, comma, CR or LF)

export function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_COLUMNS = [
  'file', 'line', 'column', 'kind', 'strength', 'inner', 'holder', 'holder_text', 'heading', 'claim', 'marker',
  'footnotes', 'sources', 'figures', 'references', 'evidence', 'corrected_from', 'notes',
] as const;

/**
 * One row per claim; `line`/`column` are 1-based; list cells are joined with `; `; `corrected_from`
 * is what the classifier said when a reviewer set the kind, else empty. No BOM (callers add one for spreadsheets). */
export function claimsToCsv(files: readonly ClaimFile[]): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const f of files) {
    const lines = lineIndexOf(f.doc);
    for (const c of claimsFor(f)) {
      const p = lines.positionAt(c.start);
      rows.push([
        f.file,
        p.line + 1,
        p.character + 1,
        c.kind,
        c.strength,
        c.inner,
        c.holder.type,
        c.holder.text ?? '',
        c.headingPath.join(' > '),
        c.text,
        c.marker,
        c.evidence.footnotes.map((n) => n.number).join('; '),
        c.evidence.footnotes.filter((n) => n.source).map((n) => `${n.number}: ${n.source}`).join('; '),
        c.evidence.figures.join('; '),
        c.evidence.references.join('; '),
        evidenceCount(c),
        c.correctedFrom ?? '',
        (notesOn(f, c) ?? []).map((n) => notePhrase(n)).join('; '),
      ].map(csvField).join(','));
    }
  }
  return rows.join('\r\n') + '\r\n';
}

// ---------------------------------------------------------------------------------------------
// Markdown

/** Escapes text for a Markdown table cell: inline syntax, pipes, and line breaks. */
export function markdownCell(s: string): string {
  return s.replace(/[\\`*_\[\]<>|#]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, ' ');
}

/** The evidence of a claim as short phrases: `footnote 2: <source>`, `figure Ⅰ-1-1-1`, `see 第2節`. */
export function evidencePhrases(c: Claim, labels: ClaimExportLabels = ENGLISH_LABELS): string[] {
  return [
    ...c.evidence.footnotes.map((f) => (f.source ? fill(labels.footnoteWithSource, f.number, f.source) : fill(labels.footnote, f.number))),
    ...c.evidence.figures.map((n) => fill(labels.figure, n)),
    ...c.evidence.references.map((r) => fill(labels.reference, r)),
  ];
}

/** Grouped by file, then by heading path (in text order); one table per heading. */
export function claimsToMarkdown(files: readonly ClaimFile[], labels: ClaimExportLabels = ENGLISH_LABELS): string {
  const total = files.reduce((n, f) => n + claimsFor(f).length, 0);
  // a Notes column only in a register of files whose notes were read
  const withNotes = files.some((f) => f.notes !== undefined);
  // The register's headings carry 第…部 paths: without `hakusho: false` it would itself be read
  // (and indexed) as a Markdown white paper wherever it is saved.
  const out: string[] = ['---', 'hakusho: false', '---', '', `# ${labels.title}`, '', fill(labels.summary, total, files.length), ''];
  for (const f of files) {
    const claims = claimsFor(f);
    out.push(`## ${markdownCell(f.file)}`, '');
    if (claims.length === 0) {
      out.push(labels.noEvidence, '');
      continue;
    }
    const lines = lineIndexOf(f.doc);
    let group: readonly string[] | null = null;
    for (const c of claims) {
      if (group === null || !samePath(group, c.headingPath)) {
        if (group !== null) out.push('');
        group = c.headingPath;
        out.push(`### ${group.length ? group.map(markdownCell).join(' › ') : labels.noHeading}`, '');
        out.push(`| ${labels.line} | ${labels.kind} | ${labels.strength} | ${labels.holder} | ${labels.claim} | ${labels.evidence} |${withNotes ? ` ${labels.notes} |` : ''}`);
        out.push(`|---:|---|---|---|---|---|${withNotes ? '---|' : ''}`);
      }
      const ev = evidencePhrases(c, labels);
      out.push(`| ${lines.positionAt(c.start).line + 1} | ${kindLabel(c, labels)} | ${labels.strengths[c.strength]} | ${markdownCell(holderLabel(c.holder, labels))} | ${markdownCell(c.text)} | ${ev.length ? ev.map(markdownCell).join('<br>') : labels.noEvidence} |${withNotes ? ` ${(notesOn(f, c) ?? []).map((n) => markdownCell(notePhrase(n, labels))).join('<br>')} |` : ''}`);
    }
    out.push('');
  }
  return out.join('\n');
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  // Claims of one heading share the same array; compare contents for safety.
  return a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
}

// ---------------------------------------------------------------------------------------------
// Plain text (copy a claim with its evidence)

export function claimPlainText(c: Claim, where: { file: string; line: number } | null, labels: ClaimExportLabels = ENGLISH_LABELS): string {
  const out = [c.text, ''];
  out.push(`${kindLabel(c, labels)} · ${labels.strengths[c.strength]} · ${holderLabel(c.holder, labels)}${where ? ` · ${where.file}:${where.line}` : ''}`);
  if (c.headingPath.length) out.push(c.headingPath.join(' › '));
  const ev = evidencePhrases(c, labels);
  out.push(ev.length ? `${labels.evidence}:` : `${labels.evidence}: ${labels.noEvidence}`);
  for (const e of ev) out.push(`- ${e}`);
  return out.join('\n') + '\n';
}
