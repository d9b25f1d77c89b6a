import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

const root = path.resolve(__dirname, '..', '..');
const grammarPath = path.join(root, 'syntaxes', 'hakusho.tmLanguage.json');

let grammarPromise: Promise<vsctm.IGrammar> | undefined;

function loadGrammar(): Promise<vsctm.IGrammar> {
  grammarPromise ??= (async () => {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) =>
        scopeName === 'text.hakusho'
          ? vsctm.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath)
          : null,
    });
    const grammar = await registry.loadGrammar('text.hakusho');
    if (!grammar) throw new Error('grammar text.hakusho did not load');
    return grammar;
  })();
  return grammarPromise;
}

interface Tok {
  text: string;
  scopes: string[];
}

/** Tokenize several lines (state carried across lines). */
async function tokenize(lines: string[]): Promise<Tok[][]> {
  const grammar = await loadGrammar();
  let state = vsctm.INITIAL;
  return lines.map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

async function line(text: string): Promise<Tok[]> {
  return (await tokenize([text]))[0];
}

/** Scopes of the token that covers the first occurrence of `needle` (which must lie in one token). */
function scopesAt(tokens: Tok[], needle: string, from = 0): string[] {
  const full = tokens.map((t) => t.text).join('');
  const at = full.indexOf(needle, from);
  assert.ok(at >= 0, `"${needle}" not in line`);
  let pos = 0;
  for (const t of tokens) {
    if (at >= pos && at < pos + t.text.length) {
      assert.ok(
        at + needle.length <= pos + t.text.length,
        `"${needle}" spans several tokens: ${JSON.stringify(tokens.map((x) => x.text))}`,
      );
      return t.scopes;
    }
    pos += t.text.length;
  }
  throw new Error('unreachable');
}

function hasScope(tokens: Tok[], needle: string, scope: string, from = 0): void {
  const scopes = scopesAt(tokens, needle, from);
  assert.ok(
    scopes.some((s) => s === scope || s.startsWith(scope + '.')),
    `"${needle}" should have ${scope}; got ${scopes.join(' ')}`,
  );
}

function lacksScope(tokens: Tok[], needle: string, scopePrefix: string): void {
  const scopes = scopesAt(tokens, needle);
  assert.ok(
    !scopes.some((s) => s.startsWith(scopePrefix)),
    `"${needle}" should not have ${scopePrefix}*; got ${scopes.join(' ')}`,
  );
}

function noScopeAnywhere(tokens: Tok[], scopePrefix: string): void {
  for (const t of tokens) {
    assert.ok(
      !t.scopes.some((s) => s.startsWith(scopePrefix)),
      `"${t.text}" should not have ${scopePrefix}*; got ${t.scopes.join(' ')}`,
    );
  }
}

describe('TextMate grammar (text.hakusho)', () => {
  it('is valid JSON with the declared scope name', () => {
    const raw = JSON.parse(fs.readFileSync(grammarPath, 'utf8'));
    assert.strictEqual(raw.scopeName, 'text.hakusho');
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const contributed = pkg.contributes.grammars.find((g: { language: string }) => g.language === 'hakusho');
    assert.strictEqual(contributed.scopeName, 'text.hakusho');
    assert.strictEqual(path.resolve(root, contributed.path), grammarPath);
  });

  describe('breadcrumb', () => {
    it('scopes an `A > B > C` line naming a 白書 and an edition', async () => {
      const t = await line('省トップ > 刊行物 > 白書 > 令和9年版 > 海辺の観測網');
      hasScope(t, '省トップ', 'meta.breadcrumb.hakusho');
      hasScope(t, ' > ', 'punctuation.separator.breadcrumb.hakusho');
      hasScope(t, '令和9年版', 'constant.other.edition.hakusho');
      hasScope(t, '海辺の観測網', 'entity.name.section.breadcrumb.hakusho');
    });
    it('accepts `>` without spaces', async () => {
      const t = await line('トップ>白書>平成30年版>本文');
      hasScope(t, '>', 'punctuation.separator.breadcrumb.hakusho');
      hasScope(t, '平成30年版', 'constant.other.edition.hakusho');
    });
    it('does not treat a comparison in prose as a breadcrumb', async () => {
      const t = await line('利用率はA > Bの順であった。');
      noScopeAnywhere(t, 'meta.breadcrumb');
    });
  });

  describe('headings', () => {
    const cases: Array<[string, string, string, string]> = [
      // line, marker, heading scope, level scope
      ['第Ⅲ部 資料編 観測の記録', '第Ⅲ部', 'markup.heading.1.hakusho', 'entity.name.section.part.hakusho'],
      ['第II部　基本データ', '第II部', 'markup.heading.1.hakusho', 'entity.name.section.part.hakusho'],
      ['第2部　施策の動向', '第2部', 'markup.heading.1.hakusho', 'entity.name.section.part.hakusho'],
      ['序章　これまでの歩み', '序章', 'markup.heading.1.hakusho', 'entity.name.section.part.hakusho'],
      ['特集①　沿岸のまちづくり', '特集①', 'markup.heading.1.hakusho', 'entity.name.section.part.hakusho'],
      ['補論　推計の方法', '補論', 'markup.heading.1.hakusho', 'entity.name.section.part.hakusho'],
      ['第4章　観測体制の整備', '第4章', 'markup.heading.2.hakusho', 'entity.name.section.chapter.hakusho'],
      ['第１２章　全角数字の章', '第１２章', 'markup.heading.2.hakusho', 'entity.name.section.chapter.hakusho'],
      ['第3節 港湾の観測', '第3節', 'markup.heading.3.hakusho', 'entity.name.section.section.hakusho'],
      ['2 潮位計の更新', '2', 'markup.heading.4.hakusho', 'entity.name.section.item.hakusho'],
      ['3　観測船の運用', '3', 'markup.heading.4.hakusho', 'entity.name.section.item.hakusho'],
      ['(2) 観測員の確保', '(2)', 'markup.heading.5.hakusho', 'entity.name.section.subitem.hakusho'],
      ['（3）　予算の推移', '（3）', 'markup.heading.5.hakusho', 'entity.name.section.subitem.hakusho'],
      ['ウ 自治体の取組', 'ウ', 'markup.heading.6.hakusho', 'entity.name.section.kana.hakusho'],
      ['カ　その他', 'カ', 'markup.heading.6.hakusho', 'entity.name.section.kana.hakusho'],
      ['(イ) 小型船の場合', '(イ)', 'markup.heading.7.hakusho', 'entity.name.section.kana-paren.hakusho'],
      ['（エ）　大型船の場合', '（エ）', 'markup.heading.7.hakusho', 'entity.name.section.kana-paren.hakusho'],
      ['⑫　夜間の観測', '⑫', 'markup.heading.8.hakusho', 'entity.name.section.circled.hakusho'],
      ['①観測点の配置', '①', 'markup.heading.8.hakusho', 'entity.name.section.circled.hakusho'],
    ];
    for (const [text, marker, heading, level] of cases) {
      it(`${text} → ${level}`, async () => {
        const t = await line(text);
        const title = text.slice(marker.length).trim();
        hasScope(t, marker, heading);
        hasScope(t, marker, level);
        hasScope(t, marker, 'punctuation.definition.heading');
        hasScope(t, title, heading);
      });
    }

    it('gives every level a distinct scope', async () => {
      const seen = new Set<string>();
      for (const [text, marker] of cases) {
        const s = scopesAt(await line(text), marker).find((x) => x.startsWith('markup.heading.'));
        assert.ok(s);
        seen.add(s);
      }
      assert.strictEqual(seen.size, 8);
    });

    it('scopes a run-in heading ●…', async () => {
      const t = await line('●観測データの公開件数は前年から増加');
      hasScope(t, '●', 'punctuation.definition.heading.runin.hakusho');
      hasScope(t, '観測データの公開件数', 'entity.name.section.runin.hakusho');
    });

    it('allows a part/chapter/section marker alone on a line', async () => {
      hasScope(await line('第5章'), '第5章', 'markup.heading.2.hakusho');
    });

    it('does not make a heading of prose starting with a number or a path', async () => {
      noScopeAnywhere(await line('第2章では、観測網の現状を述べる。'), 'markup.heading');
      noScopeAnywhere(await line('2024年には潮位計が更新された。'), 'markup.heading');
      noScopeAnywhere(await line('ア　観測点は沿岸部に多く配置されている。'), 'markup.heading');
      noScopeAnywhere(await line('（1）の結果を踏まえ、次の対策が講じられた。'), 'markup.heading');
      noScopeAnywhere(await line('●観測点は沿岸部に多い。'), 'markup.heading');
    });

    it('limits the length of a numbered heading title', async () => {
      const long = '2 ' + 'あ'.repeat(70);
      noScopeAnywhere(await line(long), 'markup.heading');
    });

    it('colours figure references inside a heading', async () => {
      const t = await line('(1) 潮位の推移（図表Ⅱ-4-3-1）');
      hasScope(t, '図表Ⅱ-4-3-1', 'markup.underline.link.figure.hakusho');
      hasScope(t, '図表Ⅱ-4-3-1', 'markup.heading.5.hakusho');
    });
  });

  describe('footnote definitions vs 項 headings', () => {
    it('a number + space + sentence ending in 。 is a footnote definition', async () => {
      const t = await line('4　沿岸の漁業協同組合へのヒアリングによる。');
      hasScope(t, '4', 'constant.numeric.footnote.definition.hakusho');
      hasScope(t, '沿岸の漁業協同組合', 'meta.footnote.definition.hakusho');
      lacksScope(t, '4', 'markup.heading');
    });
    it('short text ending in による is a footnote', async () => {
      const t = await line('7 観測所への聞き取りによる');
      hasScope(t, '7', 'constant.numeric.footnote.definition.hakusho');
    });
    it('a definition with a URL is a footnote and the URL is a link', async () => {
      const t = await line('12 海洋観測の手引き https://example.org/guide/2025.html');
      hasScope(t, '12', 'constant.numeric.footnote.definition.hakusho');
      hasScope(t, 'https://example.org/guide/2025.html', 'markup.underline.link.url.hakusho');
    });
    it('a source citation with a publication year is a footnote', async () => {
      const t = await line('3 編集部「港湾観測の実態調査」（2026年）');
      hasScope(t, '3', 'constant.numeric.footnote.definition.hakusho');
    });
    it('a definition mentioning 参照 is a footnote', async () => {
      const t = await line('9 詳しくは付録の表を参照');
      hasScope(t, '9', 'constant.numeric.footnote.definition.hakusho');
    });
    it('a short title without 。 is a 項 heading, even with による inside', async () => {
      const t = await line('1　AIによる観測の自動化');
      hasScope(t, '1', 'markup.heading.4.hakusho');
      lacksScope(t, '1', 'constant.numeric.footnote');
    });
    it('a long line without 。 is a footnote, not a heading', async () => {
      const t = await line('5　' + '観測'.repeat(40));
      hasScope(t, '5', 'constant.numeric.footnote.definition.hakusho');
    });
    it('footnote anchors in prose are left to semantic tokens', async () => {
      const t = await line('潮位計の更新が進められており3、観測の精度が向上した 4 。');
      noScopeAnywhere(t, 'constant.numeric');
      noScopeAnywhere(t, 'markup.footnote');
    });
  });

  describe('cross-references', () => {
    it('full path with quoted title and 参照', async () => {
      const t = await line('詳細は第Ⅲ部第2章第1節2(4)イ「観測船の運用」参照。');
      hasScope(t, '第Ⅲ部第2章第1節2(4)イ', 'markup.underline.link.crossref.hakusho');
      hasScope(t, '「', 'punctuation.definition.string.begin.hakusho');
      hasScope(t, '観測船の運用', 'string.quoted.other.title.hakusho');
      hasScope(t, '」', 'punctuation.definition.string.end.hakusho');
      hasScope(t, '参照', 'keyword.other.reference.hakusho');
      hasScope(t, '観測船の運用', 'meta.crossref.hakusho');
    });
    it('partial path in brackets', async () => {
      const t = await line('観測網は拡充されている（第3節参照）。');
      hasScope(t, '第3節', 'markup.underline.link.crossref.hakusho');
      hasScope(t, '参照', 'keyword.other.reference.hakusho');
    });
    it('narrative path and を参照', async () => {
      const t = await line('第4章第2節で見たように、詳細は第2部第1章「沿岸の現状」を参照されたい。');
      hasScope(t, '第4章第2節', 'markup.underline.link.crossref.hakusho');
      hasScope(t, '第2部第1章', 'markup.underline.link.crossref.hakusho');
      hasScope(t, '沿岸の現状', 'string.quoted.other.title.hakusho');
    });
    it('a path does not swallow a following number with a unit', async () => {
      const t = await line('第2節3件の事例');
      hasScope(t, '第2節', 'markup.underline.link.crossref.hakusho');
      lacksScope(t, '3件', 'markup.underline');
    });
    it('deictic references', async () => {
      const t = await line('本章では前節の結果を受け、次節で後述するとおり、本節と前章と前述の内容を整理する。');
      for (const w of ['本章', '前節', '次節', '後述', '本節', '前章', '前述']) {
        hasScope(t, w, 'variable.other.reference.deictic.hakusho');
      }
    });
    it('does not take 本部 (headquarters) or 以上述べた as references', async () => {
      noScopeAnywhere(await line('対策本部を設置した。以上述べたとおりである。'), 'variable.other.reference');
    });
    it('references to other editions and back matter', async () => {
      const t = await line('平成元年版港湾白書第1章第4節参照、（巻末付注4参照）、コラム2-3');
      hasScope(t, '平成元年版港湾白書', 'markup.underline.link.crossref.external.hakusho');
      hasScope(t, '第1章第4節', 'markup.underline.link.crossref.hakusho');
      hasScope(t, '巻末付注4', 'markup.underline.link.crossref.backmatter.hakusho');
      hasScope(t, 'コラム2-3', 'markup.underline.link.crossref.backmatter.hakusho');
    });
    it('an access date (2025/3/22参照) is not a cross-reference', async () => {
      noScopeAnywhere(await line('（2025/3/22参照）'), 'meta.crossref');
    });
  });

  describe('figures, notes, URLs', () => {
    it('figure caption line', async () => {
      const t = await line('図表Ⅲ-2-1-4　潮位計の設置数の推移');
      hasScope(t, '図表Ⅲ-2-1-4', 'entity.name.label.figure.hakusho');
      hasScope(t, '潮位計の設置数の推移', 'meta.figure.caption.hakusho');
      hasScope(t, '潮位計の設置数の推移', 'markup.italic.caption.hakusho');
    });
    it('older caption numbering', async () => {
      const t = await line('図表3-1-2-1 観測点の分布');
      hasScope(t, '図表3-1-2-1', 'entity.name.label.figure.hakusho');
    });
    it('inline figure references, several in one bracket', async () => {
      const t = await line('観測点は増加している（図表Ⅱ-4-1-3、図表2-1-1-10）。');
      hasScope(t, '図表Ⅱ-4-1-3', 'markup.underline.link.figure.hakusho');
      hasScope(t, '図表2-1-1-10', 'markup.underline.link.figure.hakusho');
      noScopeAnywhere(t, 'meta.figure.caption');
    });
    it('（出典） and （注） lines are comments', async () => {
      const src = await line('（出典）編集部作成資料 https://example.org/data');
      hasScope(src, '（出典）', 'punctuation.definition.comment.source.hakusho');
      hasScope(src, '編集部作成資料', 'comment.line.source.hakusho');
      hasScope(src, 'https://example.org/data', 'markup.underline.link.url.hakusho');
      const note = await line('（注）数値は速報値である。');
      hasScope(note, '（注）', 'punctuation.definition.comment.note.hakusho');
      hasScope(note, '数値は速報値である。', 'comment.line.note.hakusho');
    });
    it('URL in prose', async () => {
      const t = await line('公開先はhttps://example.org/a?b=1#c である。');
      hasScope(t, 'https://example.org/a?b=1#c', 'markup.underline.link.url.hakusho');
    });
  });

  describe('page furniture', () => {
    for (const text of [
      '本文のテキスト版はこちら',
      'ページトップへ戻る',
      '「図表Ⅲ-2-1-4 潮位計の設置数の推移」のExcelはこちら',
      '第2章 観測体制のPDFはこちら',
    ]) {
      it(text, async () => {
        const t = await line(text);
        for (const tok of t) {
          assert.ok(tok.scopes.includes('comment.line.furniture.hakusho'), `${tok.text}: ${tok.scopes.join(' ')}`);
        }
      });
    }
  });

  describe('pages joined without a newline', () => {
    it('section heading glued after 。', async () => {
      const t = await line('本章では観測体制を概観する。第1節　潮位観測の現状');
      hasScope(t, '第1節', 'markup.heading.3.hakusho');
      hasScope(t, '第1節', 'meta.heading.glued.hakusho');
      hasScope(t, '潮位観測の現状', 'entity.name.section.section.hakusho');
      lacksScope(t, 'では観測体制を概観する', 'markup.heading');
      hasScope(t, '本章', 'variable.other.reference.deictic.hakusho');
    });
    it('section heading glued after 参照 ends the footnote', async () => {
      const t = await line('5　詳細は第1部第2章「観測の歴史」を参照第2節　観測データの流通');
      hasScope(t, '5', 'constant.numeric.footnote.definition.hakusho');
      hasScope(t, '第1部第2章', 'markup.underline.link.crossref.hakusho');
      hasScope(t, '第2節', 'markup.heading.3.hakusho');
      lacksScope(t, '第2節', 'meta.footnote');
      lacksScope(t, '第2節', 'markup.underline.link.crossref');
      hasScope(t, '観測データの流通', 'markup.heading.3.hakusho');
    });
    it('chapter and part headings glued after 。', async () => {
      hasScope(await line('以上である。第6章　今後の課題'), '第6章', 'markup.heading.2.hakusho');
      hasScope(await line('以上である。第Ⅳ部 資料編'), '第Ⅳ部', 'markup.heading.1.hakusho');
    });
    it('lower-level headings glued after a footnote', async () => {
      const t = await line('2　港湾管理者へのヒアリングによる。2　観測データの共有');
      hasScope(t, '2', 'constant.numeric.footnote.definition.hakusho');
      const at = '2　港湾管理者へのヒアリングによる。'.length;
      const scopes = scopesAt(t, '2', at);
      assert.ok(scopes.includes('markup.heading.4.hakusho'), scopes.join(' '));
      assert.ok(!scopes.some((s) => s.startsWith('meta.footnote')), scopes.join(' '));
      const p = await line('数値は速報値である。（2）　観測員の育成');
      hasScope(p, '（2）', 'markup.heading.5.hakusho');
    });
    it('a path after 。 in running prose is a reference, not a heading', async () => {
      const t = await line('観測網を整備した。第2節では、その効果を検証する。');
      hasScope(t, '第2節', 'markup.underline.link.crossref.hakusho');
      lacksScope(t, '第2節', 'markup.heading');
    });
  });

  describe('robustness', () => {
    it('tokenizes a 5,000-character line and keeps all text', async () => {
      const unit = '観測網の整備が進められており3、第2章第1節「潮位」参照（図表Ⅱ-1-1-2）、https://example.org/x 。';
      const long = unit.repeat(Math.ceil(5000 / unit.length)).slice(0, 5000);
      const started = Date.now();
      const [t] = await tokenize([long]);
      const elapsed = Date.now() - started;
      assert.strictEqual(t.map((x) => x.text).join(''), long);
      assert.ok(t.length > 10);
      // informative only: the grammar must not backtrack catastrophically
      if (elapsed > 1000) console.warn(`      5,000-char line took ${elapsed} ms`);
    });
    it('tokenizes pathological lines (no 。, long runs of digits / brackets / >)', async () => {
      const lines = [
        '1 ' + 'あ'.repeat(3000),
        '第1部' + '第2章'.repeat(800),
        '（'.repeat(2000) + '1',
        'A > '.repeat(600) + '白書',
        '図表' + '1-'.repeat(1500),
        '「'.repeat(1000) + '」'.repeat(1000) + '参照',
        '\uFEFF第1章　BOM付きの見出し',
      ];
      const out = await tokenize(lines);
      out.forEach((t, i) => assert.strictEqual(t.map((x) => x.text).join(''), lines[i]));
      hasScope(out[6], '第1章', 'markup.heading.2.hakusho');
    });
    it('keeps state per line (CRLF stripped by the host, blank lines)', async () => {
      const out = await tokenize(['第1節 見出し', '', '本文である。', '1 見出し']);
      hasScope(out[3], '1', 'markup.heading.4.hakusho');
    });
  });
});

describe('language configuration', () => {
  const config = JSON.parse(fs.readFileSync(path.join(root, 'language-configuration.json'), 'utf8'));
  const words = (s: string): string[] => s.match(new RegExp(config.wordPattern, 'g')) ?? [];

  it('keeps digit runs apart from Japanese words', () => {
    assert.deepStrictEqual(words('…とともに3、'), ['とともに', '3']);
    assert.deepStrictEqual(words('観測網4、'), ['観測網', '4']);
    assert.ok(words('水位は12.5%に達し').includes('12.5'));
  });

  it('declares the Japanese bracket pairs', () => {
    const pairs = (config.brackets as string[][]).map((p) => p.join(''));
    for (const p of ['「」', '『』', '（）', '()', '［］', '【】']) assert.ok(pairs.includes(p), p);
    const auto = (config.autoClosingPairs as Array<{ open: string; close: string }>).map((p) => p.open + p.close);
    const surround = (config.surroundingPairs as string[][]).map((p) => p.join(''));
    for (const p of ['「」', '『』', '（）', '()', '［］', '【】', '“”']) {
      assert.ok(auto.includes(p), `autoClosingPairs ${p}`);
      assert.ok(surround.includes(p), `surroundingPairs ${p}`);
    }
  });
});
