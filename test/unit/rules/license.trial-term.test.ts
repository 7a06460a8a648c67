import * as assert from 'node:assert/strict';
import { type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'license.trial-term';
const { relatedText, assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };
/** This rule's diagnostics for a plan (markers removed) under extra settings. */
function run(marked: string, settings: PartialSettings = {}): PlanDiagnostic[] {
  return check(unmark(dedent(marked)).text, { files: CLEAN_FILES, settings }).diagnostics.filter((d) => d.code === CODE);
}

const LONG = variant('expires: 2027-03-10', 'expires: «2027-03-13»');

describe('license.trial-term', () => {
  it('fires on a trial/eval expiry more than 60 days after the PoC start', () => {
    const [d] = expectAt(LONG, CODE, opts);
    assert.deepEqual(d!.data, { days: 61, maxDays: 60 });
    assert.match(d!.message, /The `trial` license of firewall `fw-osaka` runs 61 days from the PoC start \(2027-01-11\) to 2027-03-13/);
  });

  it('relates to poc.start', () => {
    const [d] = expectAt(LONG, CODE, opts);
    assert.deepEqual(relatedText(LONG, d!), ['2027-01-11']);
  });

  it('stays quiet up to 60 days and for prod licenses', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(variant('expires: 2027-03-10', 'expires: 2027-03-12'), CODE, opts);
    expectNone(variant('      type: trial', '      type: prod', unmark(LONG).text), CODE, opts);
  });

  it('is an added rule that stays info, even under profile: strict', () => {
    assert.deepEqual(run(LONG).map((d) => d.severity), ['info']);
    assert.deepEqual(run(LONG, { profile: 'strict' }).map((d) => d.severity), ['info']);
  });

  it('renders in Japanese', () => {
    assertJapanese(LONG);
  });
});
