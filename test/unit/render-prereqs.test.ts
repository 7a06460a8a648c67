/**
 * Issue #12 items 1, 3 and 6: the prerequisites checklist carries the tap zone's rules, the GRE
 * tunnel of an ERSPAN feed in its dedicated layer3 zone, and DHCP Broadcast Session wherever a tap
 * reads broadcast DHCP (with the day-1 check and the version gate); the diagram names an ERSPAN
 * tunnel interface for what it is.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ROOT } from '../cli-harness';
import { CLEAN, CLEAN_FILES, variant } from '../fixtures';
import { renderFile, renderText } from '../render-helpers';

const example = (name: string, lang?: string): string => renderFile(path.join(ROOT, 'examples', `${name}.pocplan.yaml`), { format: 'md', ...(lang ? { lang } : {}) });
const item = (md: string, label: string): string => md.split('\n').find((l) => l.includes(`**${label}**`)) ?? '';

describe('prerequisites: taps, ERSPAN and DHCP Broadcast Session', () => {
  it('pattern 2: the tap zone\'s two rules and the day-1 check of DHCP Broadcast Session, left open', () => {
    const md = example('pattern-2-span-identity');
    assert.match(item(md, 'Tap zone rules'), /^- \[ \] .*On zone span-copy: rule 1 allows DHCP with the rulebase's IoT Security log-forwarding profile; rule 2 drops everything else/);
    assert.match(item(md, 'DHCP broadcast session'), /^- \[ \] .*Enabled for the broadcast DHCP copied to ethernet1\/8\. The sources disagree .* on day 1, confirm DHCP logs from one test device/);
  });

  it('a copy that carries the traffic (5-2) logs it rather than dropping it', () => {
    assert.match(item(example('pattern-5-2-csv-mirror'), 'Tap zone rules'), /the copy carries the devices' traffic: a rule allows it with the rulebase's IoT Security log-forwarding profile/);
  });

  it('ERSPAN: the GRE tunnel in its dedicated layer3 zone; the tap form asks for it', () => {
    assert.match(item(example('pattern-5-2-erspan-gre'), 'GRE tunnel for ERSPAN'), /^- \[x\] .*Terminated on tunnel\.1 in the layer3 zone erspan-pumps, dedicated to it; enable ERSPAN on the GRE tunnel object/);
    assert.match(item(example('pattern-5-2-csv-mirror'), 'GRE tunnel for ERSPAN'), /^- \[ \] .*The plan writes the ERSPAN feed on ethernet1\/9 as a tap/);
    assert.match(example('pattern-5-2-erspan-gre'), /tunnel\.1 \(ERSPAN tunnel, zone erspan-pumps\)/);
    assert.match(item(example('pattern-5-2-erspan-gre', 'ja'), 'ERSPAN 用の GRE トンネル'), /専用のレイヤー 3 ゾーン/);
  });

  it('marks what the plan gets wrong: a tap without a zone, the session off, a release without its fix', () => {
    const tapBroadcast = variant('        addressing: static\n        identity:\n          method: mirror', '        addressing: dhcp\n        dhcp: broadcast\n        identity:\n          method: mirror');
    const md = (text: string): string => renderText(text, { files: CLEAN_FILES, format: 'md' });
    assert.match(item(md(tapBroadcast.replace('        zone: mirror\n', '')), 'Tap zone rules'), /^- \[ \] \*\*Tap zone rules\*\* \*\(problem\)\* — ethernet1\/7 has no zone/);
    assert.match(item(md(tapBroadcast.replace('    dhcpBroadcastSession: true\n', '')), 'DHCP broadcast session'), /\*\(problem\)\* — ethernet1\/7 reads the devices' broadcast DHCP: enable Device \\> Setup \\> Session \\> DHCP Broadcast Session/);
    assert.match(item(md(tapBroadcast.replace('    panos: 11.1.3\n', '    panos: 10.2.2\n')), 'DHCP broadcast session'), /PAN-OS 10\.2\.2 predates the DHCP Broadcast Session fix: plan 10\.2\.4 or later/);
    assert.match(item(md(CLEAN), 'DHCP broadcast session'), /not needed/);
  });

  it('firewalls without a copy say so', () => {
    assert.match(item(example('pattern-1-inline'), 'Tap zone rules'), /No tap or ERSPAN copy on this firewall/);
  });
});
