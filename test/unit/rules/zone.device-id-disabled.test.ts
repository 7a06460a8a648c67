import * as assert from 'node:assert/strict';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'zone.device-id-disabled';
const { relatedText, assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };

const OFF = variant('deviceId: true\n        multicastFirewalling: true', 'deviceId: «false»\n        multicastFirewalling: true');

describe('zone.device-id-disabled', () => {
  it('fires on deviceId: false of a traffic interface that an enforcing segment uses', () => {
    const [d] = expectAt(OFF, CODE, opts);
    assert.deepEqual(d!.data, { interface: 'ethernet1/1', firewall: 'fw-osaka' });
    assert.match(d!.message, /Device-ID is off on interface `ethernet1\/1` of `fw-osaka` \(zone `iot`\), but segments that enforce policy pass through it \(`p2-cameras`\)/);
  });

  it('reports once per interface, relating to each enforcing segment', () => {
    const plan = variant('        enforce: false', '        enforce: true', OFF);
    const [d] = expectAt(plan, CODE, opts);
    assert.deepEqual(relatedText(plan, d!), ['enforce: true', 'enforce: true']);
    assert.match(d!.related[1]!.message, /p3-printers/);
  });

  it('says so when the interface has no zone', () => {
    const [d] = expectAt(variant('        zone: iot\n', '', OFF), CODE, opts);
    assert.match(d!.message, /give the interface a zone/);
  });

  it('stays quiet without enforcement, with Device-ID on, or when deviceId is absent', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(unmark(OFF).text.split('enforce: true').join('enforce: false'), CODE, opts);
    expectNone(variant('        deviceId: true\n        multicastFirewalling', '        multicastFirewalling'), CODE, opts);
  });

  it('renders in Japanese', () => {
    assertJapanese(OFF);
  });
});
