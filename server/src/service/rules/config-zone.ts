import { interfacePairs, relatedIn, zoneOffset } from '../panos/drift';
import { getString } from '../tree';
import type { Rule } from './types';
import { label, valueSpan } from './util';

/**
 * `config.zone` (added; info, strict: warning) — the plan puts an interface in a zone other than
 * the one the running configuration has it in (or in none): policy, Device-ID and the tap rules are
 * per zone. Silent when the plan gives no `zone` or the configuration lacks the interface.
 * Range: the `zone` value. Related: the zone (or interface) in the file.
 * data: `{ firewall, interface, key: 'zone', value }` (no value: the configuration has no zone).
 */
export const configZone: Rule = {
  code: 'config.zone',
  severity: 'info',
  strictSeverity: 'warning',
  basis: 'sourced',
  added: true,
  check(ctx) {
    for (const p of interfacePairs(ctx)) {
      const planZone = getString(p.iface.map, 'zone');
      const at = valueSpan(p.iface.map, 'zone');
      if (planZone === undefined || !at || !p.cfg || p.cfg.zone === planZone) continue;
      ctx.report({
        ...at, messageId: p.cfg.zone === undefined ? 'config.zone/none' : 'config.zone',
        args: { interface: p.name, firewall: label(p.fw.id), path: p.report.path, planValue: planZone, configValue: p.cfg.zone ?? '' },
        related: relatedIn(p.report, zoneOffset(p), p.cfg.zone === undefined ? 'related.config-interface' : 'related.config-zone', { interface: p.name, zone: p.cfg.zone ?? '' }),
        data: { firewall: p.fw.id, interface: p.name, key: 'zone', ...(p.cfg.zone !== undefined ? { value: p.cfg.zone } : {}) },
      });
    }
  },
};
