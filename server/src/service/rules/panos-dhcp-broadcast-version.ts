import type { RelatedFinding } from '../diagnostics';
import type { FirewallM } from '../model';
import { getBool } from '../tree';
import { below, type PanosVersion } from '../version';
import type { Rule } from './types';
import { broadcastCopy, label, nameList, panosText, related, valueSpan } from './util';

/** The first release of a version's train with the DHCP Broadcast Session fix, or undefined when it has it. */
export function broadcastSessionMinimum(v: PanosVersion): string | undefined {
  if (below(v, '10.1')) return '10.1.10';
  if (v.major === 10 && v.minor === 1) return below(v, '10.1.10') ? '10.1.10' : undefined;
  if (v.major === 10 && v.minor === 2) return below(v, '10.2.4') ? '10.2.4' : undefined;
  if (v.major === 11 && v.minor === 0) return below(v, '11.0.1') ? '11.0.1' : undefined;
  return undefined;
}

/**
 * `panos.dhcp-broadcast-version` (added; info, strict: warning) — a firewall relies on DHCP
 * Broadcast Session and its PAN-OS lacks the fix the current firewall-preparation docs name:
 * 10.1.10+, 10.2.4+, 11.0.1+ (below 10.1: not available; an older page said 10.0+ needs no
 * workaround). It relies on it when it serves DHCP (`dhcpServer: true`) on an interface a segment
 * uses for identity, or when a segment's identity reads broadcast DHCP from a tap or ERSPAN tunnel
 * interface of a firewall with `dhcpBroadcastSession: true` (the seed article's pattern 2).
 * One finding per firewall. Range: the `panos` value. Related: the interfaces' `dhcpServer`
 * values, and the `dhcpBroadcastSession` value a tap relies on.
 * Messages: the base message when the firewall serves DHCP, `/tap` when only a copy relies on it.
 * data: `{ firewall, minimum }` — the first fixed release in the firewall's train.
 */
export const panosDhcpBroadcastVersion: Rule = {
  code: 'panos.dhcp-broadcast-version',
  severity: 'info',
  strictSeverity: 'warning',
  basis: 'sourced',
  added: true,
  check(ctx) {
    const byFw = new Map<FirewallM, { server: boolean; taps: string[]; related: RelatedFinding[] }>();
    const entry = (fw: FirewallM): { server: boolean; taps: string[]; related: RelatedFinding[] } => {
      let e = byFw.get(fw);
      if (!e) { e = { server: false, taps: [], related: [] }; byFw.set(fw, e); }
      return e;
    };
    const add = (list: RelatedFinding[], rel: RelatedFinding[]): void => {
      if (rel[0] && !list.some((r) => r.start === rel[0]!.start)) list.push(...rel);
    };
    for (const seg of ctx.plan.segments) {
      const iface = seg.identity?.iface;
      if (iface && getBool(iface.map, 'dhcpServer') === true) {
        const e = entry(iface.firewall);
        e.server = true;
        add(e.related, related(valueSpan(iface.map, 'dhcpServer'), 'related.dhcp-server', { interface: label(iface.name) }));
      }
      const copy = broadcastCopy(seg);
      if (copy && getBool(copy.firewall.map, 'dhcpBroadcastSession') === true) {
        const e = entry(copy.firewall);
        if (copy.name !== undefined && !e.taps.includes(copy.name)) e.taps.push(copy.name);
        add(e.related, related(valueSpan(copy.firewall.map, 'dhcpBroadcastSession'), 'related.broadcast-session', { firewall: label(copy.firewall.id) }));
      }
    }
    for (const [fw, e] of byFw) {
      const at = valueSpan(fw.map, 'panos');
      const minimum = fw.panos ? broadcastSessionMinimum(fw.panos) : undefined;
      if (!at || !minimum) continue;
      ctx.report({
        ...at,
        ...(e.server ? {} : { messageId: 'panos.dhcp-broadcast-version/tap' }),
        args: { firewall: label(fw.id), panos: panosText(fw), minimum, interfaces: nameList(e.taps) },
        related: e.related,
        data: { firewall: fw.id, minimum },
      });
    }
  },
};
