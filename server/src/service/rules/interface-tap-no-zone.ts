import { getString } from '../tree';
import type { Rule } from './types';
import { interfaceSpan, label } from './util';

/**
 * `interface.tap-no-zone` (added; info, strict: warning) — a tap interface has no `zone`. "Use a Tap
 * Interface for DHCP Visibility": configure the tap interface and a zone, then a rule on that zone
 * that logs DHCP with the rulebase's log-forwarding profile; without a zone no rule matches.
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
        if (iface.mode !== 'tap') continue;
        const zone = getString(iface.map, 'zone');
        if (zone !== undefined && zone.trim() !== '') continue;
        ctx.report({ ...interfaceSpan(iface), args: { interface: label(iface.name), firewall: label(fw.id) }, data: { interface: iface.name, firewall: fw.id } });
      }
    }
  },
};
