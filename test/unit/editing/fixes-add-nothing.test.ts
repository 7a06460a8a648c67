/**
 * Issue #13 item 3: a quick fix either fixes what it claims without adding a finding, or says in its
 * title what else changes (and does it in the same edit). Each case compares the codes before and
 * after under both profiles, where `profile: strict` turns the added rules' infos into warnings.
 */
import * as assert from 'node:assert/strict';
import { CLEAN_FILES, variant } from '../../fixtures';
import { apply, diagnostics, fixesFor, pick, titles } from './helpers';

const F = CLEAN_FILES;

/** The codes a fix added, at any severity, under the default and the strict profile. */
function added(before: string, after: string): string[] {
  const out = new Set<string>();
  for (const profile of ['default', 'strict'] as const) {
    const was = new Set(diagnostics(before, F, { profile }).map((d) => d.code));
    for (const d of diagnostics(after, F, { profile })) if (!was.has(d.code)) out.add(d.code);
  }
  return [...out].sort();
}

function fixed(before: string, code: string, title: string): string {
  const action = pick(fixesFor(before, code, F), title);
  assert.equal(action.title, title, 'the whole title');
  return apply(before, action.edit);
}

/** The tap of the clean plan fed the devices' broadcast DHCP (the article's pattern 2). */
const TAP_BROADCAST = variant('        addressing: static\n        identity:\n          method: mirror', '        addressing: dhcp\n        dhcp: broadcast\n        identity:\n          method: mirror');

describe('quick fixes that would add findings (issue #13 item 3)', () => {
  it('"Plan PAN-OS" for DHCP server syslog plans 11.0 (both sources), not 10.2 (identity.dhcp-syslog-version-conflict)', () => {
    const before = variant('    panos: 11.1.3\n', '    panos: 10.1.5\n');
    const after = fixed(before, 'identity.dhcp-syslog-version', 'Plan PAN-OS 11.0 on `fw-osaka` (11.0+ meets both sources for DHCP server syslog)');
    assert.match(after, /panos: "11\.0"\n/);
    assert.deepEqual(added(before, after), []);
    assert.ok(!diagnostics(after, F).some((d) => d.code === 'identity.dhcp-syslog-version'));
  });

  it('"Plan PAN-OS" on a firewall that serves DHCP plans the release with the DHCP Broadcast Session fix', () => {
    const server = variant('        dhcpRelay: [10.1.0.10]\n', '        dhcpServer: true\n');
    const before = variant('    panos: 11.1.3\n', '    panos: 9.1.4\n', server);
    const after = fixed(before, 'panos.enforcement-version', 'Plan PAN-OS 10.1.10 on `fw-osaka` (a release with the DHCP Broadcast Session fix)');
    assert.deepEqual(added(before, after), []);
  });

  it('"Make the firewall the DHCP server … DHCP Broadcast Session on" also plans the fixed release (panos.dhcp-broadcast-version)', () => {
    const before = variant('    panos: 11.1.3\n', '    panos: 10.2.1\n', variant('        dhcpRelay: [10.1.0.10]\n', ''));
    const title = 'Make `fw-osaka` the DHCP server on `ethernet1/3`, with DHCP Broadcast Session on and PAN-OS 10.2.4 (the first release with its fix)';
    assert.ok(titles(fixesFor(before, 'identity.broadcast-dhcp-unseen', F)).includes(title));
    const after = fixed(before, 'identity.broadcast-dhcp-unseen', title);
    assert.match(after, /panos: 10\.2\.4\n/);
    assert.match(after, / {8}dhcpServer: true\n/);
    assert.deepEqual(added(before, after), []);
    // On a fixed release the title stays short and PAN-OS is left alone.
    const current = variant('        dhcpRelay: [10.1.0.10]\n', '');
    const short = fixed(current, 'identity.broadcast-dhcp-unseen', 'Make `fw-osaka` the DHCP server on `ethernet1/3`, with DHCP Broadcast Session on');
    assert.match(short, /panos: 11\.1\.3\n/);
    assert.deepEqual(added(current, short), []);
  });

  it('a tap with broadcast DHCP: "Enable DHCP Broadcast Session" comes first, names the day-1 check it leads to, and plans the fixed release', () => {
    const before = variant('    panos: 11.1.3\n', '    panos: 11.0.0\n', variant('    dhcpBroadcastSession: true\n', '', TAP_BROADCAST));
    const actions = fixesFor(before, 'identity.broadcast-dhcp-unseen', F);
    const title = 'Enable DHCP Broadcast Session on `fw-osaka` and plan PAN-OS 11.0.1, the first release with its fix (then confirm DHCP logs from one test device on day 1)';
    assert.equal(titles(actions)[0], title);
    assert.ok(actions[0]!.preferred);
    const after = fixed(before, 'identity.broadcast-dhcp-unseen', title);
    assert.match(after, / {4}panos: 11\.0\.1\n/);
    assert.match(after, / {4}dhcpBroadcastSession: true\n/);
    // What it adds is the day-1 check its title announces: the sources disagree, so the plan says so.
    assert.deepEqual(added(before, after), ['identity.tap-broadcast-session']);
    assert.ok(!diagnostics(after, F).some((d) => d.code === 'identity.broadcast-dhcp-unseen'));
  });

  it('"Enable DHCP Broadcast Session" for a DHCP server announces the day-1 check when a tap of the firewall reads broadcast DHCP too', () => {
    const server = variant('        dhcpRelay: [10.1.0.10]\n', '        dhcpServer: true\n', variant('    dhcpBroadcastSession: true\n', '', TAP_BROADCAST));
    const after = fixed(server, 'identity.dhcp-broadcast-session-off', 'Enable DHCP Broadcast Session on `fw-osaka` (then confirm DHCP logs from one test device on day 1)');
    assert.deepEqual(added(server, after), ['identity.tap-broadcast-session']);
  });
});
