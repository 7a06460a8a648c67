/**
 * The six configuration patterns of the seed article as edits: "Configure as pattern N" writes a
 * segment's `identity` and `traffic` and whatever they need elsewhere (resources.ts), using the ids
 * the plan already has. A block whose method already matches the pattern is kept as written.
 */
import type { Value } from '../edit';
import type { Draft } from '../language/draft';
import { PATTERNS, type PatternId, type PlanModel } from '../model';
import { getString } from '../tree';
import { below } from '../version';
import { at, PATH, put } from '../actions/util';
import { addFirewall, chooseFirewall, ensureCsv, ensureInline, ensureLogging, ensureSnmpSwitch, ensureTap, ensureXsoar, type TemplateEnv } from './resources';

export const PATTERN_IDS: readonly PatternId[] = PATTERNS.map((p) => p.id);

function broadcastDhcp(m: PlanModel, k: number): boolean {
  const seg = m.segments[k]!;
  const addressing = getString(seg.map, 'addressing');
  return getString(seg.map, 'dhcp') === 'broadcast' && (addressing === 'dhcp' || addressing === 'mixed');
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
    if (pattern === '3' && below(d.model.firewalls[i]!.panos, '10.2')) put(d, at.firewall(i), PATH.firewall, 'panos', '10.2');
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
        // A tap never logs broadcast DHCP: it has to sit where DHCP is already relayed (unicast).
        if (broadcastDhcp(d.model, k)) put(d, at.segment(k), PATH.segment, 'dhcp', 'relayed');
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
