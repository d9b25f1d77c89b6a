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
};

/** The message shown to the user, localised from the diagnostic's code and arguments. */
export function diagnosticMessage(d: Diagnostic, t: Localize = english): string {
  const template = DIAGNOSTIC_MESSAGES[d.code];
  return template ? t(template, ...d.args) : d.message;
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
