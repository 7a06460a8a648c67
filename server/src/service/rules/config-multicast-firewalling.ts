import { interfacePairs, relatedIn } from '../panos/drift';
import { getBool } from '../tree';
import type { Rule } from './types';
import { label, valueSpan } from './util';

/**
 * `config.multicast-firewalling` (added; info, strict: warning) — the plan's `multicastFirewalling`
 * differs from the virtual wire the running configuration puts the interface in: only with it is
 * broadcast DHCP logged on a virtual wire (facts.md §3.1, §3.5). Silent when the interface is in no
 * virtual wire object. Range: the `multicastFirewalling` value. Related: the virtual wire.
 * data: `{ firewall, interface, key: 'multicastFirewalling', value }`.
 */
export const configMulticastFirewalling: Rule = {
  code: 'config.multicast-firewalling',
  severity: 'info',
  strictSeverity: 'warning',
  basis: 'sourced',
  added: true,
  check(ctx) {
    for (const p of interfacePairs(ctx)) {
      const plan = getBool(p.iface.map, 'multicastFirewalling');
      const at = valueSpan(p.iface.map, 'multicastFirewalling');
      if (plan === undefined || !at || p.cfg?.multicastFirewalling === undefined || p.cfg.multicastFirewalling === plan) continue;
      const wire = p.report.device?.virtualWires.find((w) => w.interface1 === p.name || w.interface2 === p.name);
      ctx.report({
        ...at, messageId: p.cfg.multicastFirewalling ? 'config.multicast-firewalling/on' : 'config.multicast-firewalling',
        args: { interface: p.name, firewall: label(p.fw.id), path: p.report.path, wire: wire?.name ?? '?' },
        related: relatedIn(p.report, wire?.at ?? p.cfg.at, 'related.config-vwire', { wire: wire?.name ?? '?' }),
        data: { firewall: p.fw.id, interface: p.name, key: 'multicastFirewalling', value: p.cfg.multicastFirewalling },
      });
    }
  },
};
