/**
 * Quick fixes of the domain rules, text before → after. Each "before" is the clean plan with one
 * thing broken; each "after" is the clean plan again (or the clean plan with the fix's change).
 */
import * as assert from 'node:assert/strict';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { expectFix, fixesFor, problems, titles } from './helpers';

const F = CLEAN_FILES;

describe('quick fixes: licenses and dates', () => {
  const EVAL_ON_PROD = variant('      type: trial\n', '      type: eval\n');

  it('license.incompatible offers each allowed license type (trial preferred)', () => {
    const actions = fixesFor(EVAL_ON_PROD, 'license.incompatible', F);
    assert.deepEqual(titles(actions), ['Change the license type to `trial`', 'Change the license type to `prod`', 'Disable `license.incompatible` for this line']);
    assert.equal(actions.find((a) => a.preferred)?.title, 'Change the license type to `trial`');
    expectFix(EVAL_ON_PROD, 'license.incompatible', 'to `trial`', CLEAN, F);
  });

  it('license.incompatible → the firewall type, when the SKU says so', () => {
    const before = variant('    sku: PAN-PA-450\n', '    sku: PAN-PA-450-E60\n', EVAL_ON_PROD);
    const after = expectFix(before, 'license.incompatible', 'firewall type to `eval` (the SKU says so)', variant('    type: prod\n', '    type: eval\n', before), F);
    assert.deepEqual(problems(after, F), []);
  });

  it('license.incompatible → each firewall type the license allows, when there is no SKU', () => {
    const before = variant('    sku: PAN-PA-450\n', '', EVAL_ON_PROD);
    assert.ok(titles(fixesFor(before, 'license.incompatible', F)).includes('Change the firewall type to `eval`'));
    expectFix(before, 'license.incompatible', 'firewall type to `eval`', variant('    type: prod\n', '    type: eval\n', before), F);
  });

  it('license.tenant-window → prodLicenseDate on the last day of the window', () => {
    const before = variant('  prodLicenseDate: 2027-03-01', '  prodLicenseDate: 2027-05-01');
    expectFix(before, 'license.tenant-window', 'by 2027-04-09', variant('  prodLicenseDate: 2027-03-01', '  prodLicenseDate: 2027-04-09'), F);
  });

  it('license.expires-before-poc-end → a 30-day extension, or the PoC ends with the license', () => {
    const before = variant('      expires: 2027-03-10', '      expires: 2027-02-01');
    expectFix(before, 'license.expires-before-poc-end', '30-day extension', variant('      expires: 2027-03-10', '      expires: 2027-03-03'), F);
    expectFix(before, 'license.expires-before-poc-end', 'End the PoC on 2027-02-01', variant('  end: 2027-02-19', '  end: 2027-02-01', before), F);
  });

  it('license.expires-before-poc-end → expires on the PoC end for a prod license', () => {
    const before = variant('      type: trial\n      expires: 2027-03-10', '      type: prod\n      expires: 2027-02-01');
    expectFix(before, 'license.expires-before-poc-end', 'to the PoC end (2027-02-19)', variant('      expires: 2027-02-01', '      expires: 2027-02-19', before), F);
  });

  it('firewall.sku-type-mismatch → the type the SKU implies', () => {
    const before = variant('    sku: PAN-PA-450\n', '    sku: PAN-PA-450-LAB\n');
    const after = expectFix(before, 'firewall.sku-type-mismatch', 'to `lab`', variant('    type: prod\n', '    type: lab\n', before), F);
    assert.deepEqual(problems(after, F), []);
  });

  it('poc.observation-short → 2 days', () => {
    expectFix(variant('observationDays: 14', 'observationDays: 1'), 'poc.observation-short', 'to 2', variant('observationDays: 14', 'observationDays: 2'), F);
  });

  it('poc.dates-inverted → swap start and end', () => {
    const before = variant('  start: 2027-01-11\n  end: 2027-02-19', '  start: 2027-02-19\n  end: 2027-01-11');
    expectFix(before, 'poc.dates-inverted', 'Swap', CLEAN, F);
  });
});

describe('quick fixes: traffic, identity and interfaces', () => {
  it('traffic.tap-enforcement → each inline interface of the firewall, or enforce: false', () => {
    const before = variant('          interface: ethernet1/7\n        enforce: false', '          interface: ethernet1/7\n        enforce: true');
    assert.deepEqual(titles(fixesFor(before, 'traffic.tap-enforcement', F)), [
      'Route the traffic inline through `ethernet1/1` (virtual-wire)',
      'Route the traffic inline through `ethernet1/3` (layer3)',
      'Set `enforce: false` (visibility only)',
      'Disable `traffic.tap-enforcement` for this line',
    ]);
    const inline = variant('          method: mirror\n          firewall: fw-osaka\n          interface: ethernet1/7\n        enforce: true', '          method: inline\n          firewall: fw-osaka\n          interface: ethernet1/1\n        enforce: true', before);
    assert.deepEqual(problems(expectFix(before, 'traffic.tap-enforcement', '`ethernet1/1`', inline, F), F), []);
    expectFix(before, 'traffic.tap-enforcement', 'enforce: false', CLEAN, F);
  });

  it('identity.broadcast-dhcp-unseen on layer3 → a relay, the firewall as DHCP server, or relayed DHCP', () => {
    const before = variant('        dhcpRelay: [10.1.0.10]\n', '');
    assert.deepEqual(titles(fixesFor(before, 'identity.broadcast-dhcp-unseen', F)).slice(0, 3), [
      'Relay DHCP on `ethernet1/3` to 192.0.2.10 (adjust the server address)',
      'Make `fw-osaka` the DHCP server on `ethernet1/3`, with DHCP Broadcast Session on',
      'Mark the segment\'s DHCP as relayed (`dhcp: relayed`)',
    ]);
    expectFix(before, 'identity.broadcast-dhcp-unseen', 'Relay DHCP', variant('        dhcpRelay: [10.1.0.10]\n', '        dhcpRelay: [192.0.2.10]\n'), F);
    expectFix(before, 'identity.broadcast-dhcp-unseen', 'DHCP server', variant('        deviceId: true\n        dhcpRelay: [10.1.0.10]\n', '        deviceId: true\n        dhcpServer: true\n'), F);
    expectFix(before, 'identity.broadcast-dhcp-unseen', 'relayed', variant('        dhcp: broadcast\n', '        dhcp: relayed\n', before), F);
  });

  it('identity.broadcast-dhcp-unseen on a virtual wire → multicast firewalling', () => {
    const before = variant('        multicastFirewalling: true\n', '', variant('          interface: ethernet1/3\n        traffic:\n          method: inline\n          firewall: fw-osaka\n          interface: ethernet1/3', '          interface: ethernet1/1\n        traffic:\n          method: inline\n          firewall: fw-osaka\n          interface: ethernet1/1'));
    const after = expectFix(before, 'identity.broadcast-dhcp-unseen', 'multicast firewalling', variant('        deviceId: true\n', '        deviceId: true\n        multicastFirewalling: true\n', before), F);
    assert.deepEqual(problems(after, F), []);
  });

  it('identity.broadcast-dhcp-unseen on a layer2 interface with a DHCP server also turns on DHCP Broadcast Session', () => {
    const before = variant('    dhcpBroadcastSession: true\n', '', variant('        mode: layer3\n        zone: scanners\n        deviceId: true\n        dhcpRelay: [10.1.0.10]\n', '        mode: layer2\n        zone: scanners\n        deviceId: true\n'));
    const after = expectFix(before, 'identity.broadcast-dhcp-unseen', 'DHCP server', variant('    erspanSupport: true\n', '    erspanSupport: true\n    dhcpBroadcastSession: true\n', variant('        zone: scanners\n        deviceId: true\n', '        zone: scanners\n        deviceId: true\n        dhcpServer: true\n', before)), F);
    assert.deepEqual(problems(after, F), []);
  });

  it('identity.relay-requires-layer3 → layer3, or no relay', () => {
    const before = variant('        multicastFirewalling: true\n', '        multicastFirewalling: true\n        dhcpRelay: [10.1.0.10]\n');
    expectFix(before, 'identity.relay-requires-layer3', 'Remove `dhcpRelay`', CLEAN, F);
    expectFix(before, 'identity.relay-requires-layer3', 'to layer3', variant('        mode: virtual-wire\n        zone: iot\n        deviceId: true\n        multicastFirewalling: true\n', '        mode: layer3\n        zone: iot\n        deviceId: true\n', before), F);
  });

  it('zone.device-id-disabled → deviceId: true', () => {
    expectFix(variant('        zone: scanners\n        deviceId: true', '        zone: scanners\n        deviceId: false'), 'zone.device-id-disabled', 'Device-ID', CLEAN, F);
  });

  it('logging.disabled → the key turned on, comment kept', () => {
    const before = variant('      enhancedApplicationLogs: true', '      enhancedApplicationLogs: false   # off for now');
    expectFix(before, 'logging.disabled', '`enhancedApplicationLogs`', variant('      enhancedApplicationLogs: true', '      enhancedApplicationLogs: true   # off for now'), F);
    expectFix(variant('      cloudLogging: true', '      cloudLogging: false'), 'logging.disabled', '`cloudLogging`', CLEAN, F);
  });

  it('erspan.unsupported → erspanSupport: true, inserted when absent', () => {
    const withErspan = variant('        mirrorFrom: sw-core\n', '        mirrorFrom: sw-core\n        erspan: true\n');
    const before = variant('    erspanSupport: true\n', '', withErspan);
    expectFix(before, 'erspan.unsupported', 'Enable ERSPAN support', withErspan, F);
    expectFix(before, 'erspan.unsupported', 'local SPAN port', variant('        erspan: true\n', '        erspan: false\n', before), F);
  });

  it('erspan.unsupported below PAN-OS 10.2 → plan 10.2 with ERSPAN support (11.0 where a dhcp-syslog segment would meet the sources\' conflict)', () => {
    const withErspan = variant('        mirrorFrom: sw-core\n', '        mirrorFrom: sw-core\n        erspan: true\n');
    const before = variant('    panos: 11.1.3\n', '    panos: 10.1.9\n', withErspan);
    expectFix(before, 'erspan.unsupported', 'PAN-OS 11.0 on `fw-osaka` with ERSPAN support on (11.0+ meets both sources for DHCP server syslog)', variant('    panos: 11.1.3\n', '    panos: "11.0"\n', withErspan), F);
    const noSyslog = variant('          method: dhcp-syslog\n          firewall: fw-osaka\n', '          method: inline-arp-dhcp\n          firewall: fw-osaka\n          interface: ethernet1/1\n', before);
    expectFix(noSyslog, 'erspan.unsupported', 'Plan PAN-OS 10.2 on `fw-osaka` with ERSPAN support on', variant('    panos: 10.1.9\n', '    panos: "10.2"\n', variant('    erspanSupport: true\n', '    erspanSupport: true\n', noSyslog)), F);
  });

  it('identity.csv-requires-static → addressing: static', () => {
    expectFix(variant('        subnet: 10.1.30.0/24\n        addressing: static', '        subnet: 10.1.30.0/24\n        addressing: dhcp'), 'identity.csv-requires-static', '`addressing: static`', CLEAN, F);
    expectFix(variant('        subnet: 10.1.30.0/24\n        addressing: static\n', '        subnet: 10.1.30.0/24\n'), 'identity.csv-requires-static', '`addressing: static`', CLEAN, F);
  });

  it('identity.mirror-requires-tap → the tap interface, SPAN on the switch', () => {
    const notTap = variant('          interface: ethernet1/7\n          switch: sw-core', '          interface: ethernet1/1\n          switch: sw-core');
    expectFix(notTap, 'identity.mirror-requires-tap', 'tap interface `ethernet1/7`', CLEAN, F);
    const noSpan = variant('    span: true\n    erspan: true\n', '    span: false\n');
    expectFix(noSpan, 'identity.mirror-requires-tap', 'Enable SPAN', variant('    span: false\n', '    span: true\n', noSpan), F);
  });

  it('identity.xsoar-requires-integration → the cohosted XSOAR with an add-on, or your own', () => {
    const noXsoar = variant('xsoar:\n  kind: cohosted\n  engineOs: linux\n', '', variant('  thirdPartyAddon: basic\n', '  thirdPartyAddon: none\n'));
    expectFix(noXsoar, 'identity.xsoar-requires-integration', 'cohosted', CLEAN, F);
    const noAddon = variant('  thirdPartyAddon: basic\n', '  thirdPartyAddon: none\n');
    expectFix(noAddon, 'identity.xsoar-requires-integration', '`thirdPartyAddon: advanced`', variant('  thirdPartyAddon: basic\n', '  thirdPartyAddon: advanced\n'), F);
    expectFix(noAddon, 'identity.xsoar-requires-integration', 'your own', variant('  kind: cohosted\n', '  kind: own\n', noAddon), F);
  });

  it('the PAN-OS version rules → plan the minimum version that adds no finding (11.0 for DHCP server syslog: both sources)', () => {
    const before = variant('    panos: 11.1.3\n', '    panos: 10.1.5\n');
    expectFix(before, 'identity.dhcp-syslog-version', 'Plan PAN-OS 11.0 on `fw-osaka` (11.0+ meets both sources for DHCP server syslog)', variant('    panos: 11.1.3\n', '    panos: "11.0"\n'), F);
  });

  it('logging.region-mismatch → the tenant region', () => {
    expectFix(variant('      region: japan\n', '      region: europe\n'), 'logging.region-mismatch', '`japan`', CLEAN, F);
  });

  it('identity.snmp-read-only and identity.snmp-missing → read-only SNMPv3', () => {
    expectFix(variant('readOnly: true }', 'readOnly: false }'), 'identity.snmp-read-only', 'credentials', CLEAN, F);
    expectFix(variant('    snmp: { version: v3, readOnly: true }\n', ''), 'identity.snmp-missing', 'SNMPv3', CLEAN, F);
  });

  it('identity.dhcp-broadcast-session-off → dhcpBroadcastSession: true', () => {
    const server = variant('        dhcpRelay: [10.1.0.10]\n', '        dhcpServer: true\n');
    expectFix(variant('    dhcpBroadcastSession: true\n', '', server), 'identity.dhcp-broadcast-session-off', 'DHCP Broadcast Session', server, F);
  });

  it('interface.tap-no-zone → a zone for the tap', () => {
    expectFix(variant('        zone: mirror\n', ''), 'interface.tap-no-zone', 'zone `tap`', variant('        zone: mirror\n', '        zone: tap\n'), F);
  });

  it('traffic.inline-on-tap → an inline interface, or mirror', () => {
    const before = variant('          method: inline\n          firewall: fw-osaka\n          interface: ethernet1/1\n        enforce: false\n      - id: p51', '          method: inline\n          firewall: fw-osaka\n          interface: ethernet1/7\n        enforce: false\n      - id: p51');
    expectFix(before, 'traffic.inline-on-tap', '`ethernet1/1`', CLEAN, F);
  });

  it('interface.relay-limit → keep the first eight servers', () => {
    const many = Array.from({ length: 9 }, (_, i) => `10.1.0.${i + 1}`);
    const before = variant('[10.1.0.10]', `[${many.join(', ')}]`);
    expectFix(before, 'interface.relay-limit', 'first 8', variant('[10.1.0.10]', `[${many.slice(0, 8).join(', ')}]`), F);
  });
});
