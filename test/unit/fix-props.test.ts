/**
 * "Close the class" (issue #13): every quick fix of every diagnostic of every fixture and example
 * plan, and of fast-check mutations of them, applied alone — and *Fix all* — keeps the YAML valid,
 * keeps every comment outside its edits, removes its diagnostic (or says it does not) and adds no
 * error or warning. The properties and the inputs are in test/fix-props.ts; this is the fixed-seed
 * run inside npm test. `npm run fuzz` runs more (test/fuzz/fix-props.test.ts).
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { KNOWN_EXCEPTIONS } from '../fix-exceptions';
import { checkFixProperties, describeViolations, mutatedSeedArb, newPropStats, PROP_SEEDS } from '../fix-props';

const SEED = 20_261_213;
const RUNS = 250;

describe('quick fixes: close the class (fixed seed)', function () {
  this.timeout(120_000);
  const seedStats = newPropStats();

  it(`every fix of every fixture and example plan (${PROP_SEEDS.length} plans), and Fix all, holds every property`, () => {
    const failures: string[] = [];
    for (const seed of PROP_SEEDS) {
      const vs = checkFixProperties(seed.text, KNOWN_EXCEPTIONS, seedStats);
      if (vs.length) failures.push(`${seed.name}:\n${describeViolations(vs)}`);
    }
    assert.deepEqual(failures, [], failures.join('\n'));
    assert.ok(seedStats.fixes > 60 && seedStats.fixAll > 2, `${seedStats.fixes} fixes and ${seedStats.fixAll} Fix all checked`);
  });

  it('every known exception still happens (delete the ones that no longer do)', () => {
    for (const e of KNOWN_EXCEPTIONS) assert.ok((seedStats.exceptions.get(e.name) ?? 0) > 0, `"${e.name}" no longer happens on the seeds: delete it from KNOWN_EXCEPTIONS`);
  });

  it(`${RUNS} mutated plans: every fix of their first diagnostics, and Fix all, holds every property`, () => {
    const stats = newPropStats();
    fc.assert(fc.property(mutatedSeedArb, (m) => {
      const vs = checkFixProperties(m.text, KNOWN_EXCEPTIONS, stats, { maxDiagnostics: 6 });
      assert.deepEqual(vs, [], `${m.label}\n${describeViolations(vs)}`);
    }), { numRuns: RUNS, seed: SEED });
    assert.ok(stats.fixes > RUNS, `${stats.fixes} fixes applied`);
  });
});
