#!/usr/bin/env node
// `npm run test:editor`: the in-editor suite in real VS Code (code-server 4.100.3 = VS Code 1.100.3,
// in headless Chromium), twice:
//   1. source  extension loaded from this folder (extensionDevelopmentPath), the full suite
//              out/test/editor/suite -> screenshots in test-results/editor/
//   2. vsix    dist/iot-security-poc-planner.vsix installed with `code-server --install-extension`,
//              the installed-package suite out/test/editor/vsix -> test-results/editor-vsix/
// The npm script builds and packages first (`npm run package`); this script prepares the workspace
// fixtures (scripts/editor/prepare-fixtures.mjs) and runs scripts/editor/run-suite.mjs per mode,
// which installs code-server into ~/.cache/pocplan-editor if absent and stops everything it starts.
//
// Usage: node scripts/editor/test-editor.mjs [--mode all|source|vsix] [--verbose]
// Exit: 0 when every mode passed, else the first failing mode's code (mocha's result, 124 on timeout).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { prepareFixtures } from './prepare-fixtures.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const VSIX = path.join(repo, 'dist', 'iot-security-poc-planner.vsix');
const { values: opts } = parseArgs({
  options: { mode: { type: 'string', default: 'all' }, verbose: { type: 'boolean', default: false } },
});
if (!['all', 'source', 'vsix'].includes(opts.mode)) {
  console.error(`test-editor: --mode must be all, source or vsix (got ${opts.mode})`);
  process.exit(2);
}

const MODES = {
  source: {
    title: 'extension loaded from source',
    tests: 'out/test/editor/suite/index.js',
    args: ['--ext', repo],
    shots: 'test-results/editor',
  },
  vsix: {
    title: `packaged extension installed from ${path.relative(repo, VSIX)}`,
    tests: 'out/test/editor/vsix/index.js',
    args: ['--vsix', VSIX],
    shots: 'test-results/editor-vsix',
  },
};

let child = null;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    // run-suite.mjs stops code-server and Chromium on these signals itself.
    if (child) child.kill(sig);
    else process.exit(128 + ({ SIGINT: 2, SIGTERM: 15, SIGHUP: 1 })[sig]);
  });
}

function runSuite(mode) {
  const m = MODES[mode];
  for (const f of [m.tests, ...(mode === 'vsix' ? [VSIX] : [])]) {
    if (!fs.existsSync(path.resolve(repo, f))) {
      console.error(`test-editor: ${f} is missing — run \`npm run package\` first (the npm script does)`);
      return Promise.resolve(1);
    }
  }
  const args = [path.join(repo, 'scripts', 'editor', 'run-suite.mjs'), ...m.args, '--tests', path.join(repo, m.tests),
    '--folder', path.join(repo, 'test', 'fixtures', 'editor'), '--screenshots', path.join(repo, m.shots),
    ...(opts.verbose ? ['--verbose'] : [])];
  return new Promise((resolve) => {
    child = spawn(process.execPath, args, { cwd: repo, stdio: 'inherit' });
    child.on('error', (e) => { console.error(`test-editor: ${e.message}`); resolve(1); });
    child.on('exit', (code, signal) => { child = null; resolve(code ?? (signal ? 128 : 1)); });
  });
}

const { plans } = prepareFixtures();
console.log(`test-editor: workspace test/fixtures/editor (${plans} example plans copied)`);
const results = [];
for (const mode of opts.mode === 'all' ? ['source', 'vsix'] : [opts.mode]) {
  console.log(`\n=== in-editor suite: ${MODES[mode].title} (code-server, headless Chromium) ===`);
  const t0 = Date.now();
  const code = await runSuite(mode);
  results.push({ mode, code, secs: (Date.now() - t0) / 1000 });
  if (code >= 128) break; // interrupted: do not start the next mode
}
console.log('\n=== test:editor summary ===');
for (const r of results) {
  console.log(`  ${r.code === 0 ? 'PASS' : `FAIL (exit ${r.code})`}  ${r.mode.padEnd(6)} ${r.secs.toFixed(1)} s  screenshots: ${MODES[r.mode].shots}/`);
}
const failed = results.find((r) => r.code !== 0);
process.exit(failed ? failed.code : 0);
