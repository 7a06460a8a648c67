import { below } from '../version';
import type { Rule } from './types';
import { label, panosText, valueSpan } from './util';

/**
 * `panos.below-recommended` — a firewall runs PAN-OS below 10.2; the current IoT Security (Device
 * Security) prerequisites ask for a supported PAN-OS 10.2 or later.
 * Range: the `panos` value. No related information.
 * data: `{ minimum: '10.2' }`.
 */
export const panosBelowRecommended: Rule = {
  code: 'panos.below-recommended',
  severity: 'warning',
  basis: 'sourced',
  check(ctx) {
    for (const fw of ctx.plan.firewalls) {
      const at = valueSpan(fw.map, 'panos');
      if (!at || !below(fw.panos, '10.2')) continue;
      ctx.report({ ...at, args: { firewall: label(fw.id), panos: panosText(fw) }, data: { minimum: '10.2' } });
    }
  },
};
