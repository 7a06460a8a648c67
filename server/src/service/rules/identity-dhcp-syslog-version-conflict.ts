import { below } from '../version';
import type { Rule } from './types';
import { identityFirewall, label, panosRelated, panosText, valueSpan } from './util';

/**
 * `identity.dhcp-syslog-version-conflict` (added; info, strict: warning) — `dhcp-syslog` identity
 * on a receiving firewall running PAN-OS 10.2.x–10.x. The sources disagree on the minimum: the 2023
 * PoC blog says 10.2, the PAN-OS 11.0 web help lists 11.0 or later as a prerequisite.
 * Range: the `identity.method` value. Related: the firewall's `panos` value.
 * data: `{ firewall, minimum: '11.0' }`.
 */
export const identityDhcpSyslogVersionConflict: Rule = {
  code: 'identity.dhcp-syslog-version-conflict',
  severity: 'info',
  strictSeverity: 'warning',
  basis: 'sourced-conflict',
  added: true,
  check(ctx) {
    for (const seg of ctx.plan.segments) {
      if (seg.identity?.method !== 'dhcp-syslog') continue;
      const fw = identityFirewall(seg);
      const at = valueSpan(seg.identity.map, 'method');
      if (!fw?.panos || !at || below(fw.panos, '10.2') || !below(fw.panos, '11.0')) continue;
      ctx.report({
        ...at,
        args: { segment: label(seg.id), firewall: label(fw.id), panos: panosText(fw) },
        related: panosRelated(fw),
        data: { firewall: fw.id, minimum: '11.0' },
      });
    }
  },
};
