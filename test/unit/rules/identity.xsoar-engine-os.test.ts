import * as assert from 'node:assert/strict';
import { type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'identity.xsoar-engine-os';
const { relatedText, assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };
/** This rule's diagnostics for a plan (markers removed) under extra settings. */
function run(marked: string, settings: PartialSettings = {}): PlanDiagnostic[] {
  return check(unmark(dedent(marked)).text, { files: CLEAN_FILES, settings }).diagnostics.filter((d) => d.code === CODE);
}

const WIN = variant('engineOs: linux', 'engineOs: «windows»');

describe('identity.xsoar-engine-os', () => {
  it('fires on engineOs: windows when xsoar-snmp is used', () => {
    const [d] = expectAt(WIN, CODE, opts);
    assert.deepEqual(d!.data, { engineOs: 'linux' });
    assert.match(d!.message, /SNMP discovery for segments `p4-badges`\) work only with an engine on Linux/);
  });

  it('relates to each xsoar-snmp method', () => {
    const [d] = expectAt(WIN, CODE, opts);
    assert.deepEqual(relatedText(WIN, d!), ['xsoar-snmp']);
  });

  it('stays quiet on Linux and when no segment uses xsoar-snmp', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(`
      pocplan: 1
      xsoar: { kind: own, engineOs: windows }
    `, CODE);
  });

  it('is an added rule: info by default, error under profile: strict', () => {
    assert.deepEqual(run(WIN).map((d) => d.severity), run(WIN).map(() => 'info'));
    const strict = run(WIN, { profile: 'strict' });
    assert.ok(strict.length > 0);
    for (const d of strict) assert.equal(d.severity, 'error');
  });

  it('renders in Japanese', () => {
    assertJapanese(WIN);
  });
});
