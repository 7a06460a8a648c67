import * as assert from 'node:assert/strict';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { check, expectAt, expectNone, unmark } from '../../helpers';
import { apply, diagnostics, fixesFor, titles } from '../editing/helpers';

const CODE = 'identity.dhcp-path-unset';
const { relatedText, run, assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };

/** The clean plan's pattern-2 cameras on DHCP with no `dhcp` key: how does their DHCP reach the tap? */
const TAP = variant('        addressing: static\n        identity:\n          method: mirror', '        addressing: «dhcp»\n        identity:\n          method: mirror');
/** Pattern 1 on a layer3 interface that neither relays nor serves, `dhcp` unset. */
const L3 = variant('        addressing: dhcp\n        dhcp: broadcast\n', '        addressing: «dhcp»\n', variant('        dhcpRelay: [10.1.0.10]\n', ''));
const inline = (mode: string, extra = ''): string => `
  pocplan: 1
  firewalls:
    - id: fw
      panos: 11.1.3
      interfaces:
        - { name: ethernet1/2, mode: ${mode}${extra} }
  sites:
    - id: s
      segments:
        - id: a
          addressing: «mixed»
          identity: { method: inline-arp-dhcp, firewall: fw, interface: ethernet1/2 }
`;

describe('identity.dhcp-path-unset', () => {
  it('asks how the DHCP reaches a tap, on the segment\'s addressing, where today the plan is silent', () => {
    const [d] = expectAt(TAP, CODE, opts);
    assert.equal(d!.severity, 'info');
    assert.deepEqual(d!.data, { interface: 'ethernet1/7', firewall: 'fw-osaka', mode: 'tap', broadcast: 'tap' });
    assert.match(d!.message, /does not say how that DHCP reaches `ethernet1\/7` of `fw-osaka`, which receives a copy \(`tap`\)/);
    assert.deepEqual(relatedText(TAP, d!), ['ethernet1/7']);
    // Writing the honest answer gives the error or the conflict note: the question is worth asking.
    const answered = unmark(TAP).text.replace('addressing: dhcp\n        identity:\n          method: mirror', 'addressing: dhcp\n        dhcp: broadcast\n        identity:\n          method: mirror');
    assert.ok(check(answered, opts).diagnostics.some((x) => x.code === 'identity.tap-broadcast-session'));
  });

  it('asks for layer3 without relay or server, layer2 without server, a virtual wire without multicast firewalling', () => {
    assert.equal((expectAt(L3, CODE, opts)[0]!.data as { broadcast: string }).broadcast, 'relay');
    assert.equal((expectAt(inline('layer2'), CODE)[0]!.data as { broadcast: string }).broadcast, 'server');
    assert.equal((expectAt(inline('virtual-wire'), CODE)[0]!.data as { broadcast: string }).broadcast, 'multicast');
    assert.match(expectAt(L3, CODE, opts)[0]!.message, /reaches interface `ethernet1\/3` of `fw-osaka` \(`layer3`\), which as planned logs relayed \(unicast\) DHCP but not the devices' own broadcast/);
    const session = expectAt(TAP.replace('    dhcpBroadcastSession: true\n', ''), CODE, opts)[0]!;
    assert.equal((session.data as { broadcast: string }).broadcast, 'session');
  });

  it('stays quiet when the interface logs broadcast DHCP anyway, when `dhcp` is written, for static devices and other methods', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(unmark(L3).text.replace('        addressing: dhcp\n', '        addressing: dhcp\n        dhcp: relayed\n'), CODE, opts);
    expectNone(unmark(inline('layer3', ', dhcpRelay: [10.0.0.5]')).text, CODE);
    expectNone(unmark(inline('layer2', ', dhcpServer: true')).text, CODE);
    expectNone(unmark(inline('virtual-wire', ', multicastFirewalling: true')).text, CODE);
    expectNone(unmark(inline('layer2')).text.replace('addressing: mixed', 'addressing: static'), CODE);
    expectNone(unmark(inline('layer2')).text.replace('method: inline-arp-dhcp, firewall: fw, interface: ethernet1/2', 'method: dhcp-syslog, firewall: fw'), CODE);
  });

  it('is an added rule: info in both profiles', () => {
    assert.deepEqual(run(TAP, { profile: 'strict' }).map((d) => d.severity), ['info']);
  });

  it('quick fixes answer the question in one edit: relayed, or broadcast with what the interface then needs', () => {
    const text = unmark(L3).text;
    const fixes = fixesFor(text, CODE, CLEAN_FILES);
    assert.deepEqual(titles(fixes).slice(0, 2), [
      'The DHCP reaches `ethernet1/3` relayed, as unicast: add `dhcp: relayed`',
      'The devices\' own broadcast DHCP reaches `ethernet1/3`: add `dhcp: broadcast` and relay it on `ethernet1/3` to 192.0.2.10 (adjust the server address)',
    ]);
    for (const f of fixes.slice(0, 2)) {
      const after = apply(text, f.edit);
      const left = diagnostics(after, CLEAN_FILES, { profile: 'strict' }).filter((x) => x.severity === 'error' || x.severity === 'warning' || x.code === CODE);
      assert.deepEqual(left.map((x) => x.code), [], f.title);
    }
    const tap = unmark(TAP).text.replace('    dhcpBroadcastSession: true\n', '').replace('    panos: 11.1.3\n', '    panos: 10.2.1\n');
    const [, both] = fixesFor(tap, CODE, CLEAN_FILES);
    assert.equal(both!.title, 'The devices\' own broadcast DHCP reaches `ethernet1/7`: add `dhcp: broadcast`, enable DHCP Broadcast Session on `fw-osaka` and plan PAN-OS 10.2.4, the first release with its fix (then confirm DHCP logs from one test device on day 1)');
    const after = apply(tap, both!.edit);
    assert.match(after, / {4}panos: 10\.2\.4\n/);
    // 10.2.1 already had the dhcp-syslog conflict (p3-printers); the fix adds no error or warning.
    assert.deepEqual(diagnostics(after, CLEAN_FILES, { profile: 'strict' }).filter((x) => x.severity === 'error' || x.severity === 'warning').map((x) => x.code), ['identity.dhcp-syslog-version-conflict']);
  });

  it('renders in Japanese', () => {
    assertJapanese(TAP);
    assertJapanese(L3);
  });
});
