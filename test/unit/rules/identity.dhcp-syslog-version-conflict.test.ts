import * as assert from 'node:assert/strict';
import { type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'identity.dhcp-syslog-version-conflict';
const { relatedText, assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };
/** This rule's diagnostics for a plan (markers removed) under extra settings. */
function run(marked: string, settings: PartialSettings = {}): PlanDiagnostic[] {
  return check(unmark(dedent(marked)).text, { files: CLEAN_FILES, settings }).diagnostics.filter((d) => d.code === CODE);
}

const MID = variant('method: dhcp-syslog', 'method: «dhcp-syslog»', variant('panos: 11.1.3', 'panos: 10.2.3'));

describe('identity.dhcp-syslog-version-conflict', () => {
  it('fires on dhcp-syslog on PAN-OS 10.2.x, naming both sources', () => {
    const [d] = expectAt(MID, CODE, opts);
    assert.deepEqual(d!.data, { firewall: 'fw-osaka', minimum: '11.0' });
    assert.match(d!.message, /2023 PoC blog says 10\.2, the PAN-OS 11\.0 web help lists 11\.0 or later\. Firewall `fw-osaka` runs 10\.2\.3/);
  });

  it('relates to the PAN-OS version', () => {
    const [d] = expectAt(MID, CODE, opts);
    assert.deepEqual(relatedText(MID, d!), ['10.2.3']);
  });

  it('stays quiet from 11.0 on and below 10.2 (an error there)', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(variant('panos: 11.1.3', 'panos: 11.0.0'), CODE, opts);
    expectNone(variant('panos: 11.1.3', 'panos: 10.1.0'), CODE, opts);
  });

  it('is an added rule: info by default, warning under profile: strict', () => {
    assert.deepEqual(run(MID).map((d) => d.severity), run(MID).map(() => 'info'));
    const strict = run(MID, { profile: 'strict' });
    assert.ok(strict.length > 0);
    for (const d of strict) assert.equal(d.severity, 'warning');
  });

  it('renders in Japanese', () => {
    assertJapanese(MID);
  });
});
