import * as assert from 'node:assert/strict';
import { type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'identity.dhcp-broadcast-session-off';
const { relatedText, assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };
/** This rule's diagnostics for a plan (markers removed) under extra settings. */
function run(marked: string, settings: PartialSettings = {}): PlanDiagnostic[] {
  return check(unmark(dedent(marked)).text, { files: CLEAN_FILES, settings }).diagnostics.filter((d) => d.code === CODE);
}

const OFF = variant('dhcpBroadcastSession: true', 'dhcpBroadcastSession: «false»', variant('        dhcpRelay: [10.1.0.10]\n', '        dhcpServer: true\n'));
const UNSET = variant('    dhcpBroadcastSession: true\n', '', variant('  - id: fw-osaka', '  - id: «fw-osaka»', variant('        dhcpRelay: [10.1.0.10]\n', '        dhcpServer: true\n')));

describe('identity.dhcp-broadcast-session-off', () => {
  it('fires on dhcpBroadcastSession when the firewall serves DHCP on an identity interface', () => {
    const [d] = expectAt(OFF, CODE, opts);
    assert.deepEqual(d!.data, { firewall: 'fw-osaka' });
    assert.match(d!.message, /Firewall `fw-osaka` is the DHCP server for devices it identifies, but DHCP Broadcast Session is off/);
  });

  it('relates to the interface dhcpServer', () => {
    const [d] = expectAt(OFF, CODE, opts);
    assert.deepEqual(relatedText(OFF, d!), ['true']);
    assert.match(d!.related[0]!.message, /ethernet1\/3/);
  });

  it('points at the firewall id when the setting is absent (off by default)', () => {
    const [d] = expectAt(UNSET, CODE, opts);
    assert.match(d!.message, /is absent; off by default/);
  });

  it('stays quiet with the session on, or when no identity interface serves DHCP', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(variant('        dhcpRelay: [10.1.0.10]\n', '        dhcpServer: true\n'), CODE, opts);
    expectNone(variant('dhcpBroadcastSession: true', 'dhcpBroadcastSession: false'), CODE, opts);
  });

  it('is an added rule: info by default, error under profile: strict', () => {
    assert.deepEqual(run(OFF).map((d) => d.severity), run(OFF).map(() => 'info'));
    const strict = run(OFF, { profile: 'strict' });
    assert.ok(strict.length > 0);
    for (const d of strict) assert.equal(d.severity, 'error');
  });

  it('renders in Japanese', () => {
    assertJapanese(OFF);
    assertJapanese(UNSET);
  });
});
