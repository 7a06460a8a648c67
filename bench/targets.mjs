// The targets of issue #6, checked against one run's results (the object run.mjs writes to
// bench/results.json). Every row comes from numbers measured in that run; a part that was not run
// (a --no-… flag, a size left out, a failed server) is "not measured", never a guess.
//
//   computeTargets(results) -> [{ id, target, value, measured, limit, pass: true|false|null, note }]
//   targetRows(targets), targetSummary(targets)

const fx = (x, d = 2) => (x == null || !Number.isFinite(x) ? null : x.toFixed(d));
const ms = (x) => (x == null ? '-' : `${Math.round(x)} ms`);
const ok = (r) => r?.status === 'ok';

/** A row; `pass` is null when `value` could not be measured (`why` says why). */
function row(id, target, limit, value, passes, measured, note, why) {
  if (value == null || !Number.isFinite(value)) return { id, target, limit, value: null, measured: `not measured${why ? ` (${why})` : ''}`, pass: null, note: '' };
  return { id, target, limit, value, measured, pass: passes(value), note: note ?? '' };
}

function lspWhy(results, label, ...keys) {
  const byServer = results.lsp?.[label];
  if (!byServer) return `${label} not in --sizes`;
  const bad = keys.find((k) => !ok(byServer[k]));
  return bad ? `${bad}: ${byServer[bad]?.status ?? results.ours?.skipped ?? 'not run'}` : null;
}

export function computeTargets(results) {
  const l10 = results.lsp?.['10k'] ?? {};
  const o10 = ok(l10.ours) ? l10.ours : null;
  const y10 = ok(l10['yaml-ls']) ? l10['yaml-ls'] : null;
  const f10 = ok(l10['lsp-floor']) ? l10['lsp-floor'] : null;
  const t = [];

  // 1. yaml-ls's open includes its fixed 200 ms debounce: that is what a user waits for
  const r1 = o10 && y10 ? o10.open.ms / y10.open.ms : null;
  t.push(row(1, 'open 10k: ours / yaml-ls', '<= 0.50', r1, (v) => v <= 0.5, `${fx(r1)} (${ms(o10?.open.ms)} / ${ms(y10?.open.ms)})`,
    'yaml-ls incl. its 200 ms debounce', lspWhy(results, '10k', 'ours', 'yaml-ls')));

  // 2. the LSP floor = stdio + CST parse + empty publish; in-process ratio is informational
  const r2 = o10 && f10 ? o10.open.ms / f10.open.ms : null;
  const fl = results.floor?.['10k'];
  const inproc = fl?.ours && fl?.cst ? `in-process: ours check / yaml CST = ${fx(fl.ours.median / fl.cst.median)} (${ms(fl.ours.median)} / ${ms(fl.cst.median)}), info only` : 'in-process ratio not measured';
  t.push(row(2, 'open 10k: ours / lsp-floor', '<= 1.30', r2, (v) => v <= 1.3, `${fx(r2)} (${ms(o10?.open.ms)} / ${ms(f10?.open.ms)})`, inproc, lspWhy(results, '10k', 'ours', 'lsp-floor')));

  // 3. an edit should cost a fraction of an open
  const r3 = o10 ? o10.edits.median / o10.open.ms : null;
  t.push(row(3, 'edit 10k: ours edit p50 / ours open', '<= 0.30', r3, (v) => v <= 0.3, `${fx(r3)} (${ms(o10?.edits.median)} / ${ms(o10?.open.ms)})`, `edit p95 ${ms(o10?.edits.p95)}`, lspWhy(results, '10k', 'ours')));

  // 4. cost per line at 100k vs 10k, and memory at 100k: both must hold
  const o100 = ok(results.lsp?.['100k']?.ours) ? results.lsp['100k'].ours : null;
  const lines = (label) => results.floor?.[label]?.lines;
  const perLine = o100 && o10 && lines('100k') && lines('10k') ? (o100.open.ms / lines('100k')) / (o10.open.ms / lines('10k')) : null;
  const peak = o100?.memory?.peakMiB ?? null;
  const r4 = perLine != null && peak != null ? perLine : null;
  t.push(row(4, '100k: per-line open cost vs 10k; peak memory', '<= 1.15; < 250 MiB', r4, (v) => v <= 1.15 && peak < 250,
    `${fx(perLine)}; ${peak} MiB`, o100 ? `open 100k ${ms(o100.open.ms)}` : '', lspWhy(results, '100k', 'ours') ?? lspWhy(results, '10k', 'ours')));

  // 5. CLI: one process, 200 small plans, start-up included
  const cli = ok(results.cli) ? results.cli : null;
  const pps = cli?.endToEnd.plansPerS ?? null;
  const cliNote = cli ? `${cli.plans} plans in ${ms(cli.endToEnd.ms)} (start-up ${ms(cli.endToEnd.startupMs)})` + (ok(cli.inProcess) ? `; in-process warm ${Math.round(cli.inProcess.warmPlansPerS)}/s` : '') + (cli.plans < 200 ? '; FEWER than 200 plans' : '') : '';
  t.push(row(5, 'CLI: small plans per second (end to end)', '>= 200/s', pps, (v) => v >= 200, `${Math.round(pps)}/s`, cliNote, results.cli?.reason ?? results.cli?.error?.message ?? 'not run'));

  // 6. render: the end-to-end CLI time is the one held against the goal
  const rend = ok(results.render) ? results.render : null;
  const rp = rend?.inProcess;
  t.push(row(6, `render ${rend?.lines ?? '10k'}-line plan to HTML (CLI, end to end)`, '< 1000 ms', rend?.endToEnd.ms ?? null, (v) => v < 1000, ms(rend?.endToEnd.ms),
    ok(rp) ? `in-process: parse ${ms(rp.parseMs)} + check ${ms(rp.checkMs)} + render ${ms(rp.renderFirstMs)} (warm ${ms(rp.renderWarmMs)})` : '', results.render?.reason ?? results.render?.error?.message ?? 'not run'));

  // 7. activation: require + activate() until it returns/settles, median of fresh processes
  const act = ok(results.activation) ? results.activation : null;
  const pk = results.activationPackaged;
  t.push(row(7, 'extension activation (require + activate)', '< 50 ms', act?.totalMs.median ?? null, (v) => v < 50, ms(act?.totalMs.median),
    act ? `cpu ${ms(act.cpuMs.median)}, min ${ms(act.totalMs.min)}; ${act.build}` + (ok(pk) ? `; packaged client ${ms(pk.totalMs.median)}` : '') : '', results.activation?.reason ?? results.activation?.error?.message ?? 'not run'));

  // 8. package size
  const vsix = ok(results.vsix) ? results.vsix : null;
  t.push(row(8, '.vsix size', '< 2 MiB', vsix ? vsix.bytes / 2 ** 20 : null, (v) => v < 2, `${fx(vsix?.MiB)} MiB`,
    vsix ? (vsix.stale ? 'STALE: sources changed after it was built (--vsix-rebuild)' : vsix.built ? 'built in this run' : `built ${vsix.builtAt}`) : '', results.vsix?.reason ?? results.vsix?.error?.message ?? 'not run'));
  return t;
}

export function targetRows(targets) {
  const rows = [['#', 'target', 'measured', 'limit', 'result', 'note']];
  for (const x of targets) rows.push([`${x.id}`, x.target, x.measured, x.limit, x.pass == null ? 'n/a' : x.pass ? 'PASS' : 'FAIL', x.note]);
  return rows;
}

/** e.g. "targets: 6/8 met (1 not measured)". */
export function targetSummary(targets) {
  const met = targets.filter((x) => x.pass === true).length;
  const na = targets.filter((x) => x.pass == null).length;
  return `targets: ${met}/${targets.length} met${na ? ` (${na} not measured)` : ''}`;
}
