import * as assert from 'node:assert/strict';
import { type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'panos.panorama-required';
const { relatedText, assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };
/** This rule's diagnostics for a plan (markers removed) under extra settings. */
function run(marked: string, settings: PartialSettings = {}): PlanDiagnostic[] {
  return check(unmark(dedent(marked)).text, { files: CLEAN_FILES, settings }).diagnostics.filter((d) => d.code === CODE);
}

const OLD = variant('panos: 11.1.3', 'panos: «9.0.2»');

describe('panos.panorama-required', () => {
  it('fires on panos 8.1–9.0.2 when not managed by Panorama', () => {
    const [d] = expectAt(OLD, CODE, opts);
    assert.deepEqual(d!.data, { firewall: 'fw-osaka', minimum: '9.0.3' });
    assert.match(d!.message, /Firewall `fw-osaka` runs PAN-OS 9\.0\.2 and is not managed by Panorama/);
    expectAt(variant('panos: 11.1.3', 'panos: «8.1.0»'), CODE, opts);
  });

  it('relates to managedBy when present (absent counts as local)', () => {
    const [d] = expectAt(OLD, CODE, opts);
    assert.deepEqual(relatedText(OLD, d!), ['local']);
    const bare = variant('    managedBy: local\n', '', OLD);
    const [b] = expectAt(bare, CODE, opts);
    assert.deepEqual(b!.related, []);
  });

  it('stays quiet under Panorama, from 9.0.3 on, and below 8.1', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(variant('managedBy: local', 'managedBy: panorama', unmark(OLD).text), CODE, opts);
    expectNone(variant('panos: 11.1.3', 'panos: 9.0.3'), CODE, opts);
    expectNone(variant('panos: 11.1.3', 'panos: 8.0.9'), CODE, opts);
  });

  it('is an added rule: info by default, error under profile: strict', () => {
    assert.deepEqual(run(OLD).map((d) => d.severity), run(OLD).map(() => 'info'));
    const strict = run(OLD, { profile: 'strict' });
    assert.ok(strict.length > 0);
    for (const d of strict) assert.equal(d.severity, 'error');
  });

  it('renders in Japanese', () => {
    assertJapanese(OLD);
  });
});
