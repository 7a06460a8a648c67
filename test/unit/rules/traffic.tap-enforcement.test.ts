import * as assert from 'node:assert/strict';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { expectAt, expectNone } from '../../helpers';

const CODE = 'traffic.tap-enforcement';
const { relatedText, assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };

const TAP = variant('          interface: ethernet1/7\n        enforce: false', '          interface: ethernet1/7\n        «enforce: true»');

describe('traffic.tap-enforcement', () => {
  it('fires on enforce when the traffic is a mirror copy', () => {
    const [d] = expectAt(TAP, CODE, opts);
    assert.match(d!.message, /Segment `p52-meters` asks to enforce.*`ethernet1\/7`/);
    assert.deepEqual(d!.data, { inlineInterfaces: ['ethernet1/1', 'ethernet1/3'], firewall: 'fw-osaka' });
  });

  it('relates to the tap interface definition', () => {
    const [d] = expectAt(TAP, CODE, opts);
    assert.deepEqual(relatedText(TAP, d!), ['name: ethernet1/7']);
  });

  it('fires for inline traffic on a tap interface too', () => {
    expectAt(variant('          interface: ethernet1/3\n        enforce: true', '          interface: ethernet1/7\n        «enforce: true»'), CODE, opts);
  });

  it('stays quiet for mirrored traffic without enforcement and for enforcement inline', () => {
    expectNone(CLEAN, CODE, opts);
  });

  it('renders in Japanese', () => {
    assertJapanese(TAP);
  });
});
