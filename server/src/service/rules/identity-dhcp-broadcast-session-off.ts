import type { RelatedFinding } from '../diagnostics';
import type { FirewallM } from '../model';
import { getBool } from '../tree';
import type { Rule } from './types';
import { firewallSpan, label, related, valueSpan } from './util';

/**
 * `identity.dhcp-broadcast-session-off` (added; info, strict: error) — a segment's identity
 * interface has `dhcpServer: true` (the firewall is the devices' DHCP server) but the firewall's
 * `dhcpBroadcastSession` is not true (absent = off, the PAN-OS default). The firewall-preparation
 * checklist: when the firewall is the DHCP server, enable Device > Setup > Session > DHCP Broadcast
 * Session, or it writes no logs for the clients' broadcast DHCP.
 * One finding per firewall. Range: the `dhcpBroadcastSession` value, else the firewall's `id`.
 * Related: the interfaces' `dhcpServer` values.
 * data: `{ firewall }`.
 */
export const identityDhcpBroadcastSessionOff: Rule = {
  code: 'identity.dhcp-broadcast-session-off',
  severity: 'info',
  strictSeverity: 'error',
  basis: 'sourced',
  added: true,
  check(ctx) {
    const byFw = new Map<FirewallM, RelatedFinding[]>();
    for (const seg of ctx.plan.segments) {
      const id = seg.identity;
      if (!id || (id.method !== 'inline-arp-dhcp' && id.method !== 'mirror')) continue;
      const iface = id.iface;
      if (!iface || getBool(iface.map, 'dhcpServer') !== true) continue;
      if (getBool(iface.firewall.map, 'dhcpBroadcastSession') === true) continue;
      const list = byFw.get(iface.firewall) ?? [];
      const rel = related(valueSpan(iface.map, 'dhcpServer'), 'related.dhcp-server', { interface: label(iface.name) });
      if (!list.some((r) => r.start === rel[0]?.start)) list.push(...rel);
      byFw.set(iface.firewall, list);
    }
    for (const [fw, rel] of byFw) {
      const setting = valueSpan(fw.map, 'dhcpBroadcastSession');
      ctx.report({
        ...(setting ?? firewallSpan(fw)),
        messageId: setting ? 'identity.dhcp-broadcast-session-off' : 'identity.dhcp-broadcast-session-off/unset',
        args: { firewall: label(fw.id) },
        related: rel,
        data: { firewall: fw.id },
      });
    }
  },
};
