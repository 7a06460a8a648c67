/**
 * Issue #12 item 6: the article's method-1 variant — the relay agent's secondary DHCP helper
 * pointing at the firewall — as an identity method of its own (`dhcp-helper`), naming the relay
 * agent (`switch`) and the firewall interface it targets (`interface`).
 */
import * as assert from 'node:assert/strict';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { check, codes, expectAt, expectNone, unmark } from '../../helpers';
import { buildModel, patternOf } from '../../../server/src/service/model';
import { parsePlan } from '../../../server/src/service/check';
import { expectFix } from '../editing/helpers';

const CODE = 'identity.helper-requires-layer3';
const { relatedText, run, assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };

/** The clean plan's pattern-1 scanners learned through a secondary helper on sw-core pointing at the layer3 ethernet1/3. */
const HELPER = variant('          method: inline-arp-dhcp\n          firewall: fw-osaka\n          interface: ethernet1/3\n',
  '          method: dhcp-helper\n          firewall: fw-osaka\n          interface: ethernet1/3\n          switch: sw-core\n',
  variant('        addressing: dhcp\n        dhcp: broadcast\n', '        addressing: dhcp\n        dhcp: relayed\n'));
const ON_VWIRE = HELPER.replace('          interface: ethernet1/3\n          switch: sw-core\n', '          interface: «ethernet1/1»\n          switch: sw-core\n');

describe('identity.method: dhcp-helper', () => {
  it('is valid and clean on a layer3 interface, in both profiles', () => {
    assert.deepEqual(codes(check(HELPER, opts).diagnostics), []);
    assert.deepEqual(codes(check(HELPER, { ...opts, settings: { profile: 'strict' } }).diagnostics), []);
  });

  it('is pattern 1 (the article\'s variant of method 1)', () => {
    const seg = buildModel(parsePlan('file:///ws/p.pocplan.yaml', HELPER).root).segments[0]!;
    assert.equal(seg.identity?.method, 'dhcp-helper');
    assert.equal(patternOf(seg), '1');
  });

  it('needs its firewall, interface and relay agent (ref.missing), and a relay agent the plan defines (ref.unknown)', () => {
    const bare = HELPER.replace('          interface: ethernet1/3\n          switch: sw-core\n', '');
    const missing = check(bare, opts).diagnostics.filter((d) => d.code === 'ref.missing').map((d) => (d.data as { key: string }).key);
    assert.deepEqual(missing, ['interface', 'switch']);
    assert.ok(check(HELPER.replace('switch: sw-core\n        traffic', 'switch: sw-cor\n        traffic'), opts).diagnostics.some((d) => d.code === 'ref.unknown'));
  });

  it(`${CODE}: fires on an interface that has no address for the helper to send to`, () => {
    const [d] = expectAt(ON_VWIRE, CODE, opts);
    assert.deepEqual(d!.data, { interface: 'ethernet1/1', firewall: 'fw-osaka', layer3Interfaces: ['ethernet1/3'] });
    assert.match(d!.message, /secondary DHCP helper pointing at interface `ethernet1\/1` of `fw-osaka`, which is `virtual-wire`/);
    assert.deepEqual(relatedText(ON_VWIRE, d!), ['virtual-wire']);
    assert.deepEqual(run(ON_VWIRE).map((x) => x.severity), ['info']);
    assert.deepEqual(run(ON_VWIRE, { profile: 'strict' }).map((x) => x.severity), ['error']);
    expectNone(CLEAN, CODE, opts);
    assertJapanese(ON_VWIRE);
  });

  it(`${CODE}: quick fix points the helper at a layer3 interface`, () => {
    expectFix(unmark(ON_VWIRE).text, CODE, '`ethernet1/3`', HELPER, CLEAN_FILES);
  });
});
