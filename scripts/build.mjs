// Bundles the extension (for VS Code's node extension host, and for VS Code for the Web's web worker
// extension host), the CLI, and the extension-host test suites. Runs on `npm ci` (prepare) so
// `npx hakusho` works on a fresh clone.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import { builtinModules } from 'node:module';

const watch = process.argv.includes('--watch');
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };
const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], minify: !watch && !process.env.HAKUSHO_NO_MINIFY },
  // the analysis worker runs beside the extension (worker_threads), loaded from dist/analysisWorker.js
  { ...common, entryPoints: ['src/analysisWorker.ts'], outfile: 'dist/analysisWorker.js', minify: !watch },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js' },
];
// VS Code for the Web (package.json `browser`): no Node built-ins may reach these bundles; the build
// fails on an import of one instead of shipping an extension that breaks in the browser.
const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => nodeBuiltins.has(args.path)
      ? { errors: [{ text: `${args.path} is a Node built-in; ${args.importer} cannot be part of the browser bundle` }] }
      : undefined);
  },
};
// `worker`: the extension runs in a Web Worker, where there is no `document` (packages whose `browser`
// build uses the DOM have a worker build that does not)
const web = { bundle: true, platform: 'browser', conditions: ['worker'], target: 'es2022', sourcemap: true, logLevel: 'warning', plugins: [noNodeBuiltins], minify: !watch && !process.env.HAKUSHO_NO_MINIFY };
builds.push(
  { ...web, format: 'cjs', entryPoints: ['src/web/extension.ts'], outfile: 'dist/web/extension.js', external: ['vscode'] },
  // started as a classic Web Worker from a Blob URL: a self-contained script
  { ...web, format: 'iife', entryPoints: ['src/web/analysisWorker.ts'], outfile: 'dist/web/analysisWorker.js' },
);
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
