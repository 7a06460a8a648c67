import * as assert from 'node:assert/strict';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'identity.broadcast-dhcp-unseen';
const { relatedText, assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };

const NO_RELAY = variant('          interface: ethernet1/3\n        traffic', '          interface: «ethernet1/3»\n        traffic', variant('        dhcpRelay: [10.1.0.10]\n', ''));
/** The article's pattern 2: the access switch's SPAN copies the devices' broadcast DHCP to a tap; DHCP Broadcast Session off. */
const TAP = variant('    dhcpBroadcastSession: true\n', '    dhcpBroadcastSession: false\n',
  variant('        addressing: static\n        identity:\n          method: mirror\n          firewall: fw-osaka\n          interface: ethernet1/7',
    '        addressing: dhcp\n        dhcp: broadcast\n        identity:\n          method: mirror\n          firewall: fw-osaka\n          interface: «ethernet1/7»'));
/** The same with DHCP Broadcast Session on: what the Firewall Deployment Options page asks for. */
const TAP_SESSION = TAP.replace('dhcpBroadcastSession: false', 'dhcpBroadcastSession: true');
/** An ERSPAN copy terminated on a layer3 tunnel interface, broadcast DHCP, session off. */
const ERSPAN = variant('      - name: ethernet1/7\n', '      - name: tunnel.1\n        mode: layer3\n        zone: erspan\n        erspan: true\n        mirrorFrom: sw-core\n      - name: ethernet1/7\n',
  TAP.replace('interface: «ethernet1/7»', 'interface: «tunnel.1»'));
const VWIRE = variant('multicastFirewalling: true', 'multicastFirewalling: false',
  variant('          interface: ethernet1/3\n        traffic', '          interface: «ethernet1/1»\n        traffic'));
const L2 = `
  pocplan: 1
  firewalls:
    - id: fw
      interfaces:
        - name: ethernet1/2
          mode: layer2
  sites:
    - id: s
      segments:
        - id: a
          addressing: mixed
          dhcp: broadcast
          identity: { method: inline-arp-dhcp, firewall: fw, interface: «ethernet1/2» }
`;

describe('identity.broadcast-dhcp-unseen', () => {
  it('fires on the identity interface of a layer3 interface that neither relays nor serves DHCP', () => {
    const [d] = expectAt(NO_RELAY, CODE, opts);
    assert.deepEqual(d!.data, { mode: 'layer3', interface: 'ethernet1/3', firewall: 'fw-osaka', fixes: ['add-relay', 'enable-broadcast-session', 'set-relayed'] });
    assert.match(d!.message, /Segment `p1-scanners` uses broadcast DHCP, but its identity interface `ethernet1\/3` of `fw-osaka` is layer3/);
  });

  it('relates to the segment dhcp value and the interface', () => {
    const [d] = expectAt(NO_RELAY, CODE, opts);
    assert.deepEqual(relatedText(NO_RELAY, d!), ['broadcast', 'ethernet1/3']);
  });

  it('fires for a tap without DHCP Broadcast Session, a vWire without multicast firewalling, and layer2 without a DHCP server', () => {
    const [tap] = expectAt(TAP, CODE, opts);
    assert.deepEqual(tap!.data, { mode: 'tap', interface: 'ethernet1/7', firewall: 'fw-osaka', fixes: ['enable-session', 'set-relayed'] });
    assert.deepEqual(relatedText(TAP, tap!), ['broadcast', 'ethernet1/7', 'false']);
    assert.match(tap!.message, /DHCP Broadcast Session is not on for `fw-osaka`\. The sources disagree .* traffic type table lists no log .* deployment options page says to enable DHCP Broadcast Session/);
    assert.deepEqual(expectAt(VWIRE, CODE, opts)[0]!.data, { mode: 'virtual-wire', interface: 'ethernet1/1', firewall: 'fw-osaka', fixes: ['enable-multicast', 'set-relayed'] });
    assert.deepEqual(expectAt(L2, CODE)[0]!.data, { mode: 'layer2', interface: 'ethernet1/2', firewall: 'fw', fixes: ['enable-broadcast-session', 'set-relayed'] });
  });

  it('stays quiet when the interface relays or serves DHCP, with multicast firewalling, or when DHCP is not broadcast', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(variant('        dhcpRelay: [10.1.0.10]\n', '        dhcpServer: true\n'), CODE, opts);
    expectNone(variant('          interface: ethernet1/3\n        traffic', '          interface: ethernet1/1\n        traffic'), CODE, opts);
    expectNone(variant('dhcp: broadcast', 'dhcp: relayed', unmark(NO_RELAY).text), CODE, opts);
    expectNone(variant('        dhcp: broadcast\n', '', unmark(NO_RELAY).text), CODE, opts);
    expectNone(variant('addressing: dhcp\n        dhcp: broadcast', 'addressing: static\n        dhcp: broadcast', unmark(NO_RELAY).text), CODE, opts);
    expectNone(unmark(L2).text.replace('layer2', 'layer2\n          dhcpServer: true'), CODE);
  });

  it('reads a tap with DHCP Broadcast Session on as the Firewall Deployment Options page does: no error, an info names the conflict', () => {
    expectNone(unmark(TAP_SESSION).text, CODE, opts);
    const infos = expectAt(TAP_SESSION, 'identity.tap-broadcast-session', opts);
    assert.equal(infos[0]!.severity, 'info');
    assert.match(infos[0]!.message, /firewall deployment options page says .* traffic type table lists no log .* On day 1, confirm DHCP logs from one test device/);
    // Absent is off (the PAN-OS default): the error stays.
    expectAt(TAP.replace('    dhcpBroadcastSession: false\n', ''), CODE, opts);
  });

  it('reads an ERSPAN copy on a layer3 tunnel interface like a tap', () => {
    const [d] = expectAt(ERSPAN, CODE, opts);
    assert.deepEqual(d!.data, { mode: 'layer3', interface: 'tunnel.1', firewall: 'fw-osaka', fixes: ['enable-session', 'set-relayed'] });
    assert.match(d!.message, /receives an ERSPAN copy, which the firewall inspects like tap traffic/);
    expectNone(unmark(ERSPAN).text.replace('dhcpBroadcastSession: false', 'dhcpBroadcastSession: true'), CODE, opts);
    expectAt(ERSPAN.replace('dhcpBroadcastSession: false', 'dhcpBroadcastSession: true'), 'identity.tap-broadcast-session', opts);
  });

  it('renders in Japanese', () => {
    for (const p of [NO_RELAY, TAP, VWIRE, ERSPAN]) assertJapanese(p);
    assertJapanese(L2);
  });
});
