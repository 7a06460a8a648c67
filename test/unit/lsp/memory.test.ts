import * as assert from 'node:assert/strict';
import { collectAfterLargeCheck, collectBeforeLargeCheck, LARGE_TEXT } from '../../../server/src/node/memory';

describe('memory upkeep for very large plans', () => {
  it('never collects for ordinary plans', () => {
    assert.equal(collectBeforeLargeCheck(LARGE_TEXT - 1), false);
    assert.equal(collectAfterLargeCheck(LARGE_TEXT - 1), false);
  });

  it('collects before a large first check, and after one only once the heap has doubled', () => {
    assert.equal(collectBeforeLargeCheck(LARGE_TEXT), true, 'the collector is reachable in this Node');
    // Just collected: the heap has not doubled since.
    assert.equal(collectAfterLargeCheck(LARGE_TEXT), false);
    const garbage: unknown[] = [];
    const before = process.memoryUsage().heapUsed;
    while (process.memoryUsage().heapUsed < 2.2 * before) garbage.push(new Array(100_000).fill(garbage.length));
    assert.equal(collectAfterLargeCheck(LARGE_TEXT), true);
    garbage.length = 0;
  });
});
