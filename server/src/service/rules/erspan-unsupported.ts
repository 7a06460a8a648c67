import { getBool } from '../tree';
import { below } from '../version';
import type { Rule } from './types';
import { firewallSpan, label, panosRelated, panosText, related, valueSpan } from './util';

/**
 * `erspan.unsupported` — an interface takes an ERSPAN feed (`erspan: true`) that its firewall
 * cannot decapsulate: ERSPAN for IoT Security arrived in PAN-OS 10.2 ("Data Collection for IoT
 * Security"), and "ERSPAN Support" (Device > Setup > Session) is off by default, so an absent
 * `erspanSupport` counts as off. The version problem is reported first (an upgrade is needed
 * before the setting exists).
 * Range: the interface's `erspan` value. Related: the firewall's `panos` value (version), or its
 * `erspanSupport` value / `id` when absent (setting).
 * data: `{ reason: 'version' | 'setting', firewall }`.
 */
export const erspanUnsupported: Rule = {
  code: 'erspan.unsupported',
  severity: 'error',
  basis: 'sourced',
  check(ctx) {
    for (const fw of ctx.plan.firewalls) {
      for (const iface of fw.interfaces) {
        if (getBool(iface.map, 'erspan') !== true) continue;
        const at = valueSpan(iface.map, 'erspan')!;
        const args = { interface: label(iface.name), firewall: label(fw.id), panos: panosText(fw) };
        if (below(fw.panos, '10.2')) {
          ctx.report({ ...at, messageId: 'erspan.unsupported/version', args, related: panosRelated(fw), data: { reason: 'version', firewall: fw.id } });
        } else if (getBool(fw.map, 'erspanSupport') !== true) {
          const setting = valueSpan(fw.map, 'erspanSupport');
          ctx.report({
            ...at,
            messageId: 'erspan.unsupported/setting',
            args,
            related: setting ? related(setting, 'related.erspan-support', { firewall: label(fw.id) }) : related(firewallSpan(fw), 'related.firewall', { firewall: label(fw.id) }),
            data: { reason: 'setting', firewall: fw.id },
          });
        }
      }
    }
  },
};
