#!/usr/bin/env node
// `npm run test:electron`: the in-editor suite in desktop VS Code via @vscode/test-cli +
// @vscode/test-electron (config: .vscode-test.mjs), for machines that can download VS Code.
// The npm script builds first; this prepares the workspace fixtures and runs `vscode-test`.
// When VS Code cannot be downloaded (no network, as on machines that reach only the npm registry)
// it says so in one line and exits 3; use `npm run test:editor` (code-server) there.
// Not part of `npm test`. Extra arguments go to vscode-test (e.g. --grep crash).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareFixtures } from './prepare-fixtures.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = path.join(repo, 'node_modules', '@vscode', 'test-cli', 'out', 'bin.mjs');
// What @vscode/test-electron prints when it cannot reach update.code.visualstudio.com / the CDN.
const NO_DOWNLOAD = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|getaddrinfo|socket hang up|Failed to download|Error downloading|Could not (?:download|resolve)|update\.code\.visualstudio\.com|vscode\.download\.prss\.microsoft\.com/i;

prepareFixtures();
let output = '';
let resolving = true; // until VS Code is found or downloaded, failures are download failures
const child = spawn(process.execPath, [bin, '--config', path.join(repo, '.vscode-test.mjs'), ...process.argv.slice(2)], {
  cwd: repo, stdio: ['ignore', 'pipe', 'pipe'],
});
const relay = (stream) => (chunk) => {
  const text = chunk.toString();
  output += text;
  if (/Found existing install|Downloaded VS Code into|Loading development extension|Extension host/i.test(text)) resolving = false;
  stream.write(text);
};
child.stdout.on('data', relay(process.stdout));
child.stderr.on('data', relay(process.stderr));
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => {
  if (code !== 0 && resolving && NO_DOWNLOAD.test(output)) {
    console.error('test:electron: cannot download VS Code 1.100.3 (no network access to update.code.visualstudio.com) — ' +
      'the in-editor suite was NOT run; on this machine run `npm run test:editor` (code-server) instead.');
    process.exit(3);
  }
  process.exit(code ?? (signal ? 128 : 1));
});
