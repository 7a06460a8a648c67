#!/usr/bin/env node
// Neovim 0.7 headless LSP smoke test: opens a plan file in `nvim --headless`, attaches the language
// server over stdio (vim.lsp.start_client, see smoke.lua), waits for publishDiagnostics, prints them
// as JSON and asserts their `code`s.
//
// Usage:
//   node test/nvim/run-smoke.mjs <plan file> --expect code1,code2 [--subset]
//        [--server <server.js>] [--server-cmd '["node","x.js","--stdio"]'] [--root <dir>]
//        [--language-id yaml] [--timeout 20] [--quiet]
//
//   --expect      comma-separated diagnostic codes. Default: the set of codes in the latest
//                 publishDiagnostics must EQUAL this set (duplicates ignored). `--expect ''` (or
//                 `none`) expects no diagnostics at all (then the first publish is taken as final).
//                 Waits (polling, deadline --timeout) until all expected codes are present.
//   --subset      only require the expected codes to be present; others are allowed.
//   --server      JS file run as `node <file> --stdio` (default: <repo>/dist/server.js).
//   --server-cmd  full server command as a JSON array (overrides --server).
//   --root        workspace root sent to the server (default: the plan file's directory).
//   --language-id languageId of didOpen (default yaml).
//   --timeout     seconds to wait for diagnostics (default 20). nvim is killed 10 s after that.
//
// Exit: 0 pass; 1 assertion failed / no diagnostics / nvim or server failure; 2 usage error.
// Requires Debian's `neovim` (0.7.x): scripts/editor/install-deps.sh.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const LUA = path.join(here, 'smoke.lua');
const NVIM = process.env.POCPLAN_NVIM || 'nvim';

function fail(msg, code = 1) {
  console.error(`nvim-smoke: FAIL: ${msg}`);
  process.exit(code);
}
function usage(msg) {
  if (msg) console.error(`nvim-smoke: ${msg}`);
  console.error("usage: node test/nvim/run-smoke.mjs <plan file> --expect code1,code2 [--subset] [--server <server.js> | --server-cmd '<json array>'] [--root <dir>] [--language-id yaml] [--timeout 20] [--quiet]");
  process.exit(2);
}

let values, positionals;
try {
  ({ values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      expect: { type: 'string' }, subset: { type: 'boolean', default: false },
      server: { type: 'string' }, 'server-cmd': { type: 'string' }, root: { type: 'string' },
      'language-id': { type: 'string', default: 'yaml' }, timeout: { type: 'string', default: '20' },
      quiet: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (e) {
  usage(e.message);
}
if (values.help) usage();
if (positionals.length !== 1) usage('exactly one plan file is required');
if (values.expect === undefined) usage('--expect is required (use --expect "" to expect no diagnostics)');

const file = path.resolve(positionals[0]);
if (!fs.existsSync(file)) usage(`plan file not found: ${file}`);
const expected = [...new Set(values.expect === 'none' ? [] : values.expect.split(',').map((s) => s.trim()).filter(Boolean))].sort();
const timeoutMs = Number(values.timeout) * 1000;
if (!(timeoutMs > 0)) usage('--timeout must be a positive number of seconds');

let serverCmd;
if (values['server-cmd']) {
  try { serverCmd = JSON.parse(values['server-cmd']); } catch { usage('--server-cmd must be a JSON array of strings'); }
  if (!Array.isArray(serverCmd) || !serverCmd.length || !serverCmd.every((s) => typeof s === 'string')) usage('--server-cmd must be a JSON array of strings');
} else {
  const server = path.resolve(values.server || path.join(repo, 'dist', 'server.js'));
  if (!fs.existsSync(server)) fail(`language server not found: ${server} (build it first, or pass --server / --server-cmd)`);
  serverCmd = [process.execPath, server, '--stdio'];
}

const probe = spawnSync(NVIM, ['--version'], { encoding: 'utf8' });
if (probe.error || probe.status !== 0) fail(`cannot run ${NVIM} (install Debian's neovim: scripts/editor/install-deps.sh)`);
const nvimVersion = probe.stdout.split('\n')[0];

// Isolated Neovim state: no user config, no shada, LSP log in a temp dir.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pocplan-nvim-'));
const xdg = (d) => { const p = path.join(tmp, d); fs.mkdirSync(p, { recursive: true }); return p; };
const env = {
  ...process.env,
  XDG_CONFIG_HOME: xdg('config'), XDG_DATA_HOME: xdg('data'), XDG_CACHE_HOME: xdg('cache'), XDG_STATE_HOME: xdg('state'),
  POCPLAN_NVIM_FILE: file,
  POCPLAN_NVIM_CMD: JSON.stringify(serverCmd),
  POCPLAN_NVIM_ROOT: path.resolve(values.root || path.dirname(file)),
  POCPLAN_NVIM_LANGUAGE_ID: values['language-id'],
  POCPLAN_NVIM_WAIT_CODES: expected.join(','),
  POCPLAN_NVIM_TIMEOUT_MS: String(timeoutMs),
};
delete env.NVIM; delete env.NVIM_LISTEN_ADDRESS; delete env.VIMINIT; delete env.MYVIMRC;

const t0 = Date.now();
const child = spawn(NVIM, ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '--noplugin', '-c', `luafile ${LUA.replace(/ /g, '\\ ')}`], {
  cwd: path.dirname(file), env, stdio: ['ignore', 'pipe', 'pipe'],
  detached: true, // own process group: nvim + the language server it spawns are killed together
});
let stdout = '';
let stderr = '';
child.stdout.on('data', (d) => { stdout += d; });
child.stderr.on('data', (d) => { stderr += d; });
const killGroup = () => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } };
process.on('exit', killGroup);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => { killGroup(); process.exit(128 + os.constants.signals[sig]); });
let killedByTimeout = false;
const hardTimer = setTimeout(() => { killedByTimeout = true; killGroup(); }, timeoutMs + 10_000);

const { code, signal } = await new Promise((resolve) => child.on('exit', (c, s) => resolve({ code: c, signal: s })));
clearTimeout(hardTimer);
killGroup(); // anything left in the group (a server that ignored shutdown/exit)
const wallMs = Date.now() - t0;

const cleanup = () => fs.rmSync(tmp, { recursive: true, force: true });
const lspLogTail = () => {
  for (const d of ['cache', 'state']) {
    const p = path.join(tmp, d, 'nvim', 'lsp.log');
    if (fs.existsSync(p)) return fs.readFileSync(p, 'utf8').split('\n').slice(-20).join('\n');
  }
  return '(no LSP log)';
};

const line = stdout.split('\n').find((l) => l.startsWith('@@nvim-result '));
if (!line) {
  const log = lspLogTail();
  cleanup();
  fail(`${killedByTimeout ? `nvim did not finish within ${timeoutMs / 1000 + 10} s and was killed` : `nvim exited (${code ?? signal}) without a result`}\n` +
    `--- nvim stdout ---\n${stdout}\n--- nvim stderr ---\n${stderr}\n--- LSP log (server stderr) ---\n${log}`);
}
const result = JSON.parse(line.slice('@@nvim-result '.length));
delete result.lsp_log;
if (!values.quiet) console.log(JSON.stringify(result, null, 2));

const codesOf = (list) => [...new Set((list || []).map((d) => (d.code === undefined || d.code === null ? '<no code>' : String(d.code))))].sort();
const got = codesOf(result.lsp);
const gotNvim = codesOf(result.diagnostics);
const problems = [];
if (!result.ok) problems.push(result.reason || 'no diagnostics');
const missing = expected.filter((c) => !got.includes(c));
const extra = got.filter((c) => !expected.includes(c));
if (missing.length) problems.push(`missing code(s): ${missing.join(', ')}`);
if (!values.subset && extra.length) problems.push(`unexpected code(s): ${extra.join(', ')}`);
if (JSON.stringify(got) !== JSON.stringify(gotNvim)) problems.push(`vim.diagnostic.get() codes [${gotNvim.join(', ')}] differ from the LSP codes [${got.join(', ')}]`);

const summary = `${nvimVersion}; ${result.publishes ?? 0} publish(es); ${result.elapsed_ms ?? "?"} ms in nvim, ${wallMs} ms total; ` +
  `codes [${got.join(', ')}], expected ${values.subset ? '⊇' : '='} [${expected.join(', ')}]`;
if (problems.length) {
  const log = result.ok ? '' : `\n--- LSP log (server stderr) ---\n${lspLogTail()}`;
  cleanup();
  fail(`${problems.join('; ')}\n  ${summary}${log}`);
}
cleanup();
console.log(`nvim-smoke: PASS: ${summary}`);
