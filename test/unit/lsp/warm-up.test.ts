import * as assert from 'node:assert/strict';
import { startWarmUp, warmUpFiles, warmUpHost, warmUpPlan, WARM_UP_URI } from '../../../server/src/lsp/warm-up';
import { createPlanService, mergeSettings } from '../../../server/src/service';

describe('idle-time warm-up', () => {
  it('checks a plan that is valid and clean, with device lists its host serves, so it exercises the whole check', () => {
    const service = createPlanService({ host: warmUpHost(8) });
    const text = warmUpPlan(8);
    const r = service.check(WARM_UP_URI, text, mergeSettings({}));
    assert.deepEqual(r.diagnostics.map((d) => `${d.code}: ${d.message}`), []);
    assert.ok(text.split('\n').length > 250, 'big enough to reach the loops the JIT optimises');
    assert.equal(service.parse(WARM_UP_URI, text).model.firewalls.length, 8);
    // Every camera segment's list was read and checked (a missing one would be csv.missing-file).
    assert.equal(r.csvDiagnostics.size, 8);
    for (const [uri, diags] of r.csvDiagnostics) {
      assert.ok(uri.startsWith('untitled:/pocplan-warm-up/cameras-'), uri);
      assert.deepEqual(diags, []);
    }
    const lists = warmUpFiles(8);
    assert.equal(lists.size, 8);
    for (const text of lists.values()) assert.equal(text.trim().split('\n').length, 13, 'a header and 12 devices');
  });

  it('its host serves only the warm-up folder', () => {
    const host = warmUpHost(2);
    assert.match(host.readFile('untitled:/pocplan-warm-up/cameras-001.csv') ?? '', /^ip,mac,vendor,model\n10\.1\.8\.10,/);
    assert.equal(host.readFile('untitled:/pocplan-warm-up/cameras-002.csv'), undefined);
    assert.equal(host.readFile('file:///etc/passwd'), undefined);
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
