// Server-agnostic LSP latency/memory measurement, shared by ylsp.mjs, run.mjs and anything else.
//
//   const r = await measureLsp({
//     name: 'ours', cmd: process.execPath, args: ['dist/server.js', '--stdio'],
//     languageId: 'pocplan', file: 'bench/.data/plan-10k.pocplan.yaml',
//     edits: 30, versioned: true,
//   });
//
// One fresh server process per call (so memory numbers belong to that file alone):
//   spawn -> initialize/initialized -> setup(client) (server-specific configuration + barrier)
//   -> didOpen v1, wait for its diagnostics            = open.ms   (cold: includes schema load, JIT)
//   -> `edits` one-character didChange edits, each waiting for its diagnostics = edit samples
//   -> didClose, barrier, didOpen again                = reopen.ms (warm)
//   -> VmHWM / VmRSS from /proc/<pid>/status -> shutdown.
// Edits alternate "append x to a value in the middle of the file" / "delete it", so the text
// stays valid and its size constant. Incremental edits are sent when the server asks for
// incremental sync, full text otherwise.

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileUri, procMemory, startServer } from './lsp-client.mjs';

export function stats(samples) {
  if (!samples.length) return { n: 0, median: null, p95: null, min: null, max: null, mean: null };
  const s = [...samples].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]; // nearest rank
  const median = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { n: s.length, median, p95: q(0.95), min: s[0], max: s[s.length - 1], mean: s.reduce((a, b) => a + b, 0) / s.length };
}

/** Pick the line to edit: a `name:` line (site name) near the middle, else the middle line. */
export function editTarget(text) {
  const lines = text.split('\n');
  const mid = Math.floor(lines.length / 2);
  for (let d = 0; d < lines.length; d++) {
    for (const i of [mid + d, mid - d]) {
      if (i >= 0 && i < lines.length && /^\s+name: \S/.test(lines[i]) && !lines[i].includes('#')) {
        return { line: i, character: lines[i].length };
      }
    }
  }
  return { line: mid, character: lines[mid].length };
}

/** Apply an LSP range edit to text (single-line range, UTF-16 offsets, enough for our edits). */
function applyEdit(text, { range, text: insert }) {
  const lines = text.split('\n');
  const l = lines[range.start.line];
  lines[range.start.line] = l.slice(0, range.start.character) + insert + l.slice(range.end.character);
  return lines.join('\n');
}

const round = (x, d = 1) => (x == null ? null : Math.round(x * 10 ** d) / 10 ** d);
const mib = (kib) => (kib == null ? null : round(kib / 1024, 1));

/**
 * @param {object} o
 * @param {string} o.name                 label
 * @param {string} o.cmd
 * @param {string[]} o.args
 * @param {string} o.languageId
 * @param {string} o.file                 plan path (its directory becomes rootUri)
 * @param {object} [o.settings]           answered to workspace/configuration
 * @param {object} [o.initializationOptions]
 * @param {(client) => Promise<void>} [o.setup]   after initialize, before didOpen
 * @param {(client, uri, openResult) => Promise<object|void>} [o.verify]  after the open; returned object lands in result.verify
 * @param {number} [o.edits=30]
 * @param {number} [o.openTimeoutMs=60000]
 * @param {number} [o.editTimeoutMs=60000]     per edit
 * @param {number} [o.editBudgetMs=60000]      stop editing once this much time was spent on edits
 * @param {boolean} [o.versioned=false]       server puts `version` in publishDiagnostics (require it to match)
 * @param {(diags, publish) => boolean} [o.predicate]
 * @param {boolean} [o.reopen=true]
 * @param {'pipe'|'inherit'|'ignore'} [o.stderr]
 * @param {(msg: string) => void} [o.log]
 */
export async function measureLsp(o) {
  const file = resolve(o.file);
  const text = o.text ?? readFileSync(file, 'utf8');
  const uri = fileUri(file);
  const log = o.log ?? (() => {});
  const result = {
    server: o.name,
    file,
    lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0),
    bytes: Buffer.byteLength(text),
    status: 'ok',
    initMs: null,
    open: null,
    edits: null,
    reopen: null,
    memory: null,
  };
  const tSpawn = performance.now();
  const client = startServer(o.cmd, o.args ?? [], {
    settings: o.settings,
    initializationOptions: o.initializationOptions,
    rootUri: o.rootUri ?? fileUri(dirname(file)),
    stderr: o.stderr ?? 'pipe',
    env: o.env,
    cwd: o.cwd,
  });
  result.pid = client.pid;
  const fail = async (phase, e) => {
    const mem = procMemory(client.pid);
    result.memory = mem && { peakMiB: mib(mem.vmHWMKiB), rssMiB: mib(mem.vmRSSKiB), at: phase };
    result.status = e.timeout ? 'timeout' : 'error';
    result.error = { phase, message: e.message, limitMs: e.timeoutMs ?? null, stderr: client.stderr().slice(-2000) || undefined };
    await client.kill();
    return result;
  };
  try {
    result.serverInfo = (await client.initialize()).serverInfo ?? null;
    result.initMs = round(performance.now() - tSpawn);
    if (o.setup) await o.setup(client);
  } catch (e) {
    return fail('initialize', e);
  }
  result.syncKind = client.syncKind();
  const waitOpts = (version, timeoutMs) => ({
    version,
    requireVersion: !!o.versioned,
    predicate: o.predicate,
    timeoutMs,
  });

  // ---- open (cold) ----
  log(`${o.name}: open ${result.lines} lines`);
  let openRes;
  const cpu0 = client.cpuMs();
  try {
    client.open(uri, o.languageId, text, 1);
    openRes = await client.waitForDiagnostics(uri, waitOpts(1, o.openTimeoutMs ?? 60000));
  } catch (e) {
    return fail('open', e);
  }
  const cpu1 = client.cpuMs();
  result.open = { ms: round(openRes.ms), cpuMs: cpu0 == null ? null : round(cpu1 - cpu0), diagnostics: openRes.diagnostics.length, skippedPublishes: openRes.skipped };
  result.openDiagnostics = openRes.diagnostics;
  if (o.verify) {
    try {
      result.verify = (await o.verify(client, uri, openRes)) ?? null;
    } catch (e) {
      return fail('verify', e);
    }
  }

  // ---- one-character edits ----
  const nEdits = o.edits ?? 30;
  const budget = o.editBudgetMs ?? 60000;
  const target = editTarget(text);
  let cur = text;
  const samples = [];
  const diagCounts = [];
  let skipped = 0;
  const tEdits = performance.now();
  let budgetHit = false;
  for (let i = 0; i < nEdits; i++) {
    if (performance.now() - tEdits > budget) {
      budgetHit = true;
      break;
    }
    const version = i + 2;
    const insert = i % 2 === 0;
    const change = insert
      ? { range: { start: target, end: target }, text: 'x' }
      : { range: { start: target, end: { line: target.line, character: target.character + 1 } }, text: '' };
    cur = applyEdit(cur, change);
    const contentChanges = result.syncKind === 2 ? [change] : [{ text: cur }];
    try {
      client.change(uri, version, contentChanges);
      const r = await client.waitForDiagnostics(uri, waitOpts(version, o.editTimeoutMs ?? 60000));
      samples.push(r.ms);
      diagCounts.push(r.diagnostics.length);
      skipped += r.skipped;
    } catch (e) {
      result.edits = { ...roundStats(stats(samples)), samples: samples.map((x) => round(x)), aborted: e.message };
      return fail('edit', e);
    }
  }
  const cpu2 = client.cpuMs();
  result.edits = {
    ...roundStats(stats(samples)),
    cpuMsPerEdit: cpu1 == null || !samples.length ? null : round((cpu2 - cpu1) / samples.length),
    requested: nEdits,
    budgetMs: budget,
    budgetHit,
    samples: samples.map((x) => round(x)),
    diagnostics: diagCounts.length ? diagCounts[diagCounts.length - 1] : null,
    skippedPublishes: skipped,
    line: target.line,
  };

  // ---- warm re-open ----
  if (o.reopen !== false) {
    try {
      client.close(uri);
      await client.roundTrip(); // any "cleared on close" publish has arrived before we reopen
      client.open(uri, o.languageId, text, 1);
      const r = await client.waitForDiagnostics(uri, waitOpts(1, o.openTimeoutMs ?? 60000));
      result.reopen = { ms: round(r.ms), diagnostics: r.diagnostics.length };
    } catch (e) {
      return fail('reopen', e);
    }
  }

  const mem = client.memory();
  result.memory = mem && { peakMiB: mib(mem.vmHWMKiB), rssMiB: mib(mem.vmRSSKiB) };
  // chattiness: more publishes than sends (+1 for a "cleared on close" publish) means the server
  // publishes several times per version (e.g. a fast partial pass, then the full one). Only the
  // first matching publish is timed, so check `check`/diagnostic counts when this is > sends + 1.
  await new Promise((r) => setTimeout(r, o.settleMs ?? 300));
  result.publishes = client.counts(uri);
  result.serverRequests = { ...client.stats.serverRequests };
  try {
    await client.shutdown();
  } catch {
    await client.kill();
  }
  return result;
}

function roundStats(s) {
  return Object.fromEntries(Object.entries(s).map(([k, v]) => [k, k === 'n' ? v : round(v)]));
}

/** Plain-text table: rows of arrays (first row = header). Right-aligns numeric-looking cells. */
export function formatTable(rows) {
  const str = rows.map((r) => r.map((c) => (c == null ? '-' : String(c))));
  const w = str[0].map((_, i) => Math.max(...str.map((r) => (r[i] ?? '').length)));
  const line = (r) => r.map((c, i) => (/^[\d.,x×%~<>+-]+( ?(ms|MiB|s))?$/.test(c) && i > 0 ? c.padStart(w[i]) : c.padEnd(w[i]))).join('  ');
  return [line(str[0]), w.map((x) => '-'.repeat(x)).join('  '), ...str.slice(1).map(line)].join('\n');
}

export const fmtMs = (x) => (x == null ? null : x >= 100 ? `${Math.round(x)}` : x >= 10 ? x.toFixed(1) : x.toFixed(2));

/**
 * Run measureLsp `repeat` times (fresh server each time) and merge: open/reopen = median over
 * runs, edit samples pooled, memory = the highest peak. `runs` keeps the per-run numbers.
 */
export async function measureLspRepeated(o, repeat = 1) {
  const runs = [];
  for (let i = 0; i < repeat; i++) {
    const r = await measureLsp(o);
    runs.push(r);
    if (r.status !== 'ok') break; // a timeout will not get better on the next try
  }
  return aggregateRuns(runs);
}

/**
 * One result from several `measureLsp` runs of the same server and plan: median open, reopen and
 * CPU, edit samples pooled, the highest peak memory; the first failed run if any failed.
 */
export function aggregateRuns(runs) {
  const ok = runs.filter((r) => r.status === 'ok');
  if (ok.length < runs.length || !ok.length) {
    const bad = runs.find((r) => r.status !== 'ok');
    return { ...bad, runs: runs.map(slim) };
  }
  const first = ok[0];
  const pooled = ok.flatMap((r) => r.edits.samples);
  const med = (xs) => stats(xs).median;
  return {
    ...first,
    open: { ...first.open, ms: round(med(ok.map((r) => r.open.ms))), cpuMs: round(med(ok.map((r) => r.open.cpuMs ?? NaN))), runs: ok.map((r) => r.open.ms) },
    edits: {
      ...first.edits,
      ...roundStats(stats(pooled)),
      cpuMsPerEdit: round(med(ok.map((r) => r.edits.cpuMsPerEdit ?? NaN))),
      samples: pooled,
      budgetHit: ok.some((r) => r.edits.budgetHit),
    },
    reopen: first.reopen && { ...first.reopen, ms: round(med(ok.map((r) => r.reopen.ms))) },
    initMs: round(med(ok.map((r) => r.initMs))),
    memory: { peakMiB: Math.max(...ok.map((r) => r.memory?.peakMiB ?? 0)), rssMiB: Math.max(...ok.map((r) => r.memory?.rssMiB ?? 0)) },
    repeat: ok.length,
    runs: runs.map(slim),
  };
}

function slim(r) {
  return { status: r.status, initMs: r.initMs, openMs: r.open?.ms, openCpuMs: r.open?.cpuMs, editCpuMs: r.edits?.cpuMsPerEdit, editMedian: r.edits?.median, editP95: r.edits?.p95, reopenMs: r.reopen?.ms, peakMiB: r.memory?.peakMiB, error: r.error };
}

/**
 * Burst: one server, open all `files` at once (as when a workspace is restored), and time
 * until every one of them has received its first diagnostics.
 * @returns {{ files, totalMs, perFile: stats, memory, status }}
 */
export async function measureBurst(o, files, { timeoutMs = 120000 } = {}) {
  const client = startServer(o.cmd, o.args ?? [], {
    settings: o.settings,
    initializationOptions: o.initializationOptions,
    rootUri: o.rootUri ?? fileUri(dirname(resolve(files[0]))),
    stderr: o.stderr ?? 'pipe',
  });
  const out = { server: o.name, files: files.length, status: 'ok' };
  try {
    await client.initialize();
    if (o.setup) await o.setup(client);
    const docs = files.map((f) => ({ uri: fileUri(resolve(f)), text: readFileSync(f, 'utf8') }));
    const t0 = performance.now();
    const waits = [];
    for (const d of docs) {
      client.open(d.uri, o.languageId, d.text, 1);
      waits.push(client.waitForDiagnostics(d.uri, { version: 1, requireVersion: !!o.versioned, predicate: o.predicate, timeoutMs }));
    }
    const res = await Promise.all(waits);
    out.totalMs = round(performance.now() - t0);
    out.perFile = roundStats(stats(res.map((r) => r.ms)));
    out.diagnostics = res.reduce((a, r) => a + r.diagnostics.length, 0);
  } catch (e) {
    out.status = e.timeout ? 'timeout' : 'error';
    out.error = { message: e.message, limitMs: e.timeoutMs ?? null };
  }
  const mem = client.memory();
  out.memory = mem && { peakMiB: mib(mem.vmHWMKiB), rssMiB: mib(mem.vmRSSKiB) };
  if (out.status === 'ok') await client.shutdown().catch(() => client.kill());
  else await client.kill();
  return out;
}
