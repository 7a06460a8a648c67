#!/usr/bin/env node
// `npm run demo`: build, check every example plan (ours and ../shared/examples) and show the
// findings, render each plan to an HTML document in demo-output/, and package the .vsix.
// Exits non-zero when a plan's findings differ from its `# expect:` line or a step fails.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
process.chdir(root);
const bold = (s) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);
const step = (s) => console.log(`\n${bold(`== ${s}`)}`);

step('Build');
execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });

const dirs = ['examples', path.join('..', 'shared', 'examples')].filter((d) => fs.existsSync(d));
const plans = dirs.flatMap((d) => fs.readdirSync(d).filter((f) => /\.pocplan\.ya?ml$/.test(f)).sort().map((f) => path.join(d, f)));

step(`Check ${plans.length} example plans`);
let mismatches = 0;
for (const plan of plans) {
  const expect = (/^# expect:(.*)$/m.exec(fs.readFileSync(plan, 'utf8'))?.[1] ?? '').trim().split(/\s+/).filter(Boolean).sort();
  const text = spawnSync(process.execPath, ['dist/cli.js', 'check', plan], { encoding: 'utf8' });
  const json = JSON.parse(spawnSync(process.execPath, ['dist/cli.js', 'check', '--format', 'json', plan], { encoding: 'utf8' }).stdout);
  const got = [...new Set(json.files.flatMap((f) => f.diagnostics).filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => d.code))].sort();
  const ok = got.join(' ') === expect.join(' ');
  if (!ok) mismatches++;
  console.log(`\n${bold(plan)}  ${ok ? 'as expected' : `UNEXPECTED: expected [${expect.join(' ')}], got [${got.join(' ')}]`}`);
  process.stdout.write(text.stdout.replace(/^/gm, '  '));
}

const renderAvailable = spawnSync(process.execPath, ['dist/cli.js', 'render', '--help'], { encoding: 'utf8' }).status === 0;
if (renderAvailable) {
  step('Render plan documents to demo-output/');
  fs.mkdirSync('demo-output', { recursive: true });
  for (const plan of plans) {
    const out = path.join('demo-output', path.basename(plan).replace(/\.pocplan\.ya?ml$/, '.html'));
    const r = spawnSync(process.execPath, ['dist/cli.js', 'render', '--format', 'html', '-o', out, plan], { encoding: 'utf8' });
    if (r.status !== 0) { console.error(r.stderr); process.exit(1); }
    console.log(`  ${out}`);
  }
}

step('Package the extension');
execFileSync('npm', ['run', '--silent', 'package'], { stdio: 'inherit' });
const vsix = 'dist/iot-security-poc-planner.vsix';
console.log(`  ${vsix} (${(fs.statSync(vsix).size / 1024).toFixed(0)} KB)`);

if (mismatches) {
  console.error(`\n${mismatches} plan(s) did not give their expected findings.`);
  process.exit(1);
}
console.log(`\n${bold('Demo complete.')} Open demo-output/*.html in a browser, or install the .vsix in VS Code.`);
