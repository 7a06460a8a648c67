import type { InterfaceM } from '../model';
import { getString } from '../tree';
import type { Rule } from './types';
import { isErspanTunnel, label, nameList, receivesCopy, related, valueSpan } from './util';

/** What a copy interface's zone should hold: taps only, or ERSPAN tunnel interfaces only. */
export function copyKind(iface: InterfaceM): 'tap' | 'erspan' | undefined {
  return isErspanTunnel(iface) ? 'erspan' : iface.mode === 'tap' ? 'tap' : undefined;
}

/**
 * `interface.copy-zone-shared` (added; info, strict: warning) — the zone of a tap or ERSPAN tunnel
 * interface is also the zone of another interface of the same firewall that is not a copy of the
 * same kind. A tap needs a zone of its own ("Use a Tap Interface for DHCP Visibility": a tap zone
 * whose second rule drops everything but DHCP; a PAN-OS zone has one type, and a tap zone holds
 * only taps), and the GRE tunnel of an ERSPAN feed terminates in "a Layer 3 security zone
 * dedicated to terminating the GRE tunnel" ("Use ERSPAN to Send Mirrored Traffic through GRE
 * Tunnels"): rules written for the copy would otherwise match live traffic, or the reverse.
 * One finding per copy interface. Range: its `zone` value. Related: the other interfaces' `zone` values.
 * Messages: `interface.copy-zone-shared` (tap), `/erspan`.
 * data: `{ interface, firewall, zone, kind, others }` — others: the other interfaces' names.
 */
export const interfaceCopyZoneShared: Rule = {
  code: 'interface.copy-zone-shared',
  severity: 'info',
  strictSeverity: 'warning',
  basis: 'sourced',
  added: true,
  check(ctx) {
    for (const fw of ctx.plan.firewalls) {
      const byZone = new Map<string, InterfaceM[]>();
      for (const iface of fw.interfaces) {
        const zone = getString(iface.map, 'zone')?.trim();
        if (!zone) continue;
        (byZone.get(zone) ?? byZone.set(zone, []).get(zone)!).push(iface);
      }
      for (const [zone, members] of byZone) {
        for (const iface of members) {
          const kind = copyKind(iface);
          if (!kind || !receivesCopy(iface)) continue;
          const others = members.filter((o) => o !== iface && copyKind(o) !== kind);
          const at = valueSpan(iface.map, 'zone');
          if (!others.length || !at) continue;
          const names = others.map((o) => o.name).filter((n): n is string => n !== undefined);
          ctx.report({
            ...at,
            ...(kind === 'erspan' ? { messageId: 'interface.copy-zone-shared/erspan' } : {}),
            args: { interface: label(iface.name), firewall: label(fw.id), zone, others: nameList(names) },
            related: others.flatMap((o) => related(valueSpan(o.map, 'zone'), 'related.interface-zone', { interface: label(o.name), zone })),
            data: { interface: iface.name, firewall: fw.id, zone, kind, others: names },
          });
        }
      }
    }
  },
};
