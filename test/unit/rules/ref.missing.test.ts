import * as assert from 'node:assert/strict';
import { type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES,  } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'ref.missing';
const { assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };
/** This rule's diagnostics for a plan (markers removed) under extra settings. */
function run(marked: string, settings: PartialSettings = {}): PlanDiagnostic[] {
  return check(unmark(dedent(marked)).text, { files: CLEAN_FILES, settings }).diagnostics.filter((d) => d.code === CODE);
}

const PLAN = `
  pocplan: 1
  firewalls:
    - id: fw
      interfaces: [{ name: e1, mode: layer3 }]
  sites:
    - id: s
      segments:
        - id: a
          identity: { method: «inline-arp-dhcp», firewall: fw }
          traffic: { method: inline, firewall: fw, interface: e1 }
        - id: b
          identity: { method: «xsoar-snmp» }
          traffic: { method: inline, firewall: fw, interface: e1 }
        - id: c
          identity: { method: «csv», csv: }
          traffic: { method: «mirror», firewall: fw }
`;

describe('ref.missing', () => {
  it('fires on the method when a reference it needs is missing', () => {
    const ds = expectAt(PLAN, CODE);
    assert.deepEqual(ds.map((d) => d.data), [{ key: 'interface' }, { key: 'switch' }, { key: 'csv' }, { key: 'interface' }]);
    assert.match(ds[0]!.message, /`identity.method: inline-arp-dhcp` of segment `a` needs `identity.interface`/);
    assert.match(ds[3]!.message, /`traffic.method: mirror` of segment `c` needs `traffic.interface`/);
    assert.deepEqual(ds[0]!.related, []);
  });

  it('reports each missing key', () => {
    const r = check(dedent(`
      pocplan: 1
      sites:
        - id: s
          segments:
            - id: a
              traffic: { method: inline }
    `)).diagnostics.filter((d) => d.code === CODE);
    assert.deepEqual(r.map((d) => d.data), [{ key: 'firewall' }, { key: 'interface' }]);
  });

  it('counts an empty string as missing', () => {
    const [d] = expectAt(`
      pocplan: 1
      sites:
        - id: s
          segments:
            - id: a
              traffic: { method: «inline», firewall: fw, interface: '' }
    `, CODE);
    assert.deepEqual(d!.data, { key: 'interface' });
  });

  it('lets dhcp-syslog use the traffic firewall', () => {
    expectNone(`
      pocplan: 1
      sites:
        - id: s
          segments:
            - id: a
              identity: { method: dhcp-syslog }
              traffic: { method: inline, firewall: fw, interface: e1 }
    `, CODE);
    expectAt(`
      pocplan: 1
      sites:
        - id: s
          segments:
            - id: a
              identity: { method: «dhcp-syslog» }
    `, CODE);
  });

  it('stays quiet on the clean plan and for unknown methods', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(`
      pocplan: 1
      sites: [{ id: s, segments: [{ id: a, identity: { method: carrier-pigeon } }] }]
    `, CODE);
  });

  it('is an added rule: info by default, error under profile: strict', () => {
    assert.deepEqual(run(PLAN).map((d) => d.severity), run(PLAN).map(() => 'info'));
    const strict = run(PLAN, { profile: 'strict' });
    assert.ok(strict.length > 0);
    for (const d of strict) assert.equal(d.severity, 'error');
  });

  it('renders in Japanese', () => {
    assertJapanese(PLAN);
  });
});
