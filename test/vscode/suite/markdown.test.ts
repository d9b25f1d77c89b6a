// Markdown white papers in the editor. markdown/wp.md keeps the language `markdown` (preview,
// built-in Outline) and gets Hakusho's footnote and cross-reference features; markdown/notes.md is
// ordinary Markdown and is left alone. wp.md cites pages/nd111100.txt (a page-text page) by address.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { wsUri, waitFor, exec, fmtRange as fmt, hoverTexts, plain } from '../helpers';

async function open(rel: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(wsUri(rel));
  await vscode.window.showTextDocument(doc);
  return doc;
}


/** Position of the `skip`-th character of the only occurrence of `needle`. */
function posOf(doc: vscode.TextDocument, needle: string, skip = 0): vscode.Position {
  const text = doc.getText();
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `${doc.uri.path} holds ${needle}`);
  assert.equal(text.indexOf(needle, i + 1), -1, `${needle} is unique`);
  return doc.positionAt(i + skip);
}
function rangeOfText(doc: vscode.TextDocument, needle: string, skip = 0, length = needle.length - skip): vscode.Range {
  const p = posOf(doc, needle, skip);
  return new vscode.Range(p, p.translate(0, length));
}

const footnoteLabel = (n: number) => new RegExp(`(Footnote|脚注) ${n}\\b`);

type Def = vscode.Location | vscode.LocationLink;
const target = (d: Def) => ('targetUri' in d ? { uri: d.targetUri, range: d.targetSelectionRange ?? d.targetRange } : { uri: d.uri, range: d.range });

function hakushoDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'hakusho');
}

const WP = 'markdown/wp.md';
const NOTES = 'markdown/notes.md';
const TXT = 'markdown/nd321000.txt';

describe('Markdown white papers', function () {
  this.timeout(60000);
  let doc: vscode.TextDocument;

  before(async () => {
    doc = await open(WP);
    const ext = vscode.extensions.getExtension('hakusho.hakusho');
    assert.ok(ext);
    await waitFor(() => ext.isActive, (a) => a, 15000);
  });

  it('keeps the language id markdown (no switch to hakusho)', async () => {
    await new Promise((r) => setTimeout(r, 500));
    const now = vscode.workspace.textDocuments.find((d) => d.uri.toString() === doc.uri.toString());
    assert.equal(now?.languageId, 'markdown');
  });

  it('hover on a [^n] anchor: the whole definition, once', async () => {
    const hovers = await waitFor(
      () => exec<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, posOf(doc, '[^2]。', 2)),
      (h) => hoverTexts(h).some((t) => footnoteLabel(2).test(t)), 10000);
    const ours = hoverTexts(hovers).filter((t) => footnoteLabel(2).test(t));
    assert.equal(ours.length, 1, `one footnote hover: ${JSON.stringify(hoverTexts(hovers))}`);
    const text = plain(ours[0]);
    assert.ok(text.includes('ある市の担当者へのインタビューによる。'), text);
    assert.ok(text.includes('https://example.invalid/interview'), 'continuation line of the definition');
    assert.equal(fmt(hovers[hoverTexts(hovers).indexOf(ours[0])].range!), fmt(rangeOfText(doc, '[^2]。', 0, 4)), 'the hover covers the [^2] marker');
  });

  it('hover on a definition label lists the places citing it', async () => {
    const hovers = await exec<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, posOf(doc, '[^1]:', 2));
    const text = plain(hoverTexts(hovers).find((t) => footnoteLabel(1).test(t)) ?? '');
    assert.ok(text.includes('オンライン申請の導入が進んでいる'), text);
  });

  it('go to definition on [^1] → its definition, exactly one location (the built-in Markdown support adds none)', async () => {
    const defs = await exec<Def[]>('vscode.executeDefinitionProvider', doc.uri, posOf(doc, '進んでいる[^1]', 7));
    assert.equal(defs.length, 1, JSON.stringify(defs.map((d) => fmt(target(d).range))));
    const t = target(defs[0]);
    assert.equal(t.uri.toString(), doc.uri.toString());
    assert.equal(fmt(t.range), fmt(rangeOfText(doc, '[^1]:', 0, 4)), 'selection on the [^1] label');
  });

  it('references on a definition label → the declaration and every anchor citing it', async () => {
    const refs = await exec<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, posOf(doc, '[^2]:', 2));
    const ranges = refs.filter((r) => r.uri.toString() === doc.uri.toString()).map((r) => fmt(r.range));
    assert.ok(ranges.includes(fmt(rangeOfText(doc, '[^2]。', 0, 4))), `the anchor: ${ranges}`);
    assert.ok(ranges.includes(fmt(rangeOfText(doc, '[^2]:', 0, 4))), `the declaration: ${ranges}`);
    assert.equal(new Set(ranges).size, ranges.length, `no duplicates: ${ranges}`);
  });

  it('diagnostics: an uncited footnote is reported; [^9] inside a code block is not', async () => {
    const diags = await waitFor(() => hakushoDiagnostics(doc.uri), (d) => d.length > 0, 10000);
    assert.deepEqual(diags.map((d) => `${fmt(d.range)} ${d.code}`), [`${fmt(rangeOfText(doc, '[^3]:', 0, 4))} footnote-unused`]);
  });

  it('a cross-reference to a page-text page: definition and hover across forms', async () => {
    const at = posOf(doc, '第Ⅲ部第2章第1節1「利用の広がり」', 3);
    const defs = await waitFor(() => exec<Def[]>('vscode.executeDefinitionProvider', doc.uri, at), (d) => d.length > 0, 15000);
    assert.equal(defs.length, 1, JSON.stringify(defs));
    const t = target(defs[0]);
    assert.ok(t.uri.path.endsWith('/markdown/nd321000.txt'), t.uri.toString());
    const page = await vscode.workspace.openTextDocument(t.uri);
    assert.match(page.lineAt(t.range.start.line).text, /利用の広がり/);
    const hovers = await exec<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    const text = plain(hoverTexts(hovers).join('\n'));
    assert.ok(text.includes('利用の広がり') && text.includes('markdown/nd321000.txt'), text);
    assert.ok(!hakushoDiagnostics(doc.uri).some((d) => String(d.code).startsWith('reference-')), 'resolved, nothing reported');
  });

  it('a page-text page refers to the Markdown page: F12 lands on the Markdown heading', async () => {
    const page = await vscode.workspace.openTextDocument(wsUri(TXT));
    const at = posOf(page, '第Ⅲ部第1章第1節1「窓口', 3);
    const defs = await waitFor(() => exec<Def[]>('vscode.executeDefinitionProvider', page.uri, at), (d) => d.length > 0, 15000);
    assert.equal(defs.length, 1, JSON.stringify(defs));
    const t = target(defs[0]);
    assert.equal(t.uri.toString(), doc.uri.toString());
    assert.equal(t.range.start.line, posOf(doc, '#### 1 窓口のデジタル化').line);
  });

  it('references on a Markdown heading: the citing places in the same file and in the page-text page', async () => {
    const heading = posOf(doc, '#### 1 窓口のデジタル化', 8);
    const refs = await waitFor(() => exec<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, heading), (r) => r.length >= 2, 10000);
    const ranges = refs.map((r) => `${vscode.workspace.asRelativePath(r.uri)} ${fmt(r.range)}`);
    assert.ok(ranges.includes(`${WP} ${fmt(rangeOfText(doc, '第Ⅲ部第1章第1節1「窓口のデジタル化」参照'))}`), ranges.join('\n'));
    const page = await vscode.workspace.openTextDocument(wsUri(TXT));
    assert.ok(ranges.includes(`${TXT} ${fmt(rangeOfText(page, '第Ⅲ部第1章第1節1「窓口のデジタル化」を参照'))}`), ranges.join('\n'));
  });

  it('completion after 第 offers Markdown headings from the index', async () => {
    const list = await exec<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, posOf(doc, '詳細は第', 4));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('第Ⅲ部第1章第1節1'), labels.join(', '));
    assert.ok(labels.includes('第Ⅲ部第1章第1節1') && labels.includes('第Ⅰ部第1章第1節1'), 'and page-text headings');
  });

  it('workspace symbols include Markdown headings with their address', async () => {
    const syms = await waitFor(() => exec<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '窓口のデジタル化'),
      (s) => s.some((x) => x.containerName === '第Ⅲ部第1章第1節1'), 10000);
    const ours = syms.find((x) => x.containerName === '第Ⅲ部第1章第1節1');
    assert.ok(ours, JSON.stringify(syms.map((s) => [s.name, s.containerName])));
    assert.ok(ours.location.uri.path.endsWith('/markdown/wp.md'));
  });

  it('no duplicate document symbols: the Outline of a Markdown white paper comes from the built-in provider only', async () => {
    type Sym = vscode.DocumentSymbol;
    const flat = (s: readonly Sym[]): Sym[] => s.flatMap((x) => [x, ...flat(x.children ?? [])]);
    const syms = await waitFor(() => exec<Sym[]>('vscode.executeDocumentSymbolProvider', doc.uri), (s) => (s ?? []).length > 0, 20000, 250);
    const names = flat(syms ?? []).map((s) => s.name);
    for (const title of ['地域の情報化', '情報化の進展', '自治体の取組', '窓口のデジタル化', '今後の課題']) {
      assert.equal(names.filter((n) => n.includes(title)).length, 1, `${title} once: ${names.join(' | ')}`);
    }
    assert.ok(!flat(syms).some((s) => /^(Part|Chapter|Section|Item|部|章|節|項)$/.test(s.detail)), 'none of Hakusho\'s symbols (level as detail)');
  });

  it('ordinary Markdown is left alone: no diagnostics, no footnote hover, no definition from Hakusho', async () => {
    const notes = await open(NOTES);
    await new Promise((r) => setTimeout(r, 800));
    assert.deepEqual(hakushoDiagnostics(notes.uri), []);
    const hovers = await exec<vscode.Hover[]>('vscode.executeHoverProvider', notes.uri, posOf(notes, 'footnote[^1]', 10));
    assert.ok(!hoverTexts(hovers).some((t) => footnoteLabel(1).test(t)), JSON.stringify(hoverTexts(hovers)));
    const defs = await exec<Def[]>('vscode.executeDefinitionProvider', notes.uri, posOf(notes, 'footnote[^1]', 10));
    assert.ok(!defs.some((d) => fmt(target(d).range) === fmt(rangeOfText(notes, '[^1]:', 0, 4))), 'no footnote definition from Hakusho');
    const syms = await exec<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Checklist');
    assert.ok(!syms.some((s) => s.containerName === 'Checklist' || /Run-in|見出し/.test(s.containerName)), 'not in the Hakusho index');
  });

  it('hakusho.markdown.include makes a folder of Markdown white papers', async () => {
    const notes = await open(NOTES);
    const settings = wsUri('.vscode/settings.json');
    const existed = fs.existsSync(settings.fsPath);
    const config = vscode.workspace.getConfiguration('hakusho');
    try {
      await config.update('markdown.include', ['markdown/notes.md'], vscode.ConfigurationTarget.Workspace);
      const diags = await waitFor(() => hakushoDiagnostics(notes.uri), (d) => d.length > 0, 10000);
      assert.deepEqual(diags.map((d) => `${fmt(d.range)} ${d.code}`), [`${fmt(rangeOfText(notes, '[^2]:', 0, 4))} footnote-unused`]);
    } finally {
      await config.update('markdown.include', undefined, vscode.ConfigurationTarget.Workspace);
      if (!existed) {
        try { fs.rmSync(wsUri('.vscode').fsPath, { recursive: true, force: true }); } catch { /* left for the next run */ }
      }
    }
    const cleared = await waitFor(() => hakushoDiagnostics(notes.uri), (d) => d.length === 0, 10000);
    assert.deepEqual(cleared, []);
  });

  it('claims: the Markdown white paper is in the workspace claims tree', async function () {
    const commands = await vscode.commands.getCommands(true);
    if (!commands.includes('hakusho.claims.snapshot') || !commands.includes('hakusho.claims.showWorkspace')) this.skip();
    type Node = { type: string; id: string; kind?: string; text?: string; children: Node[] };
    const claimsIn = (n: Node): Node[] => (n.type === 'claim' ? [n] : n.children.flatMap(claimsIn));
    await exec('hakusho.claims.showWorkspace');
    try {
      const s = await waitFor(() => exec<{ items: Node[] }>('hakusho.claims.snapshot'),
        (x) => x.items.some((i) => i.id.endsWith('/markdown/wp.md')), 15000, 250);
      const file = s.items.find((i) => i.id.endsWith('/markdown/wp.md'));
      assert.ok(file, s.items.map((i) => i.id).join(', '));
      const claims = claimsIn(file);
      assert.ok(claims.some((c) => c.kind === 'expectation' && c.text === '地域の事業者が担い手となることが期待される。'), JSON.stringify(claims.map((c) => [c.kind, c.text])));
    } finally {
      await exec('hakusho.claims.showActiveFile');
    }
  });

  it('Convert to Markdown: a page-text page opens as an untitled Markdown white paper with working footnotes', async () => {
    const page = await open('pages/nd111200.txt');
    await waitFor(() => vscode.workspace.textDocuments.find((d) => d.uri.toString() === page.uri.toString())?.languageId, (l) => l === 'hakusho', 5000);
    const uri = await exec<vscode.Uri>('hakusho.convertToMarkdown');
    assert.ok(uri, 'the command returns the new document');
    const md = await waitFor(() => vscode.window.activeTextEditor?.document, (d) => d?.languageId === 'markdown' && d.isUntitled, 5000);
    assert.ok(md && md.isUntitled && md.languageId === 'markdown');
    const text = md.getText();
    assert.ok(text.startsWith('---\nhakusho: true\n'), text.slice(0, 80));
    assert.match(text, /^# 第Ⅰ部/m);
    assert.match(text, /\[\^3\]/);
    const hovers = await waitFor(() => exec<vscode.Hover[]>('vscode.executeHoverProvider', md.uri, md.positionAt(md.getText().indexOf('[^3]') + 2)),
      (h) => hoverTexts(h).some((t) => footnoteLabel(3).test(t)), 5000);
    assert.ok(md.getText().indexOf('[^3]') < md.getText().indexOf('[^3]:'), 'the first [^3] is the anchor');
    assert.ok(hoverTexts(hovers).some((t) => footnoteLabel(3).test(t)), 'footnote hover in the converted Markdown');
    await exec('workbench.action.revertAndCloseActiveEditor');
  });
});
