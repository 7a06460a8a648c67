// code-server (VS Code's own workbench + node extension host, served to a browser) for real-editor
// tests on machines that reach only npm and Debian. See docs in /work/shared/docs/REAL-EDITORS.md.
//
//   ensureCodeServer()                       -> { dir, entry, version }   (installs once, pinned)
//   startCodeServer({ userDataDir, extensionsDir, port, env, verbose }) -> { url, port, authority, stop() }
//   installExtension(vsixPath, { extensionsDir, userDataDir })
//
// Cache: $POCPLAN_CACHE/code-server-<version>, default ~/.cache/pocplan-editor/code-server-<version>.
// Needs Node 20 (code-server 4.100.3 = VS Code 1.100.3 refuses other majors) and the Debian packages
// from scripts/editor/install-deps.sh (native modules build with node-gyp; /usr/bin/rg).
//
// Process hygiene: code-server runs under a tiny "guardian" node process that leads its own process
// group and watches a stdin pipe from this process. stop() signals the whole group (SIGTERM, then
// SIGKILL after a deadline). If this process dies in any way (even SIGKILL), the pipe closes and the
// guardian SIGKILLs the group, so code-server can never outlive the harness.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
// Pinned with code-server 4.100.3: lib/vscode/npm-shrinkwrap.json -> @vscode/ripgrep 1.15.11, whose
// postinstall downloads ripgrep `v13.0.0-10` from GitHub unless
// $TMPDIR/vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-<target>.tar.gz already exists.
const RIPGREP_PKG_VERSION = '1.15.11';
const RIPGREP_TAG = 'v13.0.0-10';
const REQUIRED_NODE_MAJOR = 20;

const log = (...a) => console.error('[code-server]', ...a);

export function cacheRoot() {
  return process.env.POCPLAN_CACHE || path.join(os.homedir(), '.cache', 'pocplan-editor');
}

export function codeServerDir() {
  return path.join(cacheRoot(), `code-server-${CODE_SERVER_VERSION}`);
}

function entryPath(dir) {
  return path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

function stampPath(dir) {
  return path.join(dir, '.pocplan-installed.json');
}

function checkNode() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== REQUIRED_NODE_MAJOR) {
    throw new Error(`code-server ${CODE_SERVER_VERSION} needs Node ${REQUIRED_NODE_MAJOR}, this is Node ${process.versions.node}`);
  }
}

function isInstalled(dir) {
  try {
    const stamp = JSON.parse(fs.readFileSync(stampPath(dir), 'utf8'));
    return stamp.version === CODE_SERVER_VERSION && fs.existsSync(entryPath(dir));
  } catch {
    return false;
  }
}

function pidAlive(pid) {
  try { process.kill(pid, 0); return true; } catch (e) { return e.code === 'EPERM'; }
}

function run(cmd, args, opts) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, opts);
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
}

async function tail(file, lines = 40) {
  try {
    const text = await fsp.readFile(file, 'utf8');
    return text.split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function ripgrepTarget() {
  switch (os.arch()) {
    case 'x64': return 'x86_64-unknown-linux-musl';
    case 'arm64': return 'aarch64-unknown-linux-musl';
    default: return null;
  }
}

/** Installs the pinned code-server into the cache folder if absent. Returns { dir, entry, version }. */
export async function ensureCodeServer({ quiet = false } = {}) {
  checkNode();
  const dir = codeServerDir();
  const entry = entryPath(dir);
  if (isInstalled(dir)) return { dir, entry, version: CODE_SERVER_VERSION, installed: false };
  if (os.platform() !== 'linux') throw new Error('the code-server harness supports Linux only');

  await fsp.mkdir(path.dirname(dir), { recursive: true });
  // Leftovers of interrupted installs (their pid is gone).
  for (const name of await fsp.readdir(path.dirname(dir))) {
    const m = name.match(/^code-server-.*\.partial-(\d+)$/);
    if (m && !pidAlive(Number(m[1]))) await fsp.rm(path.join(path.dirname(dir), name), { recursive: true, force: true });
  }
  if (fs.existsSync(dir)) await fsp.rm(dir, { recursive: true, force: true }); // incomplete old install

  const partial = `${dir}.partial-${process.pid}`;
  const tmp = await makeTempDir('pocplan-cs-install-');
  const logFile = path.join(path.dirname(dir), `install-${CODE_SERVER_VERSION}.log`);
  const started = Date.now();
  try {
    await fsp.mkdir(partial, { recursive: true });
    await fsp.writeFile(path.join(partial, 'package.json'), JSON.stringify({ name: 'pocplan-code-server', private: true }) + '\n');

    // ripgrep: feed @vscode/ripgrep's download cache with Debian's /usr/bin/rg.
    const target = ripgrepTarget();
    const rg = '/usr/bin/rg';
    if (!target) throw new Error(`unsupported arch ${os.arch()} for the ripgrep cache trick`);
    if (!fs.existsSync(rg)) throw new Error(`${rg} missing: run scripts/editor/install-deps.sh (package ripgrep)`);
    const rgCache = path.join(tmp, `vscode-ripgrep-cache-${RIPGREP_PKG_VERSION}`);
    const rgStage = path.join(tmp, 'rg-stage');
    await fsp.mkdir(rgCache, { recursive: true });
    await fsp.mkdir(rgStage, { recursive: true });
    await fsp.copyFile(rg, path.join(rgStage, 'rg'));
    await fsp.chmod(path.join(rgStage, 'rg'), 0o755);
    const tarball = path.join(rgCache, `ripgrep-${RIPGREP_TAG}-${target}.tar.gz`);
    const t = spawnSync('tar', ['czf', tarball, '-C', rgStage, 'rg'], { stdio: 'inherit' });
    if (t.status !== 0) throw new Error('creating the ripgrep tarball failed');

    const nodeBin = path.dirname(process.execPath);
    const env = {
      ...process.env,
      PATH: `${nodeBin}${path.delimiter}${process.env.PATH || ''}`, // npm + postinstall on this same Node
      TMPDIR: tmp,
      npm_config_yes: 'true', // node-pty's install runs `npx node-gyp`, which gives up without a TTY
      npm_config_unsafe_perm: 'true',
      npm_config_update_notifier: 'false',
      npm_config_fund: 'false',
      npm_config_audit: 'false',
      npm_config_progress: 'false',
    };
    // node-gyp would otherwise download Node headers from nodejs.org (unreachable here).
    const headers = path.resolve(nodeBin, '..', 'include', 'node', 'node_api.h');
    if (!process.env.npm_config_nodedir && !process.env.NPM_CONFIG_NODEDIR && fs.existsSync(headers)) {
      env.npm_config_nodedir = path.resolve(nodeBin, '..');
    }
    if (!quiet) log(`installing code-server ${CODE_SERVER_VERSION} into ${dir} (takes ~1-2 min; log: ${logFile})`);
    const out = fs.openSync(logFile, 'w');
    const res = await run('npm', ['install', '--prefix', partial, '--unsafe-perm', '--no-save', '--no-package-lock',
      `code-server@${CODE_SERVER_VERSION}`], { env, stdio: ['ignore', out, out] });
    fs.closeSync(out);
    if (res.code !== 0) {
      throw new Error(`npm install code-server@${CODE_SERVER_VERSION} failed (${res.code ?? res.signal}); last log lines:\n${await tail(logFile)}`);
    }
    if (!fs.existsSync(entryPath(partial))) throw new Error(`install finished but ${entryPath(partial)} is missing`);
    await fsp.writeFile(stampPath(partial), JSON.stringify({ version: CODE_SERVER_VERSION, node: process.versions.node, at: new Date().toISOString() }) + '\n');
    try {
      await fsp.rename(partial, dir);
    } catch (e) {
      if (!isInstalled(dir)) throw e; // someone else finished first: fine
    }
    if (!quiet) log(`installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await fsp.rm(partial, { recursive: true, force: true }).catch(() => {});
    await fsp.rm(tmp, { recursive: true, force: true }).catch(() => {});
  }
  return { dir, entry, version: CODE_SERVER_VERSION, installed: true };
}

/** A currently free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

// Leads its own process group; exits (killing the group) when its stdin closes, i.e. when the
// harness is gone; forwards SIGTERM to the child.
const GUARDIAN = `
const { spawn } = require('child_process');
const [cmd, ...args] = JSON.parse(process.argv[1]);
const killGroup = () => { try { process.kill(-process.pid, 'SIGKILL'); } catch {} process.exit(137); };
const child = spawn(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });
child.on('error', (e) => { console.error(String(e)); process.exit(127); });
child.on('exit', (code, sig) => process.exit(code ?? 128));
process.stdin.on('end', killGroup); process.stdin.on('error', killGroup); process.stdin.on('close', killGroup);
process.stdin.resume();
process.on('SIGTERM', () => { child.kill('SIGTERM'); });
process.on('SIGINT', () => { child.kill('SIGTERM'); });
`;

function isolatedEnv(root, extra = {}) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    // Do not inherit anything that would tie code-server to another VS Code / code-server instance.
    if (/^(VSCODE_|ELECTRON_|CODE_SERVER_|PASSWORD$|HASHED_PASSWORD$|XDG_)/.test(k)) continue;
    env[k] = v;
  }
  return {
    ...env,
    HOME: path.join(root, 'home'),
    XDG_CONFIG_HOME: path.join(root, 'xdg', 'config'),
    XDG_DATA_HOME: path.join(root, 'xdg', 'data'),
    XDG_CACHE_HOME: path.join(root, 'xdg', 'cache'),
    XDG_STATE_HOME: path.join(root, 'xdg', 'state'),
    XDG_RUNTIME_DIR: path.join(root, 'xdg', 'runtime'),
    TMPDIR: path.join(root, 'tmp'),
    ...extra,
  };
}

/**
 * mkdtemp under os.tmpdir() named `<prefix><pid>-XXXXXX`; first removes such dirs left behind by
 * processes that no longer exist (e.g. a harness killed with SIGKILL).
 */
export async function makeTempDir(prefix) {
  const base = os.tmpdir();
  for (const name of await fsp.readdir(base).catch(() => [])) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (Number.isInteger(pid) && pid > 0 && !pidAlive(pid)) {
      await fsp.rm(path.join(base, name), { recursive: true, force: true }).catch(() => {});
    }
  }
  return fsp.mkdtemp(path.join(base, `${prefix}${process.pid}-`));
}

async function makeIsolatedRoot() {
  const root = await makeTempDir('pocplan-cs-');
  for (const d of ['home', 'xdg/config', 'xdg/data', 'xdg/cache', 'xdg/state', 'xdg/runtime', 'tmp']) {
    await fsp.mkdir(path.join(root, d), { recursive: true, mode: 0o700 });
  }
  return root;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function groupAlive(pgid) {
  try { process.kill(-pgid, 0); return true; } catch (e) { return e.code === 'EPERM'; }
}

async function killGroup(pgid, graceMs = 5000) {
  if (!groupAlive(pgid)) return;
  try { process.kill(-pgid, 'SIGTERM'); } catch {}
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && groupAlive(pgid)) await sleep(50);
  if (groupAlive(pgid)) {
    try { process.kill(-pgid, 'SIGKILL'); } catch {}
    const d2 = Date.now() + 2000;
    while (Date.now() < d2 && groupAlive(pgid)) await sleep(50);
  }
}

// Every started group, so a synchronous 'exit' handler can SIGKILL whatever is left.
const liveGroups = new Set();
let exitHookInstalled = false;
function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const pgid of liveGroups) { try { process.kill(-pgid, 'SIGKILL'); } catch {} }
  });
}

/**
 * Starts code-server isolated on 127.0.0.1. Resolves once /healthz answers.
 * @param {{userDataDir?: string, extensionsDir?: string, port?: number, env?: Record<string,string>,
 *          verbose?: boolean, readyTimeoutMs?: number, extraArgs?: string[]}} opts
 * @returns {Promise<{url: string, port: number, authority: string, root: string, logFile: string,
 *          userDataDir: string, extensionsDir: string, pid: number, stop: () => Promise<void>}>}
 */
export async function startCodeServer(opts = {}) {
  const { entry } = await ensureCodeServer();
  const attempts = opts.port ? 1 : 3; // a freePort() can be taken before code-server binds it
  let lastErr;
  for (let i = 0; i < attempts; i++) {
    try {
      return await startOnce(entry, { ...opts, port: opts.port || await freePort() });
    } catch (e) {
      lastErr = e;
      if (!e.retryable) break;
    }
  }
  throw lastErr;
}

async function startOnce(entry, opts) {
  installExitHook();
  const root = await makeIsolatedRoot();
  const userDataDir = opts.userDataDir || path.join(root, 'user-data');
  const extensionsDir = opts.extensionsDir || path.join(root, 'extensions');
  await fsp.mkdir(userDataDir, { recursive: true });
  await fsp.mkdir(extensionsDir, { recursive: true });
  const port = opts.port;
  const config = path.join(root, 'config.yaml');
  await fsp.writeFile(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const logFile = path.join(root, 'code-server.log');
  const args = [entry,
    '--config', config,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    ...(opts.extraArgs || [])];
  const out = opts.verbose ? 'inherit' : fs.openSync(logFile, 'w');
  const guardian = spawn(process.execPath, ['-e', GUARDIAN, JSON.stringify([process.execPath, ...args])], {
    cwd: root,
    env: isolatedEnv(root, opts.env),
    detached: true, // own process group: stop() kills code-server, its server child and extension hosts
    stdio: ['pipe', out, out],
  });
  if (typeof out === 'number') fs.closeSync(out);
  const pgid = guardian.pid;
  liveGroups.add(pgid);
  guardian.stdin.on('error', () => {});
  let exited = null;
  guardian.on('exit', (code, signal) => { exited = { code, signal }; });

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await killGroup(pgid);
    liveGroups.delete(pgid);
    try { guardian.stdin.destroy(); } catch {}
    if (!opts.keepRoot) await fsp.rm(root, { recursive: true, force: true }).catch(() => {});
  };

  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + (opts.readyTimeoutMs ?? 60_000);
  while (true) {
    if (exited) {
      const text = opts.verbose ? '' : await tail(logFile);
      await stop();
      const err = new Error(`code-server exited before it was ready (${exited.code ?? exited.signal}):\n${text}`);
      err.retryable = /EADDRINUSE/.test(text);
      throw err;
    }
    try {
      const res = await fetch(`${url}healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) break;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) {
      const text = opts.verbose ? '' : await tail(logFile);
      await stop();
      throw new Error(`code-server did not answer ${url}healthz within ${(opts.readyTimeoutMs ?? 60_000) / 1000} s:\n${text}`);
    }
    await sleep(100);
  }
  return { url, port, authority: `127.0.0.1:${port}`, root, logFile, userDataDir, extensionsDir, pid: pgid, stop };
}

/**
 * Installs a .vsix into an extensions dir (use the same dir for startCodeServer).
 * @param {string} vsixPath
 * @param {{extensionsDir: string, userDataDir?: string}} opts
 */
export async function installExtension(vsixPath, opts = {}) {
  const { entry } = await ensureCodeServer();
  if (!opts.extensionsDir) throw new Error('installExtension: extensionsDir is required (pass the one given to startCodeServer)');
  const vsix = path.resolve(vsixPath);
  if (!fs.existsSync(vsix)) throw new Error(`vsix not found: ${vsix}`);
  const root = await makeIsolatedRoot();
  try {
    const userDataDir = opts.userDataDir || path.join(root, 'user-data');
    await fsp.mkdir(opts.extensionsDir, { recursive: true });
    const logFile = path.join(root, 'install-extension.log');
    const out = fs.openSync(logFile, 'w');
    const res = await run(process.execPath, [entry, '--user-data-dir', userDataDir, '--extensions-dir', opts.extensionsDir,
      '--install-extension', vsix, '--force'], { cwd: root, env: isolatedEnv(root), stdio: ['ignore', out, out] });
    fs.closeSync(out);
    const text = await tail(logFile);
    if (res.code !== 0 || /Failed Installing|Error:/i.test(text)) {
      throw new Error(`code-server --install-extension ${vsix} failed (${res.code ?? res.signal}):\n${text}`);
    }
    return text.trim();
  } finally {
    await fsp.rm(root, { recursive: true, force: true }).catch(() => {});
  }
}

// `node scripts/editor/code-server.mjs [--install]`: install only (e.g. CI cache warm-up).
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const t0 = Date.now();
  ensureCodeServer().then((r) => {
    console.log(`${r.installed ? 'installed' : 'already installed'}: code-server ${r.version} at ${r.dir} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }, (e) => { console.error(e.message || e); process.exit(1); });
}
