// Cross-references (第Ⅰ部第1章第1節2「…」参照) across the files of the workspace, through the
// commands VS Code runs for the user: F12, hover, Shift+F12, Problems + quick fix, completion, Ctrl+T, CodeLens.
// Workspace: pages/nd111100.txt (第1節1 光ファイバ網の整備状況), pages/nd111200.txt (第1節2 地域の通信基盤を担う人材),
// pages/nd112000.txt (第2節, citing both), official/r8-part2.txt (第Ⅱ部, citing 第Ⅰ部第1章第2節), misc/page-copy.txt.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { wsUri, waitFor, exec, fmtRange, openPage, hoverText, plain } from '../helpers';
import { OLD_EDITION } from '../../unit/oldEdition';

const rel = (uri: vscode.Uri) => vscode.workspace.asRelativePath(uri, false);

type Def = vscode.Location | vscode.LocationLink;
/** `file line:char-line:char` of each definition target (the selection range of a LocationLink). */
function targets(defs: Def[] | undefined): string[] {
  return (defs ?? []).map((d) => ('targetUri' in d
    ? `${rel(d.targetUri)} ${fmtRange(d.targetSelectionRange ?? d.targetRange)}`
    : `${rel(d.uri)} ${fmtRange(d.range)}`));
}
const definitionAt = (doc: vscode.TextDocument, pos: vscode.Position) => exec<Def[]>('vscode.executeDefinitionProvider', doc.uri, pos);

/** The folders of the shared workspace this suite is about (others belong to other suites, e.g. claims/). */
const FOLDERS = /^(pages|official|misc|problems)\//;

function referenceDiagnostics(): string[] {
  return vscode.languages.getDiagnostics()
    .filter(([uri]) => uri.scheme === 'file' && FOLDERS.test(rel(uri)))
    .flatMap(([uri, ds]) => ds.filter((d) => d.source === 'hakusho' && String(d.code).startsWith('reference-'))
      .map((d) => `${rel(uri)} ${fmtRange(d.range)} ${d.code}`))
    .sort();
}

/** The 1-based `N references` of a CodeLens title, in English or Japanese. */
function lensCount(title: string): number {
  const m = /^(\d+) (references?|件の参照)$/.exec(title);
  assert.ok(m, `a CodeLens "N references": ${JSON.stringify(title)}`);
  return Number(m[1]);
}

// pages/nd112000.txt, 0-based
const CITING = 'pages/nd112000.txt';
const REF_TO_ITEM2 = '第Ⅰ部第1章第1節2「地域の通信基盤を担う人材」参照';
const REF_TO_ITEM2_AT = new vscode.Position(6, 60);
const MISMATCH = '第Ⅰ部第1章第1節1「光ファイバの維持管理」参照';
const MISMATCH_TITLE = '12:76-12:86';

describe('cross-references across the workspace', function () {
  this.timeout(40000);
  let citing: vscode.TextDocument;

  before(async function () {
    // open every file of the workspace, so each has its diagnostics, and wait for the background index
    for (const uri of await vscode.workspace.findFiles('**/*.txt', '**/unopened/**')) { // unopened/: see workspaceCheck.test.ts
      const d = await vscode.workspace.openTextDocument(uri);
      void d;
    }
    citing = await openPage(CITING);
    const defs = await waitFor(async () => definitionAt(citing, REF_TO_ITEM2_AT.translate(0, 3)), (d) => (d?.length ?? 0) > 0, 15000, 250);
    assert.ok(defs.length > 0, 'the workspace index answered F12 on a cross-reference within 15 s');
  });

  it('the reference stands where the test expects it', () => {
    assert.equal(citing.lineAt(6).text.indexOf(REF_TO_ITEM2), 60);
    assert.equal(citing.lineAt(12).text.indexOf(MISMATCH), 65);
  });

  it('F12 on 第Ⅰ部第1章第1節2「地域の通信基盤を担う人材」 lands in pages/nd111200.txt on the heading line 5', async () => {
    for (const ch of [0, 8, 12, 20, REF_TO_ITEM2.length - 1]) {
      const defs = await definitionAt(citing, REF_TO_ITEM2_AT.translate(0, ch));
      assert.deepEqual(targets(defs), ['pages/nd111200.txt 4:0-4:14'], `from character ${60 + ch}`);
    }
    const [link] = await definitionAt(citing, REF_TO_ITEM2_AT.translate(0, 3)) as vscode.LocationLink[];
    assert.equal(fmtRange(link.originSelectionRange!), `6:60-6:${60 + REF_TO_ITEM2.length}`, 'the whole reference is the link');
    const target = await vscode.workspace.openTextDocument(link.targetUri);
    assert.equal(target.getText(link.targetRange), '2 地域の通信基盤を担う人材');
  });

  it('F12 on the reference from official/r8-part2.txt to 第Ⅰ部第1章第2節 lands in pages/nd112000.txt', async () => {
    const official = await openPage('official/r8-part2.txt', false);
    const at = official.lineAt(14).text.indexOf('第Ⅰ部第1章第2節「地域産業のデータ活用」参照');
    assert.equal(at, 2);
    const defs = await definitionAt(official, new vscode.Position(14, at + 5));
    assert.deepEqual(targets(defs), ['pages/nd112000.txt 2:0-2:14']);
    assert.equal(citing.lineAt(2).text, '第2節 地域産業のデータ活用');
  });

  it('F12 on prose that is no reference goes nowhere', async () => {
    assert.deepEqual(targets(await definitionAt(citing, new vscode.Position(6, 20))), []);
  });

  it('hover on the reference shows the target address, title, file and the first paragraph of the section', async () => {
    const text = plain(hoverText(await exec<vscode.Hover[]>('vscode.executeHoverProvider', citing.uri, REF_TO_ITEM2_AT.translate(0, 4))));
    assert.ok(text.includes('第Ⅰ部第1章第1節2'), text);
    assert.ok(text.includes('「地域の通信基盤を担う人材」'), text);
    assert.ok(text.includes('pages/nd111200.txt:5'), `file and line: ${text}`);
    assert.ok(text.includes('地域の通信事業者では技術者の高齢化が進んでおり、若手技術者の確保が重要な課題となっている。'), `first paragraph, quoted without its anchors: ${text}`);
    assert.ok(!text.includes('一部の事業者は'), 'only the first paragraph');
  });

  it('hover on the official reference previews pages/nd112000.txt 第2節', async () => {
    const official = await openPage('official/r8-part2.txt', false);
    const text = plain(hoverText(await exec<vscode.Hover[]>('vscode.executeHoverProvider', official.uri, new vscode.Position(14, 8))));
    assert.ok(text.includes('第Ⅰ部第1章第2節'), text);
    assert.ok(text.includes('「地域産業のデータ活用」'), text);
    assert.ok(text.includes('pages/nd112000.txt:3'), text);
    assert.ok(text.includes('地域の中小企業におけるデータ活用は、大企業と比べて遅れているといえる。'), text);
  });

  it('Shift+F12 on the heading (1) データ連携基盤の構築 lists the citing lines in pages/ and misc/', async () => {
    assert.equal(citing.lineAt(10).text, '(1) データ連携基盤の構築');
    const locs = await exec<vscode.Location[]>('vscode.executeReferenceProvider', citing.uri, new vscode.Position(10, 5));
    assert.deepEqual(locs.map((l) => `${rel(l.uri)} ${fmtRange(l.range)}`).sort(), [
      'misc/page-copy.txt 18:17-18:38',
      'pages/nd111200.txt 18:17-18:38',
      'pages/nd112000.txt 10:0-10:14', // the heading itself (includeDeclaration)
    ]);
    const source = await vscode.workspace.openTextDocument(wsUri('pages/nd111200.txt'));
    assert.equal(source.getText(new vscode.Range(18, 17, 18, 38)), '第2節2(1)「データ連携基盤の構築」参照');
  });

  it('Shift+F12 on 1 光ファイバ網の整備状況 lists both citations in pages/nd112000.txt (body and footnote 6)', async () => {
    const page = await openPage('pages/nd111100.txt', false);
    const locs = await exec<vscode.Location[]>('vscode.executeReferenceProvider', page.uri, new vscode.Position(4, 3));
    assert.deepEqual(locs.map((l) => `${rel(l.uri)} ${fmtRange(l.range)}`).sort(), [
      'pages/nd111100.txt 4:0-4:13',
      'pages/nd112000.txt 12:65-12:89',
      'pages/nd112000.txt 20:2-20:24',
    ]);
  });

  it('Problems: exactly one reference diagnostic in pages/, official/, misc/, problems/: the title mismatch 「光ファイバの維持管理」', async () => {
    const ds = await waitFor(referenceDiagnostics, (d) => d.length >= 1, 10000);
    assert.deepEqual(ds, [`${CITING} ${MISMATCH_TITLE} reference-title-mismatch`]);
    const d = vscode.languages.getDiagnostics(citing.uri).find((x) => x.code === 'reference-title-mismatch')!;
    assert.equal(citing.getText(d.range), '光ファイバの維持管理');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(d.message, /光ファイバの維持管理/);
    assert.match(d.message, /光ファイバ網の整備状況/);
  });

  it('workspace symbols: 光ファイバ finds the heading 1 光ファイバ網の整備状況 in pages/nd111100.txt', async () => {
    const syms = await exec<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '光ファイバ');
    assert.deepEqual(syms.map((s) => `${s.name} · ${s.containerName} · ${rel(s.location.uri)} ${fmtRange(s.location.range)}`),
      ['1 光ファイバ網の整備状況 · 第Ⅰ部第1章第1節1 · pages/nd111100.txt 4:0-4:13']);
    const byNumber = await exec<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '第Ⅰ部第1章第2節');
    assert.ok(byNumber.some((s) => s.name === '第2節 地域産業のデータ活用' && rel(s.location.uri) === CITING), byNumber.map((s) => s.name).join(' | '));
  });

  it('hakusho.exclude takes files out of the index at once, and back in when removed', async () => {
    const inCopy = (syms: vscode.SymbolInformation[] | undefined) => (syms ?? []).some((s) => rel(s.location.uri) === 'misc/page-copy.txt');
    const search = () => exec<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '地域の通信基盤を担う人材');
    assert.ok(inCopy(await waitFor(search, inCopy, 10000)), 'misc/page-copy.txt is indexed to begin with');
    const existed = fs.existsSync(wsUri('.vscode/settings.json').fsPath);
    const config = vscode.workspace.getConfiguration('hakusho');
    try {
      await config.update('exclude', ['misc/**'], vscode.ConfigurationTarget.Workspace);
      const after = await waitFor(search, (x) => !inCopy(x), 10000);
      assert.ok(!inCopy(after), after.map((x) => rel(x.location.uri)).join(', '));
      assert.ok(after.some((x) => rel(x.location.uri) === 'pages/nd111200.txt'), 'the other files stay');
    } finally {
      await config.update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
      if (!existed) {
        try { fs.rmSync(wsUri('.vscode').fsPath, { recursive: true, force: true }); } catch { /* left for the next run */ }
      }
    }
    assert.ok(inCopy(await waitFor(search, inCopy, 10000)), 'back once the setting is removed');
  });

  it('CodeLens: "2 references" over 1 光ファイバ網の整備状況, and exact lenses in pages/nd112000.txt', async () => {
    const page = await openPage('pages/nd111100.txt', false);
    const lenses = await exec<vscode.CodeLens[]>('vscode.executeCodeLensProvider', page.uri, 10);
    const item = lenses.find((l) => l.range.start.line === 4);
    assert.ok(item?.command, `a lens on line 5; lenses: ${lenses.map((l) => `${fmtRange(l.range)} ${l.command?.title}`).join(', ')}`);
    assert.equal(fmtRange(item.range), '4:0-4:13');
    assert.equal(lensCount(item.command.title), 2);
    assert.equal(item.command.command, 'editor.action.showReferences');
    const locations = item.command.arguments?.[2] as vscode.Location[];
    assert.deepEqual(locations.map((l) => `${rel(l.uri)} ${fmtRange(l.range)}`).sort(), ['pages/nd112000.txt 12:65-12:89', 'pages/nd112000.txt 20:2-20:24']);

    // lenses of pages/nd112000.txt: the count is the number of citing places; those in this suite's folders are exact
    // (other suites add their own pages to the shared workspace)
    const inCiting = await exec<vscode.CodeLens[]>('vscode.executeCodeLensProvider', citing.uri, 10);
    const described = inCiting.map((l) => {
      const locs = (l.command!.arguments?.[2] as vscode.Location[]).map((x) => `${rel(x.uri)} ${fmtRange(x.range)}`);
      assert.equal(lensCount(l.command!.title), locs.length, `the title counts the places: ${l.command!.title} ${locs.join(', ')}`);
      return `${fmtRange(l.range)} ← ${locs.filter((x) => FOLDERS.test(x)).sort().join(', ')}`;
    }).filter((x) => !x.endsWith('← ')).sort();
    assert.deepEqual(described, [
      '10:0-10:14 ← misc/page-copy.txt 18:17-18:38, pages/nd111200.txt 18:17-18:38', // (1) データ連携基盤の構築
      // 第2節 ← the part-Ⅱ reference, and 「第2節では…」 in the chapter overview nd110000.txt
      '2:0-2:14 ← official/r8-part2.txt 14:2-14:25, pages/nd110000.txt 4:47-4:50',
    ]);
  });

  describe('quick fix, on an untitled copy of pages/nd112000.txt (the fixture on disk is never edited)', () => {
    let copy: vscode.TextDocument;

    before(async () => {
      copy = await vscode.workspace.openTextDocument({ language: 'hakusho', content: citing.getText() });
      await vscode.window.showTextDocument(copy);
    });

    after(async () => {
      await vscode.window.showTextDocument(copy);
      await exec('workbench.action.revertAndCloseActiveEditor');
    });

    const mismatches = () => vscode.languages.getDiagnostics(copy.uri).filter((d) => d.code === 'reference-title-mismatch');

    it('replace the title with 「光ファイバ網の整備状況」: applying it fixes the text and clears the warning; undo brings both back', async () => {
      const ds = await waitFor(mismatches, (x) => x.length > 0, 5000);
      assert.deepEqual(ds.map((d) => fmtRange(d.range)), [MISMATCH_TITLE], 'the same warning as in the original');
      const actions = await exec<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', copy.uri, ds[0].range);
      const fixes = actions.filter((a): a is vscode.CodeAction => 'edit' in a && !!a.edit);
      const fix = fixes.find((a) => a.title.includes('「光ファイバ網の整備状況」'));
      assert.ok(fix, `a fix naming 「光ファイバ網の整備状況」; offered: ${actions.map((a) => a.title).join(' | ')}`);
      assert.match(fix.title, /Replace the title with 「光ファイバ網の整備状況」|表題を「光ファイバ網の整備状況」に置き換える/);
      assert.equal(fix.isPreferred, true);
      assert.deepEqual(fix.edit!.entries().map(([u, edits]) => [u.toString(), edits.map((e) => `${fmtRange(e.range)} ${e.newText}`)]),
        [[copy.uri.toString(), [`${MISMATCH_TITLE} 光ファイバ網の整備状況`]]]);

      assert.ok(await vscode.workspace.applyEdit(fix.edit!), 'the edit applies');
      assert.equal(copy.lineAt(12).text.slice(65), '第Ⅰ部第1章第1節1「光ファイバ網の整備状況」参照。');
      assert.deepEqual(await waitFor(mismatches, (x) => x.length === 0, 5000), [], 'the warning is gone');

      await vscode.window.showTextDocument(copy);
      await exec('undo');
      assert.equal(copy.getText(), citing.getText(), 'undo restores the text');
      assert.equal((await waitFor(mismatches, (x) => x.length === 1, 5000)).length, 1, 'and the warning');
    });

    it('the fix edits the title where it is now, when the warning is from before the last keystrokes', async () => {
      const [stale] = await waitFor(mismatches, (x) => x.length === 1, 5000);
      const typed = new vscode.WorkspaceEdit();
      typed.insert(copy.uri, new vscode.Position(stale.range.start.line, 0), 'なお、');
      assert.ok(await vscode.workspace.applyEdit(typed));
      // at once, before the warnings are published again: the code action still gets the old range
      const actions = await exec<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', copy.uri, stale.range);
      const fix = actions.find((a): a is vscode.CodeAction => 'edit' in a && !!a.edit && a.title.includes('「光ファイバ網の整備状況」'));
      assert.ok(fix, actions.map((a) => a.title).join(' | '));
      assert.ok(await vscode.workspace.applyEdit(fix.edit!));
      assert.ok(copy.lineAt(stale.range.start.line).text.endsWith('第Ⅰ部第1章第1節1「光ファイバ網の整備状況」参照。'), copy.lineAt(stale.range.start.line).text);
      await vscode.window.showTextDocument(copy);
      await exec('undo');
      await exec('undo');
      assert.equal(copy.getText(), citing.getText(), 'undo restores the text');
    });
  });

  describe('in a new document', () => {
    let scratch: vscode.TextDocument;
    let editor: vscode.TextEditor;
    const LINES = [
      '白書トップ > 政策 > 白書 > 令和8年版 > 作業用メモ',
      '防災については、第Ⅰ部第1章第5節「地域の防災」参照。',
      '人材の確保については、第Ⅰ部第1',
    ];

    before(async () => {
      scratch = await vscode.workspace.openTextDocument({ language: 'hakusho', content: LINES.join('\n') });
      editor = await vscode.window.showTextDocument(scratch);
    });

    after(async () => {
      await vscode.window.showTextDocument(scratch);
      await exec('workbench.action.revertAndCloseActiveEditor');
    });

    it('a reference to a section nobody has (第Ⅰ部第1章第5節) is reported unresolved, on that reference', async () => {
      const ds = await waitFor(() => vscode.languages.getDiagnostics(scratch.uri).filter((d) => String(d.code).startsWith('reference-')),
        (x) => x.length > 0, 5000);
      assert.deepEqual(ds.map((d) => `${fmtRange(d.range)} ${d.code}`), [`1:8-1:${8 + '第Ⅰ部第1章第5節「地域の防災」参照'.length} reference-unresolved`]);
      assert.match(ds[0].message, /第Ⅰ部第1章第5節/);
    });

    it('completion after 第Ⅰ部第1 offers 第Ⅰ部第1章第1節2 with its title, and accepting it gives a working reference', async () => {
      const end = new vscode.Position(2, LINES[2].length);
      const list = await exec<vscode.CompletionList>('vscode.executeCompletionItemProvider', scratch.uri, end);
      const label = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
      const item = list.items.find((i) => label(i) === '第Ⅰ部第1章第1節2');
      assert.ok(item, `offered: ${list.items.map(label).join(', ')}`);
      assert.equal(typeof item.label === 'string' ? undefined : item.label.description, '地域の通信基盤を担う人材');
      const insert = typeof item.insertText === 'string' ? item.insertText : item.insertText?.value;
      assert.equal(insert, REF_TO_ITEM2);
      const range = item.range instanceof vscode.Range ? item.range : item.range?.replacing;
      assert.ok(range, 'the item replaces the typed path');
      assert.equal(scratch.getText(range), '第Ⅰ部第1');
      assert.ok(list.items.some((i) => label(i) === '第Ⅰ部第1章第1節1'), 'the other item of 第1節 too');

      assert.ok(await editor.edit((e) => e.replace(range, insert!)));
      assert.equal(scratch.lineAt(2).text, `人材の確保については、${REF_TO_ITEM2}`);
      const defs = await waitFor(async () => definitionAt(scratch, new vscode.Position(2, 14)), (d) => (d?.length ?? 0) > 0, 3000);
      // outside pages/, the page and its copy in misc/ are equally near: both are offered
      assert.deepEqual(targets(defs).sort(), ['misc/page-copy.txt 4:0-4:14', 'pages/nd111200.txt 4:0-4:14']);
    });
  });
});

describe('hover on a heading', function () {
  this.timeout(30000);

  it('lists the places that cite it, with file, line and sentence', async () => {
    const doc = await openPage('pages/nd111200.txt');
    const at = new vscode.Position(4, 4); // `2 地域の通信基盤を担う人材`
    const text = await waitFor(async () => {
      const hovers = await exec<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
      return plain(hoverText(hovers)); // as rendered: file text is escaped
    }, (t) => t.includes('nd112000.txt'), 15000, 250);
    assert.match(text, /第Ⅰ部第1章第1節2/);
    assert.match(text, /(Cited in|箇所から参照)/);
    assert.match(text, /pages\/nd112000\.txt:7/);
    assert.match(text, /地域の通信基盤を担う人材/);
  });
});

describe('figure references without captions', function () {
  this.timeout(30000);
  let scratch: vscode.TextDocument;

  before(async () => {
    // 図表Ⅰ-1-1-1 has its caption in the workspace; Ⅰ-1-1-9 is missing where its group has captions;
    // the Ⅴ-2-… figures have no caption anywhere, as in a text download that leaves captions out
    const lines = [
      '白書トップ > 政策 > 白書 > 令和8年版 > 作業用メモ',
      '世帯カバー率は高い（図表Ⅰ-1-1-1）。内訳は図表Ⅰ-1-1-9のとおり。',
      '海外の動向は図表Ⅴ-2-1-1、図表Ⅴ-2-1-2、図表Ⅴ-2-3-1のとおりである。',
    ];
    scratch = await vscode.workspace.openTextDocument({ language: 'hakusho', content: lines.join('\n') });
    await vscode.window.showTextDocument(scratch);
  });

  after(async () => {
    await vscode.window.showTextDocument(scratch);
    await exec('workbench.action.revertAndCloseActiveEditor');
  });

  it('warns where a caption was expected, and says once, as information, how many have none to check against', async () => {
    const ds = await waitFor(() => vscode.languages.getDiagnostics(scratch.uri).filter((d) => /^(reference-|figure-)/.test(String(d.code))),
      (x) => x.length >= 2, 5000);
    assert.deepEqual(ds.map((d) => `${fmtRange(d.range)} ${d.code} ${vscode.DiagnosticSeverity[d.severity]}`), [
      `1:${'世帯カバー率は高い（図表Ⅰ-1-1-1）。内訳は'.length}-1:${'世帯カバー率は高い（図表Ⅰ-1-1-1）。内訳は図表Ⅰ-1-1-9'.length} reference-unresolved Warning`,
      `2:6-2:${6 + '図表Ⅴ-2-1-1'.length} figure-captions-absent Information`,
    ]);
    assert.match(ds[1].message, /^3 figure reference/);
  });
});

describe('text of a page that looks like Markdown', function () {
  this.timeout(30000);
  const TITLE = '[x](command:workbench.action.quit) ![p](https://example.com/p.png)';
  const NOTE = '出典 https://example.com/a\\](command:workbench.action.quit) を参照。';
  const LINES = [`第Ⅸ部　${TITLE}`, '通信の整備が進んだ1。', `1 ${NOTE}`, '人材については、第Ⅸ'];
  let scratch: vscode.TextDocument;
  /** `](` or `![` not escaped: where Markdown would start a link or an image. */
  const markup = (md: string) => md.match(/(?<!\\)(?:\]\(|!\[)/g) ?? [];

  before(async () => {
    scratch = await vscode.workspace.openTextDocument({ language: 'hakusho', content: LINES.join('\n') });
    await vscode.window.showTextDocument(scratch);
  });
  after(async () => {
    await vscode.window.showTextDocument(scratch);
    await exec('workbench.action.revertAndCloseActiveEditor');
  });

  it('a heading titled like a command link shows as literal text in the completion documentation', async () => {
    const end = new vscode.Position(3, LINES[3].length);
    const item = await waitFor(async () => {
      const list = await exec<vscode.CompletionList>('vscode.executeCompletionItemProvider', scratch.uri, end);
      return list.items.find((i) => typeof i.label !== 'string' && i.label.description === TITLE);
    }, (i) => i !== undefined, 5000);
    assert.ok(item, 'the heading is offered');
    const doc = (item.documentation as vscode.MarkdownString).value;
    assert.deepEqual(markup(doc), [], doc);
    assert.ok(plain(doc).includes(TITLE), doc);
  });

  it('a footnote\'s URL is a link to itself, and nothing else in the note is a link', async () => {
    const hover = hoverText(await exec<vscode.Hover[]>('vscode.executeHoverProvider', scratch.uri, new vscode.Position(1, LINES[1].indexOf('1'))));
    const links = [...hover.matchAll(/\[((?:\\.|[^\]\\])*)\]\(<([^>]*)>\)/g)];
    assert.deepEqual(links.map((m) => plain(m[1])), ['https://example.com/a'], hover);
    assert.equal(decodeURIComponent(links[0][2]), decodeURIComponent(new URL(plain(links[0][1])).href));
    assert.deepEqual(markup(hover.replace(links[0][0], '')), [], 'no other link');
  });
});

describe('an old edition without 章 or 節 lines', function () {
  this.timeout(30000);
  let old: vscode.TextDocument;

  before(async () => {
    old = await vscode.workspace.openTextDocument({ language: 'hakusho', content: OLD_EDITION });
    await vscode.window.showTextDocument(old);
  });

  after(async () => {
    await vscode.window.showTextDocument(old);
    await exec('workbench.action.revertAndCloseActiveEditor');
  });

  it('the Outline groups its 項s under the 章 and 節 its own dash references place', async () => {
    type Sym = vscode.DocumentSymbol;
    const syms = await waitFor(() => exec<Sym[]>('vscode.executeDocumentSymbolProvider', old.uri), (s) => (s ?? []).some((x) => x.name === '第1章'), 20000, 250);
    assert.deepEqual(syms.map((s) => s.name), ['はじめに これからの地域と通信', '第1章', '第2章', '1 展示会の開催']);
    const chapter = syms[1];
    assert.deepEqual(syms[0].children.map((s) => s.name), ['1 人口の減少', '2 産業の変化', '3 暮らしの変化']);
    assert.deepEqual(chapter.children.map((s) => `${s.name}: ${s.children.map((c) => c.name).join(', ')}`), [
      '序節: 1 通信網の広がり, 2 新しい端末',
      '第1節: 1 端末の出荷, 2 端末の利用, 3 端末の価格',
      '第2節: 1 料金の推移, 2 料金の比較',
    ]);
    assert.match(chapter.detail, /inferred|推定/);
    assert.ok(chapter.range.contains(chapter.selectionRange) && chapter.range.contains(chapter.children[2].range));
  });

  it('F12 on a dash reference goes to the heading it names', async () => {
    const at = old.positionAt(OLD_EDITION.indexOf('1-1-2(2)参照') + 2);
    const defs = await waitFor(() => definitionAt(old, at), (d) => (d ?? []).length > 0, 20000, 250);
    const [link] = defs;
    const range = 'targetUri' in link ? link.targetSelectionRange ?? link.targetRange : link.range;
    assert.equal(old.lineAt(range.start.line).text, '（2）　利用の場面');
  });
});
