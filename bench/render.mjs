#!/usr/bin/env node
// Plan-document speed: a generated 10,000-line plan (bench/generate.mjs) rendered to HTML.
//
//   npm run build && node bench/render.mjs [--lines 10000] [--seed 1] [--repeat 5]
//
// Prints: the in-process render time (document model + HTML, after a check), first call (cold JIT)
// and the median of warm calls; the check time; and `pocplan render --format html -o` end to end
// (a fresh process: start-up, read, parse, check, render, write). Goal: render under 1 s.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generatePlanFiles } from './generate.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const arg = (name, def) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? Number(process.argv[i + 1]) : def; };
const lines = arg('lines', 10_000); const seed = arg('seed', 1); const repeat = arg('repeat', 5);

const { createPlanService, mergeSettings } = require(join(ROOT, 'out/server/src/service/index.js'));
const { renderPlan, renderLang } = require(join(ROOT, 'out/server/src/service/render/index.js'));

const dir = mkdtempSync(join(tmpdir(), 'pocplan-render-bench-'));
try {
  const gen = generatePlanFiles({ lines, seed });
  const planFile = join(dir, 'plan.pocplan.yaml');
  writeFileSync(planFile, gen.text);
  for (const f of gen.csvFiles) { mkdirSync(dirname(join(dir, f.path)), { recursive: true }); writeFileSync(join(dir, f.path), f.content); }
  const files = new Map(gen.csvFiles.map((f) => [pathToFileURL(join(dir, f.path)).href, f.content]));
  const service = createPlanService({ host: { readFile: (u) => files.get(u), workspaceFolder: () => pathToFileURL(dir).href + '/' } });
  const uri = pathToFileURL(planFile).href;
  const parsed = service.parse(uri, gen.text);
  const lang = renderLang(parsed);
  const t0 = performance.now();
  const result = service.check(uri, gen.text, mergeSettings({ lang }));
  const checkMs = performance.now() - t0;
  const times = [];
  let bytes = 0;
  for (let i = 0; i < repeat + 1; i++) {
    const t = performance.now();
    bytes = renderPlan(parsed, result, { format: 'html', lang }).length;
    times.push(performance.now() - t);
  }
  const cold = times[0]; const warm = times.slice(1).sort((a, b) => a - b)[Math.floor(repeat / 2)];
  const out = join(dir, 'plan.html');
  const t1 = performance.now();
  execFileSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'render', '--format', 'html', '-o', out, planFile]);
  const cliMs = performance.now() - t1;
  const s = gen.stats;
  console.log(`plan: ${s.lines} lines, ${s.firewalls} firewalls, ${s.sites} sites, ${s.segments} segments; HTML ${(bytes / 1e6).toFixed(1)} MB`);
  console.log(`render (model + HTML): first ${cold.toFixed(0)} ms, warm median ${warm.toFixed(0)} ms  [goal < 1000 ms]`);
  console.log(`check: ${checkMs.toFixed(0)} ms;  pocplan render -o (new process, end to end): ${cliMs.toFixed(0)} ms`);
  process.exitCode = cold < 1000 ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
