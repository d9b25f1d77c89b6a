// What the manifest promises VS Code about Restricted Mode and virtual workspaces, checked against
// what the extension contributes: restricted settings exist, and the commands that write the
// corrections file are offered only in a trusted workspace.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

describe('workspace trust and virtual workspaces', () => {
  it('runs in Restricted Mode with limits, restricting settings it really has', () => {
    const untrusted = pkg.capabilities?.untrustedWorkspaces;
    assert.equal(untrusted?.supported, 'limited');
    assert.ok(untrusted.description);
    const settings = Object.keys(pkg.contributes.configuration.properties);
    assert.deepEqual(untrusted.restrictedConfigurations.filter((s: string) => !settings.includes(s)), []);
    assert.ok(untrusted.restrictedConfigurations.includes('hakusho.markdown.include'), 'which files are parsed');
  });

  it('offers the commands that write corrections only in a trusted workspace', () => {
    const menus = Object.values(pkg.contributes.menus).flat() as { command: string; when?: string }[];
    const writing = menus.filter((m) => m.command === 'hakusho.claims.setKind' || m.command === 'hakusho.claims.removeStaleCorrections');
    assert.ok(writing.length >= 3);
    for (const m of writing) assert.match(m.when ?? '', /isWorkspaceTrusted/, `${m.command}: ${m.when}`);
    const store = fs.readFileSync(path.join(root, 'src/claimCorrectionsStore.ts'), 'utf8');
    assert.match(store, /if \(!vscode\.workspace\.isTrusted\) throw/, 'and refuses to write when called anyway');
  });

  it('declares how it behaves in virtual workspaces', () => {
    const virtual = pkg.capabilities?.virtualWorkspaces;
    assert.equal(virtual?.supported, 'limited');
    assert.ok(virtual.description);
  });
});
