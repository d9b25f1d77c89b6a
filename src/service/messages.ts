// The wording of every diagnostic, by code: the one source. The English templates are also the
// localisation keys (l10n/bundle.l10n.*.json), so a host that localises passes its `t` and gets
// the translation; the core's own `message` is only the fallback for a code not listed here.
import { Diagnostic, HeadingLevel } from '../core/model';
import { english, Localize } from './types';

export const DIAGNOSTIC_MESSAGES: Readonly<Record<string, string>> = {
  'footnote-unused': 'Footnote {0} is never cited.',
  'footnote-duplicate': 'Footnote {0} is defined twice in this block.',
  'footnote-order': 'Footnote {0} comes after footnote {1}.',
  'footnote-undefined': 'Footnote {0} is cited but has no definition.',
  'encoding-mojibake': '{0} replacement character(s) (U+FFFD): the file was probably read with the wrong encoding; reopen it as Japanese (Shift_JIS).',
  'markdown-too-deep': 'This Markdown is nested too deeply (lists or quotes inside one another) to be analysed.',
  'reference-unresolved': 'Nothing in the workspace matches {0}.',
  'figure-captions-absent': '{0} figure reference(s) in this file have no caption in the workspace to check them against (the text carries none for their figures); they are not reported one by one.',
  'reference-title-mismatch': 'The quoted title 「{0}」 does not match {1} 「{2}」.',
  'analysis-timeout': 'This file is not analysed: analysing it took longer than {0} ms.',
};

/** The message shown to the user, localised from the diagnostic's code and arguments. */
export function diagnosticMessage(d: Diagnostic, t: Localize = english): string {
  if (d.code === 'encoding-mojibake' && d.args[1] === 'ISO-2022-JP') {
    return t('The text holds ISO-2022-JP escape sequences: the file was read with the wrong encoding; reopen it as Japanese (ISO-2022-JP).');
  }
  if (d.code === 'markdown-too-complex') return budgetMessage(d, t);
  const template = DIAGNOSTIC_MESSAGES[d.code];
  return template ? t(template, ...d.args) : d.message;
}

/** Why a Markdown file is not analysed: which of the parser's limits it passed (args: limit, its value). */
function budgetMessage(d: Diagnostic, t: Localize): string {
  const limit = d.args[1];
  switch (d.args[0]) {
    case 'chars': return t('This Markdown is not analysed: it is longer than {0} characters.', limit);
    case 'delimiterRuns': return t('This Markdown is not analysed: one paragraph has more than {0} runs of * or _.', limit);
    case 'brackets': return t('This Markdown is not analysed: one paragraph has more than {0} ] brackets.', limit);
    case 'depth': return t('This Markdown is not analysed: one line is nested more than {0} lists or quotes deep.', limit);
    case 'nesting': return t('This Markdown is not analysed: its lists and quotes are nested too deeply, too often.');
    case 'definitions': return t('This Markdown is not analysed: one label is defined more than {0} times.', limit);
    case 'nestedItems': return t('This Markdown is not analysed: one list has more than {0} items inside other lists or quotes.', limit);
    default: return d.message;
  }
}

export function levelName(level: HeadingLevel, t: Localize = english): string {
  switch (level) {
    case 'part': return t('Part');
    case 'chapter': return t('Chapter');
    case 'section': return t('Section');
    case 'item': return t('Item');
    case 'subitem': return t('Sub-item');
    case 'kana': return t('Kana item');
    case 'subkana': return t('Kana sub-item');
    case 'circled': return t('Circled item');
    case 'unnumbered': return t('Run-in heading');
  }
}
