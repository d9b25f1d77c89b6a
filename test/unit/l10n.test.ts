// Every user-facing string has a Japanese version: contributed titles and settings (package.nls),
// and runtime strings (vscode.l10n.t with English source strings → l10n/bundle.l10n.ja.json).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ANCHOR_DOUBT } from '../../src/core/footnotes';

const root = path.resolve(__dirname, '../..');
const readJson = (f: string) => JSON.parse(fs.readFileSync(path.join(root, f), 'utf8'));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

describe('localisation', () => {
  it('every %key% in package.json has an English and a Japanese text', () => {
    const manifest = fs.readFileSync(path.join(root, 'package.json'), 'utf8');
    const keys = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 5);
    const en = readJson('package.nls.json'), ja = readJson('package.nls.ja.json');
    for (const k of keys) {
      assert.ok(en[k], `package.nls.json lacks ${k}`);
      assert.ok(ja[k], `package.nls.ja.json lacks ${k}`);
      assert.notEqual(ja[k], en[k], `${k} is not translated`);
    }
  });

  it('every runtime string passed to vscode.l10n.t has a Japanese translation', () => {
    const bundle = readJson('l10n/bundle.l10n.ja.json');
    const missing: string[] = [];
    for (const file of sourceFiles(path.join(root, 'src'))) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) {
        const key = m[1].replace(/\\'/g, "'");
        if (!(key in bundle)) missing.push(`${path.relative(root, file)}: ${key}`);
      }
    }
    assert.deepEqual(missing, []);
  });
});

describe('localisation of why an anchor is doubtful', () => {
  it('every reason a doubtful anchor gives has a Japanese translation (the hover passes it through vscode.l10n.t)', () => {
    const bundle = readJson('l10n/bundle.l10n.ja.json');
    for (const reason of Object.values(ANCHOR_DOUBT)) assert.ok(bundle[reason], `no Japanese for ${reason}`);
  });
});
