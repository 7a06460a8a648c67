#!/usr/bin/env node
// Prepares the workspace folder the in-editor suite opens: test/fixtures/editor/.
//   - copies examples/*.pocplan.yaml and examples/devices/ into test/fixtures/editor/examples/
//     (fresh copies each run, so the suite can never alter the real examples and never sees a
//     stale copy), keeping the relative CSV paths the plans use;
//   - removes test/fixtures/editor/.vscode/ that an interrupted run may have left (the suite writes
//     workspace settings there while it switches `pocplan.language`).
// The committed fixtures next to them (e.g. tap-enforcement.pocplan.yaml) stay as they are.
// Usage: node scripts/editor/prepare-fixtures.mjs   (prints the folder)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURE_DIR = path.join(repo, 'test', 'fixtures', 'editor');

export function prepareFixtures() {
  const src = path.join(repo, 'examples');
  const dest = path.join(FIXTURE_DIR, 'examples');
  fs.rmSync(dest, { recursive: true, force: true });
  fs.rmSync(path.join(FIXTURE_DIR, '.vscode'), { recursive: true, force: true });
  fs.mkdirSync(dest, { recursive: true });
  let plans = 0;
  for (const name of fs.readdirSync(src)) {
    const from = path.join(src, name);
    if (/\.pocplan\.ya?ml$/.test(name)) { fs.copyFileSync(from, path.join(dest, name)); plans++; }
    else if (fs.statSync(from).isDirectory()) fs.cpSync(from, path.join(dest, name), { recursive: true });
  }
  if (!plans) throw new Error(`no example plans in ${src}`);
  return { dir: FIXTURE_DIR, plans };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { dir, plans } = prepareFixtures();
  console.log(`${path.relative(process.cwd(), dir) || dir}: ${plans} example plans copied`);
}
