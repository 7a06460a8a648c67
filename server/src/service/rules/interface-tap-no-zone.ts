import { getString } from '../tree';
import type { Rule } from './types';
import { interfaceSpan, isErspanTunnel, label, receivesCopy } from './util';

/**
 * `interface.tap-no-zone` (added; info, strict: warning) — a tap interface has no `zone`. "Use a Tap
 * Interface for DHCP Visibility": configure the tap interface and a zone, then a rule on that zone
 * that logs DHCP with the rulebase's log-forwarding profile (and a second that drops the rest);
 * without a zone no rule matches. An ERSPAN tunnel interface (`layer3`, `erspan: true`; message
 * `/erspan`) needs its layer3 zone dedicated to the GRE tunnel ("Use ERSPAN to Send Mirrored
 * Traffic through GRE Tunnels"), where the same two rules apply to the decapsulated copy.
 * Range: the interface's `name` value. No related information.
 * data: `{ interface, firewall }`.
 */
export const interfaceTapNoZone: Rule = {
  code: 'interface.tap-no-zone',
  severity: 'info',
  strictSeverity: 'warning',
  basis: 'sourced',
  added: true,
  check(ctx) {
    for (const fw of ctx.plan.firewalls) {
      for (const iface of fw.interfaces) {
        if (!receivesCopy(iface)) continue;
        const zone = getString(iface.map, 'zone');
        if (zone !== undefined && zone.trim() !== '') continue;
        const erspan = isErspanTunnel(iface);
        ctx.report({
          ...interfaceSpan(iface),
          ...(erspan ? { messageId: 'interface.tap-no-zone/erspan' } : {}),
          args: { interface: label(iface.name), firewall: label(fw.id) },
          data: { interface: iface.name, firewall: fw.id },
        });
      }
    }
  },
};
