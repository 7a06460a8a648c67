import { parseIsoDate } from '../dates';
import { getString } from '../tree';
import type { Rule } from './types';
import { label, related, valueSpan } from './util';

export const TRIAL_TERM_DAYS = 60;

/**
 * `license.trial-term` (added; info) — a trial or eval license's `expires` is more than 60 days after
 * `poc.start`. Trial and eval licenses start with a 60-day term and are extended in 30-day steps on
 * request through the Palo Alto Networks sales rep or SE; the plan assumes an extension.
 * Range: the `expires` value. Related: `poc.start`.
 * data: `{ days, maxDays: 60 }` — days from the PoC start to the expiry.
 */
export const licenseTrialTerm: Rule = {
  code: 'license.trial-term',
  severity: 'info',
  strictSeverity: 'info',
  basis: 'sourced',
  added: true,
  check(ctx) {
    const { poc } = ctx.plan;
    const startText = getString(poc, 'start');
    const start = parseIsoDate(startText);
    if (start === undefined) return;
    for (const fw of ctx.plan.firewalls) {
      const type = getString(fw.license, 'type');
      if (type !== 'trial' && type !== 'eval') continue;
      const expires = getString(fw.license, 'expires');
      const day = parseIsoDate(expires);
      const at = valueSpan(fw.license, 'expires');
      if (day === undefined || !at || day - start <= TRIAL_TERM_DAYS) continue;
      ctx.report({
        ...at,
        args: { firewall: label(fw.id), type, expires: expires!, start: startText!, days: day - start, maxDays: TRIAL_TERM_DAYS },
        related: related(valueSpan(poc, 'start'), 'related.poc-start', { date: startText! }),
        data: { days: day - start, maxDays: TRIAL_TERM_DAYS },
      });
    }
  },
};
