// @vscode/test-cli configuration (`npx vscode-test`) for desktop VS Code, where it can be downloaded.
// Offline machines use `npm run test:vscode` instead (code-server + headless Chromium, same suites).
import { defineConfig } from '@vscode/test-cli';

export default defineConfig({
  label: 'extension-host',
  files: 'dist/test/suite/**/*.test.js',
  workspaceFolder: 'test/vscode/workspace',
  version: '1.99.3',
  mocha: { ui: 'bdd', timeout: 20000 },
});
