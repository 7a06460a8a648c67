import * as assert from 'node:assert/strict';
import { type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN_FILES, variant } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'panos.dhcp-broadcast-version';
const { relatedText, assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };
/** This rule's diagnostics for a plan (markers removed) under extra settings. */
function run(marked: string, settings: PartialSettings = {}): PlanDiagnostic[] {
  return check(unmark(dedent(marked)).text, { files: CLEAN_FILES, settings }).diagnostics.filter((d) => d.code === CODE);
}

const plan = (panos: string): string => `
  pocplan: 1
  firewalls:
    - id: fw
      panos: «${panos}»
      dhcpBroadcastSession: true
      interfaces:
        - name: ethernet1/2
          mode: layer3
          dhcpServer: true
        - name: ethernet1/5
          mode: layer3
          dhcpServer: true
  sites:
    - id: s
      segments:
        - id: a
          identity: { method: inline-arp-dhcp, firewall: fw, interface: ethernet1/2 }
        - id: b
          identity: { method: inline-arp-dhcp, firewall: fw, interface: ethernet1/2 }
`;

describe('panos.dhcp-broadcast-version', () => {
  it('fires once per firewall on panos when the train lacks the DHCP Broadcast Session fix', () => {
    const [d] = expectAt(plan('10.2.3'), CODE);
    assert.deepEqual(d!.data, { firewall: 'fw', minimum: '10.2.4' });
    assert.match(d!.message, /Firewall `fw` serves DHCP .* PAN-OS 10\.2\.3 .* Upgrade to 10\.2\.4 or later/);
  });

  it('names the first fixed release of each train', () => {
    const min = (v: string): unknown => (expectAt(plan(v), CODE)[0]!.data as { minimum: string }).minimum;
    assert.equal(min('10.1.9'), '10.1.10');
    assert.equal(min('11.0.0'), '11.0.1');
    assert.equal(min('10.0.5'), '10.1.10');
  });

  it('relates to the dhcpServer of the identity interfaces it serves', () => {
    const p = plan('10.2.3');
    const [d] = expectAt(p, CODE);
    assert.deepEqual(relatedText(p, d!), ['true']);
    assert.match(d!.related[0]!.message, /ethernet1\/2/);
  });

  it('stays quiet on fixed releases and when no identity interface serves DHCP', () => {
    for (const v of ['10.1.10', '10.2.4', '11.0.1', '11.1.0']) expectNone(unmark(plan(v)).text, CODE);
    expectNone(unmark(plan('10.2.3')).text.split('dhcpServer: true').join('dhcpServer: false'), CODE);
    expectNone(variant('panos: 11.1.3', 'panos: 10.2.0'), CODE, opts);
  });

  it('applies the same gate to a tap that relies on DHCP Broadcast Session for broadcast DHCP (the article\'s pattern 2)', () => {
    const tap = (panos: string, session = true): string => `
      pocplan: 1
      firewalls:
        - id: fw
          panos: «${panos}»
          dhcpBroadcastSession: ${session}
          interfaces:
            - { name: ethernet1/8, mode: tap, zone: span, mirrorFrom: sw }
      switches:
        - { id: sw, span: true }
      sites:
        - id: s
          segments:
            - id: cams
              addressing: dhcp
              dhcp: broadcast
              identity: { method: mirror, firewall: fw, interface: ethernet1/8, switch: sw }
    `;
    const [d] = expectAt(tap('10.2.1'), CODE);
    assert.deepEqual(d!.data, { firewall: 'fw', minimum: '10.2.4' });
    assert.match(d!.message, /Firewall `fw` relies on DHCP Broadcast Session to log the broadcast DHCP copied to `ethernet1\/8`, but PAN-OS 10\.2\.1 predates/);
    assert.deepEqual(relatedText(tap('10.2.1'), d!), ['true']);
    assertJapanese(tap('10.2.1'));
    expectNone(unmark(tap('10.2.4')).text, CODE);
    // Not relied on: the session is off (identity.broadcast-dhcp-unseen reports that), or the DHCP is relayed.
    expectNone(unmark(tap('10.2.1', false)).text, CODE);
    expectNone(unmark(tap('10.2.1')).text.replace('dhcp: broadcast', 'dhcp: relayed'), CODE);
  });

  it('is an added rule: info by default, warning under profile: strict', () => {
    assert.deepEqual(run(plan('10.2.3')).map((d) => d.severity), run(plan('10.2.3')).map(() => 'info'));
    const strict = run(plan('10.2.3'), { profile: 'strict' });
    assert.ok(strict.length > 0);
    for (const d of strict) assert.equal(d.severity, 'warning');
  });

  it('renders in Japanese', () => {
    assertJapanese(plan('10.2.3'));
  });
});
