import { parseIsoDate } from '../dates';
import { getString } from '../tree';
import type { Rule } from './types';
import { label, related, valueSpan } from './util';

/**
 * `license.expires-before-poc-end` — a firewall's IoT Security license (any type) expires before
 * `poc.end`: IoT Security stops taking that firewall's logs before the PoC is over. Trial/eval terms
 * are 60 days and are extended in 30-day steps through the Palo Alto Networks sales team.
 * Range: the license's `expires` value. Related: `poc.end`.
 * data: `{ pocEnd: 'YYYY-MM-DD' }`.
 */
export const licenseExpiresBeforePocEnd: Rule = {
  code: 'license.expires-before-poc-end',
  severity: 'warning',
  basis: 'sourced',
  check(ctx) {
    const { poc } = ctx.plan;
    const pocEnd = getString(poc, 'end');
    const end = parseIsoDate(pocEnd);
    if (end === undefined) return;
    for (const fw of ctx.plan.firewalls) {
      const expires = getString(fw.license, 'expires');
      const day = parseIsoDate(expires);
      const at = valueSpan(fw.license, 'expires');
      if (day === undefined || !at || day >= end) continue;
      const type = getString(fw.license, 'type');
      ctx.report({
        ...at,
        messageId: type === 'trial' || type === 'eval' ? 'license.expires-before-poc-end/trial' : 'license.expires-before-poc-end',
        args: { firewall: label(fw.id), type: type ?? '?', expires: expires!, pocEnd: pocEnd!, days: end - day },
        related: related(valueSpan(poc, 'end'), 'related.poc-end', { date: pocEnd! }),
        data: { pocEnd },
      });
    }
  },
};
