import * as assert from 'node:assert/strict';
import { type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'traffic.inline-on-tap';
const { relatedText, assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };
/** This rule's diagnostics for a plan (markers removed) under extra settings. */
function run(marked: string, settings: PartialSettings = {}): PlanDiagnostic[] {
  return check(unmark(dedent(marked)).text, { files: CLEAN_FILES, settings }).diagnostics.filter((d) => d.code === CODE);
}

const TAP = variant('method: inline\n          firewall: fw-osaka\n          interface: ethernet1/3', 'method: inline\n          firewall: fw-osaka\n          interface: «ethernet1/7»');

describe('traffic.inline-on-tap', () => {
  it('fires on the traffic interface when inline traffic names a tap', () => {
    const [d] = expectAt(TAP, CODE, opts);
    assert.deepEqual(d!.data, { interface: 'ethernet1/7', firewall: 'fw-osaka', inlineInterfaces: ['ethernet1/1', 'ethernet1/3'] });
    assert.match(d!.message, /`traffic.method: inline` of segment `p1-scanners` names interface `ethernet1\/7` of `fw-osaka`, which is a tap/);
  });

  it('relates to the interface mode', () => {
    const [d] = expectAt(TAP, CODE, opts);
    assert.deepEqual(relatedText(TAP, d!), ['tap']);
  });

  it('stays quiet for inline interfaces and for mirrored traffic on a tap', () => {
    expectNone(CLEAN, CODE, opts);
  });

  it('is an added rule: info by default, error under profile: strict', () => {
    assert.deepEqual(run(TAP).map((d) => d.severity), run(TAP).map(() => 'info'));
    const strict = run(TAP, { profile: 'strict' });
    assert.ok(strict.length > 0);
    for (const d of strict) assert.equal(d.severity, 'error');
  });

  it('renders in Japanese', () => {
    assertJapanese(TAP);
  });
});
