import * as assert from 'node:assert/strict';
import { type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'poc.dates-inverted';
const { relatedText, assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };
/** This rule's diagnostics for a plan (markers removed) under extra settings. */
function run(marked: string, settings: PartialSettings = {}): PlanDiagnostic[] {
  return check(unmark(dedent(marked)).text, { files: CLEAN_FILES, settings }).diagnostics.filter((d) => d.code === CODE);
}

const INVERTED = variant('end: 2027-02-19', 'end: «2027-01-01»');

describe('poc.dates-inverted', () => {
  it('fires on poc.end when it is before poc.start', () => {
    const [d] = expectAt(INVERTED, CODE, opts);
    assert.deepEqual(d!.data, { start: '2027-01-11' });
    assert.match(d!.message, /The PoC ends \(2027-01-01\) before it starts \(2027-01-11\)/);
  });

  it('relates to poc.start', () => {
    const [d] = expectAt(INVERTED, CODE, opts);
    assert.deepEqual(relatedText(INVERTED, d!), ['2027-01-11']);
  });

  it('stays quiet for ordered or equal dates, and when one is missing', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(variant('end: 2027-02-19', 'end: 2027-01-11'), CODE, opts);
    expectNone(variant('  start: 2027-01-11\n', '', unmark(INVERTED).text), CODE, opts);
  });

  it('is an added rule: info by default, error under profile: strict', () => {
    assert.deepEqual(run(INVERTED).map((d) => d.severity), run(INVERTED).map(() => 'info'));
    const strict = run(INVERTED, { profile: 'strict' });
    assert.ok(strict.length > 0);
    for (const d of strict) assert.equal(d.severity, 'error');
  });

  it('renders in Japanese', () => {
    assertJapanese(INVERTED);
  });
});
