// The Markdown text helpers live in the language service; re-exported for the views that use them.
export { citationSnippet, markdownEscape, markdownEscapeLinkingUrls, shorten } from '../service/format';
