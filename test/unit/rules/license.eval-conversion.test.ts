import * as assert from 'node:assert/strict';
import { type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'license.eval-conversion';
const { relatedText, assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };
/** This rule's diagnostics for a plan (markers removed) under extra settings. */
function run(marked: string, settings: PartialSettings = {}): PlanDiagnostic[] {
  return check(unmark(dedent(marked)).text, { files: CLEAN_FILES, settings }).diagnostics.filter((d) => d.code === CODE);
}

const EVAL = variant('    iotLicense:\n      type: trial', '    iotLicense:\n      type: «eval»');

describe('license.eval-conversion', () => {
  it('fires on an eval license when the tenant is to be kept', () => {
    const [d] = expectAt(EVAL, CODE, opts);
    assert.deepEqual(d!.data, { firewall: 'fw-osaka' });
    assert.match(d!.message, /license of firewall `fw-osaka` is `eval`.*cannot be converted to prod/);
  });

  it('relates to keepAfterPoc', () => {
    const [d] = expectAt(EVAL, CODE, opts);
    assert.deepEqual(relatedText(EVAL, d!), ['true']);
    assert.equal(d!.related[0]!.range.start.line, 12);
  });

  it('stays quiet for trial licenses or when the tenant is not kept', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(variant('keepAfterPoc: true', 'keepAfterPoc: false', unmark(EVAL).text), CODE, opts);
  });

  it('is an added rule that stays info, even under profile: strict', () => {
    assert.deepEqual(run(EVAL).map((d) => d.severity), ['info']);
    assert.deepEqual(run(EVAL, { profile: 'strict' }).map((d) => d.severity), ['info']);
  });

  it('renders in Japanese', () => {
    assertJapanese(EVAL);
  });
});
