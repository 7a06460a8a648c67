import * as assert from 'node:assert/strict';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { expectAt, expectNone } from '../../helpers';

const CODE = 'identity.mirror-requires-tap';
const { relatedText, assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };

const NOT_TAP = variant('          interface: ethernet1/7\n          switch: sw-core', '          interface: «ethernet1/1»\n          switch: sw-core');
const CANNOT_MIRROR = variant('    span: true\n    erspan: true', '    span: false\n    erspan: false',
  variant('mirrorFrom: sw-core', 'mirrorFrom: «sw-core»', variant('          switch: sw-core', '          switch: «sw-core»')));
const NO_ERSPAN = variant('    span: true\n    erspan: true', '    span: true\n    erspan: false',
  variant('mirrorFrom: sw-core', 'mirrorFrom: «sw-core»\n        erspan: true', variant('          switch: sw-core', '          switch: «sw-core»')));

describe('identity.mirror-requires-tap', () => {
  it('fires on the interface reference when a mirror lands on a non-tap interface', () => {
    const [d] = expectAt(NOT_TAP, CODE, opts);
    assert.deepEqual(d!.data, { reason: 'not-tap', interface: 'ethernet1/1', firewall: 'fw-osaka', tapInterfaces: ['ethernet1/7'] });
    assert.match(d!.message, /`identity.method: mirror` of segment `p2-cameras` lands on interface `ethernet1\/1` of `fw-osaka`, which is in `virtual-wire` mode/);
    assert.deepEqual(relatedText(NOT_TAP, d!), ['virtual-wire']);
  });

  it('covers mirrored traffic too, and says when the firewall has no tap at all', () => {
    const plan = variant('mode: tap', 'mode: layer2', variant('interface: ethernet1/7\n          switch: sw-core', 'interface: «ethernet1/7»\n          switch: sw-core',
      variant('interface: ethernet1/7\n        enforce: false', 'interface: «ethernet1/7»\n        enforce: false')));
    const ds = expectAt(plan, CODE, opts);
    assert.deepEqual(ds.map((d) => (d.data as { tapInterfaces: string[] }).tapInterfaces), [[], []]);
    assert.ok(ds.some((d) => /`traffic.method: mirror` of segment `p52-meters`/.test(d.message)));
    assert.match(ds[0]!.message, /\(none\)/);
  });

  it('fires on the switch references when the switch cannot mirror', () => {
    const ds = expectAt(CANNOT_MIRROR, CODE, opts);
    for (const d of ds) {
      assert.equal((d.data as { reason: string }).reason, 'switch-cannot-mirror');
      assert.deepEqual(relatedText(CANNOT_MIRROR, d), ['sw-core']);
      assert.match(d.message, /Switch `sw-core` feeds tap interface `ethernet1\/7` of `fw-osaka`, but it has neither `span: true` nor `erspan: true`/);
    }
  });

  it('fires when an ERSPAN-fed tap is fed by a switch without ERSPAN', () => {
    const ds = expectAt(NO_ERSPAN, CODE, opts);
    for (const d of ds) {
      assert.deepEqual(d.data, { reason: 'switch-no-erspan', interface: 'ethernet1/7', firewall: 'fw-osaka', tapInterfaces: ['ethernet1/7'] });
      assert.deepEqual(relatedText(NO_ERSPAN, d), ['sw-core', 'true']);
    }
  });

  it('stays quiet for taps fed by a mirroring switch, and when the mode is unknown', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(variant('mirrorFrom: sw-core', 'mirrorFrom: sw-core\n        erspan: true'), CODE, opts);
    expectNone(variant('        mode: tap\n', ''), CODE, opts);
  });

  it('renders in Japanese', () => {
    assertJapanese(NOT_TAP);
    assertJapanese(CANNOT_MIRROR);
    assertJapanese(NO_ERSPAN);
  });
});
