import * as assert from 'node:assert/strict';
import { type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN_FILES, variant } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'firewall.model-unlisted';
const { assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };
/** This rule's diagnostics for a plan (markers removed) under extra settings. */
function run(marked: string, settings: PartialSettings = {}): PlanDiagnostic[] {
  return check(unmark(dedent(marked)).text, { files: CLEAN_FILES, settings }).diagnostics.filter((d) => d.code === CODE);
}

const UNLISTED = variant('model: PA-450', 'model: «PA-1410»');

describe('firewall.model-unlisted', () => {
  it('fires on a model that is not in the Device Associations list', () => {
    const [d] = expectAt(UNLISTED, CODE, opts);
    assert.deepEqual(d!.data, { model: 'PA-1410', normalised: 'PA1410' });
    assert.match(d!.message, /Model `PA-1410` of firewall `fw-osaka` is not in the Device Associations list/);
    assert.deepEqual(d!.related, []);
  });

  it('normalises spelling before looking the model up', () => {
    for (const m of ['PA-450', 'pa450', 'PA 450', '450', 'VM-100', 'vm300', 'PA-VM-500', 'PA-220R', 'PA-7080']) {
      expectNone(variant('model: PA-450', `model: ${m}`), CODE, opts);
    }
  });

  it('stays quiet without a model', () => {
    expectNone(variant('    model: PA-450\n', ''), CODE, opts);
  });

  it('is an added rule that stays info, even under profile: strict', () => {
    assert.deepEqual(run(UNLISTED).map((d) => d.severity), ['info']);
    assert.deepEqual(run(UNLISTED, { profile: 'strict' }).map((d) => d.severity), ['info']);
  });

  it('renders in Japanese', () => {
    assertJapanese(UNLISTED);
  });
});
