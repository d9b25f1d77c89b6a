// The Claims view in a real VS Code — items of a fixture page (kinds, grouping under headings,
// evidence counts), reveal selects the sentence, the kind and no-evidence filters, workspace scope,
// follow-the-cursor, copy, export to JSON / CSV / Markdown files given as a target path, and a
// reviewer setting a sentence's kind (.hakusho/claims.json), with stale corrections reported;
// holders: reported claims name theirs, filter own / reported / one holder, group by holder.
// Page: claims/nd133100.txt (7 claims under three headings; the last one has no evidence).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { wsUri, waitFor, exec, fmtRange as fmt } from '../helpers';

const PAGE = 'claims/nd133100.txt';
const PART = '第Ⅰ部 特集 災害に強い地域づくり';
const SECTION = '第3節 地域の防災と情報共有';
const ITEM = '1 避難情報の伝達';

interface Item {
  type: 'file' | 'heading' | 'claim';
  id: string;
  label: string;
  description?: string;
  tooltip?: string;
  icon?: string;
  color?: string;
  contextValue?: string;
  command?: { command: string; arguments: unknown[] };
  kind?: string;
  strength?: string;
  text?: string;
  evidence?: number;
  correctedFrom?: string;
  inner?: string;
  holder?: unknown;
  children: Item[];
}

interface Snapshot {
  scope: 'file' | 'workspace';
  kinds: string[];
  withoutEvidence: boolean;
  groupBy?: 'heading' | 'holder';
  activeUri?: string;
  items: Item[];
  visible: boolean;
  selection: string[];
  message?: string;
}

async function open(rel: string): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  let doc = await vscode.workspace.openTextDocument(wsUri(rel));
  await vscode.window.showTextDocument(doc);
  doc = await waitFor(() => vscode.workspace.textDocuments.find((d) => d.uri.toString() === doc.uri.toString()) ?? doc,
    (d) => d.languageId === 'hakusho', 5000);
  assert.equal(doc.languageId, 'hakusho', `${rel} is a hakusho document`);
  const editor = await vscode.window.showTextDocument(doc);
  return { doc, editor };
}

const snapshot = async (): Promise<Snapshot> => exec<Snapshot>('hakusho.claims.snapshot');
const claimsOf = (items: Item[]): Item[] => items.flatMap((i) => (i.type === 'claim' ? [i] : claimsOf(i.children)));

/** The range of a sentence in the document, found by its text. */
function rangeOfText(doc: vscode.TextDocument, text: string): vscode.Range {
  const at = doc.getText().indexOf(text);
  assert.ok(at >= 0, `text in the document: ${text}`);
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + text.length));
}

/** Snapshot once the tree shows the page in file scope with no filters. */
async function pageSnapshot(): Promise<Snapshot> {
  const uri = wsUri(PAGE).toString();
  const s = await waitFor(snapshot, (x) => !!x && x.activeUri === uri && claimsOf(x.items).length > 0, 10000, 200);
  assert.ok(s, 'hakusho.claims.snapshot answered (the extension is active)');
  return s;
}

const EXPECTED = [
  { kind: 'necessity', strength: 'firm', evidence: 1, start: '避難情報を確実に', heading: ITEM },
  { kind: 'importance', strength: 'firm', evidence: 1, start: '特に、高齢者や', heading: ITEM },
  { kind: 'expectation', strength: 'firm', evidence: 1, start: 'こうした取組は', heading: '（1） 自治体の取組' },
  { kind: 'concern', strength: 'firm', evidence: 1, start: '一方で、担い手', heading: '（1） 自治体の取組' },
  { kind: 'importance', strength: 'firm', evidence: 2, start: '平時から情報共有', heading: '（2） 今後の課題' },
  { kind: 'necessity', strength: 'hedged', evidence: 1, start: 'また、本節で', heading: '（2） 今後の課題' },
  { kind: 'necessity', strength: 'firm', evidence: 0, start: 'こうした仕組みづくり', heading: '（2） 今後の課題' },
];

describe('Claims view', function () {
  this.timeout(60000);
  let doc: vscode.TextDocument;

  before(async function () {
    this.timeout(60000);
    const ext = vscode.extensions.getExtension('hakusho.hakusho');
    assert.ok(ext, 'extension installed');
    ({ doc } = await open(PAGE));
    await waitFor(() => ext.isActive, (a) => a, 15000);
    await exec('hakusho.claims.showActiveFile');
    await exec('hakusho.claims.filterKinds', []);
    await exec('hakusho.claims.showAllClaims');
  });

  afterEach(async () => {
    // leave the view unfiltered, in file scope, for the next test
    await exec('hakusho.claims.filterKinds', []);
    await exec('hakusho.claims.showAllClaims');
    await exec('hakusho.claims.showActiveFile');
  });

  it('lists the claims of the page grouped under their headings', async () => {
    const s = await pageSnapshot();
    assert.equal(s.scope, 'file');
    assert.deepEqual(s.items.map((i) => [i.type, i.label]), [
      ['heading', ITEM], ['heading', '（1） 自治体の取組'], ['heading', '（2） 今後の課題'],
    ]);
    assert.deepEqual(s.items.map((i) => i.children.length), [2, 2, 3]);
    // the heading's description names the outer levels; its tooltip is the whole path
    assert.ok(s.items[1].description?.includes('第Ⅰ部 › 第3節 › 1'), s.items[1].description);
    assert.equal(s.items[1].tooltip, [PART, SECTION, ITEM, '（1） 自治体の取組'].map((p, i) => `${'  '.repeat(i)}${p}`).join('\n'));
    const claims = s.items.flatMap((h) => h.children.map((c) => ({ ...c, heading: h.label })));
    assert.equal(claims.length, EXPECTED.length);
    claims.forEach((c, i) => {
      const e = EXPECTED[i];
      assert.equal(c.type, 'claim');
      assert.ok(c.label.startsWith(e.start), `${c.label} starts with ${e.start}`);
      assert.deepEqual([c.kind, c.strength, c.evidence, c.heading], [e.kind, e.strength, e.evidence, e.heading], c.label);
      // description: "kind · N evidence" (localised)
      assert.match(c.description ?? '', new RegExp(`·.*\\b${e.evidence}\\b`), c.description);
      assert.equal(c.contextValue, 'hakusho.claim');
      assert.equal(c.command?.command, 'hakusho.claims.reveal');
    });
  });

  it('gives each kind its own icon and colour, and a tooltip with the sentence and its evidence', async () => {
    const claims = claimsOf((await pageSnapshot()).items);
    const byKind = new Map<string, string>();
    for (const c of claims) {
      const key = `${c.icon}/${c.color}`;
      assert.ok(c.icon && c.color, `${c.label}: a ThemeIcon with a ThemeColor`);
      if (byKind.has(c.kind!)) assert.equal(byKind.get(c.kind!), key, 'same kind, same icon');
      byKind.set(c.kind!, key);
    }
    assert.equal(new Set(byKind.values()).size, byKind.size, `distinct icons per kind: ${[...byKind].join(', ')}`);
    const unescape = (md: string) => md.replace(/\\(.)/g, '$1');
    const two = unescape(claims[4].tooltip ?? '');
    assert.ok(two.includes(claims[4].text!), 'the whole sentence');
    assert.ok(two.includes('市の防災担当者へのインタビュー') && two.includes('「防災情報の共有に関する調査」'), two);
    assert.match(two, /(Footnote|脚注) 2/);
    const fig = unescape(claims[1].tooltip ?? '');
    assert.ok(fig.includes('Ⅰ-1-3-1'), fig);
    const ref = unescape(claims[3].tooltip ?? '');
    assert.ok(ref.includes('令和7年版防災白書第1章第2節参照'), ref);
  });

  it('revealing a claim of a file deleted since it was listed says so instead of failing', async () => {
    const gone = vscode.Uri.joinPath(wsUri('.'), 'gone-since-listed.txt').toString();
    assert.equal(await exec('hakusho.claims.reveal', { uri: gone, start: 0, end: 5 }), undefined);
  });

  it('the reveal command (the item click) selects the whole sentence in the editor', async () => {
    const claims = claimsOf((await pageSnapshot()).items);
    for (const i of [0, 4]) {
      const c = claims[i];
      // move the cursor elsewhere first
      const editor = await vscode.window.showTextDocument(doc);
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      await exec(c.command!.command, ...c.command!.arguments);
      const active = vscode.window.activeTextEditor;
      assert.ok(active && active.document.uri.toString() === doc.uri.toString(), 'the page is the active editor');
      assert.equal(fmt(active.selection), fmt(rangeOfText(doc, c.text!)), c.text);
    }
    const first = rangeOfText(doc, claims[0].text!);
    assert.equal(fmt(first), '6:53-6:90', 'line 7, after the description sentence, anchor and 。 included');
  });

  it('filters by kind (quick-pick command with the kinds as argument) and clears the filter', async () => {
    await pageSnapshot();
    await exec('hakusho.claims.filterKinds', ['importance', 'concern']);
    const s = await snapshot();
    assert.deepEqual(s.kinds.sort(), ['concern', 'importance']);
    const claims = claimsOf(s.items);
    assert.deepEqual(claims.map((c) => c.kind), ['importance', 'concern', 'importance']);
    assert.deepEqual(s.items.map((i) => i.label), [ITEM, '（1） 自治体の取組', '（2） 今後の課題']);
    await exec('hakusho.claims.filterKinds', ['assessment']);
    const none = await snapshot();
    assert.equal(none.items.length, 0, 'no assessment claims on the page');
    await exec('hakusho.claims.filterKinds', []);
    assert.equal(claimsOf((await snapshot()).items).length, EXPECTED.length, 'cleared');
  });

  it('shows only claims without evidence when toggled', async () => {
    await pageSnapshot();
    await exec('hakusho.claims.onlyWithoutEvidence');
    const s = await snapshot();
    assert.equal(s.withoutEvidence, true);
    assert.deepEqual(claimsOf(s.items).map((c) => c.label.slice(0, 10)), ['こうした仕組みづくり']);
    assert.deepEqual(s.items.map((i) => i.label), ['（2） 今後の課題']);
    await exec('hakusho.claims.showAllClaims');
    assert.equal(claimsOf((await snapshot()).items).length, EXPECTED.length);
  });

  it('workspace scope groups by file, then heading', async () => {
    await pageSnapshot();
    await exec('hakusho.claims.showWorkspace');
    const s = await waitFor(snapshot, (x) => x.items.length >= 2, 15000, 250);
    assert.equal(s.scope, 'workspace');
    assert.ok(s.items.every((i) => i.type === 'file'), 'files at the top');
    const page = s.items.find((i) => i.id === wsUri(PAGE).toString());
    assert.ok(page, `the page is listed: ${s.items.map((i) => i.id).join(', ')}`);
    assert.deepEqual(page.children.map((h) => h.label), [ITEM, '（1） 自治体の取組', '（2） 今後の課題']);
    const other = s.items.find((i) => i.id.endsWith('pages/nd112000.txt'));
    assert.ok(other, 'a page that is not open comes from the workspace index');
    assert.ok(claimsOf(other.children).length > 0);
    // the reveal command opens a file that was not open and selects the claim
    const c = claimsOf(other.children)[0];
    await exec(c.command!.command, ...c.command!.arguments);
    const active = vscode.window.activeTextEditor!;
    assert.ok(active.document.uri.toString().endsWith('pages/nd112000.txt'));
    assert.equal(active.document.getText(active.selection), c.text);
    await exec('hakusho.claims.showActiveFile');
    await open(PAGE);
  });

  it('workspace scope follows an edit of one file and keeps the others', async () => {
    const { doc, editor } = await open(PAGE);
    await exec('hakusho.claims.showWorkspace');
    const countOf = (x: Snapshot, id: string) => claimsOf(x.items.find((i) => i.id === id)?.children ?? []).length;
    const page = wsUri(PAGE).toString();
    const other = wsUri('pages/nd112000.txt').toString();
    try {
      const before = await waitFor(snapshot, (x) => x.scope === 'workspace' && countOf(x, page) > 0 && countOf(x, other) > 0, 15000, 250);
      const line = doc.lineAt(rangeOfText(doc, '避難情報を確実に届けるためには').start.line);
      await editor.edit((e) => e.insert(line.range.end, '地域の実情に合わせた伝達手段の整備を進める必要がある。'));
      const after = await waitFor(snapshot, (x) => countOf(x, page) === countOf(before, page) + 1, 10000, 200);
      assert.equal(countOf(after, other), countOf(before, other), 'the other file is unchanged');
    } finally {
      await exec('undo');
      await exec('hakusho.claims.showActiveFile');
    }
    assert.equal(doc.getText().includes('地域の実情に合わせた'), false, 'the edit is undone');
  });

  it('shows whose claim it is; filters and groups by own vs reported and by holder', async () => {
    const { doc, editor } = await open(PAGE);
    const reportedNamed = 'OECDは、各国が災害時の通信手段を複線化することが不可欠であると指摘している。';
    const reportedUnnamed = '住民への伝達には、複数の経路が必要とされている。';
    const line = doc.lineAt(rangeOfText(doc, '避難情報を確実に届けるためには').start.line);
    await editor.edit((e) => e.insert(line.range.end, reportedNamed + reportedUnnamed));
    try {
      const all = await waitFor(snapshot, (x) => claimsOf(x.items).length === EXPECTED.length + 2, 10000, 200);
      const named = claimsOf(all.items).find((c) => c.text === reportedNamed)!;
      assert.deepEqual([named.kind, named.inner, named.holder], ['attributed', 'necessity', { type: 'named', text: 'OECD' }]);
      assert.match(named.description ?? '', /OECD/, 'a reported claim names its holder');
      assert.match(named.tooltip ?? '', /OECD/);

      // only what others hold: the two reports; only the paper's own: the seven claims of the page
      await exec('hakusho.claims.filterHolders', 'reported');
      const reported = await waitFor(snapshot, (x) => claimsOf(x.items).length === 2, 5000);
      assert.deepEqual(claimsOf(reported.items).map((c) => c.text), [reportedNamed, reportedUnnamed]);
      await exec('hakusho.claims.filterHolders', 'own');
      const own = await waitFor(snapshot, (x) => claimsOf(x.items).length === EXPECTED.length, 5000);
      assert.ok(claimsOf(own.items).every((c) => (c.holder as { type: string }).type === 'own'));
      // one holder, by its key
      await exec('hakusho.claims.filterHolders', 'named:OECD');
      const oecd = await waitFor(snapshot, (x) => claimsOf(x.items).length === 1, 5000);
      assert.equal(claimsOf(oecd.items)[0].text, reportedNamed);
      await exec('hakusho.claims.filterHolders', 'all');

      // grouped by holder: the paper's own first, then OECD, then the unnamed report
      await exec('hakusho.claims.groupByHolder');
      const grouped = await waitFor(snapshot, (x) => x.groupBy === 'holder' && x.items.length === 3, 5000);
      assert.deepEqual(grouped.items.map((g) => g.children.length), [EXPECTED.length, 1, 1]);
      assert.equal(grouped.items[1].label, 'OECD');
      assert.deepEqual(grouped.items[2].children.map((c) => c.text), [reportedUnnamed]);
    } finally {
      await exec('hakusho.claims.groupByHeading');
      await exec('hakusho.claims.filterHolders', 'all');
      await exec('undo');
    }
    assert.equal(doc.getText().includes(reportedNamed), false, 'the edit is undone');
    await waitFor(snapshot, (x) => x.groupBy === 'heading' && claimsOf(x.items).length === EXPECTED.length, 5000);
  });

  it('workspace scope lists the workspace\'s files, not untitled copies of them', async () => {
    const { doc } = await open(PAGE);
    // a pasted copy of the page, and its conversion to Markdown: both untitled, both with the page's claims
    const copy = await vscode.workspace.openTextDocument({ language: 'hakusho', content: doc.getText() });
    await vscode.window.showTextDocument(copy);
    await open(PAGE);
    const converted = await exec<vscode.Uri>('hakusho.convertToMarkdown');
    assert.equal(converted?.scheme, 'untitled');
    await open(PAGE);
    await exec('hakusho.claims.showWorkspace');
    try {
      const s = await waitFor(snapshot, (x) => x.scope === 'workspace' && x.items.length >= 2, 15000, 250);
      const files = s.items.map((i) => i.id);
      assert.ok(files.includes(wsUri(PAGE).toString()), files.join(', '));
      assert.deepEqual(files.filter((id) => !id.startsWith('file:')), [], 'no untitled documents');
    } finally {
      await exec('hakusho.claims.showActiveFile');
      for (const u of [copy.uri, converted!]) {
        await vscode.window.showTextDocument(u);
        await exec('workbench.action.revertAndCloseActiveEditor');
      }
      await open(PAGE);
    }
  });

  it('follows the cursor: the claim under it is selected in the visible view', async () => {
    const { editor } = await open(PAGE);
    await exec('hakusho.claims.focus');
    await waitFor(snapshot, (x) => x.visible, 5000);
    await vscode.window.showTextDocument(doc, { preserveFocus: false });
    const claims = claimsOf((await pageSnapshot()).items);
    const target = claims[3];
    const r = rangeOfText(doc, target.text!);
    editor.selection = new vscode.Selection(r.start.translate(0, 5), r.start.translate(0, 5));
    const s = await waitFor(snapshot, (x) => x.selection[0] === target.id, 5000);
    assert.deepEqual(s.selection, [target.id]);
    // the reveal command selects a whole sentence that ends where the next claim begins: the revealed one stays selected
    const revealed = claims[4];
    await exec(revealed.command!.command, ...revealed.command!.arguments);
    const after = await waitFor(snapshot, (x) => x.selection[0] === revealed.id, 5000);
    await new Promise((r) => setTimeout(r, 500)); // past the follow-cursor debounce
    assert.deepEqual((await snapshot()).selection, [revealed.id], `not the next claim (${claims[5].id}); was ${after.selection}`);
  });

  it('copies a claim with its evidence', async () => {
    const c = claimsOf((await pageSnapshot()).items)[4];
    const text = await exec<string>('hakusho.claims.copy', c.command!.arguments[0]);
    assert.ok(text, 'the command returns the copied text');
    assert.ok(text.startsWith(c.text!), text);
    assert.ok(text.includes('市の防災担当者へのインタビュー') && text.includes('claims/nd133100.txt:22'), text);
    try {
      assert.equal(await vscode.env.clipboard.readText(), text);
    } catch (e) {
      if (!(e instanceof assert.AssertionError)) throw e;
      // the web clipboard can be unavailable in a headless browser; the command's result is what counts
      const got = await vscode.env.clipboard.readText();
      if (got !== '') throw e;
    }
  });

  describe('export with a target path (no dialog)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakusho-claims-'));
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('JSON: one object per file, claims with 0-based ranges, heading paths and evidence', async () => {
      await pageSnapshot();
      const target = path.join(dir, 'claims.json');
      const written = await exec<vscode.Uri>('hakusho.claims.exportJson', target);
      assert.equal(written?.fsPath, target);
      const value = JSON.parse(fs.readFileSync(target, 'utf8'));
      assert.equal(value.length, 1);
      assert.equal(value[0].file, PAGE);
      assert.equal(value[0].claims.length, EXPECTED.length);
      assert.deepEqual(value[0].claims[0], {
        kind: 'necessity', strength: 'firm', inner: 'necessity', holder: { type: 'own', text: null },
        text: '避難情報を確実に届けるためには、複数の伝達手段を組み合わせる必要がある1。',
        line: 6, character: 53, endLine: 6, endCharacter: 90,
        headingPath: [PART, SECTION, ITEM],
        evidence: { footnotes: [{ number: 1, source: '「避難情報に関するガイドライン」' }], figures: [], references: [] },
        notes: [],
      });
      assert.deepEqual(value[0].claims[6].evidence, { footnotes: [], figures: [], references: [] });
    });

    it('CSV: BOM, header, one row per shown claim (filters apply), quoted where needed', async () => {
      await pageSnapshot();
      await exec('hakusho.claims.filterKinds', ['necessity']);
      const target = path.join(dir, 'necessity.csv');
      await exec('hakusho.claims.exportCsv', target);
      const csv = fs.readFileSync(target, 'utf8');
      assert.equal(csv.charCodeAt(0), 0xfeff, 'starts with a BOM for spreadsheets');
      const rows = csv.slice(1).split('\r\n');
      assert.equal(rows[0], 'file,line,column,kind,strength,inner,holder,holder_text,heading,claim,marker,footnotes,sources,figures,references,evidence,corrected_from,notes');
      assert.equal(rows.length, 1 + 3 + 1, JSON.stringify(rows));
      assert.ok(rows.slice(1, 4).every((r) => r.startsWith(`${PAGE},`) && r.includes(',necessity,')), rows.join('\n'));
      assert.equal(rows[1], `${PAGE},7,54,necessity,firm,necessity,own,,${PART} > ${SECTION} > ${ITEM},避難情報を確実に届けるためには、複数の伝達手段を組み合わせる必要がある1。,必要がある,1,1: 「避難情報に関するガイドライン」,,,1,,`);
    });

    it('Markdown: a table per heading; workspace scope as an argument', async () => {
      await pageSnapshot();
      const target = vscode.Uri.file(path.join(dir, 'all.md'));
      await exec('hakusho.claims.exportMarkdown', target, 'workspace');
      const md = fs.readFileSync(target.fsPath, 'utf8');
      assert.match(md, /^---\nhakusho: false\n---\n\n# /);
      assert.ok(md.includes(`## ${PAGE}`), md.slice(0, 400));
      assert.ok(md.includes('## pages/nd112000.txt'), 'other files of the workspace');
      assert.ok(md.includes(`### ${PART} › ${SECTION} › ${ITEM}`));
      assert.ok(md.includes('| 7 |'), 'line numbers are 1-based');
    });

    it('a target that cannot be written is reported, not thrown', async () => {
      await pageSnapshot();
      assert.equal(await exec('hakusho.claims.exportJson', dir), undefined, 'a folder is not a file to export to');
      assert.ok(fs.statSync(dir).isDirectory());
    });

    it('the generic export command takes the format as its first argument', async () => {
      await pageSnapshot();
      const target = path.join(dir, 'generic.json');
      await exec('hakusho.claims.export', 'json', target);
      assert.equal(JSON.parse(fs.readFileSync(target, 'utf8'))[0].claims.length, EXPECTED.length);
    });
  });
});

describe('Setting a claim kind by hand (.hakusho/claims.json)', function () {
  this.timeout(60000);
  const DESCRIPTION = '市町村が発令する避難情報は、防災行政無線や携帯電話への緊急速報メールなど複数の手段で住民に伝えられている。';
  const NECESSITY = '避難情報を確実に届けるためには、複数の伝達手段を組み合わせる必要がある1。';
  let doc: vscode.TextDocument;
  const correctionsFile = () => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.hakusho', 'claims.json');
  const saved = () => JSON.parse(fs.readFileSync(correctionsFile().fsPath, 'utf8'));
  const locationOf = (text: string) => {
    const start = doc.getText().indexOf(text);
    return { uri: doc.uri.toString(), start, end: start + text.length };
  };

  before(async () => {
    ({ doc } = await open(PAGE));
    await exec('hakusho.claims.showActiveFile');
    await pageSnapshot();
  });
  after(() => {
    fs.rmSync(path.dirname(correctionsFile().fsPath), { recursive: true, force: true });
    fs.rmSync(path.join(vscode.workspace.workspaceFolders![0].uri.fsPath, 'claims', '.hakusho'), { recursive: true, force: true });
  });

  it('a description made a concern shows in the view and is saved for the folder', async () => {
    assert.equal(await exec('hakusho.claims.setKind', locationOf(DESCRIPTION), { kind: 'concern' }), true);
    const s = await waitFor(snapshot, (x) => claimsOf(x.items).length === EXPECTED.length + 1, 5000);
    const first = claimsOf(s.items)[0];
    assert.deepEqual([first.text, first.kind, first.strength, first.correctedFrom], [DESCRIPTION, 'concern', 'firm', 'none']);
    assert.match(first.description ?? '', /set by a reviewer|手動設定/);
    assert.match(first.tooltip ?? '', /classifier read|自動判定/);
    assert.deepEqual(saved(), { version: 1, corrections: [{ file: PAGE, sentence: DESCRIPTION, kind: 'concern' }] });
  });

  it('a reviewer says whose claim it is: a necessity held by a named party is saved as a report of one', async () => {
    const choice = { kind: 'necessity', holder: { type: 'named', text: '県の検討会' } };
    assert.equal(await exec('hakusho.claims.setKind', locationOf(NECESSITY), choice), true);
    const s = await waitFor(snapshot, (x) => claimsOf(x.items).some((c) => c.text === NECESSITY && c.kind === 'attributed'), 5000);
    const c = claimsOf(s.items).find((x) => x.text === NECESSITY)!;
    assert.deepEqual([c.kind, c.inner, c.holder], ['attributed', 'necessity', { type: 'named', text: '県の検討会' }]);
    assert.match(c.description ?? '', /県の検討会/);
    assert.deepEqual(saved().corrections[1], { file: PAGE, sentence: NECESSITY, kind: 'attributed', inner: 'necessity', holder: { type: 'named', text: '県の検討会' } });
    // back to the classifier's reading: the paper's own necessity
    assert.equal(await exec('hakusho.claims.setKind', locationOf(NECESSITY), 'automatic'), true);
    await waitFor(snapshot, (x) => claimsOf(x.items).some((c) => c.text === NECESSITY && c.kind === 'necessity'), 5000);
    assert.equal(saved().corrections.length, 1);
  });

  it('a claim set to "not a claim" leaves the view; the cursor form works in the editor', async () => {
    const editor = await vscode.window.showTextDocument(doc);
    const r = rangeOfText(doc, NECESSITY);
    editor.selection = new vscode.Selection(r.start.translate(0, 3), r.start.translate(0, 3));
    assert.equal(await exec('hakusho.claims.setKind', undefined, 'none'), true);
    const s = await waitFor(snapshot, (x) => !claimsOf(x.items).some((c) => c.text === NECESSITY), 5000);
    assert.equal(claimsOf(s.items).length, EXPECTED.length);
    assert.deepEqual(saved().corrections.map((c: { kind: string }) => c.kind), ['concern', 'none']);
  });

  it('back to the classifier\'s reading removes the correction', async () => {
    await exec('hakusho.claims.setKind', locationOf(DESCRIPTION), 'automatic');
    await exec('hakusho.claims.setKind', locationOf(NECESSITY), 'automatic');
    const s = await waitFor(snapshot, (x) => claimsOf(x.items).length === EXPECTED.length && claimsOf(x.items)[0].text === NECESSITY, 5000);
    assert.ok(claimsOf(s.items).every((c) => c.correctedFrom === undefined));
    assert.deepEqual(saved(), { version: 1, corrections: [] });
  });

  it('a correction edited by hand on disk is picked up; one whose sentence is gone is reported and can be removed', async () => {
    const stale = { file: PAGE, sentence: 'この文は本文から削除された。', kind: 'importance' };
    fs.writeFileSync(correctionsFile().fsPath, JSON.stringify({ version: 1, corrections: [stale, { file: PAGE, sentence: NECESSITY, kind: 'attributed', strength: 'hedged' }] }));
    await exec('hakusho.claims.focus');
    await vscode.window.showTextDocument(doc);
    const s = await waitFor(snapshot, (x) => claimsOf(x.items)[0]?.kind === 'attributed' && /1/.test(x.message ?? ''), 10000, 200);
    assert.deepEqual([claimsOf(s.items)[0].kind, claimsOf(s.items)[0].strength], ['attributed', 'hedged']);
    assert.match(s.message ?? '', /no longer matches|一致しなく/);
    assert.equal(await exec('hakusho.claims.removeStaleCorrections'), 1);
    assert.deepEqual(saved().corrections.map((c: { sentence: string }) => c.sentence), [NECESSITY]);
    const after = await waitFor(snapshot, (x) => !x.message, 5000);
    assert.equal(after.message, undefined);
  });

  it('the editor validates the corrections file against its schema', async () => {
    fs.mkdirSync(path.dirname(correctionsFile().fsPath), { recursive: true });
    fs.writeFileSync(correctionsFile().fsPath, JSON.stringify({ version: 1, corrections: [{ file: PAGE, sentence: NECESSITY, kind: 'worry' }] }, null, 2));
    const json = await vscode.workspace.openTextDocument(correctionsFile());
    await vscode.window.showTextDocument(json);
    const problems = await waitFor(() => vscode.languages.getDiagnostics(json.uri), (d) => d.length > 0, 20000, 250);
    assert.ok(problems.some((d) => json.getText(d.range).includes('worry')), JSON.stringify(problems.map((d) => d.message)));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.window.showTextDocument(doc);
  });

  it('unsaved hand edits of the corrections file are never written over', async () => {
    const onDisk = JSON.stringify({ version: 1, corrections: [{ file: PAGE, sentence: NECESSITY, kind: 'attributed' }] }, null, 2);
    fs.mkdirSync(path.dirname(correctionsFile().fsPath), { recursive: true });
    fs.writeFileSync(correctionsFile().fsPath, onDisk);
    const json = await vscode.workspace.openTextDocument(correctionsFile());
    await waitFor(() => json.getText(), (t) => t === onDisk, 5000);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(json.uri, new vscode.Range(json.positionAt(onDisk.indexOf('attributed')), json.positionAt(onDisk.indexOf('attributed') + 'attributed'.length)), 'importance');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(json.isDirty);
    assert.equal(await exec('hakusho.claims.setKind', locationOf(DESCRIPTION), { kind: 'concern' }), false);
    assert.equal(fs.readFileSync(correctionsFile().fsPath, 'utf8'), onDisk, 'the file on disk is unchanged');
    assert.ok(json.isDirty && json.getText().includes('importance'), 'the unsaved edit is still in the editor');
    await vscode.window.showTextDocument(json);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.window.showTextDocument(doc);
    assert.equal(await exec('hakusho.claims.setKind', locationOf(DESCRIPTION), { kind: 'concern' }), true, 'once saved or reverted, setting works again');
    assert.deepEqual(saved().corrections.map((c: { kind: string }) => c.kind), ['attributed', 'concern']);
  });

  it('the nearest corrections file applies, as on the command line: one in the page\'s folder takes over', async () => {
    const nested = path.join(vscode.workspace.workspaceFolders![0].uri.fsPath, 'claims', '.hakusho', 'claims.json');
    const kindOf = (x: Snapshot, text: string) => claimsOf(x.items).find((c) => c.text === text)?.kind;
    fs.writeFileSync(correctionsFile().fsPath, JSON.stringify({ version: 1, corrections: [{ file: PAGE, sentence: NECESSITY, kind: 'importance' }] }));
    await vscode.window.showTextDocument(doc);
    assert.equal(kindOf(await waitFor(snapshot, (x) => kindOf(x, NECESSITY) === 'importance', 10000, 200), NECESSITY), 'importance');
    try {
      // a nearer one, in the page's own folder and keyed from there, takes over
      fs.mkdirSync(path.dirname(nested), { recursive: true });
      fs.writeFileSync(nested, JSON.stringify({ version: 1, corrections: [{ file: 'nd133100.txt', sentence: DESCRIPTION, kind: 'concern' }] }));
      const s = await waitFor(snapshot, (x) => kindOf(x, DESCRIPTION) === 'concern', 10000, 200);
      assert.equal(kindOf(s, DESCRIPTION), 'concern', 'the nearer file is read');
      assert.equal(kindOf(s, NECESSITY), 'necessity', 'the folder\'s file no longer applies to this page');
      // Set Claim Kind writes into the file that applies
      assert.equal(await exec('hakusho.claims.setKind', locationOf(NECESSITY), { kind: 'attributed' }), true);
      assert.deepEqual(JSON.parse(fs.readFileSync(nested, 'utf8')).corrections.map((c: { file: string; kind: string }) => `${c.file} ${c.kind}`),
        ['nd133100.txt concern', 'nd133100.txt attributed']);
      assert.deepEqual(JSON.parse(fs.readFileSync(correctionsFile().fsPath, 'utf8')).corrections.map((c: { kind: string }) => c.kind), ['importance'], 'the other file is untouched');
    } finally {
      fs.rmSync(path.dirname(nested), { recursive: true, force: true });
    }
    const back = await waitFor(snapshot, (x) => kindOf(x, NECESSITY) === 'importance', 10000, 200);
    assert.equal(kindOf(back, NECESSITY), 'importance', 'with the nearer file gone, the folder\'s file applies again');
  });

  it('a broken corrections file is never overwritten', async () => {
    fs.writeFileSync(correctionsFile().fsPath, '{ "corrections": [ {');
    await new Promise((r) => setTimeout(r, 500)); // the watcher reloads it
    assert.equal(await exec('hakusho.claims.setKind', locationOf(DESCRIPTION), { kind: 'concern' }), false);
    assert.equal(fs.readFileSync(correctionsFile().fsPath, 'utf8'), '{ "corrections": [ {');
  });

  it('a corrections file that is a link, even one leading nowhere, is never written through', async () => {
    const outside = path.join(os.tmpdir(), `hakusho-outside-${process.pid}.json`);
    fs.rmSync(correctionsFile().fsPath, { force: true });
    fs.symlinkSync(outside, correctionsFile().fsPath);
    try {
      await new Promise((r) => setTimeout(r, 500)); // the watcher reloads it
      assert.equal(await exec('hakusho.claims.setKind', locationOf(DESCRIPTION), { kind: 'concern' }), false);
      assert.equal(fs.existsSync(outside), false, 'nothing was written outside the workspace');
      assert.ok(fs.lstatSync(correctionsFile().fsPath).isSymbolicLink(), 'the link is left as it was');
    } finally {
      fs.rmSync(correctionsFile().fsPath, { force: true });
      fs.rmSync(outside, { force: true });
    }
  });

  it('a corrections file is replaced whole (a new file renamed over it), never rewritten in place', async () => {
    fs.writeFileSync(correctionsFile().fsPath, '{"version":1,"corrections":[]}\n');
    await new Promise((r) => setTimeout(r, 500));
    const before = fs.statSync(correctionsFile().fsPath).ino;
    assert.equal(await exec('hakusho.claims.setKind', locationOf(DESCRIPTION), { kind: 'concern' }), true);
    assert.notEqual(fs.statSync(correctionsFile().fsPath).ino, before, 'a reader of the old file kept it whole');
    assert.equal(saved().corrections.length, 1);
    assert.deepEqual(fs.readdirSync(path.dirname(correctionsFile().fsPath)), ['claims.json'], 'no temporary file is left');
  });

  it('a corrections file over the size cap is neither parsed nor rewritten', async () => {
    const entry = JSON.stringify({ file: 'pages/other.txt', sentence: DESCRIPTION, kind: 'concern' });
    const big = `{"version":1,"corrections":[${Array(Math.ceil(4 * 1024 * 1024 / entry.length) + 1).fill(entry).join(',')}]}`;
    fs.writeFileSync(correctionsFile().fsPath, big);
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(await exec('hakusho.claims.setKind', locationOf(NECESSITY), { kind: 'concern' }), false);
    assert.equal(fs.statSync(correctionsFile().fsPath).size, Buffer.byteLength(big));
  });
});
