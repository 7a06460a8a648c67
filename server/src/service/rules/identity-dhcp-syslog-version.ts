import { below } from '../version';
import type { Rule } from './types';
import { identityFirewall, label, panosRelated, panosText, valueSpan } from './util';

/**
 * `identity.dhcp-syslog-version` — `identity.method: dhcp-syslog` and the receiving firewall
 * (`identity.firewall`, else `traffic.firewall`) runs PAN-OS below 10.2. DHCP server log ingestion
 * arrived in 10.2 according to the 2023 PoC blog (the PAN-OS web help even lists 11.0: see
 * `identity.dhcp-syslog-version-conflict`).
 * Range: the `identity.method` value. Related: the firewall's `panos` value.
 * data: `{ firewall, minimum: '10.2' }`.
 */
export const identityDhcpSyslogVersion: Rule = {
  code: 'identity.dhcp-syslog-version',
  severity: 'error',
  basis: 'sourced-conflict',
  check(ctx) {
    for (const seg of ctx.plan.segments) {
      if (seg.identity?.method !== 'dhcp-syslog') continue;
      const fw = identityFirewall(seg);
      const at = valueSpan(seg.identity.map, 'method');
      if (!fw || !at || !below(fw.panos, '10.2')) continue;
      ctx.report({
        ...at,
        args: { segment: label(seg.id), firewall: label(fw.id), panos: panosText(fw) },
        related: panosRelated(fw),
        data: { firewall: fw.id, minimum: '10.2' },
      });
    }
  },
};
