// Text from files becomes Markdown in hovers, completion and the Claims view's tooltips. Whatever a
// page says, the rendered Markdown shows it literally, and the only links are http(s) URLs whose
// text and target are the same URL. Checked by parsing the output as the renderer would (GFM).
import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { markdownEscape, markdownEscapeLinkingUrls } from '../../src/features/format';

interface Token { type: string; content: string; children: Token[] | null; attrGet(name: string): string | null }
// eslint-disable-next-line @typescript-eslint/no-require-imports
const MarkdownIt = require('markdown-it') as new (options: object) => { parse(src: string, env: object): Token[] };
/** CommonMark with tables, strikethrough and bare-URL autolinks, as the editor renders hovers. */
const renderer = new MarkdownIt({ html: true, linkify: true });

/** The text a reader sees, every piece of markup that is not plain text, and the links with their text. */
function rendered(md: string): { text: string; marked: string[]; links: { text: string; url: string }[] } {
  let text = '';
  const marked: string[] = [];
  const links: { text: string; url: string }[] = [];
  let link: { text: string; url: string } | null = null;
  for (const block of renderer.parse(md, {})) {
    if (block.type !== 'inline') {
      if (!['paragraph_open', 'paragraph_close'].includes(block.type)) marked.push(block.type);
      continue;
    }
    for (const t of block.children ?? []) {
      if (t.type === 'text' || t.type === 'text_special') { text += t.content; if (link) link.text += t.content; }
      else if (t.type === 'softbreak' || t.type === 'hardbreak') text += '\n';
      else if (t.type === 'link_open') link = { text: '', url: t.attrGet('href') ?? '' };
      else if (t.type === 'link_close') { links.push(link!); link = null; }
      else marked.push(t.type);
    }
  }
  return { text, marked, links };
}

const TITLE = '[x](command:workbench.action.quit) ![p](https://example.com/p.png)';

describe('text from files as Markdown', () => {
  it('a heading title made of Markdown shows as its own text: no link, no image', () => {
    const r = rendered(`**${markdownEscape(TITLE)}**`);
    assert.equal(r.text, TITLE);
    assert.deepEqual(r.marked, ['strong_open', 'strong_close']);
    assert.deepEqual(r.links, []);
  });

  it('emphasis, code, HTML, entities, lists, theme icons and bare addresses stay literal', () => {
    for (const s of ['*強調* _下線_ `code` ~~消~~', '<img src=x onerror=alert(1)>', '&lt;script&gt; &#91;x&#93;', '1. 項目', '- 項目', '# 見出し',
      '$(zap) アイコン', 'www.example.com と user@example.com', '| a | b |', '> 引用']) {
      const r = rendered(markdownEscape(s));
      assert.equal(r.text, s, s);
      assert.deepEqual(r.marked, [], s);
      assert.ok(!/\$\(/.test(markdownEscape(s).replace(/\\\$/g, '')), 'no unescaped $( for theme icons');
    }
  });

  it('any text without line breaks renders as itself', () => {
    const alphabet = fc.constantFrom(...'[]()!*_`<>&#;:/.-+=|~$\\{}"\'@ ax1あ図表'.split(''));
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('').trim()), (s) => {
      const r = rendered(markdownEscape(s));
      return r.text === s && r.marked.length === 0 && r.links.length === 0;
    }), { numRuns: 500 });
  });

  it('a note\'s http(s) URLs become links whose text and target are the same URL; nothing else does', () => {
    const note = '総務省「調査」https://example.com/a_[c]*?q=1&r=2 参照。[公式](command:workbench.action.quit) https://a.example/\\](command:x) javascript:alert(1) https://example.jp/a.htmlを参照';
    const r = rendered(markdownEscapeLinkingUrls(note));
    assert.equal(r.text, note, 'the note reads as written');
    assert.deepEqual(r.marked, []);
    assert.deepEqual(r.links.map((l) => l.text), ['https://example.com/a_[c]*?q=1&r=2', 'https://a.example/', 'https://example.jp/a.html'],
      'a URL ends at the first character a URL cannot hold (a backslash, the Japanese text glued to it)');
    for (const l of r.links) {
      assert.match(l.url, /^https?:\/\//);
      // the same URL: percent-encoding the characters that could end a link target changes nothing
      assert.equal(decodeURIComponent(new URL(l.url).href), decodeURIComponent(new URL(l.text).href), l.text);
    }
  });
});
