import * as assert from 'node:assert/strict';
import { CONFIG, driftCheck, expectDriftAt, PLAN, planVariant, relatedConfigText } from '../../drift-helpers';

const CODE = 'config.dhcp-server';
const SERVES = planVariant('        zone: office\n', '        zone: office\n        dhcpServer: «true»\n');

describe(CODE, () => {
  it('fires when the plan says the firewall serves DHCP and the file has no server there', () => {
    const [d] = expectDriftAt(SERVES, CODE);
    assert.match(d!.message, /serves DHCP on `ethernet1\/3`, but its running configuration `configs\/fw-osaka\.xml` has no DHCP server there/);
    assert.deepEqual(relatedConfigText(d!), ['<entry name="ethernet1/3">']);
    assert.deepEqual(d!.data, { firewall: 'fw-osaka', interface: 'ethernet1/3', key: 'dhcpServer', value: false });
  });

  it('and the other way round; a disabled server counts as none', () => {
    const [d] = expectDriftAt(planVariant('dhcpServer: true', 'dhcpServer: «false»'), CODE);
    assert.match(d!.message, /does not serve DHCP .* has a DHCP server there/);
    const disabled = CONFIG.replace('<mode>auto</mode>', '<mode>disabled</mode>');
    expectDriftAt(planVariant('dhcpServer: true', 'dhcpServer: «true»'), CODE, disabled);
  });

  it('stays quiet when they agree or the plan says nothing', () => {
    assert.deepEqual(driftCheck(PLAN).diagnostics.filter((d) => d.code === CODE), []);
    assert.deepEqual(driftCheck(planVariant('        dhcpServer: true\n', '')).diagnostics.filter((d) => d.code === CODE), []);
  });

  it('info by default, warning when strict; Japanese', () => {
    assert.equal(driftCheck(SERVES).diagnostics.find((d) => d.code === CODE)!.severity, 'info');
    assert.equal(driftCheck(SERVES, CONFIG, { settings: { profile: 'strict' } }).diagnostics.find((d) => d.code === CODE)!.severity, 'warning');
    assert.match(driftCheck(SERVES, CONFIG, { settings: { lang: 'ja' } }).diagnostics.find((d) => d.code === CODE)!.message, /DHCP サーバーがありません/);
  });
});
