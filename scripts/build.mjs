// Bundles the extension (for VS Code's node extension host), the CLI, and the
// extension-host test suites. Runs on `npm ci` (prepare) so `npx hakusho` works on a fresh clone.
import * as esbuild from 'esbuild';
import fs from 'node:fs';

const watch = process.argv.includes('--watch');
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };
const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], minify: !watch && !process.env.HAKUSHO_NO_MINIFY },
  // the analysis worker runs beside the extension (worker_threads), loaded from dist/analysisWorker.js
  { ...common, entryPoints: ['src/analysisWorker.ts'], outfile: 'dist/analysisWorker.js', minify: !watch },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js' },
];
const suiteDir = 'test/vscode/suite';
if (fs.existsSync(suiteDir)) {
  const suites = fs.readdirSync(suiteDir).filter((f) => f.endsWith('.ts')).map((f) => `${suiteDir}/${f}`);
  if (suites.length) builds.push({ ...common, entryPoints: suites, outdir: 'dist/test/suite', external: ['vscode', 'mocha'] });
}
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
