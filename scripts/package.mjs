// `npm run package`: the VSIX to install into VS Code or code-server (`code --install-extension
// hakusho-<version>.vsix`). The extension is one esbuild bundle (dist/extension.js, built by the
// vscode:prepublish script), so node_modules stays out (--no-dependencies) and vsce needs no network.
// The project has no public repository yet, so the manifest names none rather than a made-up URL:
// --allow-missing-repository, and the README's relative links stay relative (they resolve inside
// the VSIX and in a clone). What goes in is decided by .vscodeignore. Extra arguments go to `vsce package` (e.g. --out FILE).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { name, version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const extra = process.argv.slice(2);
const outIndex = extra.indexOf('--out');
const out = path.resolve(outIndex >= 0 ? extra[outIndex + 1] : path.join(ROOT, `${name}-${version}.vsix`));
const rest = outIndex >= 0 ? extra.filter((_, i) => i !== outIndex && i !== outIndex + 1) : extra;

const vsce = path.join(ROOT, 'node_modules/@vscode/vsce/vsce');
const r = spawnSync(process.execPath, [
  vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out, ...rest,
], {
  cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'],
});
if (r.status !== 0) {
  console.error(`[package] vsce package failed (exit ${r.status ?? r.signal})`);
  process.exit(r.status || 1);
}
console.log(`[package] ${path.relative(process.cwd(), out) || out}: ${(fs.statSync(out).size / 1024).toFixed(0)} KiB`);
