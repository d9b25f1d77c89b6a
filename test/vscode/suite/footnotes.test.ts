// Footnotes in the editor, through the same commands VS Code runs for the user (hover, F12,
// Shift+F12, highlights, outline, folding, links, semantic colouring, Problems panel).
// Pages: pages/nd111200.txt (anchors 3 and 4 on line 9, notes on lines 21–23 and 25, a URL on line 22),
// problems/nd131100.txt (footnote 1 cited twice; a duplicate, an uncited note, an order slip, a gap).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor, exec, fmtRange, openPage, hoverText, plain } from '../helpers';
import { analyzeText } from '../../../src/core/analyze';

const rng = (l1: number, c1: number, l2: number, c2: number) => `${l1}:${c1}-${l2}:${c2}`;

/** Hover Markdown with the escaping backslashes removed: what the reader sees. */

/** `Footnote N` in the UI language (English, or the Japanese bundle: 脚注 N). */
const footnoteLabel = (n: number) => new RegExp(`(Footnote|脚注) ${n}\\b`);
const lineLabel = (n: number) => new RegExp(`(line ${n}\\b|${n} 行目)`);

type Sym = vscode.DocumentSymbol;
function tree(syms: readonly Sym[], depth = 0): string[] {
  return syms.flatMap((s) => [`${'  '.repeat(depth)}${s.name} [${fmtRange(s.range)}] sel ${fmtRange(s.selectionRange)}`, ...tree(s.children, depth + 1)]);
}

// pages/nd111200.txt, 0-based: anchors 3 and 4 on line 8; definition 3 on line 20 (+ URL line 21, date line 22), 4 on line 24
const PAGE = 'pages/nd111200.txt';
const ANCHOR3 = new vscode.Position(8, 44);
const ANCHOR4 = new vscode.Position(8, 76);
const DEF3_LINE = 20;
const DEF4_LINE = 24;
const URL = 'https://example.go.jp/survey/2025/telecom.html';

// problems/nd131100.txt, 0-based
const PROBLEMS = 'problems/nd131100.txt';
const PROBLEM_DIAGNOSTICS = [
  '14:0-14:1 footnote-duplicate',
  '14:0-14:1 footnote-unused',
  '16:0-16:1 footnote-unused',
  '24:0-24:1 footnote-order',
  '29:42-29:43 footnote-undefined',
];

function footnoteDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'hakusho' && String(d.code).startsWith('footnote-'));
}
const describeDiags = (ds: vscode.Diagnostic[]) => ds.map((d) => `${fmtRange(d.range)} ${d.code}`).sort();

describe('footnotes in the editor', function () {
  this.timeout(30000);
  let doc: vscode.TextDocument;

  before(async function () {
    doc = await openPage(PAGE);
    // providers register on activation: wait until the hover answers
    await waitFor(async () => hoverText(await exec<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, ANCHOR3)),
      (t) => t.length > 0, 15000, 200);
  });

  it('the fixture positions are the analysis anchors (3 and 4 on line 9)', () => {
    assert.equal(doc.lineAt(8).text.charAt(44), '3');
    assert.equal(doc.lineAt(8).text.charAt(76), '4');
    const a = analyzeText(doc.uri.toString(), doc.getText());
    assert.deepEqual(a.anchors.map((x) => `${doc.positionAt(x.start).line}:${doc.positionAt(x.start).character}`), ['8:44', '8:76']);
  });

  it('hover on anchor 3 shows "Footnote 3", its line and the whole definition with its URL and source', async () => {
    const text = hoverText(await exec<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, ANCHOR3));
    assert.match(text, footnoteLabel(3), text);
    assert.match(text, lineLabel(DEF3_LINE + 1), text);
    const seen = plain(text);
    assert.ok(seen.includes('白書編集室「地域通信事業者の経営実態に関する調査」（2025年）'), seen);
    assert.ok(seen.includes(URL), `the continuation URL line is part of the note: ${seen}`);
    assert.ok(seen.includes('（2025/11/20参照）'), `the access-date line is part of the note: ${seen}`);
    assert.ok(seen.includes('「地域通信事業者の経営実態に関する調査」'), 'source named');
    assert.ok(!seen.includes('県内の通信事業者団体'), 'not the text of footnote 4');
  });

  it('hover on anchor 4 shows footnote 4, not footnote 3', async () => {
    const text = plain(hoverText(await exec<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, ANCHOR4)));
    assert.match(text, footnoteLabel(4), text);
    assert.ok(text.includes('県内の通信事業者団体へのインタビューによる。'), text);
    assert.ok(!text.includes('経営実態'), text);
  });

  it('hover on ordinary prose next to an anchor shows no footnote', async () => {
    const text = hoverText(await exec<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(8, 10)));
    assert.doesNotMatch(text, footnoteLabel(3));
  });

  it('hover on a definition number lists the citing line with its sentence', async () => {
    const text = plain(hoverText(await exec<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(DEF3_LINE, 0))));
    assert.match(text, footnoteLabel(3), text);
    assert.match(text, lineLabel(9), `cited on line 9: ${text}`);
    assert.ok(text.includes('若手技術者の確保が重要な課題となっている[3]'), `the snippet marks the anchor: ${text}`);
  });

  it('F12 on anchor 3 lands on the definition line 21 (the number selected)', async () => {
    const defs = await exec<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, ANCHOR3);
    assert.equal(defs.length, 1, JSON.stringify(defs));
    const d = defs[0];
    const uri = 'targetUri' in d ? d.targetUri : d.uri;
    const sel = 'targetUri' in d ? d.targetSelectionRange ?? d.targetRange : d.range;
    assert.equal(uri.toString(), doc.uri.toString());
    assert.equal(fmtRange(sel), rng(DEF3_LINE, 0, DEF3_LINE, 1));
    if ('targetUri' in d) {
      assert.equal(d.targetRange.start.line, DEF3_LINE);
      assert.equal(d.targetRange.end.line, DEF3_LINE + 2, 'the whole note, URL and date lines included');
      assert.equal(fmtRange(d.originSelectionRange!), rng(8, 44, 8, 45));
    }
  });

  it('F12 on anchor 4 lands on the definition line 25', async () => {
    const defs = await exec<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, ANCHOR4);
    assert.equal(defs.length, 1, JSON.stringify(defs));
    const d = defs[0];
    assert.equal(('targetUri' in d ? d.targetRange : d.range).start.line, DEF4_LINE);
  });

  it('F12 on a plain number that is not an anchor goes nowhere', async () => {
    // 「2025/11/20」 inside the note: not an anchor
    const defs = await exec<unknown[]>('vscode.executeDefinitionProvider', doc.uri, new vscode.Position(22, 3));
    assert.equal(defs.length, 0, JSON.stringify(defs));
  });

  it('the outline is the nested heading tree with section ranges', async () => {
    const syms = await exec<Sym[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    const end = doc.positionAt(doc.getText().length);
    const E = `${end.line}:${end.character}`;
    assert.deepEqual(tree(syms), [
      `第Ⅰ部 特集 地域を支えるデジタル基盤 [1:0-${E}] sel 1:0-1:19`,
      `  第1節 地域の通信基盤 [2:0-${E}] sel 2:0-2:11`,
      `    2 地域の通信基盤を担う人材 [4:0-${E}] sel 4:0-4:14`,
      '      (1) 技術者の不足 [6:0-10:0] sel 6:0-6:10',
      `      (2) 人材育成の取組 [10:0-${E}] sel 10:0-10:11`,
      '        ア 事業者による取組 [12:0-16:0] sel 12:0-12:10',
      `        イ 行政による支援 [16:0-${E}] sel 16:0-16:9`,
    ]);
    const kinds = [syms[0].kind, syms[0].children[0].kind, syms[0].children[0].children[0].kind];
    assert.deepEqual(kinds, [vscode.SymbolKind.Module, vscode.SymbolKind.Class, vscode.SymbolKind.Method]);
  });

  it('folding: one range per heading section (to its last non-blank line) and one per footnote block', async () => {
    const ranges = await exec<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri);
    const got = ranges.map((r) => `${r.start}-${r.end}${r.kind === vscode.FoldingRangeKind.Comment ? ' notes' : ''}`).sort();
    assert.deepEqual(got, [
      '1-28', // 第Ⅰ部 … ページトップへ戻る
      '10-28', // (2)
      '12-14', // ア
      '16-28', // イ
      '2-28', // 第1節
      '20-24 notes', // footnotes 3 (with URL and date) and 4
      '4-28', // 2
      '6-8', // (1)
    ].sort());
  });

  it('document links: the URL in footnote 3 is a link to itself, and nothing else is', async () => {
    const links = await exec<vscode.DocumentLink[]>('vscode.executeLinkProvider', doc.uri);
    assert.deepEqual(links.map((l) => `${fmtRange(l.range)} ${l.target?.toString(true)}`), [`${rng(21, 0, 21, URL.length)} ${URL}`]);
    assert.equal(doc.getText(links[0].range), URL);
  });

  it('semantic tokens: exactly the anchors, as footnoteAnchor tokens', async () => {
    const legend = await exec<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
    assert.ok(legend, 'a semantic tokens legend');
    const tokens = await exec<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', doc.uri);
    assert.ok(tokens, 'semantic tokens');
    const decoded = decodeTokens(tokens.data, legend);
    const analysis = analyzeText(doc.uri.toString(), doc.getText());
    const expected = analysis.anchors.map((a) => {
      const p = doc.positionAt(a.start);
      return `${p.line}:${p.character}+${a.end - a.start} footnoteAnchor`;
    });
    assert.deepEqual(decoded, expected);
    assert.deepEqual(decoded, ['8:44+1 footnoteAnchor', '8:76+1 footnoteAnchor']);
  });

  it('no footnote diagnostics on a clean page', async () => {
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(describeDiags(footnoteDiagnostics(doc.uri)), []);
  });
});

/** Decodes the relative encoding (Δline, Δchar, length, type, modifiers) into `line:char+len type[.mods]`. */
function decodeTokens(data: Uint32Array, legend: vscode.SemanticTokensLegend): string[] {
  const out: string[] = [];
  let line = 0, char = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    const [dl, dc, len, type, mods] = [data[i], data[i + 1], data[i + 2], data[i + 3], data[i + 4]];
    line += dl;
    char = dl === 0 ? char + dc : dc;
    const modNames = legend.tokenModifiers.filter((_, bit) => mods & (1 << bit));
    out.push(`${line}:${char}+${len} ${legend.tokenTypes[type]}${modNames.length ? '.' + modNames.join('.') : ''}`);
  }
  return out;
}

describe('footnotes cited twice, and the footnote checks', function () {
  this.timeout(30000);
  let doc: vscode.TextDocument;

  before(async function () {
    doc = await openPage(PROBLEMS);
    await waitFor(() => footnoteDiagnostics(doc.uri), (ds) => ds.length >= PROBLEM_DIAGNOSTICS.length, 10000);
  });

  it('Shift+F12 on definition 1 lists both anchors, on lines 7 and 9', async () => {
    assert.match(doc.lineAt(10).text, /^1 白書編集室/);
    const locs = await exec<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, new vscode.Position(10, 0));
    const got = locs.filter((l) => l.uri.toString() === doc.uri.toString()).map((l) => fmtRange(l.range));
    assert.equal(locs.length, got.length, 'all in this file');
    // both anchors, and the definition itself (executeReferenceProvider asks with includeDeclaration)
    assert.deepEqual(got.sort(), [rng(6, 33, 6, 34), rng(8, 30, 8, 31), rng(10, 0, 10, 1)].sort());
  });

  it('Shift+F12 on an anchor of footnote 1 lists the same anchors', async () => {
    const locs = await exec<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, new vscode.Position(8, 30));
    assert.deepEqual(locs.map((l) => fmtRange(l.range)).sort(), [rng(6, 33, 6, 34), rng(8, 30, 8, 31), rng(10, 0, 10, 1)].sort());
  });

  it('document highlights: the definition number (write) and both anchors (read)', async () => {
    const hs = await exec<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', doc.uri, new vscode.Position(6, 33));
    const got = hs.map((h) => `${fmtRange(h.range)} ${h.kind === vscode.DocumentHighlightKind.Write ? 'write' : 'read'}`).sort();
    assert.deepEqual(got, [`${rng(10, 0, 10, 1)} write`, `${rng(6, 33, 6, 34)} read`, `${rng(8, 30, 8, 31)} read`].sort());
  });

  it('hover on definition 1 lists both citing lines', async () => {
    const text = plain(hoverText(await exec<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(10, 0))));
    assert.match(text, footnoteLabel(1), text);
    assert.match(text, lineLabel(7), text);
    assert.match(text, lineLabel(9), text);
    assert.ok(text.includes('戸別受信機の配備が有効とされる[1]'), text);
  });

  it('F12 on the second anchor of footnote 1 (line 9) lands on line 11', async () => {
    const defs = await exec<vscode.LocationLink[]>('vscode.executeDefinitionProvider', doc.uri, new vscode.Position(8, 30));
    assert.equal(defs.length, 1);
    assert.equal(fmtRange(defs[0].targetSelectionRange ?? defs[0].targetRange), rng(10, 0, 10, 1));
  });

  it('the order slip offers to renumber the block; the uncited note offers to delete it', async () => {
    const ds = footnoteDiagnostics(doc.uri);
    const order = ds.find((d) => d.code === 'footnote-order')!;
    const orderFixes = await exec<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, order.range);
    const renumber = orderFixes.find((a) => a.command?.command === 'hakusho.renumberFootnotes');
    assert.ok(renumber, orderFixes.map((a) => a.title).join(' | '));
    assert.equal((renumber!.command!.arguments![0] as vscode.Uri).toString(), doc.uri.toString());
    const unused = ds.find((d) => d.code === 'footnote-unused' && d.range.start.line === 16)!;
    const unusedFixes = await exec<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, unused.range);
    assert.ok(unusedFixes.some((a) => /Delete footnote 3|脚注 3 を削除/.test(a.title)), unusedFixes.map((a) => a.title).join(' | '));
  });

  it('Problems: exactly the duplicate, the uncited notes, the order slip and the gap, on their lines', () => {
    const ds = footnoteDiagnostics(doc.uri);
    assert.deepEqual(describeDiags(ds), PROBLEM_DIAGNOSTICS);
    // the lines the reader sees flagged
    assert.match(doc.lineAt(14).text, /^2 防災関係機関へのヒアリング/);
    assert.match(doc.lineAt(16).text, /^3 消防庁/);
    assert.match(doc.lineAt(24).text, /^4 白書編集室/);
    assert.equal(doc.lineAt(29).text.slice(40, 44), 'ある7。');
    const sev = Object.fromEntries(ds.map((d) => [`${d.range.start.line}:${d.code}`, d.severity]));
    assert.equal(sev['14:footnote-duplicate'], vscode.DiagnosticSeverity.Warning);
    assert.equal(sev['16:footnote-unused'], vscode.DiagnosticSeverity.Information);
    assert.equal(sev['24:footnote-order'], vscode.DiagnosticSeverity.Warning);
    assert.equal(sev['29:footnote-undefined'], vscode.DiagnosticSeverity.Warning);
    const unused = ds.find((d) => d.range.start.line === 16)!;
    assert.deepEqual(unused.tags, [vscode.DiagnosticTag.Unnecessary], 'an uncited note is faded');
    const messages = ds.map((d) => d.message).join('\n');
    for (const m of [/Footnote 4 comes after footnote 5\.|脚注 4/, /Footnote 7 is cited but has no definition\.|脚注 7/, /Footnote 3 is never cited\.|脚注 3/]) {
      assert.match(messages, m);
    }
  });

  it('the gap anchor 7 has no definition and is coloured as such: no token binds it', async () => {
    const legend = await exec<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
    const tokens = await exec<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', doc.uri);
    const decoded = decodeTokens(tokens.data, legend);
    const analysis = analyzeText(doc.uri.toString(), doc.getText());
    assert.deepEqual(decoded, analysis.anchors.map((a) => {
      const p = doc.positionAt(a.start);
      return `${p.line}:${p.character}+${a.end - a.start} footnoteAnchor`;
    }));
    assert.deepEqual(decoded, ['6:33+1', '6:57+1', '8:30+1', '20:33+1', '20:48+1', '29:17+1', '29:59+1'].map((t) => `${t} footnoteAnchor`));
  });

  it('hakusho.diagnostics.disabledCodes ["footnote-unused"] removes exactly those, and restoring brings them back', async () => {
    const config = vscode.workspace.getConfiguration('hakusho.diagnostics');
    const before = config.inspect<string[]>('disabledCodes')?.globalValue;
    try {
      await config.update('disabledCodes', ['footnote-unused'], vscode.ConfigurationTarget.Global);
      const ds = await waitFor(() => describeDiags(footnoteDiagnostics(doc.uri)), (d) => !d.some((x) => x.endsWith('footnote-unused')), 5000);
      assert.deepEqual(ds, PROBLEM_DIAGNOSTICS.filter((d) => !d.endsWith('footnote-unused')));
    } finally {
      await config.update('disabledCodes', before, vscode.ConfigurationTarget.Global);
    }
    const restored = await waitFor(() => describeDiags(footnoteDiagnostics(doc.uri)), (d) => d.length === PROBLEM_DIAGNOSTICS.length, 5000);
    assert.deepEqual(restored, PROBLEM_DIAGNOSTICS);
  });

  it('the clean pages (pages/, official/, misc/) have no footnote diagnostics', async () => {
    const clean = ['pages/nd110000.txt', 'pages/nd111100.txt', 'pages/nd111200.txt', 'pages/nd112000.txt', 'official/r8-part2.txt', 'misc/page-copy.txt'];
    const docs = [];
    for (const rel of clean) docs.push(await openPage(rel, false));
    // the problems page (open all along) proves diagnostics run; give the newly opened ones their turn
    await new Promise((r) => setTimeout(r, 1000));
    assert.equal(footnoteDiagnostics(doc.uri).length, PROBLEM_DIAGNOSTICS.length);
    for (const d of docs) {
      assert.deepEqual(describeDiags(footnoteDiagnostics(d.uri)), [], vscode.workspace.asRelativePath(d.uri));
    }
  });
});
