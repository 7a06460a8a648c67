#!/usr/bin/env node
// `npm run test:nvim`: Neovim (headless, Debian's 0.7) attaches to `dist/server.js --stdio` for every
// example plan (examples/*.pocplan.yaml and test/fixtures/editor/*.pocplan.yaml) through
// test/nvim/run-smoke.mjs, and the errors and warnings it receives must be exactly the codes on the
// plan's `# expect:` line (info and hint findings may come on top). Proof that a plain LSP client,
// not only the VS Code one, gets the server's diagnostics.
// Usage: node test/nvim/run-examples.mjs [plan ...]     Exit: 0 all pass, 1 a plan failed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const SMOKE = path.join(here, 'run-smoke.mjs');

const plansIn = (dir) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.pocplan\.ya?ml$/.test(f)).sort().map((f) => path.join(dir, f)) : []);
const plans = process.argv.length > 2
  ? process.argv.slice(2).map((p) => path.resolve(p))
  : [...plansIn(path.join(repo, 'examples')), ...plansIn(path.join(repo, 'test', 'fixtures', 'editor'))];

const t0 = Date.now();
let failed = 0;
for (const plan of plans) {
  const m = /^# expect:(.*)$/m.exec(fs.readFileSync(plan, 'utf8'));
  if (!m) { console.log(`skip ${path.relative(repo, plan)}: no # expect: line`); continue; }
  const expect = m[1].trim().split(/\s+/).filter(Boolean).sort();
  // --subset: the expected codes must arrive; the exact error/warning set is checked below.
  const r = spawnSync(process.execPath, [SMOKE, plan, '--expect', expect.join(','), '--subset'], { cwd: repo, encoding: 'utf8' });
  const json = r.stdout.slice(0, r.stdout.lastIndexOf('\nnvim-smoke:') + 1);
  let problems = '';
  if (r.status !== 0) {
    problems = (r.stderr || r.stdout).trim();
  } else {
    const result = JSON.parse(json);
    const got = [...new Set(result.lsp.filter((d) => d.severity === 1 || d.severity === 2).map((d) => String(d.code)))].sort();
    if (got.join(' ') !== expect.join(' ')) problems = `errors/warnings [${got.join(' ')}] != expected [${expect.join(' ')}]`;
  }
  const name = path.relative(repo, plan);
  if (problems) { failed++; console.log(`FAIL ${name}\n  ${problems.replace(/\n/g, '\n  ')}`); }
  else console.log(`ok   ${name}  [${expect.join(' ') || 'no errors or warnings'}]  (${/(\d+) ms in nvim/.exec(r.stdout)?.[1] ?? '?'} ms in nvim)`);
}
console.log(`\ntest:nvim: ${plans.length - failed}/${plans.length} plans passed through Neovim's LSP client in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
process.exit(failed ? 1 : 0);
