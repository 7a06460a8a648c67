import * as assert from 'node:assert/strict';
import { type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'interface.tap-no-zone';
const opts = { files: CLEAN_FILES };

/** This rule's diagnostics for a plan (markers removed) under extra settings. */
function run(marked: string, settings: PartialSettings = {}): PlanDiagnostic[] {
  return check(unmark(dedent(marked)).text, { files: CLEAN_FILES, settings }).diagnostics.filter((d) => d.code === CODE);
}

/** Japanese messages render completely: no `{placeholder}` left, and the text is Japanese. */
function assertJapanese(marked: string): void {
  const ds = run(marked, { lang: 'ja' });
  assert.ok(ds.length > 0, 'fires in Japanese too');
  for (const d of ds) {
    for (const m of [d.message, ...d.related.map((r) => r.message)]) assert.doesNotMatch(m, /\{\w+\}/, m);
    assert.match(d.message, /[\u3040-\u30ff\u4e00-\u9fff]/, d.message);
  }
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
