// VS Code for the Web: the browser bundle (package.json `browser`) carries no Node module, and it
// loads and activates in a plain JavaScript context (no `require`, `process` or `Buffer`) with only
// a stand-in `vscode` module, registering the same providers as the Node extension.
import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';

const root = path.resolve(__dirname, '../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const bundlePath = path.join(root, manifest.browser);
const workerPath = path.join(root, 'dist/web/analysisWorker.js');

interface Registration { api: string; selector?: unknown }

/** A value that answers anything: every member is itself, calling or constructing it gives itself, it is 0 as a number. */
function anything(): unknown {
  const target = function () {};
  const proxy: unknown = new Proxy(target, {
    get: (_t, key) => {
      if (key === 'then') return undefined; // awaiting it gives it back, not a promise that never ends
      if (key === Symbol.iterator) return function* () {};
      if (key === Symbol.toPrimitive) return () => 0;
      return proxy;
    },
    set: () => true, // a status bar item's text, a tree view's title: taken and forgotten
    apply: () => proxy,
    construct: () => proxy as object,
  });
  return proxy;
}

/** A class of the API (Range, Hover, TreeItem, …): constructible, its unknown statics (enum members) answer anything. */
function apiClass(name: string): unknown {
  const cls = { [name]: class { constructor(...args: unknown[]) { Object.assign(this, { args }); } } }[name];
  return new Proxy(cls, { get: (t, key) => (key in t ? Reflect.get(t, key) : anything()) });
}

class EventEmitter<T> {
  private listeners: Array<(e: T) => void> = [];
  readonly event = (listener: (e: T) => void) => { this.listeners.push(listener); return { dispose: () => {} }; };
  fire(e: T): void { for (const l of this.listeners) l(e); }
  dispose(): void { this.listeners = []; }
}

class Uri {
  constructor(readonly scheme: string, readonly path: string) {}
  static parse(s: string) { const i = s.indexOf(':'); return new Uri(s.slice(0, i), s.slice(i + 1).replace(/^\/\//, '')); }
  static file(p: string) { return new Uri('file', p); }
  static joinPath(base: Uri, ...parts: string[]) { return new Uri(base.scheme, [base.path, ...parts].join('/')); }
  with(change: { path?: string }) { return new Uri(this.scheme, change.path ?? this.path); }
  get fsPath() { return this.path; }
  toString() { return `${this.scheme}://${this.path}`; }
}

/** Every class, enum and namespace the real `vscode` module exports (from its type declarations). */
function vscodeExportNames(): string[] {
  const declarations = fs.readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
  return [...new Set([...declarations.matchAll(/^\t(?:export )?(?:class|enum|namespace) ([A-Za-z]+)/gm)].map((m) => m[1]))];
}

/** A stand-in `vscode` module recording what the extension registers. Asynchronous answers never come: activation is what is tested. */
function fakeVscode(registrations: Registration[]): unknown {
  const never = () => new Promise(() => {});
  const recording = (area: string) => new Proxy({}, {
    get: (_t, key) => (typeof key === 'string' && key.startsWith('register')
      ? (selectorOrId: unknown) => { registrations.push({ api: `${area}.${key}`, selector: selectorOrId }); return { dispose() {} }; }
      : anything()),
  });
  const withEvents = (area: string, members: Record<string, unknown>) => new Proxy(members, {
    get: (t, key) => (key in t ? Reflect.get(t, key) : typeof key === 'string' && key.startsWith('register') ? Reflect.get(recording(area), key) : anything()),
  });
  const api: Record<string, unknown> = {
    Uri, EventEmitter,
    l10n: { t: (message: string, ...args: unknown[]) => message.replace(/\{(\d+)\}/g, (_m, i) => String(args[+i])) },
    env: { language: 'en', uiKind: 2, clipboard: anything() },
    languages: recording('languages'),
    commands: withEvents('commands', { executeCommand: never, getCommands: never }),
    workspace: withEvents('workspace', {
      getConfiguration: () => ({ get: (_key: string, fallback: unknown) => fallback, has: () => false, inspect: () => undefined, update: never }),
      workspaceFolders: undefined, textDocuments: [], isTrusted: true, findFiles: never,
      fs: { stat: never, readFile: never, writeFile: never, rename: never, delete: never, readDirectory: never, createDirectory: never },
      asRelativePath: (uri: unknown) => String(uri), getWorkspaceFolder: () => undefined, openTextDocument: never,
    }),
    window: withEvents('window', {
      activeTextEditor: undefined, visibleTextEditors: [], state: { focused: true },
      showInformationMessage: never, showWarningMessage: never, showErrorMessage: never, showQuickPick: never, withProgress: never,
    }),
  };
  // the bundle copies the module's members (esbuild's interop): every name the real module has must be there
  for (const name of vscodeExportNames()) if (!(name in api)) api[name] = /^[A-Z]/.test(name) ? apiClass(name) : anything();
  return api;
}

describe('VS Code for the Web: the browser bundle', function () {
  this.timeout(60000);
  let bundle: string;

  before(() => {
    const built = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, encoding: 'utf8' });
    assert.strictEqual(built.status, 0, `the build failed:\n${built.stderr}`);
    bundle = fs.readFileSync(bundlePath, 'utf8');
  });

  it('package.json names a browser entry beside the Node one, built under dist/web', () => {
    assert.strictEqual(manifest.browser, './dist/web/extension.js');
    assert.strictEqual(manifest.main, './dist/extension.js');
    assert.ok(fs.existsSync(workerPath), 'the Web Worker script is built beside it');
  });

  it('requires nothing but vscode: no Node built-in (fs, path, worker_threads, child_process, node:…)', () => {
    for (const [file, text] of [[bundlePath, bundle], [workerPath, fs.readFileSync(workerPath, 'utf8')]]) {
      const required = new Set([...text.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]));
      const imported = new Set([...text.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]));
      const node = [...required, ...imported].filter((m) => m.startsWith('node:') || builtinModules.includes(m));
      assert.deepStrictEqual(node, [], `${path.basename(file)} loads Node modules`);
      assert.deepStrictEqual([...required].filter((m) => m !== 'vscode'), [], `${path.basename(file)} requires something besides vscode`);
    }
    // the Node bundle does use Node: the check above would have caught it
    assert.match(fs.readFileSync(path.join(root, manifest.main), 'utf8'), /require\("(node:)?worker_threads"\)/);
  });

  it('loads without Node globals and its activation registers the hover, outline, definitions and diagnostics', () => {
    const registrations: Registration[] = [];
    const vscode = fakeVscode(registrations);
    const module = { exports: {} as { activate?: (context: unknown) => void } };
    const requireVscode = (name: string) => {
      if (name === 'vscode') return vscode;
      throw new Error(`the browser bundle required ${name}`);
    };
    // a context of the language's own globals plus what a web worker has: no process, Buffer, setImmediate, nor a DOM
    const sandbox = vm.createContext({
      module, exports: module.exports, require: requireVscode, console,
      setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, TextDecoder, TextEncoder, URL, Blob,
    });
    for (const name of ['process', 'Buffer', 'setImmediate', '__dirname', 'document', 'window']) assert.strictEqual(vm.runInContext(`typeof ${name}`, sandbox), 'undefined');
    vm.runInContext(bundle, sandbox, { filename: bundlePath });
    assert.strictEqual(typeof module.exports.activate, 'function');

    const context = { subscriptions: [] as unknown[], extensionUri: Uri.file('/ext'), extensionPath: '/ext', globalState: anything(), workspaceState: anything(), extension: anything() };
    module.exports.activate!(context);

    const apis = registrations.map((r) => r.api);
    for (const api of [
      'languages.registerHoverProvider', 'languages.registerDocumentSymbolProvider', 'languages.registerDefinitionProvider',
      'languages.registerReferenceProvider', 'languages.registerFoldingRangeProvider', 'languages.registerCompletionItemProvider',
      'languages.registerRenameProvider', 'languages.registerCodeLensProvider', 'languages.registerCodeActionsProvider',
    ]) assert.ok(apis.includes(api), `${api} was not called; registered: ${[...new Set(apis)].join(', ')}`);
    const hover = registrations.find((r) => r.api === 'languages.registerHoverProvider');
    assert.ok(JSON.stringify(hover?.selector).includes('"hakusho"'), 'the hover is registered for hakusho documents');
    const commands = registrations.filter((r) => r.api === 'commands.registerCommand').map((r) => r.selector);
    for (const id of ['hakusho.checkWorkspace', 'hakusho.renumberFootnotes', 'hakusho.claims.export']) assert.ok(commands.includes(id), `command ${id} is registered`);
    assert.ok(context.subscriptions.length > 10, 'what it registered is handed to VS Code to dispose');
  });
});
