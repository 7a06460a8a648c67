import { getBool } from '../tree';
import type { Rule } from './types';
import { broadcastCopy, interfaceSpan, isErspanTunnel, label, related, valueSpan } from './util';

/**
 * `identity.tap-broadcast-session` (added; info, strict: info; sourced-conflict) — a segment's
 * identity reads broadcast DHCP from a copy (a tap, or an ERSPAN tunnel interface) on a firewall
 * with `dhcpBroadcastSession: true`, the seed article's pattern 2 as drawn (an access switch's SPAN
 * port copying the devices' ARP/DHCP). The sources disagree on whether that is logged: "Firewall
 * Deployment Options for IoT Security" says to enable DHCP Broadcast Session when the tap shares
 * a broadcast domain with the mirroring switch (so: yes), the "DHCP Data Collection by Traffic
 * Type" table lists no log for broadcast DHCP on a tap (so: no). The plan is not wrong as written
 * (no error: `identity.broadcast-dhcp-unseen` stays silent); this info names both sources and the
 * day-1 check that settles it: confirm DHCP logs from one test device.
 * Range: the `identity.interface` value. Related: the firewall's `dhcpBroadcastSession` value, the
 * segment's `dhcp` value, the interface.
 * Messages: `identity.tap-broadcast-session` (tap), `/erspan` (ERSPAN tunnel interface).
 * data: `{ interface, firewall }`.
 */
export const identityTapBroadcastSession: Rule = {
  code: 'identity.tap-broadcast-session',
  severity: 'info',
  strictSeverity: 'info',
  basis: 'sourced-conflict',
  added: true,
  check(ctx) {
    for (const seg of ctx.plan.segments) {
      const iface = broadcastCopy(seg);
      if (!iface || getBool(iface.firewall.map, 'dhcpBroadcastSession') !== true) continue;
      const at = valueSpan(seg.identity!.map, 'interface');
      if (!at) continue;
      const fw = iface.firewall;
      ctx.report({
        ...at,
        ...(isErspanTunnel(iface) ? { messageId: 'identity.tap-broadcast-session/erspan' } : {}),
        args: { segment: label(seg.id), interface: label(iface.name), firewall: label(fw.id) },
        related: [
          ...related(valueSpan(fw.map, 'dhcpBroadcastSession'), 'related.broadcast-session', { firewall: label(fw.id) }),
          ...related(valueSpan(seg.map, 'dhcp'), 'related.segment-dhcp', { segment: label(seg.id), dhcp: 'broadcast' }),
          ...related(interfaceSpan(iface), 'related.interface', { interface: label(iface.name), firewall: label(fw.id) }),
        ],
        data: { interface: iface.name, firewall: fw.id },
      });
    }
  },
};
