import * as assert from 'node:assert/strict';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { expectAt, expectNone } from '../../helpers';

const CODE = 'identity.relay-requires-layer3';
const { relatedText, assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };

const L2 = variant('mode: layer3\n        zone: scanners\n        deviceId: true\n        dhcpRelay:', 'mode: layer2\n        zone: scanners\n        deviceId: true\n        «dhcpRelay»:');

describe('identity.relay-requires-layer3', () => {
  it('fires on the dhcpRelay key of a non-layer3 interface', () => {
    const [d] = expectAt(L2, CODE, opts);
    assert.deepEqual(d!.data, { interface: 'ethernet1/3', firewall: 'fw-osaka', mode: 'layer2' });
    assert.match(d!.message, /Interface `ethernet1\/3` of `fw-osaka` relays DHCP \(`dhcpRelay`\) but is in `layer2` mode/);
  });

  it('relates to the interface mode', () => {
    const [d] = expectAt(L2, CODE, opts);
    assert.deepEqual(relatedText(L2, d!), ['layer2']);
  });

  it('stays quiet on layer3, without relays, and when the mode is unknown', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(variant('        mode: layer3\n', ''), CODE, opts);
  });

  it('renders in Japanese', () => {
    assertJapanese(L2);
  });
});
