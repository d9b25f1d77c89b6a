// Every feature of the language service, on a workspace in memory, in plain Node: what a user of
// any host (VS Code, another editor through `hakusho lsp`) would see.
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../../src/core/analyzeDocument';
import { LineIndex } from '../../../src/core/text';
import { WorkspaceIndex } from '../../../src/core/workspaceIndex';
import { renumberFootnotes } from '../../../src/service/rename';
import type { ServiceContext } from '../../../src/service/service';
import { connectWorkspace, DEFAULT_SETTINGS, encodeSemanticTokens, english, HakushoLanguageService, InMemoryWorkspace, Position, Range, TextEdit } from '../../../src/service';
import { at } from '../helpers';
import { OLD_EDITION } from '../oldEdition';
import { FILES, MARKDOWN_URI, PAGE_1, PAGE_1_URI, PAGE_2, PAGE_2_URI, ROOT } from './fixtures';

/** The position of `needle` (+ `skip` characters) in `text`. */
function pos(text: string, needle: string, skip = 0): Position {
  return new LineIndex(text).positionAt(at(text, needle, skip));
}

/** The text a range covers. */
function textOf(text: string, r: Range): string {
  const li = new LineIndex(text);
  return text.slice(li.offsetAt(r.start.line, r.start.character), li.offsetAt(r.end.line, r.end.character));
}

/** Edits applied to a text, last first so earlier offsets hold. */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const li = new LineIndex(text);
  const spans = edits.map((e) => ({ start: li.offsetAt(e.range.start.line, e.range.start.character), end: li.offsetAt(e.range.end.line, e.range.end.character), text: e.newText }));
  let out = text;
  for (const s of spans.sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}

async function serviceOn(files: Record<string, string> = FILES, settings = {}): Promise<{ service: HakushoLanguageService; workspace: InMemoryWorkspace }> {
  const service = new HakushoLanguageService({ settings });
  const workspace = new InMemoryWorkspace([ROOT], files);
  await connectWorkspace(service, workspace);
  return { service, workspace };
}

describe('service: which files are white papers', () => {
  it('reads the pages and the Markdown white paper, not notes.txt, an ordinary README or node_modules', async () => {
    const { service } = await serviceOn();
    assert.deepEqual(service.documents().map((d) => service.relativePath(d.uri)).sort(), ['pages/nd211100.txt', 'pages/nd211200.txt', 'policy.md']);
    assert.equal(service.isWhitePaper(`${ROOT}/notes.txt`), false);
  });

  it('an open document counts with its editor text; closing it goes back to the disk text', async () => {
    const { service } = await serviceOn();
    service.apply({ type: 'opened', uri: PAGE_2_URI, text: PAGE_2.replace('料金の変化', '料金の推移') });
    assert.ok(service.workspaceSymbols('料金の推移').length === 1, 'the open text is indexed');
    service.apply({ type: 'closed', uri: PAGE_2_URI });
    assert.equal(service.workspaceSymbols('料金の推移').length, 0);
    assert.equal(service.workspaceSymbols('料金の変化').length, 1);
  });

  it('a file created and deleted on disk joins and leaves the workspace through the port', async () => {
    const { service, workspace } = await serviceOn();
    workspace.write(`${ROOT}/pages/nd211300.txt`, PAGE_2.replace('第2節 移動通信の動向', '第3節 放送の動向'));
    await new Promise((r) => setImmediate(r));
    assert.equal(service.workspaceSymbols('放送の動向').length, 1);
    workspace.delete(`${ROOT}/pages/nd211300.txt`);
    assert.equal(service.workspaceSymbols('放送の動向').length, 0);
  });

  it('a markdown.include setting makes a Markdown file a white paper at once; the editor\'s hakusho language id survives it', async () => {
    const { service } = await serviceOn();
    const draft = `${ROOT}/draft.txt`;
    service.apply({ type: 'opened', uri: draft, text: '1 はじめに\n\n本文である。\n', languageId: 'hakusho' });
    assert.equal(service.isWhitePaper(`${ROOT}/README.md`), false);
    service.configure({ markdownInclude: ['README.md'] });
    assert.equal(service.isWhitePaper(`${ROOT}/README.md`), true);
    assert.ok(service.documents().some((d) => d.uri === `${ROOT}/README.md`), 'and it joins the index');
    assert.equal(service.isWhitePaper(draft), true);
  });

  it("an open plain-text document the editor calls 'hakusho' is read as a white paper whatever its name", async () => {
    const { service } = await serviceOn();
    const uri = `${ROOT}/draft.txt`;
    service.apply({ type: 'opened', uri, text: '1 はじめに\n\n本文である。\n', languageId: 'hakusho' });
    assert.equal(service.isWhitePaper(uri), true);
    service.apply({ type: 'changed', uri, text: '1 はじめに\n\n本文である。\n' });
    assert.equal(service.isWhitePaper(uri), false, 'without the language id, the text alone does not look like a white paper');
  });
});

describe('service: hover', () => {
  it('hovering anchor 2 shows footnote 2, its line, and its URL as a link', async () => {
    const { service } = await serviceOn();
    const hover = service.hover(PAGE_1_URI, pos(PAGE_1, '分担している2', '分担している'.length));
    assert.ok(hover);
    assert.match(hover.contents, /^\*\*Footnote 2\*\* · line 15/);
    assert.match(hover.contents, /国の補助は整備費の半分までとされている。/);
    assert.ok(hover.contents.includes('[https\\:\\/\\/example\\.jp\\/hojo](<https://example.jp/hojo>)'), hover.contents);
    assert.equal(textOf(PAGE_1, hover.range), '2');
  });

  it("hovering a definition's number lists the places citing it; an uncited one says so", async () => {
    const { service } = await serviceOn();
    const cited = service.hover(PAGE_1_URI, pos(PAGE_1, '3 事業者'));
    assert.match(cited!.contents, /cited 1 time\(s\)\n\n- line 12: .*不足しており\\\[3\\\]/);
    const uncited = service.hover(PAGE_1_URI, pos(PAGE_1, '4 どこから'));
    assert.match(uncited!.contents, /not cited anywhere in this file/);
  });

  it("hovering a cross-reference shows the target's address, title, file and first paragraph", async () => {
    const { service } = await serviceOn();
    const hover = service.hover(PAGE_1_URI, pos(PAGE_1, '詳しくは第Ⅱ部', '詳しくは'.length + 2));
    assert.ok(hover);
    assert.match(hover.contents, /\*\*第Ⅱ部第1章第2節\*\* 「移動通信の動向」/);
    assert.ok(hover.contents.includes('[pages\\/nd211200\\.txt\\:3](file:///ws/pages/nd211200.txt#L3)'), hover.contents);
    assert.match(hover.contents, /> 携帯電話の契約数は増え続けている。/, 'the first paragraph, without its anchor');
  });

  it('hovering a heading lists where the workspace cites it; text from files is escaped', async () => {
    const { service } = await serviceOn();
    const hover = service.hover(PAGE_1_URI, pos(PAGE_1, '1 光回線の整備', 3));
    assert.match(hover!.contents, /\*\*第Ⅱ部第1章第1節1\*\* · Item/);
    assert.ok(hover!.contents.includes('Cited in 1 place(s):\n- [pages\\/nd211200\\.txt\\:7]'), hover!.contents);
    const escaped = await serviceOn({ [PAGE_1_URI]: PAGE_1.replace('(2026年)', '*[x](javascript:alert)* $(warning)') });
    const fn = escaped.service.hover(PAGE_1_URI, pos(PAGE_1, '減っている1', '減っている'.length))!;
    assert.ok(fn.contents.includes('\\*\\[x\\]\\(javascript\\:alert\\)\\*'), fn.contents);
    assert.ok(fn.contents.includes('\\$\\(warning\\)'), 'a theme icon written in the text stays text');
  });

  it('an unresolved reference warns that nothing matches', async () => {
    const { service } = await serviceOn();
    const md = FILES[MARKDOWN_URI];
    const hover = service.hover(MARKDOWN_URI, pos(md, '第Ⅱ部第1章第9節', 3));
    assert.match(hover!.contents, /\$\(warning\) Nothing in the workspace matches 第Ⅱ部第1章第9節\./);
  });

  it('hovers are localised through the host’s t', async () => {
    const service = new HakushoLanguageService({ t: (m, ...a) => (m === 'Footnote {0}' ? `脚注${a[0]}` : m) });
    await connectWorkspace(service, new InMemoryWorkspace([ROOT], FILES));
    assert.match(service.hover(PAGE_1_URI, pos(PAGE_1, '分担している2', '分担している'.length))!.contents, /^\*\*脚注2\*\*/);
  });
});

describe('service: definition and references', () => {
  it('definition of 第Ⅱ部第1章第2節 lands on that heading in the other file', async () => {
    const { service } = await serviceOn();
    const links = service.definition(PAGE_1_URI, pos(PAGE_1, '詳しくは第Ⅱ部', '詳しくは'.length + 5));
    assert.equal(links.length, 1);
    assert.equal(links[0].uri, PAGE_2_URI);
    assert.equal(textOf(PAGE_2, links[0].targetRange), '第2節 移動通信の動向');
    assert.equal(textOf(PAGE_1, links[0].originRange), '第Ⅱ部第1章第2節「移動通信の動向」を参照');
  });

  it('definition of an anchor lands on its footnote, the number selected', async () => {
    const { service } = await serviceOn();
    const [link] = service.definition(PAGE_1_URI, pos(PAGE_1, '不足しており3', '不足しており'.length));
    assert.equal(link.uri, PAGE_1_URI);
    assert.equal(textOf(PAGE_1, link.targetSelectionRange), '3');
    assert.equal(textOf(PAGE_1, link.targetRange), '3 事業者への聞き取りによる。');
  });

  it('references of a heading are the cross-references to it in every file', async () => {
    const { service } = await serviceOn();
    const refs = service.references(PAGE_2_URI, pos(PAGE_2, '第2節 移動通信の動向', 2), false);
    assert.deepEqual(refs.map((r) => [r.uri, textOf(PAGE_1, r.range)]), [
      [PAGE_1_URI, '第Ⅱ部第1章第2節「移動通信の動向」を参照'],
      [PAGE_1_URI, '第Ⅱ部第1章第2節「無線の普及」で見た'],
    ]);
  });

  it('references of a footnote are its anchors, with its definition when asked', async () => {
    const { service } = await serviceOn();
    const refs = service.references(PAGE_1_URI, pos(PAGE_1, '1 総務省'), true);
    assert.deepEqual(refs.map((r) => r.range.start.line), [13, 6]);
    const highlights = service.documentHighlights(PAGE_1_URI, pos(PAGE_1, '減っている1', '減っている'.length));
    assert.deepEqual(highlights.map((h) => [h.kind, h.range.start.line]), [['write', 13], ['read', 6]]);
  });
});

describe('service: completion', () => {
  it('typing 第Ⅱ部第1 offers the workspace headings, inserting path and 「title」参照', async () => {
    const { service } = await serviceOn();
    const text = `${PAGE_2}\n詳細は第Ⅱ部第1`;
    service.apply({ type: 'changed', uri: PAGE_2_URI, text });
    const end = new LineIndex(text).positionAt(text.length);
    const items = service.completions(PAGE_2_URI, end);
    const section = items.find((i) => i.label === '第Ⅱ部第1章第1節');
    assert.ok(section, items.map((i) => i.label).join(', '));
    assert.equal(section.insertText, '第Ⅱ部第1章第1節「地域の通信基盤」参照');
    assert.equal(section.detail, 'Section · pages/nd211100.txt');
    assert.equal(textOf(text, section.range), '第Ⅱ部第1');
    assert.equal(new Set(items.map((i) => i.label)).size, items.length, 'each address once');
  });

  it('without insertTitle only the path is inserted; nothing is offered away from a 第', async () => {
    const { service } = await serviceOn(FILES, { insertTitle: false });
    const text = `${PAGE_2}\n詳細は第`;
    service.apply({ type: 'changed', uri: PAGE_2_URI, text });
    const items = service.completions(PAGE_2_URI, new LineIndex(text).positionAt(text.length));
    assert.ok(items.every((i) => i.insertText === i.label));
    assert.deepEqual(service.completions(PAGE_2_URI, { line: 0, character: 3 }), []);
  });
});

describe('service: rename and renumber', () => {
  it('renaming footnote 3 to 5 edits its definition and its anchor', async () => {
    const { service } = await serviceOn();
    const at3 = pos(PAGE_1, '3 事業者');
    const prepared = service.prepareRename(PAGE_1_URI, at3);
    assert.ok('range' in prepared && prepared.placeholder === '3');
    const edits = service.rename(PAGE_1_URI, at3, '5');
    assert.ok(Array.isArray(edits));
    const after = applyEdits(PAGE_1, edits);
    assert.match(after, /不足しており5、/);
    assert.match(after, /^5 事業者への聞き取りによる。$/m);
  });

  it('retitling a heading rewrites the quoted title in the other file', async () => {
    const { service } = await serviceOn();
    const edits = service.rename(PAGE_1_URI, pos(PAGE_1, '光回線の整備\n\n光回線', 1), '光回線の普及');
    assert.ok(Array.isArray(edits));
    assert.deepEqual([...new Set(edits.map((e) => e.uri))].sort(), [PAGE_1_URI, PAGE_2_URI]);
    assert.match(applyEdits(PAGE_2, edits.filter((e) => e.uri === PAGE_2_URI)), /第Ⅱ部第1章第1節1「光回線の普及」も参照/);
  });

  it('refuses with a message: a taken footnote number, or a place that cannot be renamed', async () => {
    const { service } = await serviceOn();
    assert.deepEqual(service.rename(PAGE_1_URI, pos(PAGE_1, '3 事業者'), '2'), { error: 'Footnote 2 already exists in this block.' });
    assert.deepEqual(service.prepareRename(PAGE_1_URI, pos(PAGE_1, '山間部')), { error: 'Only a footnote number or a heading title can be renamed here.' });
  });
});

describe('service: diagnostics and quick fixes', () => {
  it('reports across files: the wrong quoted title, the unused footnote, the unresolved reference', async () => {
    const { service } = await serviceOn();
    assert.deepEqual(service.diagnostics(PAGE_1_URI).map((d) => [d.code, d.range.start.line, d.message]), [
      ['footnote-unused', 16, 'Footnote 4 is never cited.'],
      ['reference-title-mismatch', 11, 'The quoted title 「無線の普及」 does not match 第Ⅱ部第1章第2節 「移動通信の動向」.'],
    ]);
    assert.equal(service.diagnostics(PAGE_1_URI)[0].unnecessary, true);
    assert.deepEqual(service.diagnostics(MARKDOWN_URI).map((d) => d.code), ['reference-unresolved']);
    assert.deepEqual([...service.workspaceDiagnostics().entries()].map(([uri, ds]) => [service.relativePath(uri), ds.length]).sort(),
      [['pages/nd211100.txt', 2], ['pages/nd211200.txt', 0], ['policy.md', 1]]);
  });

  it('a heading renamed in one file makes the reference in the other file unresolved-title; settings filter codes', async () => {
    const { service } = await serviceOn(FILES, { disabledCodes: ['footnote-unused'] });
    service.apply({ type: 'changed', uri: PAGE_2_URI, text: PAGE_2.replace('第2節 移動通信の動向', '第2節 無線の普及') });
    assert.deepEqual(service.diagnostics(PAGE_1_URI).map((d) => [d.code, d.range.start.line]), [['reference-title-mismatch', 7]]);
    service.configure({ diagnosticsEnabled: false });
    assert.deepEqual(service.diagnostics(PAGE_1_URI), []);
  });

  it('quick fixes: the real title, pointing elsewhere, deleting an unused footnote, renumbering', async () => {
    const { service } = await serviceOn();
    const [mismatch, ] = service.diagnostics(PAGE_1_URI).filter((d) => d.code === 'reference-title-mismatch');
    const [useTitle] = service.codeActions(PAGE_1_URI, [mismatch]);
    assert.equal(useTitle.title, 'Replace the title with 「移動通信の動向」');
    assert.match(applyEdits(PAGE_1, useTitle.edits), /第Ⅱ部第1章第2節「移動通信の動向」で見た/);
    assert.equal(service.codeActions(PAGE_1_URI, [mismatch]).length, 1, 'no other heading bears the quoted title');
    service.apply({ type: 'changed', uri: PAGE_2_URI, text: PAGE_2.replace('2 料金の変化', '2 無線の普及') });
    const [, pointElsewhere] = service.codeActions(PAGE_1_URI, [mismatch]);
    assert.equal(pointElsewhere.title, 'Point the reference to 第Ⅱ部第1章第2節2 「無線の普及」');
    assert.match(applyEdits(PAGE_1, pointElsewhere.edits), /第Ⅱ部第1章第2節2「無線の普及」で見た/);
    const unused = service.diagnostics(PAGE_1_URI).find((d) => d.code === 'footnote-unused')!;
    const [del] = service.codeActions(PAGE_1_URI, [unused]);
    assert.equal(del.title, 'Delete footnote 4');
    assert.equal(applyEdits(PAGE_1, del.edits), PAGE_1.replace('4 どこからも引かれていない注である。\n', ''));

    const def1 = PAGE_1.split('\n').find((l) => l.startsWith('1 総務省'))!;
    const def2 = PAGE_1.split('\n').find((l) => l.startsWith('2 国の補助'))!;
    const swapped = PAGE_1.replace(`${def1}\n${def2}`, `${def2}\n${def1}`);
    assert.notEqual(swapped, PAGE_1);
    service.apply({ type: 'changed', uri: PAGE_1_URI, text: swapped });
    const order = service.diagnostics(PAGE_1_URI).find((d) => d.code === 'footnote-order');
    assert.ok(order, service.diagnostics(PAGE_1_URI).map((d) => d.code).join());
    const [renumber] = service.codeActions(PAGE_1_URI, [order]);
    assert.equal(renumber.command?.command, 'hakusho.renumberFootnotes');
    const renumbered = applyEdits(swapped, renumber.edits);
    assert.equal(renumbered, PAGE_1, 'the definitions back in citation order, the anchors unchanged');
  });
});

describe('service: edits over a host whose index lags the editor', () => {
  it("renumbering places its edits by the open document's text, not the index's older copy", () => {
    const def1 = PAGE_1.split('\n').find((l) => l.startsWith('1 総務省'))!;
    const def2 = PAGE_1.split('\n').find((l) => l.startsWith('2 国の補助'))!;
    // the user swapped two definitions and added a line at the top; the index still has the text before
    const lines = PAGE_1.replace(`${def1}\n${def2}`, `${def2}\n${def1}`).split('\n');
    const edited = [lines[0], '', ...lines.slice(1)].join('\n');
    const index = new WorkspaceIndex();
    index.set(analyzeDocument(PAGE_1_URI, PAGE_1));
    const open = analyzeDocument(PAGE_1_URI, edited);
    const ctx: ServiceContext = {
      index, settings: DEFAULT_SETTINGS, t: english, relativePath: (uri) => uri,
      document: (uri) => (uri === PAGE_1_URI ? open : index.get(uri)),
    };
    const edits = renumberFootnotes(ctx, PAGE_1_URI, pos(edited, def2));
    assert.ok(Array.isArray(edits) && edits.length > 0);
    const fixed = PAGE_1.split('\n');
    assert.equal(applyEdits(edited, edits), [fixed[0], '', ...fixed.slice(1)].join('\n'));
  });
});

describe('service: symbols, folding, selection, tokens, code lens', () => {
  it('document symbols are the heading tree with levels', async () => {
    const { service } = await serviceOn();
    const [part] = service.documentSymbols(PAGE_1_URI);
    assert.equal(part.name, '第Ⅱ部 情報通信の現状');
    assert.equal(part.children[0].name, '第1節 地域の通信基盤');
    assert.equal(part.children[0].detail, 'Section · chapter inferred', 'the page has no chapter line');
    assert.equal(part.children[0].children[0].children[0].name, '(1) 整備の課題');
  });

  it('an old edition without 章 or 節 lines: the Outline groups its 項s under the 章 and 節 its references place, and the hover says they are inferred', async () => {
    const uri = `${ROOT}/old/edition.txt`;
    const { service } = await serviceOn({ [uri]: OLD_EDITION });
    const outline = service.documentSymbols(uri);
    assert.deepEqual(outline.map((s) => s.name), ['はじめに これからの地域と通信', '第1章', '第2章', '1 展示会の開催']);
    const [intro, first, second] = outline;
    assert.deepEqual(intro.children.map((s) => s.name), ['1 人口の減少', '2 産業の変化', '3 暮らしの変化']);
    assert.deepEqual(first.children.map((s) => `${s.name} (${s.detail}): ${s.children.map((c) => c.name).join(', ')}`), [
      '序節 (Section · chapter and section inferred): 1 通信網の広がり, 2 新しい端末',
      '第1節 (Section · chapter and section inferred): 1 端末の出荷, 2 端末の利用, 3 端末の価格',
      '第2節 (Section · chapter and section inferred): 1 料金の推移, 2 料金の比較',
    ]);
    assert.deepEqual(second.children.map((s) => s.name), ['第1節', '第2節']);
    assert.equal(textOf(OLD_EDITION, first.range).split('\n')[0], '1　通信網の広がり');
    assert.ok(textOf(OLD_EDITION, first.range).trimEnd().endsWith('海外と比べても安い水準にある。'), 'the chapter ends where its last 項 does');

    const hover = service.hover(uri, pos(OLD_EDITION, '1-1-2(2)参照', 2))!;
    assert.ok(hover.contents.startsWith('**第1章第1節2\\(2\\)**'), 'the target\'s path, escaped as Markdown');
    assert.match(hover.contents, /利用の場面/);
    assert.match(hover.contents, /inferred from the text's own dash references/);
    const definition = service.definition(uri, pos(OLD_EDITION, '1-1-2(2)参照', 2));
    assert.equal(definition.length, 1);
    assert.equal(textOf(OLD_EDITION, definition[0].targetRange), '（2）　利用の場面');
  });

  it('workspace symbols find headings by number or title in every file', async () => {
    const { service } = await serviceOn();
    assert.deepEqual(service.workspaceSymbols('第Ⅱ部第1章第2節1').map((s) => [s.name, service.relativePath(s.location.uri)]), [['1 契約数の推移', 'pages/nd211200.txt']]);
    assert.deepEqual(service.workspaceSymbols('今後の 取組').map((s) => s.address), ['第Ⅲ部第1章']);
  });

  it('folding: sections end on their last text line; the footnote block folds as a comment', async () => {
    const { service } = await serviceOn();
    const folds = service.foldingRanges(PAGE_2_URI);
    assert.deepEqual(folds.filter((f) => f.kind === 'region').map((f) => [f.startLine, f.endLine]), [[1, 12], [2, 12], [4, 6], [8, 12]]);
    const notes = service.foldingRanges(PAGE_1_URI).filter((f) => f.kind === 'comment');
    assert.deepEqual(notes.map((f) => [f.startLine, f.endLine]), [[13, 16]]);
  });

  it('selection grows from the anchor to its sentence, paragraph and sections', async () => {
    const { service } = await serviceOn();
    const [ranges] = service.selectionRanges(PAGE_1_URI, [pos(PAGE_1, '減っている1', '減っている'.length)]);
    assert.equal(textOf(PAGE_1, ranges[0]), '1');
    assert.equal(textOf(PAGE_1, ranges[1]), '光回線の整備は山間部でも進んでおり、未整備の世帯は減っている1。');
    assert.ok(textOf(PAGE_1, ranges[ranges.length - 1]).startsWith('第Ⅱ部 情報通信の現状'));
  });

  it('semantic tokens mark each anchor, encoded relative to the one before', async () => {
    const { service } = await serviceOn();
    const tokens = service.semanticTokens(PAGE_1_URI);
    assert.deepEqual(tokens.map((t) => [t.line, t.length, t.unresolved]), [[6, 1, false], [7, 1, false], [11, 1, false]]);
    const data = encodeSemanticTokens(tokens);
    assert.deepEqual(data.slice(5, 10), [1, tokens[1].character, 1, 0, 0]);
  });

  it('document links: the URL in footnote 2', async () => {
    const { service } = await serviceOn();
    assert.deepEqual(service.documentLinks(PAGE_1_URI).map((l) => [l.target, textOf(PAGE_1, l.range)]), [['https://example.jp/hojo', 'https://example.jp/hojo']]);
  });

  it('code lens counts the references to each cited heading', async () => {
    const { service } = await serviceOn();
    const lenses = service.codeLenses(PAGE_2_URI);
    assert.deepEqual(lenses.map((l) => [textOf(PAGE_2, l.range), l.title]), [['第2節 移動通信の動向', '2 references']]);
    assert.equal(lenses[0].locations[0].uri, PAGE_1_URI);
    service.configure({ codeLensReferences: false });
    assert.deepEqual(service.codeLenses(PAGE_2_URI), []);
  });
});
