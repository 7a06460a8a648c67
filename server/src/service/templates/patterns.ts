/**
 * The six configuration patterns of the seed article as edits: "Configure as pattern N" writes a
 * segment's `identity` and `traffic` and whatever they need elsewhere (resources.ts), using the ids
 * the plan already has. A block whose method already matches the pattern is kept as written.
 */
import type { Value } from '../edit';
import type { Draft } from '../language/draft';
import { PATTERNS, type PatternId, type PlanModel } from '../model';
import { getBool, getString } from '../tree';
import { below } from '../version';
import { upgradeTarget } from '../actions/upgrade';
import { at, PATH, put } from '../actions/util';
import { addFirewall, chooseFirewall, ensureCsv, ensureInline, ensureLogging, ensureSnmpSwitch, ensureTap, ensureXsoar, type TemplateEnv } from './resources';

export const PATTERN_IDS: readonly PatternId[] = PATTERNS.map((p) => p.id);

function broadcastDhcp(m: PlanModel, k: number): boolean {
  const seg = m.segments[k]!;
  const addressing = getString(seg.map, 'addressing');
  return getString(seg.map, 'dhcp') === 'broadcast' && (addressing === 'dhcp' || addressing === 'mixed');
}

/**
 * Pattern 2 as the seed article draws it: the SPAN port of the devices' access switch copies their
 * own broadcast DHCP to the tap. Unless the plan says the DHCP arrives relayed, the segment says
 * `dhcp: broadcast` and the firewall gets DHCP Broadcast Session ("Firewall Deployment Options for
 * IoT Security"), on a release with its fix; identity.tap-broadcast-session then names the sources'
 * disagreement and the day-1 check.
 */
function enableTapBroadcastDhcp(d: Draft, k: number, i: number): void {
  const seg = d.model.segments[k]!;
  const addressing = getString(seg.map, 'addressing');
  if (addressing !== 'dhcp' && addressing !== 'mixed') return;
  const dhcp = getString(seg.map, 'dhcp');
  if (dhcp !== undefined && dhcp !== 'broadcast') return;
  if (dhcp === undefined) put(d, at.segment(k), PATH.segment, 'dhcp', 'broadcast');
  const fw = d.model.firewalls[i]!;
  if (getBool(fw.map, 'dhcpBroadcastSession') !== true) {
    const upgrade = upgradeTarget(d.model, fw, undefined, { enablesBroadcastSession: true });
    put(d, at.firewall(i), PATH.firewall, 'dhcpBroadcastSession', true);
    if (upgrade) put(d, at.firewall(i), PATH.firewall, 'panos', upgrade.version);
  }
}

/** Writes pattern `pattern` into segment `k` (index in `model.segments`) of the draft. */
export function applyPattern(d: Draft, k: number, pattern: PatternId, env: TemplateEnv): void {
  const spec = PATTERNS.find((p) => p.id === pattern);
  const seg0 = d.model.segments[k];
  if (!spec || !seg0) return;
  const keepIdentity = seg0.identity?.method === spec.identity;
  const keepTraffic = seg0.traffic?.method === spec.traffic;
  const needsFirewall = !keepTraffic || (!keepIdentity && spec.identity !== 'csv' && spec.identity !== 'xsoar-snmp');

  let i = -1;
  let fwId: string | undefined;
  if (needsFirewall) {
    const fw = chooseFirewall(d.model, seg0, pattern === '3' ? (f) => !below(f.panos, '10.2') : undefined);
    i = fw ? fw.index : addFirewall(d);
    if (i < 0) return;
    fwId = d.model.firewalls[i]!.id;
    if (fwId === undefined) return;
    if (pattern === '3' && below(d.model.firewalls[i]!.panos, '10.2')) {
      // 10.2 per the seed article, 11.0 per the PAN-OS web help: plan what both accept (actions/upgrade.ts).
      const upgrade = upgradeTarget(d.model, d.model.firewalls[i]!, '11.0');
      if (upgrade) put(d, at.firewall(i), PATH.firewall, 'panos', upgrade.version);
    }
    ensureLogging(d, i);
  }

  const enforce = d.model.segments[k]!.enforce;
  let traffic: Value | undefined;
  let inlineName: string | undefined;
  if (!keepTraffic && fwId !== undefined) {
    if (spec.traffic === 'inline') {
      inlineName = ensureInline(d, i, { enforce, broadcast: pattern === '1' && broadcastDhcp(d.model, k), prefer: seg0.traffic?.interfaceName ?? seg0.identity?.interfaceName });
      traffic = { method: 'inline', firewall: fwId, interface: inlineName };
    } else {
      traffic = { method: 'mirror', firewall: fwId, interface: ensureTap(d, i).name };
    }
  }

  let identity: Value | undefined;
  if (!keepIdentity) {
    switch (pattern) {
      case '1': {
        // The traffic interface was chosen to log the DHCP pattern 1 relies on; reuse it.
        const name = inlineName ?? ensureInline(d, i, { enforce: false, broadcast: broadcastDhcp(d.model, k), prefer: seg0.identity?.interfaceName });
        identity = { method: 'inline-arp-dhcp', firewall: fwId!, interface: name };
        break;
      }
      case '2': {
        const tap = ensureTap(d, i);
        identity = { method: 'mirror', firewall: fwId!, interface: tap.name, switch: tap.switchId };
        enableTapBroadcastDhcp(d, k, i);
        break;
      }
      case '3':
        identity = { method: 'dhcp-syslog', firewall: fwId! };
        break;
      case '4': {
        const sw = ensureSnmpSwitch(d);
        ensureXsoar(d);
        identity = { method: 'xsoar-snmp', switch: sw };
        break;
      }
      default:
        identity = { method: 'csv', csv: ensureCsv(d, env, d.model.segments[k]!) };
    }
  }
  if (spec.identity === 'csv' && getString(d.model.segments[k]!.map, 'addressing') !== 'static') put(d, at.segment(k), PATH.segment, 'addressing', 'static');
  if (spec.traffic === 'mirror' && enforce) put(d, at.segment(k), PATH.segment, 'enforce', false);
  if (identity) put(d, at.segment(k), PATH.segment, 'identity', identity);
  if (traffic) put(d, at.segment(k), PATH.segment, 'traffic', traffic);
}
