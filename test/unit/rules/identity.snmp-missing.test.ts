import * as assert from 'node:assert/strict';
import { type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'identity.snmp-missing';
const { relatedText, assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };
/** This rule's diagnostics for a plan (markers removed) under extra settings. */
function run(marked: string, settings: PartialSettings = {}): PlanDiagnostic[] {
  return check(unmark(dedent(marked)).text, { files: CLEAN_FILES, settings }).diagnostics.filter((d) => d.code === CODE);
}

const NONE = variant('  - id: sw-core', '  - id: «sw-core»', variant('    snmp: { version: v3, readOnly: true }\n', ''));

describe('identity.snmp-missing', () => {
  it('fires on the switch id when a switch polled by xsoar-snmp has no snmp', () => {
    const [d] = expectAt(NONE, CODE, opts);
    assert.deepEqual(d!.data, { switch: 'sw-core' });
    assert.match(d!.message, /Switch `sw-core` is polled over SNMP through XSOAR, but it has no `snmp` settings/);
  });

  it('relates to the segments that poll it', () => {
    const [d] = expectAt(NONE, CODE, opts);
    assert.deepEqual(relatedText(NONE, d!), ['sw-core']);
  });

  it('stays quiet with snmp settings and for switches nobody polls', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(`
      pocplan: 1
      switches: [{ id: sw, span: true }]
    `, CODE);
  });

  it('is an added rule: info by default, warning under profile: strict', () => {
    assert.deepEqual(run(NONE).map((d) => d.severity), run(NONE).map(() => 'info'));
    const strict = run(NONE, { profile: 'strict' });
    assert.ok(strict.length > 0);
    for (const d of strict) assert.equal(d.severity, 'warning');
  });

  it('renders in Japanese', () => {
    assertJapanese(NONE);
  });
});
