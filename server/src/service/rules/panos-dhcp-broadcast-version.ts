import type { RelatedFinding } from '../diagnostics';
import type { FirewallM } from '../model';
import { getBool } from '../tree';
import { below, type PanosVersion } from '../version';
import type { Rule } from './types';
import { label, panosText, related, valueSpan } from './util';

/** The first release of a version's train with the DHCP Broadcast Session fix, or undefined when it has it. */
export function broadcastSessionMinimum(v: PanosVersion): string | undefined {
  if (below(v, '10.1')) return '10.1.10';
  if (v.major === 10 && v.minor === 1) return below(v, '10.1.10') ? '10.1.10' : undefined;
  if (v.major === 10 && v.minor === 2) return below(v, '10.2.4') ? '10.2.4' : undefined;
  if (v.major === 11 && v.minor === 0) return below(v, '11.0.1') ? '11.0.1' : undefined;
  return undefined;
}

/**
 * `panos.dhcp-broadcast-version` (added; info, strict: warning) — the firewall serves DHCP
 * (`dhcpServer: true`) on an interface a segment uses for identity, and its PAN-OS lacks the DHCP
 * Broadcast Session fix the current firewall-preparation docs name: 10.1.10+, 10.2.4+, 11.0.1+
 * (below 10.1: not available; an older page said 10.0+ needs no workaround).
 * One finding per firewall. Range: the `panos` value. Related: the interfaces' `dhcpServer` values.
 * data: `{ firewall, minimum }` — the first fixed release in the firewall's train.
 */
export const panosDhcpBroadcastVersion: Rule = {
  code: 'panos.dhcp-broadcast-version',
  severity: 'info',
  strictSeverity: 'warning',
  basis: 'sourced',
  added: true,
  check(ctx) {
    const byFw = new Map<FirewallM, RelatedFinding[]>();
    for (const seg of ctx.plan.segments) {
      const iface = seg.identity?.iface;
      if (!iface || getBool(iface.map, 'dhcpServer') !== true) continue;
      const list = byFw.get(iface.firewall) ?? [];
      const rel = related(valueSpan(iface.map, 'dhcpServer'), 'related.dhcp-server', { interface: label(iface.name) });
      if (!list.some((r) => r.start === rel[0]?.start)) list.push(...rel);
      byFw.set(iface.firewall, list);
    }
    for (const [fw, rel] of byFw) {
      const at = valueSpan(fw.map, 'panos');
      const minimum = fw.panos ? broadcastSessionMinimum(fw.panos) : undefined;
      if (!at || !minimum) continue;
      ctx.report({ ...at, args: { firewall: label(fw.id), panos: panosText(fw), minimum }, related: rel, data: { firewall: fw.id, minimum } });
    }
  },
};
