#!/usr/bin/env node
// Plan-document speed: a 10,000-line plan rendered to HTML. Goal: under 1 s.
//
//   npm run build && node bench/render.mjs [--file bench/.data/plan-10k.pocplan.yaml] [--runs 3] [--repeat 5] [--json]
//   npm run build && node bench/render.mjs --lines 10000 [--seed 1]     # generate a plan into a temp dir first
//
// end to end  `node dist/cli.js render --format html -o OUT FILE`: a fresh process (start-up, read,
//             parse, check with the CSV lists, render, write), spawn to exit; median of `runs`.
//             This is the number held against the goal.
// in-process  the same steps as the CLI, from the tsc output (out/server/src/...), in the calling
//             process: parse, check, then renderPlan (document model + HTML) once cold and
//             `repeat` times warm (median).
// The workspace folder is the plan's own folder, as the CLI picks it for a plan outside the
// current directory; CSV lists are read from disk through the CLI's node host.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePlanFiles } from './generate.mjs';
import { stats, formatTable, fmtMs } from './measure.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
export const RENDER_GOAL_MS = 1000;
const round = (x) => (x == null ? null : Math.round(x * 100) / 100);

/** `pocplan render --format html -o` in `runs` fresh processes; the output must be a non-empty file. */
function endToEnd(cli, file, runs) {
  const dir = mkdtempSync(join(tmpdir(), 'pocplan-render-bench-'));
  try {
    const out = join(dir, 'plan.html');
    const times = [];
    for (let i = 0; i < runs; i++) {
      rmSync(out, { force: true });
      const t = performance.now();
      const r = spawnSync(process.execPath, [cli, 'render', '--format', 'html', '-o', out, file], { cwd: dir, encoding: 'utf8', timeout: 120000 });
      times.push(performance.now() - t);
      if (r.error || r.status !== 0) throw new Error(`pocplan render exited ${r.status}: ${r.error?.message ?? r.stderr.trim().split('\n')[0]}`);
    }
    const bytes = existsSync(out) ? statSync(out).size : 0;
    if (!bytes) throw new Error('pocplan render wrote no output');
    return { ms: round(stats(times).median), runs: times.map(round), htmlBytes: bytes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The CLI's render path, step by step, in this process. */
function inProcess(file, repeat) {
  const lib = (p) => join(ROOT, 'out', 'server', 'src', p);
  if (!existsSync(lib('service/render/index.js'))) return { status: 'skipped', reason: 'out/server/src not found (npm run build runs tsc -b)' };
  const require = createRequire(import.meta.url);
  const { createPlanService, mergeSettings } = require(lib('service/index.js'));
  const { renderPlan, renderLang } = require(lib('service/render/index.js'));
  const { createNodeHost, pathToUri } = require(lib('node/host.js'));
  const text = readFileSync(file, 'utf8');
  const folder = pathToUri(dirname(file));
  const service = createPlanService({ host: { ...createNodeHost({ folders: () => [] }), workspaceFolder: () => folder } });
  const uri = pathToUri(file);
  const t0 = performance.now();
  const parsed = service.parse(uri, text);
  const lang = renderLang(parsed);
  const t1 = performance.now();
  const result = service.check(uri, text, mergeSettings({ lang }));
  const t2 = performance.now();
  const times = [];
  let bytes = 0;
  for (let i = 0; i < repeat + 1; i++) {
    const t = performance.now();
    bytes = renderPlan(parsed, result, { format: 'html', lang }).length;
    times.push(performance.now() - t);
  }
  return { status: 'ok', parseMs: round(t1 - t0), checkMs: round(t2 - t1), renderFirstMs: round(times[0]), renderWarmMs: round(stats(times.slice(1)).median), htmlChars: bytes, diagnostics: result.diagnostics.length };
}

/**
 * Measure one plan file (its CSV lists next to it, as bench/generate.mjs writes them).
 * @returns {{ status, file, lines, endToEnd: { ms, htmlBytes }, inProcess: { parseMs, checkMs, renderFirstMs, renderWarmMs } }}
 */
export function measureRender({ file = join(ROOT, 'bench', '.data', 'plan-10k.pocplan.yaml'), runs = 3, repeat = 5, cli = join(ROOT, 'dist', 'cli.js') } = {}) {
  file = resolve(file);
  if (!existsSync(cli)) return { status: 'skipped', reason: `${cli} not found (npm run build)` };
  if (!existsSync(file)) return { status: 'skipped', reason: `${file} not found (node bench/generate.mjs)` };
  const lines = readFileSync(file, 'utf8').split('\n').length;
  try {
    return { status: 'ok', file, lines, goalMs: RENDER_GOAL_MS, endToEnd: endToEnd(cli, file, runs), inProcess: inProcess(file, repeat) };
  } catch (e) {
    return { status: 'error', file, lines, error: { message: e.message } };
  }
}

/** Rows for formatTable. */
export function renderRows(r) {
  if (r.status !== 'ok') return [['render to HTML', 'status'], ['plan', `${r.status}: ${r.reason ?? r.error?.message}`]];
  const e = r.endToEnd, p = r.inProcess;
  const rows = [
    [`render ${r.lines}-line plan to HTML (${(e.htmlBytes / 1e6).toFixed(1)} MB)`, 'ms'],
    [`pocplan render --format html -o, end to end (median of ${e.runs.length}) [goal < ${r.goalMs} ms]`, fmtMs(e.ms)],
  ];
  if (p.status === 'ok') {
    rows.push(['in-process parse', fmtMs(p.parseMs)], ['in-process check (cold)', fmtMs(p.checkMs)]);
    rows.push(['in-process renderPlan, first call', fmtMs(p.renderFirstMs)], [`in-process renderPlan, warm median`, fmtMs(p.renderWarmMs)]);
  } else rows.push(['in-process', p.reason]);
  return rows;
}

/** Standalone --lines: write a generated plan and its CSVs to a temp dir (removed afterwards). */
function withGeneratedPlan(lines, seed, fn) {
  const dir = mkdtempSync(join(tmpdir(), 'pocplan-render-plan-'));
  try {
    const gen = generatePlanFiles({ lines, seed });
    const file = join(dir, 'plan.pocplan.yaml');
    writeFileSync(file, gen.text);
    for (const f of gen.csvFiles) { mkdirSync(dirname(join(dir, f.path)), { recursive: true }); writeFileSync(join(dir, f.path), f.content); }
    return fn(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (n, d) => (args.includes(`--${n}`) ? args[args.indexOf(`--${n}`) + 1] : d);
  const o = { runs: Number(opt('runs', '3')), repeat: Number(opt('repeat', '5')) };
  const r = args.includes('--lines')
    ? withGeneratedPlan(Number(opt('lines')), opt('seed', '1'), (file) => measureRender({ ...o, file }))
    : measureRender({ ...o, file: opt('file', join(ROOT, 'bench', '.data', 'plan-10k.pocplan.yaml')) });
  if (args.includes('--json')) console.log(JSON.stringify(r, null, 1));
  else console.log(formatTable(renderRows(r)));
  process.exitCode = r.status === 'ok' && r.endToEnd.ms < RENDER_GOAL_MS ? 0 : 1;
}
