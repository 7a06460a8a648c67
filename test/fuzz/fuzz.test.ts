/**
 * The long fuzzing run: `npm run fuzz` (FUZZ_RUNS, default 10,000; FUZZ_SEED to replay a failure,
 * random otherwise and printed; FUZZ_PROPS to pick properties). Same properties as the
 * fixed-seed run in npm test.
 */
import * as assert from 'node:assert/strict';
import { runFuzz } from '../fuzz-props';

describe('fuzzing the language service (long run)', function () {
  this.timeout(0);

  it('FUZZ_RUNS mutated plans hold every property', () => {
    const numRuns = Number(process.env.FUZZ_RUNS ?? 10_000);
    const seed = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : Date.now() % 2_147_483_647;
    process.stdout.write(`      fuzz: ${numRuns} runs, seed ${seed} (replay with FUZZ_SEED=${seed})\n`);
    const t0 = Date.now();
    // FUZZ_PROPS=check,actions,editing (all by default) picks the properties.
    const props = new Set((process.env.FUZZ_PROPS ?? 'check,actions,editing').split(','));
    const stats = runFuzz({ numRuns, seed, options: { check: props.has('check'), actions: props.has('actions'), editing: props.has('editing'), actionDiagnostics: 6, actionsApplied: 12 } });
    process.stdout.write(`      fuzz: ${stats.inputs} inputs, ${stats.diagnostics} diagnostics, ${stats.actionsApplied} code actions applied${props.has('actions') && !stats.codeActionsApi ? ' (no code-action API on the service yet)' : ''} in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
    assert.equal(stats.inputs, numRuns);
  });
});
