import * as assert from 'node:assert/strict';
import { startWarmUp, warmUpPlan } from '../../../server/src/lsp/warm-up';
import { createPlanService, mergeSettings } from '../../../server/src/service';

describe('idle-time warm-up', () => {
  it('checks a plan that is valid and clean, so it exercises the whole check', () => {
    const service = createPlanService({ host: { readFile: () => undefined } });
    const text = warmUpPlan(8);
    const r = service.check('untitled:warm-up.pocplan.yaml', text, mergeSettings({}));
    assert.deepEqual(r.diagnostics.map((d) => `${d.code}: ${d.message}`), []);
    assert.ok(text.split('\n').length > 200, 'big enough to reach the loops the JIT optimises');
    assert.equal(service.parse('untitled:warm-up.pocplan.yaml', text).model.firewalls.length, 8);
  });

  it('runs its rounds one slice at a time and stops as soon as real work arrives', async () => {
    const queue: Array<() => void> = [];
    let checks = 0;
    let busy = false;
    const done = startWarmUp({ check: () => { checks++; }, busy: () => busy, rounds: 10, schedule: (f) => queue.push(f) });
    // Nothing runs synchronously: the first slice waits for its turn.
    assert.equal(checks, 0);
    queue.shift()!(); queue.shift()!(); queue.shift()!();
    assert.equal(checks, 3);
    busy = true; // a document was opened
    queue.shift()!();
    assert.equal(queue.length, 0, 'no further slice is scheduled');
    assert.equal(await done, 3);
  });

  it('stops after its rounds, and a throwing check does not stop it', async () => {
    let checks = 0;
    const n = await startWarmUp({ check: () => { checks++; throw new Error('boom'); }, busy: () => false, rounds: 4, schedule: (f) => setImmediate(f) });
    assert.equal(n, 4);
    assert.equal(checks, 4);
  });
});
