import { getString } from '../tree';
import type { Rule } from './types';
import { interfaceSpan, label, logsBroadcastDhcp, related, valueSpan } from './util';

export type BroadcastFix = 'add-relay' | 'enable-multicast' | 'enable-broadcast-session' | 'set-relayed';

/**
 * `identity.broadcast-dhcp-unseen` — the segment's identity relies on the firewall logging
 * broadcast DHCP, which it will not do on this interface. "DHCP Data Collection by Traffic Type":
 * broadcast DHCP yields Enhanced Application Logs only on a virtual wire with multicast
 * firewalling, or when the firewall itself is the DHCP server or relay; tap, layer2 and layer3
 * otherwise log unicast DHCP only.
 * Fires when `identity.method` is `inline-arp-dhcp` or `mirror`, the segment's `addressing` is `dhcp`
 * or `mixed`, its `dhcp` is `broadcast` (absent or `relayed`: silent), and the identity interface is
 * tap (always), layer2 without `dhcpServer: true`, layer3 without `dhcpRelay` and without
 * `dhcpServer: true`, or virtual-wire without `multicastFirewalling: true`.
 * Range: the `identity.interface` value. Related: the segment's `dhcp` value and the interface.
 * Messages: `identity.broadcast-dhcp-unseen/<mode>`.
 * data: `{ mode, interface, firewall, fixes }` — fixes, in order of preference:
 * `add-relay` (layer3: relay DHCP on this interface), `enable-multicast` (virtual-wire: set
 * multicastFirewalling), `enable-broadcast-session` (layer2/layer3: make the firewall the DHCP
 * server here — `dhcpServer: true` — with `dhcpBroadcastSession: true` on the firewall),
 * `set-relayed` (always: `dhcp: relayed`, when a relay elsewhere already sends unicast DHCP).
 */
export const identityBroadcastDhcpUnseen: Rule = {
  code: 'identity.broadcast-dhcp-unseen',
  severity: 'error',
  basis: 'sourced',
  check(ctx) {
    for (const seg of ctx.plan.segments) {
      const id = seg.identity;
      if (!id || (id.method !== 'inline-arp-dhcp' && id.method !== 'mirror') || !id.iface) continue;
      const addressing = getString(seg.map, 'addressing');
      if (addressing !== 'dhcp' && addressing !== 'mixed') continue;
      if (getString(seg.map, 'dhcp') !== 'broadcast') continue;
      const iface = id.iface;
      if (logsBroadcastDhcp(iface) !== false) continue;
      const at = valueSpan(id.map, 'interface');
      if (!at) continue;
      const mode = iface.mode!;
      const fixes: BroadcastFix[] = [];
      if (mode === 'layer3') fixes.push('add-relay');
      if (mode === 'virtual-wire') fixes.push('enable-multicast');
      if (mode === 'layer2' || mode === 'layer3') fixes.push('enable-broadcast-session');
      fixes.push('set-relayed');
      const fw = iface.firewall;
      ctx.report({
        ...at,
        messageId: `identity.broadcast-dhcp-unseen/${mode}`,
        args: { segment: label(seg.id), interface: label(iface.name), firewall: label(fw.id), mode },
        related: [
          ...related(valueSpan(seg.map, 'dhcp'), 'related.segment-dhcp', { segment: label(seg.id), dhcp: 'broadcast' }),
          ...related(interfaceSpan(iface), 'related.interface', { interface: label(iface.name), firewall: label(fw.id) }),
        ],
        data: { mode, interface: iface.name, firewall: fw.id, fixes },
      });
    }
  },
};
