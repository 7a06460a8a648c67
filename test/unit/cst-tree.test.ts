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
import { applyOp, opArb, SEED_PLANS } from '../fuzz-props';
import { caseText, HOSTILE_CASES } from '../hostile-corpus';

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

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...yamlFiles(p));
    else if (/\.ya?ml$/.test(e.name)) out.push(p);
  }
  return out;
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

  const corners: Array<[string, string, boolean]> = [
    ['empty value', 'a:\nb: 1\n', true],
    ['empty value with comment', 'a: # note\nb:\n', true],
    ['empty seq item', 'a:\n  -\n  - # c\n  - x\n', true],
    ['core schema', 'a: [~, null, Null, true, False, 0o17, -12, 0x1F, .inf, -.Inf, .nan, 1e3, 2.50, 10.2, "1", \'x\', 1_000]\n', true],
    ['flow map', 'snmp: { version: v3, readOnly: true, }   # trailing\n', true],
    ['flow map empty value', 'a: {b: }\n', true],
    ['nested flow', 'a: [[1, 2], {b: [c]}]\n', true],
    ['block scalars', 'a: |\n  one\n  two\nb: >-\n  folded\n  text\n\nc: end\n', true],
    ['multi-line plain', 'a: one\n  two\n  three\nb: x\n', true],
    ['quoted escapes', 'a: "tab\\tand \\u00e9"\nb: \'it\'\'s\'\n', true],
    ['duplicate and merge keys', 'a: 1\na: 2\n"a": 3\n1: x\n"1": y\n<<: z\n"<<": w\n', true],
    ['comments everywhere', '# head\na: # c1\n  # c2\n  b: 1 # c3\n  # c4\nc:\n  - 1 # c5\n# tail\n', true],
    ['document start', '---\na: 1\n', true],
    ['document start and end', '---\na: 1\n...\n', false],
    ['comment without space', 'a: [1]#x\n', false],
    ['root comment only', '# nothing\n', false],
    ['anchor and alias', 'a: &x 1\nb: *x\n', false],
    ['tag', 'a: !!str 1\n', false],
    ['explicit key', '? a\n: 1\n', false],
    ['tab indent', 'a:\n\tb: 1\n', false],
    ['two documents', 'a: 1\n---\nb: 2\n', false],
    ['bad indent', 'a:\n    b: 1\n  c: 2\n', false],
    ['missing value', 'a\nb: 1\n', false],
    ['compact nested map', 'a: b: c\n', false],
    ['unclosed flow', 'a: [1, 2\nb: 3\n', false],
    ['CRLF', 'a: 1\r\nb:\r\n  - x\r\n', true],
    ['lone CR', 'a: 1\rb: 2\r', true],
    ['BOM', '\uFEFFa: 1\n', true],
  ];
  for (const [name, text, taken] of corners) {
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
    fc.assert(fc.property(fc.integer({ min: 0, max: SEED_PLANS.length - 1 }), fc.array(opArb, { minLength: 1, maxLength: 4 }), (seed, ops) => {
      let text = SEED_PLANS[seed]!.text;
      for (const op of ops) text = applyOp(text, op);
      if (agree(text, JSON.stringify(ops).slice(0, 200))) taken++;
    }), { numRuns: 1500, seed: 20261127 });
    // Most mutations keep the plan within what the fast path handles; if it declined nearly all
    // of them, the comparison above would prove little.
    assert.ok(taken > 300, `fast path taken for only ${taken} of 1500`);
  });
});
