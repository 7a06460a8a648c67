/**
 * The fast path (cst-tree.ts) against the Composer path of parse.ts: for every text the two must
 * give the same tree, findings and end — the fast path either agrees or declines. Seeds: every
 * example, every fixture, the hostile corpus, hand-written YAML corners, and fast-check mutations.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { Parser } from 'yaml';
import { treeFromCst } from '../../server/src/service/cst-tree';
import { CONSUME_CST_FROM, parseYaml } from '../../server/src/service/parse';
import { warmUpPlan } from '../../server/src/lsp/warm-up';
import { mutatedPlanArb } from '../fuzz-props';
import { caseText, HOSTILE_CASES } from '../hostile-corpus';
import { YAML_CORNERS, yamlFiles } from '../yaml-corners';

const ROOT = path.resolve(__dirname, '..', '..', '..');

function fastTaken(text: string): boolean {
  try {
    return treeFromCst(text, Array.from(new Parser().parse(text.replace(/\r(?!\n)/g, '\n')))) !== undefined;
  } catch {
    return false;
  }
}

/**
 * Both paths agree; returns whether the fast one was taken. (When it declines, parseYaml runs the
 * Composer path itself: nothing to compare, and the Composer's tree past a stack overflow — the
 * hostile 3,000-deep nesting — is not even the same from one call to the next.)
 */
function agree(text: string, what: string): boolean {
  if (!fastTaken(text)) return false;
  assert.deepStrictEqual(parseYaml(text), parseYaml(text, true), `${what}: fast path and Composer differ`);
  return true;
}

describe('parse fast path (tree straight from the CST)', () => {
  it('is taken for every clean example and agrees with the Composer on all of them', () => {
    for (const f of fs.readdirSync(path.join(ROOT, 'examples')).filter((n) => n.endsWith('.pocplan.yaml'))) {
      const text = fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8');
      assert.ok(agree(text, f), `${f} did not take the fast path`);
    }
  });

  it('agrees with the Composer on every fixture', () => {
    for (const f of yamlFiles(path.join(ROOT, 'test', 'fixtures'))) agree(fs.readFileSync(f, 'utf8'), path.relative(ROOT, f));
  });

  it('agrees with the Composer on the hostile corpus', function () {
    this.timeout(60_000);
    for (const c of HOSTILE_CASES) agree(caseText(c), c.name);
  });

  for (const [name, text, taken] of YAML_CORNERS) {
    it(`${name}: ${taken ? 'fast path, same tree' : 'declined, Composer used'}`, () => {
      assert.equal(agree(text, name), taken);
    });
  }

  it('a large plan, whose CST the walk consumes, gives the same tree; declined, it is parsed again', function () {
    this.timeout(60_000);
    let big = warmUpPlan(8);
    for (let n = 16; big.length < CONSUME_CST_FROM; n *= 2) big = warmUpPlan(n);
    assert.ok(agree(big, 'large plan'));
    // An alias near the end: the walk has consumed most of the CST before it declines.
    const withAlias = `${big}x-a: &t 1\nx-b: *t\n`;
    assert.equal(fastTaken(withAlias), false);
    assert.deepStrictEqual(parseYaml(withAlias), parseYaml(withAlias, true));
    assert.equal(parseYaml(withAlias).findings.length, 0);
  });

  it('agrees with the Composer on 1,500 mutated plans (fixed seed)', function () {
    this.timeout(120_000);
    let taken = 0;
    fc.assert(fc.property(mutatedPlanArb, ({ text, label }) => {
      if (agree(text, label)) taken++;
    }), { numRuns: 1500, seed: 20261127 });
    // Most mutations keep the plan within what the fast path handles; if it declined nearly all
    // of them, the comparison above would prove little.
    assert.ok(taken > 300, `fast path taken for only ${taken} of 1500`);
  });
});
