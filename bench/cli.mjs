#!/usr/bin/env node
// CLI throughput: `pocplan check` over the small plans (bench/.data/small, ~64 lines each, each
// with its own CSV lists).
//
//   npm run build && node bench/cli.mjs [--small 200] [--runs 3] [--json]
//
// end to end  ONE `node dist/cli.js check --format json FILE...` with every plan on the command line,
//             timed from spawn to exit (process start, bundle load, reading plans and CSVs, checking,
//             printing). plans/s = plans / wall time; goal >= 200 plans/s. The JSON summary must
//             count every plan, so a run that checked nothing cannot pass. Median of `runs`.
// start-up    `node dist/cli.js --version`: process start + bundle load, the fixed cost inside the
//             number above (informational).
// in-process  runCheck() from the tsc output (out/server/src/cli/check.js) on the same files with a
//             capturing io: the first call (cold JIT, schema compile) and the median of warm calls.
//             It runs in the calling process (run.mjs's, when called from there).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stats, formatTable, fmtMs } from './measure.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(HERE, '..');
export const CLI_GOAL_PLANS_PER_S = 200;
const round = (x) => (x == null ? null : Math.round(x * 100) / 100);

/** The first `n` small plans, sorted by name. */
export function smallPlans(n = 200, dir = join(REPO_ROOT, 'bench', '.data', 'small')) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.pocplan.yaml')).sort().slice(0, n).map((f) => join(dir, f));
}

/** Wall time of one CLI process, spawn to exit. */
function timeProcess(cli, args) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 1 << 26, timeout: 120000 });
  return { ms: performance.now() - t, status: r.status, stdout: r.stdout, stderr: r.stderr, error: r.error };
}

/** End to end: `runs` processes, each checking all `files`. */
function endToEnd(cli, files, runs) {
  const times = [];
  let summary = null;
  for (let i = 0; i < runs; i++) {
    const r = timeProcess(cli, ['check', '--format', 'json', '--no-color', ...files]);
    // exit 1 only means "errors found"; 2 is bad usage or an unreadable file
    if (r.error || (r.status !== 0 && r.status !== 1)) throw new Error(`pocplan check exited ${r.status}: ${r.error?.message ?? r.stderr.trim().split('\n')[0]}`);
    summary = JSON.parse(r.stdout).summary;
    if (summary.files !== files.length) throw new Error(`pocplan check reported ${summary.files} plans, expected ${files.length}`);
    times.push(r.ms);
  }
  const startup = [];
  for (let i = 0; i < runs; i++) startup.push(timeProcess(cli, ['--version']).ms);
  const ms = stats(times).median;
  return { ms: round(ms), runs: times.map(round), plansPerS: round(files.length / (ms / 1000)), startupMs: round(stats(startup).median), summary };
}

/** In-process: runCheck from out/ (tsc output of the same sources as dist/cli.js). */
function inProcess(files, warmRuns) {
  const checkJs = join(REPO_ROOT, 'out', 'server', 'src', 'cli', 'check.js');
  if (!existsSync(checkJs)) return { status: 'skipped', reason: `${checkJs} not found (npm run build runs tsc -b)` };
  const { runCheck } = createRequire(import.meta.url)(checkJs);
  const io = { stdout() {}, stderr() {}, cwd: () => REPO_ROOT, isTTY: false, env: {} };
  const once = () => {
    const t = performance.now();
    const code = runCheck(files, { format: 'json', color: false }, io, '0.0.0-bench');
    if (code === 2) throw new Error('runCheck returned 2 (unreadable input)');
    return performance.now() - t;
  };
  const firstMs = once();
  const warm = [];
  for (let i = 0; i < warmRuns; i++) warm.push(once());
  const warmMs = stats(warm).median;
  return { status: 'ok', firstMs: round(firstMs), warmMs: round(warmMs), firstPlansPerS: round(files.length / (firstMs / 1000)), warmPlansPerS: round(files.length / (warmMs / 1000)) };
}

/**
 * @returns {{ status, plans, endToEnd: { ms, plansPerS, startupMs, summary }, inProcess: { firstMs, warmMs, ... } }}
 */
export function measureCli({ files = smallPlans(), runs = 3, cli = join(REPO_ROOT, 'dist', 'cli.js'), inProcessRuns = 5 } = {}) {
  if (!existsSync(cli)) return { status: 'skipped', reason: `${cli} not found (npm run build)` };
  if (!files.length) return { status: 'skipped', reason: 'no small plans (node bench/generate.mjs)' };
  try {
    return { status: 'ok', plans: files.length, goalPlansPerS: CLI_GOAL_PLANS_PER_S, endToEnd: endToEnd(cli, files, runs), inProcess: inProcess(files, inProcessRuns) };
  } catch (e) {
    return { status: 'error', plans: files.length, error: { message: e.message } };
  }
}

/** Rows for formatTable. */
export function cliRows(r) {
  if (r.status !== 'ok') return [['pocplan check', 'status'], ['small plans', `${r.status}: ${r.reason ?? r.error?.message}`]];
  const e = r.endToEnd, p = r.inProcess;
  const rows = [
    [`pocplan check, ${r.plans} small plans`, 'wall ms', 'plans/s'],
    [`one process, end to end (median of ${e.runs.length}) [goal >= ${r.goalPlansPerS}/s]`, fmtMs(e.ms), `${Math.round(e.plansPerS)}`],
    ['  of which start-up (pocplan --version)', fmtMs(e.startupMs), null],
  ];
  if (p.status === 'ok') {
    rows.push(['in-process runCheck, first call', fmtMs(p.firstMs), `${Math.round(p.firstPlansPerS)}`]);
    rows.push(['in-process runCheck, warm median', fmtMs(p.warmMs), `${Math.round(p.warmPlansPerS)}`]);
  } else rows.push(['in-process runCheck', p.reason, null]);
  return rows;
}

// ---------------------------------------------------------------------------------------------
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (n, d) => (args.includes(`--${n}`) ? args[args.indexOf(`--${n}`) + 1] : d);
  const r = measureCli({ files: smallPlans(Number(opt('small', '200'))), runs: Number(opt('runs', '3')) });
  if (args.includes('--json')) console.log(JSON.stringify(r, null, 1));
  else console.log(formatTable(cliRows(r)));
  process.exitCode = r.status === 'ok' && r.endToEnd.plansPerS >= CLI_GOAL_PLANS_PER_S ? 0 : 1;
}
