import * as assert from 'node:assert/strict';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { check, codes, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'identity.tap-broadcast-session';
const { relatedText, run, assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };

/** The article's pattern 2 in the clean plan: the SPAN copy of the devices' broadcast DHCP on tap ethernet1/7, DHCP Broadcast Session on. */
const PATTERN_2 = variant('        addressing: static\n        identity:\n          method: mirror\n          firewall: fw-osaka\n          interface: ethernet1/7',
  '        addressing: dhcp\n        dhcp: broadcast\n        identity:\n          method: mirror\n          firewall: fw-osaka\n          interface: «ethernet1/7»');

describe('identity.tap-broadcast-session', () => {
  it('names both sources and the day-1 check on the identity interface, as an info', () => {
    const [d] = expectAt(PATTERN_2, CODE, opts);
    assert.equal(d!.severity, 'info');
    assert.deepEqual(d!.data, { interface: 'ethernet1/7', firewall: 'fw-osaka' });
    assert.match(d!.message, /Segment `p2-cameras` reads broadcast DHCP from tap `ethernet1\/7` of `fw-osaka`, with DHCP Broadcast Session on/);
    assert.match(d!.message, /firewall deployment options page says to enable DHCP Broadcast Session when the tap shares a broadcast domain/);
    assert.match(d!.message, /traffic type table lists no log for broadcast DHCP on a tap/);
    assert.match(d!.message, /On day 1, confirm DHCP logs from one test device/);
    assert.deepEqual(relatedText(PATTERN_2, d!), ['true', 'broadcast', 'ethernet1/7']);
  });

  it('leaves the plan without errors or warnings, in both profiles', () => {
    const text = unmark(PATTERN_2).text;
    for (const profile of ['default', 'strict'] as const) {
      assert.deepEqual(run(PATTERN_2, { profile }).map((d) => d.severity), ['info']);
      assert.ok(!codes(check(text, { files: CLEAN_FILES, settings: { profile } }).diagnostics, 'warning').includes('identity.broadcast-dhcp-unseen'));
    }
  });

  it('stays quiet with the session off (the error speaks), relayed or unset DHCP, static devices, and inline interfaces', () => {
    // CLEAN: p1-scanners reads broadcast DHCP inline on a relaying layer3 interface, with the session on.
    expectNone(CLEAN, CODE, opts);
    expectNone(unmark(PATTERN_2).text.replace('    dhcpBroadcastSession: true\n', ''), CODE, opts);
    expectNone(unmark(PATTERN_2).text.replace('dhcp: broadcast\n        identity:\n          method: mirror', 'identity:\n          method: mirror'), CODE, opts);
    expectNone(unmark(PATTERN_2).text.replace('        addressing: dhcp\n        dhcp: broadcast\n        identity:\n          method: mirror', '        addressing: static\n        dhcp: broadcast\n        identity:\n          method: mirror'), CODE, opts);
  });

  it('reads an ERSPAN tunnel interface like a tap', () => {
    const erspan = variant('      - name: ethernet1/7\n', '      - name: tunnel.1\n        mode: layer3\n        zone: erspan\n        erspan: true\n        mirrorFrom: sw-core\n      - name: ethernet1/7\n',
      PATTERN_2.replace('interface: «ethernet1/7»', 'interface: «tunnel.1»'));
    const [d] = expectAt(erspan, CODE, opts);
    assert.match(d!.message, /reads broadcast DHCP from the ERSPAN copy on `tunnel\.1` of `fw-osaka` \(inspected like tap traffic\)/);
    assertJapanese(erspan);
  });

  it('renders in Japanese', () => {
    assertJapanese(PATTERN_2);
    assert.match(run(PATTERN_2, { lang: 'ja' })[0]!.message, /構成案 2/);
  });
});
