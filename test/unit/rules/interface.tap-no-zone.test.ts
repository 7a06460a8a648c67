import * as assert from 'node:assert/strict';
import { type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';
import { expectFix } from '../editing/helpers';

const CODE = 'interface.tap-no-zone';
const { assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };
/** This rule's diagnostics for a plan (markers removed) under extra settings. */
function run(marked: string, settings: PartialSettings = {}): PlanDiagnostic[] {
  return check(unmark(dedent(marked)).text, { files: CLEAN_FILES, settings }).diagnostics.filter((d) => d.code === CODE);
}

const NOZONE = variant('      - name: ethernet1/7\n        mode: tap\n        zone: mirror\n', '      - name: «ethernet1/7»\n        mode: tap\n');

describe('interface.tap-no-zone', () => {
  it('fires on the name of a tap interface without a zone', () => {
    const [d] = expectAt(NOZONE, CODE, opts);
    assert.deepEqual(d!.data, { interface: 'ethernet1/7', firewall: 'fw-osaka' });
    assert.match(d!.message, /Tap interface `ethernet1\/7` of `fw-osaka` has no zone/);
    assert.deepEqual(d!.related, []);
    expectAt(variant('zone: mirror', "zone: ''", variant('      - name: ethernet1/7', '      - name: «ethernet1/7»')), CODE, opts);
  });

  it('covers an ERSPAN tunnel interface, whose fix is a zone dedicated to it', () => {
    const tunnel = variant('      - name: ethernet1/7\n', '      - name: «tunnel.1»\n        mode: layer3\n        erspan: true\n        mirrorFrom: sw-core\n      - name: ethernet1/7\n');
    const [d] = expectAt(tunnel, CODE, opts);
    assert.match(d!.message, /ERSPAN tunnel interface `tunnel\.1` of `fw-osaka` has no zone/);
    const text = unmark(tunnel).text;
    expectFix(text, CODE, 'zone `erspan`', text.replace('        mode: layer3\n        erspan: true\n', '        mode: layer3\n        zone: erspan\n        erspan: true\n'), CLEAN_FILES);
    assertJapanese(tunnel);
  });

  it('stays quiet for taps with a zone and for other modes', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(variant('        zone: iot\n', ''), CODE, opts);
  });

  it('is an added rule: info by default, warning under profile: strict', () => {
    assert.deepEqual(run(NOZONE).map((d) => d.severity), run(NOZONE).map(() => 'info'));
    const strict = run(NOZONE, { profile: 'strict' });
    assert.ok(strict.length > 0);
    for (const d of strict) assert.equal(d.severity, 'warning');
  });

  it('renders in Japanese', () => {
    assertJapanese(NOZONE);
  });
});
