import { getBool } from '../tree';
import type { Rule } from './types';
import { broadcastCopy, interfaceSpan, isErspanTunnel, label, logsBroadcastDhcp, related, usesBroadcastDhcp, valueSpan } from './util';

export type BroadcastFix = 'add-relay' | 'enable-multicast' | 'enable-broadcast-session' | 'enable-session' | 'set-relayed';

/**
 * `identity.broadcast-dhcp-unseen` — the segment's identity relies on the firewall logging
 * broadcast DHCP, which it will not do on this interface. "DHCP Data Collection by Traffic Type":
 * broadcast DHCP yields Enhanced Application Logs only on a virtual wire with multicast
 * firewalling, or when the firewall itself is the DHCP server or relay; layer2 and layer3
 * otherwise log unicast DHCP only.
 * A copy (a tap, or an ERSPAN tunnel interface: `layer3` with `erspan: true`) is where the sources
 * disagree: that table lists no log for broadcast DHCP on a tap, while "Firewall Deployment Options
 * for IoT Security" says to enable DHCP Broadcast Session when the tap shares a broadcast domain
 * with the mirroring switch. So on a copy this rule fires only while the firewall's
 * `dhcpBroadcastSession` is not true; with it on, `identity.tap-broadcast-session` names the
 * conflict (an info) instead.
 * Fires when `identity.method` is `inline-arp-dhcp` or `mirror`, the segment's `addressing` is `dhcp`
 * or `mixed`, its `dhcp` is `broadcast` (absent or `relayed`: silent), and the identity interface is
 * a tap or ERSPAN tunnel interface on a firewall without `dhcpBroadcastSession: true`, layer2
 * without `dhcpServer: true`, layer3 without `dhcpRelay` and without `dhcpServer: true`, or
 * virtual-wire without `multicastFirewalling: true`.
 * Range: the `identity.interface` value. Related: the segment's `dhcp` value, the interface, and
 * (on a copy) the firewall's `dhcpBroadcastSession` value when written.
 * Messages: `identity.broadcast-dhcp-unseen/<mode>` (`/erspan` for an ERSPAN tunnel interface).
 * data: `{ mode, interface, firewall, fixes }` — fixes, in order of preference:
 * `enable-session` (tap/ERSPAN: `dhcpBroadcastSession: true` on the firewall), `add-relay` (layer3:
 * relay DHCP on this interface), `enable-multicast` (virtual-wire: set multicastFirewalling),
 * `enable-broadcast-session` (layer2/layer3: make the firewall the DHCP server here —
 * `dhcpServer: true` — with `dhcpBroadcastSession: true` on the firewall), `set-relayed` (always:
 * `dhcp: relayed`, when a relay elsewhere already sends unicast DHCP).
 */
export const identityBroadcastDhcpUnseen: Rule = {
  code: 'identity.broadcast-dhcp-unseen',
  severity: 'error',
  basis: 'sourced',
  check(ctx) {
    for (const seg of ctx.plan.segments) {
      const id = seg.identity;
      if (!id || (id.method !== 'inline-arp-dhcp' && id.method !== 'mirror') || !id.iface) continue;
      if (!usesBroadcastDhcp(seg)) continue;
      const iface = id.iface;
      const fw = iface.firewall;
      const copy = broadcastCopy(seg) !== undefined;
      if (copy ? getBool(fw.map, 'dhcpBroadcastSession') === true : logsBroadcastDhcp(iface) !== false) continue;
      const at = valueSpan(id.map, 'interface');
      if (!at) continue;
      const mode = iface.mode!;
      const fixes: BroadcastFix[] = [];
      if (copy) fixes.push('enable-session');
      else {
        if (mode === 'layer3') fixes.push('add-relay');
        if (mode === 'virtual-wire') fixes.push('enable-multicast');
        if (mode === 'layer2' || mode === 'layer3') fixes.push('enable-broadcast-session');
      }
      fixes.push('set-relayed');
      ctx.report({
        ...at,
        messageId: `identity.broadcast-dhcp-unseen/${isErspanTunnel(iface) ? 'erspan' : mode}`,
        args: { segment: label(seg.id), interface: label(iface.name), firewall: label(fw.id), mode },
        related: [
          ...related(valueSpan(seg.map, 'dhcp'), 'related.segment-dhcp', { segment: label(seg.id), dhcp: 'broadcast' }),
          ...related(interfaceSpan(iface), 'related.interface', { interface: label(iface.name), firewall: label(fw.id) }),
          ...(copy ? related(valueSpan(fw.map, 'dhcpBroadcastSession'), 'related.broadcast-session', { firewall: label(fw.id) }) : []),
        ],
        data: { mode, interface: iface.name, firewall: fw.id, fixes },
      });
    }
  },
};
