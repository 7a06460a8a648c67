/**
 * lex-cst.ts against the library's Parser: wherever it does not decline, the CST it builds from the
 * Lexer must be the Parser's, token for token (types, offsets, indents, sources, and where every
 * space, comment and line break is attached). Seeds: every example, every fixture, the hostile
 * corpus, the YAML corners, block-structure corners below, generated plans and fast-check mutations.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { Parser } from 'yaml';
import { cstFromLexer } from '../../server/src/service/lex-cst';
import { parseYaml } from '../../server/src/service/parse';
import { warmUpPlan } from '../../server/src/lsp/warm-up';
import { mutatedPlanArb } from '../fuzz-props';
import { caseText, HOSTILE_CASES } from '../hostile-corpus';
import { YAML_CORNERS, yamlFiles } from '../yaml-corners';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/**
 * Where two plain-data trees first differ (own keys, values, array lengths), or undefined. Iterative:
 * the hostile corpus nests 3,000 deep, past what assert.deepStrictEqual's recursion survives.
 */
function firstDifference(a: unknown, b: unknown): string | undefined {
  const work: Array<[unknown, unknown, string]> = [[a, b, '$']];
  while (work.length) {
    const [x, y, at] = work.pop()!;
    if (x === y) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null || Array.isArray(x) !== Array.isArray(y)) {
      return `${at}: ${JSON.stringify(x)?.slice(0, 80)} != ${JSON.stringify(y)?.slice(0, 80)}`;
    }
    const kx = Object.keys(x).sort();
    const ky = Object.keys(y).sort();
    if (kx.join() !== ky.join()) return `${at}: keys ${kx.join()} != ${ky.join()}`;
    for (const k of kx) work.push([(x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k], `${at}.${k}`]);
  }
  return undefined;
}

/** Both agree; returns whether lex-cst.ts took the text (undefined = declined, nothing to compare). */
function same(text: string, what: string): boolean {
  const mine = cstFromLexer(text);
  if (!mine) return false;
  const diff = firstDifference(mine, Array.from(new Parser().parse(text)));
  assert.equal(diff, undefined, `${what}: CST differs from the Parser's at ${diff}`);
  return true;
}

describe('CST from the Lexer (lex-cst.ts)', () => {
  it('takes every example and gives the Parser\'s CST', () => {
    for (const f of fs.readdirSync(path.join(ROOT, 'examples')).filter((n) => n.endsWith('.pocplan.yaml'))) {
      assert.ok(same(fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8'), f), `${f} was declined`);
    }
  });

  it('takes generated plans of every size the warm-up and the bench use', () => {
    for (const n of [1, 8, 64]) assert.ok(same(warmUpPlan(n), `warmUpPlan(${n})`));
  });

  it('agrees with the Parser on every fixture and the hostile corpus', function () {
    this.timeout(60_000);
    for (const f of yamlFiles(path.join(ROOT, 'test', 'fixtures'))) same(fs.readFileSync(f, 'utf8'), path.relative(ROOT, f));
    for (const c of HOSTILE_CASES) same(caseText(c), c.name);
  });

  it('agrees with the Parser on the YAML corners', () => {
    for (const [name, text] of YAML_CORNERS) same(text.replace(/\r(?!\n)/g, '\n'), name);
  });

  const blocks: Array<[string, string, boolean]> = [
    ['seq at the key\'s indent', 'a:\n- x\n- y: 1\n  z: 2\nb: 3\n', true],
    ['compact maps in a seq', 'l:\n  - id: a   # c\n    v: [1, "x"]\n  -   c:\n\n    d: \'q\'\n', true],
    ['trailing comments at several depths', 'a:\n  b:\n    c: 1\n    # in c\n  # in b\n# in root\n\n# tail\n', true],
    ['indented comment after a value', 'a: 1\n    # more indented\nb: 2\n', true],
    ['empty values then blank lines', 'a:\n\n\nb:\n  # x\n\nc:\n', true],
    ['block scalars', 'a: |\n  one\n  two\nb: >-\n  folded\n\nc: |+\n  keep\n\n', true],
    ['multi-line plain and quoted', 'a: one\n  two\nb: "x\n  y"\nc: \'p\n  q\'\n', true],
    ['flow collections', 'a: [1, [2, 3], {b: c}, ]\nd: {e: [f], g: }\n', true],
    ['flow across lines', 'a: [\n  1,\n  2 # c\n]\n', true],
    ['seq of seqs', '- - a\n  - b\n- c\n', true],
    ['root scalar', 'just text\n', true],
    ['document start', '--- # c\na: 1\n', true],
    ['key on the same line as ---', '--- a: 1\n', true],
    ['nested map on one line', 'a: b: c\n', true],
    ['seq on the key line', 'a: - b\n', false],
    ['empty key', ': x\n', false],
    ['anchor', 'a: &x 1\n', false],
    ['alias', 'a: *x\n', false],
    ['tag', 'a: !t 1\n', false],
    ['explicit key', '? a\n: 1\n', false],
    ['document end', 'a: 1\n...\n', false],
    ['directive', '%YAML 1.2\n---\na: 1\n', false],
    ['two documents', 'a: 1\n---\nb: 2\n', false],
    ['flow key', '[a]: 1\n', false],
    ['unclosed flow', 'a: [1, 2\nb: 3\n', false],
    ['dedented root', '  a: 1\nb: 2\n', false],
  ];
  for (const [name, text, taken] of blocks) {
    it(`${name}: ${taken ? 'taken, the Parser\'s CST' : 'declined'}`, () => {
      assert.equal(same(text, name), taken);
    });
  }

  it('declines, never throws, when a dedent closes 20,000 levels at once (stack overflow)', () => {
    const text = `${'- '.repeat(20_000)}x\n- y\n`;
    assert.equal(cstFromLexer(text), undefined);
    // The library's Parser overflows too: parse.ts reports it as a finding.
    assert.deepEqual(parseYaml(text).findings.map((f) => f.code), ['yaml.syntax']);
    assert.ok(same(`${'- '.repeat(2_000)}x\n- y\n`, '2,000 levels'));
  });

  it('parseYaml gives the same result with or without it', () => {
    for (const [name, text] of [...YAML_CORNERS, ...blocks]) {
      assert.deepStrictEqual(parseYaml(text), parseYaml(text, true), name);
    }
  });

  it('agrees with the Parser on 2,000 mutated plans (fixed seed)', function () {
    this.timeout(120_000);
    let taken = 0;
    fc.assert(fc.property(mutatedPlanArb, ({ text, label }) => {
      if (same(text, label)) taken++;
    }), { numRuns: 2000, seed: 20261128 });
    // Mutations that leave the subset are declined; if nearly all were, this would prove little.
    assert.ok(taken > 600, `taken for only ${taken} of 2000`);
  });
});
