// @vscode/test-cli configuration: the in-editor suite in desktop VS Code (Electron), for machines that
// can download VS Code from update.code.visualstudio.com. Run it with `npm run test:electron`
// (scripts/editor/test-electron.mjs builds, prepares the fixtures and explains a failed download).
// Here (npm registry only) the same suite runs in code-server instead: `npm run test:editor`.
import { defineConfig } from '@vscode/test-cli';

export default defineConfig({
  label: 'in-editor',
  files: 'out/test/editor/suite/**/*.test.js',
  version: '1.100.3', // = the code-server 4.100.3 the suite runs in here; engines.vscode must not exceed it
  workspaceFolder: 'test/fixtures/editor',
  extensionDevelopmentPath: '.',
  launchArgs: ['--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  mocha: { ui: 'bdd', timeout: 60_000, color: true },
});
