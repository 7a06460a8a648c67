#!/usr/bin/env node
// Whole comparison for "Performance: faster than yaml-language-server".
//
//   node bench/run.mjs [--sizes 1k,10k,100k] [--edits 30] [--repeat 5] [--limit-ms 60000]
//                      [--ours dist/server.js] [--ours-settings '{"pocplan":{}}'] [--no-ours]
//                      [--schema schemas/pocplan.schema.json] [--small 200] [--no-small]
//                      [--faults] [--regen] [--out bench/results.json] [--quick]
//                      [--no-cli] [--cli-plans 200] [--no-render] [--no-activation] [--activation-runs 7]
//                      [--no-vsix] [--vsix-rebuild]
//
// Rows, per plan size (fresh server process per measurement):
//   floor          in-process `yaml` CST parse (bench/floor.mjs) — the cost of reading the text
//   lsp-floor      bench/floor-server.mjs: stdio + framing + CST + empty versioned publish
//   yaml-ls        yaml-language-server 1.25.0 with our JSON schema (bench/ylsp.mjs)
//   ours           node dist/server.js --stdio, languageId pocplan (skipped if not built)
// Ratios are yaml-ls / ours (> 1 means ours is faster) and ours / lsp-floor (overhead).
// --faults also measures the -faults plans and checks that ours reports every injected code
// in its FIRST publish for the version (so a fast partial publish cannot pass as "done").
// After the LSP runs: the .vsix size (built with `npm run package` if missing), extension activation
// (bench/activation.mjs), `pocplan check` on the small plans (bench/cli.mjs) and rendering the 10k
// plan to HTML (bench/render.mjs). Last, the issue #6 targets table (bench/targets.mjs).

import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { writeBenchData, SIZES } from './generate.mjs';
import { measureLsp, aggregateRuns, measureBurst, formatTable, fmtMs } from './measure.mjs';
import { ylspServerSpec, planFile, DATA_DIR, YLS_VALIDATION_DELAY_MS } from './ylsp.mjs';
import { REPO_ROOT } from './standin-schema.mjs';
import { measureCli, cliRows, smallPlans } from './cli.mjs';
import { measureRender, renderRows } from './render.mjs';
import { measureActivation, measurePackagedActivation, activationRows, activationNotes } from './activation.mjs';
import { measureVsix, vsixRows, vsixNote } from './vsix.mjs';
import { computeTargets, targetRows, targetSummary } from './targets.mjs';

const args = process.argv.slice(2);
const has = (n) => args.includes(`--${n}`);
const opt = (n, d) => (has(n) ? args[args.indexOf(`--${n}`) + 1] : d);
const quick = has('quick');
const sizes = opt('sizes', quick ? '1k,10k' : '1k,10k,100k').split(',');
const edits = Number(opt('edits', quick ? '10' : '30'));
const repeat = Number(opt('repeat', quick ? '1' : '5'));
const limitMs = Number(opt('limit-ms', '60000'));
const nSmall = has('no-small') ? 0 : Number(opt('small', '200'));
const oursPath = resolve(REPO_ROOT, opt('ours', 'dist/server.js'));
const outFile = resolve(opt('out', join(REPO_ROOT, 'bench', 'results.json')));
// the CLI target is about 200 plans in one process, whatever --small says for the LSP burst
const cliPlans = Number(opt('cli-plans', '200'));
const activationRuns = Number(opt('activation-runs', '7'));
const log = (m) => process.stderr.write(`${m}\n`);

// ---- data ----
const needData = has('regen') || (!has('no-render') && !existsSync(planFile('10k'))) || sizes.some((s) => !existsSync(planFile(s)) || !existsSync(planFile(s, true))) || ((nSmall > 0 || !has('no-cli')) && smallPlans(Math.max(nSmall, cliPlans)).length < Math.max(nSmall, cliPlans));
if (needData) {
  log('generating bench/.data ...');
  writeBenchData({ sizes: [...new Set([...Object.keys(SIZES), ...sizes])], small: Math.max(nSmall, cliPlans, 200) });
}

// ---- servers ----
const ylsp = ylspServerSpec({ schema: opt('schema') });
const servers = [
  { key: 'lsp-floor', name: 'lsp-floor', cmd: process.execPath, args: [join(REPO_ROOT, 'bench', 'floor-server.mjs'), '--stdio'], languageId: 'pocplan', versioned: true, debounceMs: 0 },
  { key: 'yaml-ls', ...ylsp },
];
let oursSkipped = null;
if (has('no-ours')) oursSkipped = 'disabled with --no-ours';
else if (!existsSync(oursPath)) oursSkipped = `${oursPath} not found (run the build first: npm run build)`;
else {
  servers.push({
    key: 'ours',
    name: 'ours',
    cmd: process.execPath,
    // The Node options the VS Code client starts the server with (server/src/exec-argv.json).
    args: [...JSON.parse(readFileSync(join(REPO_ROOT, 'server', 'src', 'exec-argv.json'), 'utf8')).execArgv, oursPath, '--stdio'],
    languageId: 'pocplan',
    versioned: true,
    debounceMs: 0,
    settings: JSON.parse(opt('ours-settings', '{}')),
    async setup(client) {
      client.didChangeConfiguration();
      await client.roundTrip();
    },
  });
}
if (oursSkipped) log(`SKIP ours: ${oursSkipped}`);

// codes injected into a -faults plan (bench/.data/plan-*-faults.faults.json)
function expectedCodes(file) {
  const f = file.replace(/\.pocplan\.yaml$/, '.faults.json');
  if (!existsSync(f)) return [];
  return [...new Set(JSON.parse(readFileSync(f, 'utf8')).map((x) => x.code))].sort();
}
function codeCheck(file, diags) {
  const expected = expectedCodes(file);
  const got = new Set(diags.map((d) => String(d.code ?? '')));
  const sev = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };
  const bySeverity = {};
  for (const d of diags) bySeverity[sev[d.severity ?? 1]] = (bySeverity[sev[d.severity ?? 1]] ?? 0) + 1;
  const codes = {};
  for (const d of diags) codes[d.code] = (codes[d.code] ?? 0) + 1;
  return { expected, missing: expected.filter((c) => !got.has(c)), bySeverity, codes };
}

const machine = { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model, totalMemMiB: Math.round(totalmem() / 2 ** 20), platform: process.platform, loadavgStart: loadavg() };
const results = {
  date: new Date().toISOString(),
  machine,
  settings: { sizes, edits, repeat, limitMs, ylspDebounceMs: YLS_VALIDATION_DELAY_MS },
  schema: ylsp.schema,
  floor: {},
  lsp: {},
  small: {},
  ours: oursSkipped ? { skipped: oursSkipped } : { path: oursPath },
};

// floor in a separate process (its 100k heaps would otherwise sit in this client's heap)
log(`floor ${sizes.join(',')} ...`);
results.floor = JSON.parse(execFileSync(process.execPath, [join(REPO_ROOT, 'bench', 'floor.mjs'), '--json', '--sizes', sizes.join(','), ...(has('no-ours') ? ['--no-ours'] : [])], { encoding: 'utf8', maxBuffer: 1 << 24 }));

const variants = has('faults') ? [false, true] : [false];
for (const size of sizes) {
  for (const faults of variants) {
    const label = `${size}${faults ? '-faults' : ''}`;
    const file = planFile(size, faults);
    const text = readFileSync(file, 'utf8');
    results.lsp[label] = {};
    // Round robin: every server's i-th run comes before any server's (i+1)-th, so the ratios
    // between servers compare runs made minutes apart at most, under the same machine load.
    const rounds = text.length > 1e6 ? 1 : repeat;
    const runsOf = new Map(servers.map((s) => [s.key, []]));
    for (let i = 0; i < rounds; i++) {
      for (const s of servers) {
        const runs = runsOf.get(s.key);
        if (runs.some((r) => r.status !== 'ok')) continue; // a timeout will not get better on the next try
        log(`${s.key} ${label} run ${i + 1}/${rounds} ...`);
        runs.push(await measureLsp({ ...s, file, text, edits, openTimeoutMs: limitMs, editTimeoutMs: limitMs, editBudgetMs: limitMs }));
      }
    }
    for (const s of servers) {
      const r = aggregateRuns(runsOf.get(s.key));
      // only our server is expected to find the injected mistakes (the others lack the rules)
      if (r.openDiagnostics && s.key === 'ours') r.check = codeCheck(file, r.openDiagnostics);
      delete r.openDiagnostics;
      r.debounceMs = s.debounceMs ?? 0;
      results.lsp[label][s.key] = r;
      log(`  ${r.status} open=${r.open?.ms} ms edit p50=${r.edits?.median} p95=${r.edits?.p95} (n=${r.edits?.n}) peak=${r.memory?.peakMiB} MiB${r.error ? ' ' + r.error.message : ''}`);
    }
  }
}

// ---- 200 small plans opened at once ----
if (nSmall > 0) {
  const dir = join(DATA_DIR, 'small');
  const files = readdirSync(dir).filter((f) => f.endsWith('.pocplan.yaml')).sort().slice(0, nSmall).map((f) => join(dir, f));
  for (const s of servers) {
    log(`${s.key} burst-open ${files.length} small plans ...`);
    results.small[s.key] = await measureBurst(s, files, { timeoutMs: limitMs });
  }
}

// ---- .vsix, activation, CLI, render: after the LSP runs, so nothing competes with them ----
// The .vsix comes first: building it rewrites dist/ (and restores it), activation then loads dist/client.js.
function part(flag, what, measure) {
  if (has(`no-${flag}`)) return { status: 'skipped', reason: `disabled with --no-${flag}` };
  log(`${what} ...`);
  const r = measure();
  if (r.status !== 'ok') log(`  ${r.status}: ${r.reason ?? r.error?.message}`);
  return r;
}
results.vsix = part('vsix', '.vsix size', () => measureVsix({ build: has('vsix-rebuild') ? 'always' : 'if-missing' }));
results.activation = part('activation', `activation x${activationRuns}`, () => measureActivation({ runs: activationRuns }));
if (results.activation.status === 'ok' && results.vsix.status === 'ok') results.activationPackaged = measurePackagedActivation({ vsix: results.vsix.path, runs: activationRuns });
results.cli = part('cli', `pocplan check on ${cliPlans} small plans`, () => measureCli({ files: smallPlans(cliPlans) }));
results.render = part('render', 'pocplan render 10k to HTML', () => measureRender({ file: planFile('10k') }));
results.targets = computeTargets(results);

// ---- report ----
const ratio = (a, b) => (a == null || b == null || b === 0 ? null : `${(a / b).toFixed(a / b >= 10 ? 0 : 1)}x`);
const rows = [['plan', 'server', 'open ms', 'edit p50', 'edit p95', 'reopen', 'open cpu', 'edit cpu', 'peak MiB', 'pubs/sends', 'diags']];
const ratioRows = [['plan', 'open yaml-ls/ours', 'edit p50 yaml-ls/ours', 'edit p95 yaml-ls/ours', 'mem yaml-ls/ours', 'open ours/lsp-floor', 'edit ours/lsp-floor']];
for (const [label, byServer] of Object.entries(results.lsp)) {
  const fl = results.floor[label];
  if (fl) rows.push([label, 'floor: yaml CST (parseDocument)', `${fmtMs(fl.cst.median)} (${fmtMs(fl.parseDocument.median)})`, null, null, null, null, null, null, null, null]);
  if (fl?.ours) rows.push([label, 'in-process: ours check (no LSP)', fmtMs(fl.ours.median), null, null, null, null, null, null, null, `${fl.ours.diagnostics}`]);
  for (const [key, r] of Object.entries(byServer)) {
    if (r.status !== 'ok') {
      rows.push([label, key, `${r.status}${r.error?.limitMs ? ` >${r.error.limitMs / 1000}s` : ''} (${r.error?.phase})`, null, null, null, null, null, r.memory?.peakMiB, null, null]);
      continue;
    }
    const missing = r.check?.missing?.length ? ` MISSING ${r.check.missing.join(',')}` : '';
    rows.push([label, key + (r.debounceMs ? ` (incl. ${r.debounceMs} ms debounce)` : ''), fmtMs(r.open.ms), fmtMs(r.edits.median), fmtMs(r.edits.p95), fmtMs(r.reopen?.ms), fmtMs(r.open.cpuMs), fmtMs(r.edits.cpuMsPerEdit), `${r.memory?.peakMiB}`, r.publishes ? `${r.publishes.publishes}/${r.publishes.sends}` : null, `${r.open.diagnostics}${missing}`]);
  }
  const y = byServer['yaml-ls'], o = byServer.ours, f = byServer['lsp-floor'];
  if (o?.status === 'ok') {
    const ok = y?.status === 'ok';
    ratioRows.push([
      label,
      ok ? ratio(y.open.ms, o.open.ms) : y ? `${y.status} vs ${fmtMs(o.open.ms)} ms` : null,
      ok ? ratio(y.edits.median, o.edits.median) : null,
      ok ? ratio(y.edits.p95, o.edits.p95) : null,
      ok ? ratio(y.memory.peakMiB, o.memory.peakMiB) : null,
      f?.status === 'ok' ? ratio(o.open.ms, f.open.ms) : null,
      f?.status === 'ok' ? ratio(o.edits.median, f.edits.median) : null,
    ]);
  }
}
console.log(`\nschema for yaml-ls: ${ylsp.schema.path}${ylsp.schema.standin ? ' (STAND-IN)' : ''}`);
machine.loadavgEnd = loadavg();
console.log(`machine: ${machine.cpuModel}, ${machine.cpus} cpus, node ${machine.node}, load avg ${machine.loadavgStart.map((x) => x.toFixed(2)).join(' ')} -> ${machine.loadavgEnd.map((x) => x.toFixed(2)).join(' ')}; edits=${edits}, repeat=${repeat} (100k: 1), limit ${limitMs / 1000} s`);
console.log('open/edit ms = wall clock to the matching publish; cpu = server CPU time (user+sys, all threads; 10 ms ticks) per open / per edit\n');
console.log(formatTable(rows));
if (ratioRows.length > 1) console.log('\n' + formatTable(ratioRows));
else console.log(`\nours: skipped — ${oursSkipped ?? 'no successful run'}`);
if (Object.keys(results.small).length) {
  const sr = [[`${Object.values(results.small)[0].files} small plans opened at once`, 'all diagnosed ms', 'per-file p50', 'per-file p95', 'peak MiB']];
  for (const [k, r] of Object.entries(results.small)) {
    sr.push([k, r.status === 'ok' ? fmtMs(r.totalMs) : r.status, fmtMs(r.perFile?.median), fmtMs(r.perFile?.p95), `${r.memory?.peakMiB}`]);
  }
  console.log('\n' + formatTable(sr));
}
for (const [r, rowsOf] of [[results.cli, cliRows], [results.render, renderRows]]) if (r.status !== 'skipped') console.log('\n' + formatTable(rowsOf(r)));
for (const r of [results.activation, results.activationPackaged]) if (r && r.status !== 'skipped') console.log(`\n${formatTable(activationRows(r))}\n${activationNotes(r)}`);
if (results.vsix.status !== 'skipped') console.log(`\n${formatTable(vsixRows(results.vsix))}\n${vsixNote(results.vsix)}`);
console.log(`\nissue #6 targets\n${formatTable(targetRows(results.targets))}`);
console.log(`\n${targetSummary(results.targets)}`);
// samples are kept in results.json for later statistics
writeFileSync(outFile, JSON.stringify(results, null, 1) + '\n');
console.log(`wrote ${outFile}`);
