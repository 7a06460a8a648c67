import * as assert from 'node:assert/strict';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { expectAt, expectNone } from '../../helpers';

const CODE = 'poc.observation-short';
const { assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };

const SHORT = variant('observationDays: 14', 'observationDays: «1»');

describe('poc.observation-short', () => {
  it('fires on observationDays below 2', () => {
    const [d] = expectAt(SHORT, CODE, opts);
    assert.equal(d!.severity, 'warning');
    assert.deepEqual(d!.data, { min: 2 });
    assert.match(d!.message, /`observationDays: 1` is too short: allow at least 2 days/);
    expectAt(variant('observationDays: 14', 'observationDays: «0»'), CODE, opts);
  });

  it('stays quiet from 2 days on, and when absent or not a number', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(variant('observationDays: 14', 'observationDays: 2'), CODE, opts);
    expectNone(variant('  observationDays: 14\n', ''), CODE, opts);
    expectNone(variant('observationDays: 14', 'observationDays: one'), CODE, opts);
  });

  it('renders in Japanese', () => {
    assertJapanese(SHORT);
  });
});
