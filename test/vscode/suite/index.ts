// Extension-host test entry (extensionTestsPath → dist/test/suite/index.js).
// VS Code loads this inside the extension host and calls run(); the returned promise decides the exit code.
// mocha is not bundled (see scripts/build.mjs): it resolves from the project's node_modules at run time.
//
// The extension host's console goes to the browser (code-server) or the Debug Console, not to the terminal,
// so mocha's output is also appended to $HAKUSHO_TEST_LOG, and a JSON summary written to $HAKUSHO_TEST_RESULT.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const logFile = process.env.HAKUSHO_TEST_LOG;
  const resultFile = process.env.HAKUSHO_TEST_RESULT;
  if (logFile) {
    fs.writeFileSync(logFile, '');
    const base = Mocha.reporters.Base as unknown as { consoleLog: (...a: unknown[]) => void };
    const orig = base.consoleLog;
    base.consoleLog = (...a: unknown[]) => {
      fs.appendFileSync(logFile, util.format(...a) + '\n');
      orig(...a);
    };
  }
  const mocha = new Mocha({
    ui: 'bdd',
    timeout: Number(process.env.HAKUSHO_TEST_TIMEOUT_MS || 20000),
    color: false,
    reporter: 'spec',
  });
  if (process.env.HAKUSHO_TEST_GREP) mocha.grep(process.env.HAKUSHO_TEST_GREP);
  for (const f of fs.readdirSync(__dirname).sort()) {
    if (f.endsWith('.test.js')) mocha.addFile(path.join(__dirname, f));
  }
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const s = runner.stats ?? ({} as Mocha.Stats);
        const line = `${s.passes ?? 0} passed, ${s.failures ?? 0} failed`;
        console.log(line);
        if (resultFile) {
          fs.writeFileSync(resultFile, JSON.stringify({ ...s, line, node: process.version, vscode: require('vscode').version }) + '\n');
        }
        if (failures > 0) reject(new Error(`${failures} tests failed.`));
        else resolve();
      });
    } catch (err) {
      if (resultFile) fs.writeFileSync(resultFile, JSON.stringify({ error: String(err), line: '0 passed, 1 failed' }) + '\n');
      reject(err);
    }
  });
}
