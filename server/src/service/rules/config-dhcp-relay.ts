import { interfacePairs, listText, relatedIn } from '../panos/drift';
import { asScalar, asSeq, get } from '../tree';
import type { Rule } from './types';
import { label, valueSpan } from './util';

/**
 * `config.dhcp-relay` (added; info, strict: warning) — the plan's `dhcpRelay` servers differ from
 * the running configuration's relay servers on that interface (as a set; none counts): a relaying
 * firewall logs the clients' DHCP, which is how pattern 1 learns identities (facts.md §3.2).
 * Range: the `dhcpRelay` value. Related: the interface's DHCP entry (or the interface).
 * data: `{ firewall, interface, key: 'dhcpRelay', value }` (no value: remove the key).
 */
export const configDhcpRelay: Rule = {
  code: 'config.dhcp-relay',
  severity: 'info',
  strictSeverity: 'warning',
  basis: 'sourced',
  added: true,
  check(ctx) {
    for (const p of interfacePairs(ctx)) {
      const seq = asSeq(get(p.iface.map, 'dhcpRelay'));
      const at = valueSpan(p.iface.map, 'dhcpRelay');
      if (!seq || !at || !p.cfg) continue;
      const plan = seq.items.map((x) => asScalar(x)?.value).filter((v): v is string => typeof v === 'string');
      const configured = p.cfg.dhcpRelay ?? [];
      if (plan.length === configured.length && plan.every((s) => configured.includes(s))) continue;
      const dhcp = p.report.device?.dhcp.find((d) => d.iface === p.name);
      ctx.report({
        ...at, messageId: configured.length ? 'config.dhcp-relay' : 'config.dhcp-relay/none',
        args: { interface: p.name, firewall: label(p.fw.id), path: p.report.path, planValue: listText(plan), configValue: listText(configured) },
        related: relatedIn(p.report, dhcp?.at ?? p.cfg.at, dhcp ? 'related.config-dhcp' : 'related.config-interface', { interface: p.name }),
        data: { firewall: p.fw.id, interface: p.name, key: 'dhcpRelay', ...(configured.length ? { value: configured } : {}) },
      });
    }
  },
};
