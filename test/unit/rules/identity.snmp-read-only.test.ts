import * as assert from 'node:assert/strict';
import { type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'identity.snmp-read-only';
const { relatedText, assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };
/** This rule's diagnostics for a plan (markers removed) under extra settings. */
function run(marked: string, settings: PartialSettings = {}): PlanDiagnostic[] {
  return check(unmark(dedent(marked)).text, { files: CLEAN_FILES, settings }).diagnostics.filter((d) => d.code === CODE);
}

const RW = variant('readOnly: true', 'readOnly: «false»');

describe('identity.snmp-read-only', () => {
  it('fires on readOnly: false of a switch polled by xsoar-snmp', () => {
    const [d] = expectAt(RW, CODE, opts);
    assert.deepEqual(d!.data, { switch: 'sw-core' });
    assert.match(d!.message, /Switch `sw-core` is polled over SNMP through XSOAR, but its SNMP credentials are not read-only/);
  });

  it('relates to the segments that poll it', () => {
    const [d] = expectAt(RW, CODE, opts);
    assert.deepEqual(relatedText(RW, d!), ['sw-core']);
    assert.match(d!.related[0]!.message, /p4-badges/);
  });

  it('stays quiet for read-only credentials and switches nobody polls', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(`
      pocplan: 1
      switches:
        - id: sw
          snmp: { version: v2c, readOnly: false }
    `, CODE);
  });

  it('is an added rule: info by default, error under profile: strict', () => {
    assert.deepEqual(run(RW).map((d) => d.severity), run(RW).map(() => 'info'));
    const strict = run(RW, { profile: 'strict' });
    assert.ok(strict.length > 0);
    for (const d of strict) assert.equal(d.severity, 'error');
  });

  it('renders in Japanese', () => {
    assertJapanese(RW);
  });
});
