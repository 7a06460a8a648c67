import { interfacePairs, relatedIn } from '../panos/drift';
import type { Rule } from './types';
import { label, valueSpan } from './util';

/**
 * `config.mode` (added; info, strict: warning) — the plan's `mode` for an interface differs from
 * the running configuration's: the mode decides whether the firewall can enforce (a tap cannot)
 * and which DHCP it logs (facts.md §3.2, §4). A mode the plan cannot describe (HA, decrypt mirror,
 * an aggregate group member, none) counts as different. ERSPAN is compared through the import's
 * mapping (panos/erspan.ts). Range: the `mode` value. Related: the interface in the file.
 * data: `{ firewall, interface, key: 'mode', value }` (value only when the plan can take it).
 */
export const configMode: Rule = {
  code: 'config.mode',
  severity: 'info',
  strictSeverity: 'warning',
  basis: 'sourced',
  added: true,
  check(ctx) {
    for (const p of interfacePairs(ctx)) {
      const planMode = p.iface.mode;
      const at = valueSpan(p.iface.map, 'mode');
      if (planMode === undefined || !at || (!p.cfg && !p.raw)) continue;
      const configMode = p.cfg?.mode ?? p.raw!.mode;
      if (configMode === planMode) continue;
      ctx.report({
        ...at, messageId: configMode === 'none' ? 'config.mode/none' : 'config.mode',
        args: { interface: p.name, firewall: label(p.fw.id), path: p.report.path, planValue: planMode, configValue: configMode },
        related: relatedIn(p.report, p.cfg?.at ?? p.raw?.at, 'related.config-interface', { interface: p.name }),
        data: { firewall: p.fw.id, interface: p.name, key: 'mode', ...(p.cfg ? { value: p.cfg.mode } : {}) },
      });
    }
  },
};
