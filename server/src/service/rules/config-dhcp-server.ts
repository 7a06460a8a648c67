import { interfacePairs, relatedIn } from '../panos/drift';
import { getBool } from '../tree';
import type { Rule } from './types';
import { label, valueSpan } from './util';

/**
 * `config.dhcp-server` (added; info, strict: warning) — the plan's `dhcpServer` differs from the
 * running configuration (a DHCP server on the interface, not disabled): a firewall that serves
 * DHCP logs broadcast DHCP with DHCP Broadcast Session (facts.md §3.2). Range: the `dhcpServer`
 * value. Related: the interface's DHCP entry. data: `{ firewall, interface, key: 'dhcpServer', value }`.
 */
export const configDhcpServer: Rule = {
  code: 'config.dhcp-server',
  severity: 'info',
  strictSeverity: 'warning',
  basis: 'sourced',
  added: true,
  check(ctx) {
    for (const p of interfacePairs(ctx)) {
      const plan = getBool(p.iface.map, 'dhcpServer');
      const at = valueSpan(p.iface.map, 'dhcpServer');
      if (plan === undefined || !at || !p.cfg) continue;
      const configured = p.cfg.dhcpServer === true;
      if (configured === plan) continue;
      const dhcp = p.report.device?.dhcp.find((d) => d.iface === p.name);
      ctx.report({
        ...at, messageId: configured ? 'config.dhcp-server/on' : 'config.dhcp-server',
        args: { interface: p.name, firewall: label(p.fw.id), path: p.report.path },
        related: relatedIn(p.report, dhcp?.at ?? p.cfg.at, dhcp ? 'related.config-dhcp' : 'related.config-interface', { interface: p.name }),
        data: { firewall: p.fw.id, interface: p.name, key: 'dhcpServer', value: configured },
      });
    }
  },
};
