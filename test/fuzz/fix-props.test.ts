/**
 * The long run of test/fix-props.ts: `npm run fuzz` (FUZZ_RUNS, default 2,000 mutated plans here;
 * FUZZ_SEED to replay, random otherwise and printed).
 */
import fc from 'fast-check';
import { checkFixProperties, describeViolations, mutatedSeedArb, newPropStats } from '../fix-props';
import { KNOWN_EXCEPTIONS } from '../fix-exceptions';

describe('quick fixes: close the class (long run)', function () {
  this.timeout(0);

  it('FUZZ_RUNS mutated plans: every fix and Fix all hold every property', () => {
    const numRuns = Math.max(1, Math.round(Number(process.env.FUZZ_RUNS ?? 10_000) / 5));
    const seed = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : Date.now() % 2_147_483_647;
    process.stdout.write(`      fix properties: ${numRuns} runs, seed ${seed} (replay with FUZZ_SEED=${seed})\n`);
    const stats = newPropStats();
    const t0 = Date.now();
    fc.assert(fc.property(mutatedSeedArb, (m) => {
      const vs = checkFixProperties(m.text, KNOWN_EXCEPTIONS, stats, { maxDiagnostics: 12 });
      if (vs.length) throw new Error(`${m.label}\n${describeViolations(vs)}`);
    }), { numRuns, seed });
    process.stdout.write(`      fix properties: ${stats.plans} plans, ${stats.fixes} fixes, ${stats.fixAll} Fix all, known exceptions ${JSON.stringify([...stats.exceptions])} in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  });
});
