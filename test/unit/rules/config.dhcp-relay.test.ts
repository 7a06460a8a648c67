import * as assert from 'node:assert/strict';
import { CONFIG, driftCheck, expectDriftAt, PLAN, planVariant, relatedConfigText } from '../../drift-helpers';

const CODE = 'config.dhcp-relay';
const OTHER = planVariant('dhcpRelay: [10.0.0.5, 10.0.0.6]', 'dhcpRelay: «[10.0.0.5, 10.0.0.9]»');

describe(CODE, () => {
  it('fires on the plan\'s list when the servers differ, pointing at the interface\'s DHCP entry', () => {
    const [d] = expectDriftAt(OTHER, CODE);
    assert.match(d!.message, /relays DHCP to `10\.0\.0\.5`, `10\.0\.0\.9` in the plan but to `10\.0\.0\.5`, `10\.0\.0\.6`/);
    assert.deepEqual(relatedConfigText(d!), ['<entry name="ethernet1/3">']);
    assert.equal(d!.related[0]!.message, 'The DHCP settings of `ethernet1/3` in the running configuration');
    assert.deepEqual(d!.data, { firewall: 'fw-osaka', interface: 'ethernet1/3', key: 'dhcpRelay', value: ['10.0.0.5', '10.0.0.6'] });
  });

  it('says so when the file relays nothing there (and offers to remove the key)', () => {
    const none = CONFIG.replace(/<entry name="ethernet1\/3"><relay>.*?<\/entry>\n/, '');
    const [d] = expectDriftAt(planVariant('dhcpRelay: [10.0.0.5, 10.0.0.6]', 'dhcpRelay: «[10.0.0.5, 10.0.0.6]»'), CODE, none);
    assert.match(d!.message, /relays nothing there/);
    assert.deepEqual(d!.data, { firewall: 'fw-osaka', interface: 'ethernet1/3', key: 'dhcpRelay' });
  });

  it('compares as a set, and stays quiet when the plan gives no relay', () => {
    assert.deepEqual(driftCheck(planVariant('[10.0.0.5, 10.0.0.6]', '[10.0.0.6, 10.0.0.5]')).diagnostics.filter((d) => d.code === CODE), []);
    assert.deepEqual(driftCheck(planVariant('        dhcpRelay: [10.0.0.5, 10.0.0.6]\n', '')).diagnostics.filter((d) => d.code === CODE), []);
    assert.deepEqual(driftCheck(PLAN).diagnostics.filter((d) => d.code === CODE), []);
  });

  it('info by default, warning when strict; Japanese', () => {
    assert.equal(driftCheck(OTHER).diagnostics.find((d) => d.code === CODE)!.severity, 'info');
    assert.equal(driftCheck(OTHER, CONFIG, { settings: { profile: 'strict' } }).diagnostics.find((d) => d.code === CODE)!.severity, 'warning');
    assert.match(driftCheck(OTHER, CONFIG, { settings: { lang: 'ja' } }).diagnostics.find((d) => d.code === CODE)!.message, /DHCP をリレーしますが/);
  });
});
