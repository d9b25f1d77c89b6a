// A display language for code-server without the marketplace: a minimal language-pack extension
// written into the test's extensions folder, and the `languagepacks.json` that VS Code would write
// when such an extension is installed into the running server.
//
// How code-server 1.99 picks its display language (lib/vscode/out/server-main.js):
//   1. the locale is `--locale`, else argv.json's `locale`, else the `vscode.nls.locale` cookie, else the
//      browser's Accept-Language;
//   2. for a locale other than en, it looks the locale up (ja-jp, then ja) in <user-data>/languagepacks.json,
//      whose entry names the pack's `translations.vscode` file (main.i18n.json: `contents` keyed by module
//      name, then message key) and a hash; from it the server writes
//      <user-data>/clp/<hash>.<lang>/<commit>/nls.messages.js, which sets `_VSCODE_NLS_LANGUAGE`;
//   3. that file is the workbench's NLS script: `_VSCODE_NLS_LANGUAGE` is the workbench's language, which
//      the extension host receives as `vscode.env.language`, and with which the server reads the
//      extensions' package.nls.<lang>.json and l10n/bundle.l10n.<lang>.json.
// Installing a pack with `code-server --install-extension` does not write languagepacks.json (tried: the
// file is not created; the language-pack service that writes it runs in the server), so after such an
// install, starting with `--locale ja` still resolves to English.
//
// The pack here carries no translations of VS Code's own strings (`contents` is empty: the workbench
// falls back to English for each of them); the extensions' own translations are what it makes visible.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const LANGUAGES = {
  ja: { languageName: 'Japanese', localizedLanguageName: '日本語' },
};

/**
 * Writes the language pack for `locale` into `<extensionsDir>` and registers it in
 * `<userDataDir>/languagepacks.json`. Returns the pack's folder.
 */
export function installLanguagePack({ locale, extensionsDir, userDataDir }) {
  const language = LANGUAGES[locale];
  if (!language) throw new Error(`no test language pack for '${locale}' (known: ${Object.keys(LANGUAGES).join(', ')})`);
  const publisher = 'hakusho-test';
  const name = `language-pack-${locale}`;
  const version = '1.99.0';
  const id = `${publisher}.${name}`;
  const dir = path.join(extensionsDir, `${id}-${version}`);
  const translations = path.join(dir, 'translations', 'main.i18n.json');
  fs.mkdirSync(path.dirname(translations), { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
    name, publisher, version,
    displayName: `${language.languageName} display language (test)`,
    engines: { vscode: '^1.99.0' },
    categories: ['Language Packs'],
    contributes: {
      localizations: [{ languageId: locale, ...language, translations: [{ id: 'vscode', path: './translations/main.i18n.json' }] }],
    },
  }, null, 2));
  fs.writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));

  // the same entry VS Code's LanguagePacksCache writes: the hash is md5 over each pack's id and version
  const file = path.join(userDataDir, 'languagepacks.json');
  const packs = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  packs[locale] = {
    hash: crypto.createHash('md5').update(id).update(version).digest('hex'),
    extensions: [{ extensionIdentifier: { id }, version }],
    translations: { vscode: translations },
    label: language.localizedLanguageName,
  };
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(packs, null, 2));
  return dir;
}
