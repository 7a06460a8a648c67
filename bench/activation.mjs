#!/usr/bin/env node
// Extension activation time: dist/client.js loaded in a fresh node process with a stub `vscode`
// module (bench/vscode-stub.mjs), then activate(context) on a fake ExtensionContext.
//
//   node bench/activation.mjs [--client dist/client.js] [--runs 7] [--vsix] [--json]
//
// --vsix also measures the client.js packaged in dist/iot-security-poc-planner.vsix (the minified
// production build that VS Code really loads), extracted to a temp dir (informational).
//
// What is timed, per fresh process, as VS Code's extension host splits it (ExtensionActivationTimes):
//   require    require(dist/client.js): reading, compiling and running the bundle (codeLoadingTime)
//   activate   the synchronous call activate(context) (activateCallTime)
//   settle     awaiting activate's result when it is a promise (activateResolvedTime); ours returns
//              a plain object, so this is ~0. Its `ready` promise (language client start) is NOT
//              awaited: VS Code does not wait for it either.
//   total      require + activate + settle; goal < 50 ms.
//   cpu        process CPU time (user + sys, all threads) over the same span: steadier than wall
//              time on a loaded machine, and higher when V8 compiles on helper threads.
// The stub and the fake context are built before the clock starts. child_process.fork/spawn are
// replaced by a recorder that throws, so the language client's start (which forks dist/server.js
// asynchronously, after activate has returned) spawns nothing; the report says whether and when
// it tried, which shows that start() really ran.
import { execFileSync } from 'node:child_process';
import cp from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stats, formatTable, fmtMs } from './measure.mjs';
import { vscodeStub, fakeContext } from './vscode-stub.mjs';
import { readZipEntry, VSIX_PATH } from './vsix.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(HERE, '..');
export const ACTIVATION_GOAL_MS = 50;

/** Make `require('vscode')` (from any module) return `exports`, without a file on disk. */
function injectVscode(exports) {
  const stubFile = join(REPO_ROOT, 'node_modules', 'vscode', '__bench_stub__.js');
  const resolveFilename = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    return request === 'vscode' ? stubFile : resolveFilename.call(this, request, ...rest);
  };
  const m = new Module(stubFile);
  m.filename = stubFile;
  m.loaded = true;
  m.exports = exports;
  Module._cache[stubFile] = m;
}

/** Replace process-spawning calls by a recorder that throws, so no server process is started. */
function blockSpawns(t0) {
  const attempts = [];
  for (const fn of ['fork', 'spawn', 'execFile', 'exec']) {
    cp[fn] = (file) => {
      attempts.push({ fn, file: String(file), atMs: round(performance.now() - t0()) });
      throw new Error(`bench: ${fn} stubbed, no language server is started`);
    };
  }
  return attempts;
}

const round = (x) => (x == null ? null : Math.round(x * 100) / 100);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Child side: one cold activation; prints a JSON line and exits. */
async function child(clientPath, root) {
  const touched = new Set();
  injectVscode(vscodeStub({ touched }));
  const context = fakeContext(root, touched);
  let t0 = 0;
  const spawns = blockSpawns(() => t0);
  let readyOutcome = 'no ready promise';
  process.on('unhandledRejection', (e) => { readyOutcome = `unhandled rejection: ${e?.message ?? e}`; });
  const require = createRequire(import.meta.url);

  const cpu0 = process.cpuUsage();
  t0 = performance.now();
  const ext = require(clientPath);
  const t1 = performance.now();
  const result = ext.activate(context);
  const t2 = performance.now();
  let settled = 'returned a non-promise';
  if (result && typeof result.then === 'function') {
    try { await result; settled = 'promise resolved'; } catch (e) { settled = `promise rejected: ${e.message}`; }
  }
  const t3 = performance.now();
  const cpu = process.cpuUsage(cpu0);

  // After the clock: let the language client's start run until it tries to spawn the server.
  const ready = result?.ready;
  if (ready && typeof ready.then === 'function') {
    readyOutcome = 'pending';
    ready.then(() => { readyOutcome = 'resolved'; }, (e) => { readyOutcome = `rejected: ${e?.message ?? e}`; });
  }
  for (let waited = 0; !spawns.length && waited < 2000; waited += 10) await sleep(10);
  await sleep(20);
  const out = {
    requireMs: round(t1 - t0),
    activateMs: round(t2 - t1),
    settleMs: round(t3 - t2),
    totalMs: round(t3 - t0),
    cpuMs: round((cpu.user + cpu.system) / 1000),
    settled,
    subscriptions: context.subscriptions.length,
    spawns,
    readyOutcome,
    stubFallbacks: [...touched].sort(),
  };
  process.stdout.write(JSON.stringify(out) + '\n', () => process.exit(0));
}

/**
 * Cold activation in `runs` fresh processes. Returns medians and the details of the first run.
 * @returns {{ status, client, bytes, runs, requireMs, activateMs, settleMs, totalMs: stats, ... }}
 */
export function measureActivation({ client = join(REPO_ROOT, 'dist', 'client.js'), runs = 7, root = REPO_ROOT } = {}) {
  client = resolve(client);
  if (!existsSync(client)) return { status: 'skipped', reason: `${client} not found (npm run build)` };
  const samples = [];
  for (let i = 0; i < runs; i++) {
    let text;
    try {
      text = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', client, root], { encoding: 'utf8', timeout: 30000, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      return { status: 'error', client, error: { message: String(e.stderr || e.message).trim().split('\n').slice(0, 5).join('\n') } };
    }
    samples.push(JSON.parse(text.trim().split('\n').pop()));
  }
  const s = (k) => roundStats(stats(samples.map((x) => x[k])));
  const first = samples[0];
  const code = readFileSync(client, 'utf8');
  return {
    status: 'ok',
    client,
    bytes: statSync(client).size,
    // the packaged build is minified; a dev build (with a source map) is larger and slower to load
    build: code.includes('sourceMappingURL=') ? 'dev (not minified)' : 'production',
    runs,
    requireMs: s('requireMs'),
    activateMs: s('activateMs'),
    settleMs: s('settleMs'),
    totalMs: s('totalMs'),
    cpuMs: s('cpuMs'),
    settled: first.settled,
    subscriptions: first.subscriptions,
    serverSpawn: first.spawns.length ? `stubbed: ${first.spawns[0].fn}(${relative(first.spawns[0].file)}) attempted ${first.spawns[0].atMs} ms after require began` : 'not attempted within 2 s',
    readyOutcome: first.readyOutcome,
    stubFallbacks: first.stubFallbacks,
    goalMs: ACTIVATION_GOAL_MS,
    label: relative(client),
  };
}

/** The same for the client.js inside the .vsix (extracted to a temp dir, removed afterwards). */
export function measurePackagedActivation({ vsix = VSIX_PATH, runs = 7 } = {}) {
  if (!existsSync(vsix)) return { status: 'skipped', reason: `${vsix} not found` };
  const code = readZipEntry(vsix, 'extension/dist/client.js');
  if (!code) return { status: 'error', error: { message: `${vsix} has no extension/dist/client.js` } };
  const dir = mkdtempSync(join(tmpdir(), 'pocplan-vsix-client-'));
  try {
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'client.js'), code);
    return { ...measureActivation({ client: join(dir, 'dist', 'client.js'), runs }), label: 'client.js from the .vsix', vsix };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const relative = (f) => (f.startsWith(REPO_ROOT + '/') ? f.slice(REPO_ROOT.length + 1) : f);
function roundStats(st) {
  return Object.fromEntries(Object.entries(st).map(([k, v]) => [k, k === 'n' ? v : round(v)]));
}

/** Rows for formatTable. */
export function activationRows(r) {
  if (r.status !== 'ok') return [['activation', 'status'], ['dist/client.js', `${r.status}: ${r.reason ?? r.error?.message}`]];
  return [
    [`activation (${r.runs} fresh processes)`, 'median ms', 'min', 'max'],
    [`require(${r.label})`, fmtMs(r.requireMs.median), fmtMs(r.requireMs.min), fmtMs(r.requireMs.max)],
    ['activate() call', fmtMs(r.activateMs.median), fmtMs(r.activateMs.min), fmtMs(r.activateMs.max)],
    [`await result (${r.settled})`, fmtMs(r.settleMs.median), fmtMs(r.settleMs.min), fmtMs(r.settleMs.max)],
    [`total [goal < ${r.goalMs} ms]`, fmtMs(r.totalMs.median), fmtMs(r.totalMs.min), fmtMs(r.totalMs.max)],
    ['  process CPU during total (user+sys, all threads)', fmtMs(r.cpuMs.median), fmtMs(r.cpuMs.min), fmtMs(r.cpuMs.max)],
  ];
}

export function activationNotes(r) {
  if (r.status !== 'ok') return '';
  return [
    `client: ${r.label}, ${(r.bytes / 1024).toFixed(0)} KiB, ${r.build}; ${r.subscriptions} subscriptions registered`,
    `language server: ${r.serverSpawn}; ready: ${r.readyOutcome}`,
    `vscode APIs served by the generic no-op stub: ${r.stubFallbacks.length ? r.stubFallbacks.join(', ') : 'none'}`,
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (n, d) => (args.includes(`--${n}`) ? args[args.indexOf(`--${n}`) + 1] : d);
  if (args[0] === '--child') {
    await child(args[1], args[2]);
  } else {
    const runs = Number(opt('runs', '7'));
    const r = measureActivation({ client: opt('client', join(REPO_ROOT, 'dist', 'client.js')), runs });
    const packaged = args.includes('--vsix') ? measurePackagedActivation({ runs }) : null;
    if (args.includes('--json')) console.log(JSON.stringify({ ...r, packaged }, null, 1));
    else for (const x of [r, packaged].filter(Boolean)) console.log(`${formatTable(activationRows(x))}\n${activationNotes(x)}\n`);
    process.exitCode = r.status === 'ok' && r.totalMs.median < ACTIVATION_GOAL_MS ? 0 : 1;
  }
}
