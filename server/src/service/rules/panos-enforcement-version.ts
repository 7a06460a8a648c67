import { getPair } from '../tree';
import { below } from '../version';
import type { Rule } from './types';
import { label, panosRelated, panosText, pairSpan } from './util';

/**
 * `panos.enforcement-version` — a segment has `enforce: true` and its traffic firewall runs PAN-OS
 * below 10.0. Device-ID (IP-to-device mappings pushed to the firewall, policy enforcement) needs
 * 10.0; 8.1–9.1 are visibility-only with manual policy import.
 * Range: the `enforce: true` pair. Related: the firewall's `panos` value.
 * data: `{ firewall, minimum: '10.0' }`.
 */
export const panosEnforcementVersion: Rule = {
  code: 'panos.enforcement-version',
  severity: 'error',
  basis: 'sourced',
  check(ctx) {
    for (const seg of ctx.plan.segments) {
      const fw = seg.traffic?.firewall;
      if (!seg.enforce || !fw || !below(fw.panos, '10.0')) continue;
      const enforce = getPair(seg.map, 'enforce')!;
      ctx.report({
        ...pairSpan(enforce),
        args: { segment: label(seg.id), firewall: label(fw.id), panos: panosText(fw) },
        related: panosRelated(fw),
        data: { firewall: fw.id, minimum: '10.0' },
      });
    }
  },
};
