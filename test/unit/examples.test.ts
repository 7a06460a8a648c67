import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, ROOT } from '../cli-harness';

/** Every plan whose header has `# expect: codes` must give exactly those error/warning codes. */
function plansWithExpectations(dir: string): Array<{ file: string; expect: string[] }> {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => /\.pocplan\.ya?ml$/.test(f)).sort().map((f) => {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    const m = /^# expect:(.*)$/m.exec(text);
    return { file: path.join(dir, f), expect: m ? m[1]!.trim().split(/\s+/).filter(Boolean).sort() : [] };
  });
}

const dirs = [path.join(ROOT, 'examples'), path.resolve(ROOT, '..', 'shared', 'examples')];

describe('example plans give exactly their expected codes', () => {
  for (const dir of dirs) {
    for (const { file, expect } of plansWithExpectations(dir)) {
      it(path.relative(path.dirname(ROOT), file), () => {
        const r = cli(['check', '--format', 'json', file]);
        const json = JSON.parse(r.stdout) as { files: Array<{ diagnostics: Array<{ code: string; severity: string }> }> };
        const got = [...new Set(json.files.flatMap((f) => f.diagnostics).filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => d.code))].sort();
        assert.deepEqual(got, expect);
        const hasErrors = json.files.some((f) => f.diagnostics.some((d) => d.severity === 'error'));
        assert.equal(r.code, hasErrors ? 1 : 0, r.stderr);
      });
    }
  }

  it('the repository has a clean plan for every configuration pattern', () => {
    const names = fs.readdirSync(path.join(ROOT, 'examples'));
    for (const p of ['1', '2', '3', '4', '5-1', '5-2']) assert.ok(names.some((n) => n.startsWith(`pattern-${p}-`)), `pattern ${p}`);
  });
});
