/**
 * Fixed-seed fuzzing inside `npm test`: a few hundred mutated plans (and CSVs) through each
 * property of test/fuzz-props.ts, one `it` per property so a failure names its owner. The long,
 * random-seed run is `npm run fuzz` (test/fuzz/fuzz.test.ts); a failure there prints the seed,
 * and the counterexample can be replayed with FUZZ_SEED.
 */
import * as assert from 'node:assert/strict';
import { runFuzz } from '../fuzz-props';

const SEED = 20_260_607;
const RUNS = 300;

describe('fuzzing the language service (fixed seed)', function () {
  this.timeout(60_000);

  it(`check: no exception, every range inside its plan or CSV, same text same result (${RUNS} inputs)`, () => {
    const stats = runFuzz({ numRuns: RUNS, seed: SEED, options: { check: true, actions: false, editing: false, actionDiagnostics: 0, actionsApplied: 0 } });
    assert.equal(stats.inputs, RUNS);
    assert.ok(stats.diagnostics > RUNS, 'the mutations produce diagnostics');
  });

  it(`code actions: edits in bounds, a parsing plan still parses, comments outside the edits survive (${RUNS} inputs)`, function () {
    const stats = runFuzz({ numRuns: RUNS, seed: SEED, options: { check: false, actions: true, editing: false, actionDiagnostics: 2, actionsApplied: 4 } });
    // Feature-detected: before the code-action API exists on the service there is nothing to apply.
    if (!stats.codeActionsApi) this.skip();
    assert.ok(stats.actionsApplied > RUNS, `${stats.actionsApplied} actions applied`);
  });

  it(`editing features (completion, hover, outline, navigation, inlay hints) never throw (${RUNS} inputs)`, () => {
    runFuzz({ numRuns: RUNS, seed: SEED, options: { check: false, actions: false, editing: true, actionDiagnostics: 0, actionsApplied: 0 } });
  });
});
