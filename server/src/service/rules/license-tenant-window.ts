import { formatIsoDate, parseIsoDate } from '../dates';
import { getBool, getString } from '../tree';
import type { Rule } from './types';
import { label, related, valueSpan } from './util';

/** Days after a trial/eval license expires within which prod licenses keep the tenant (2023 PoC blog). */
export const TENANT_WINDOW_DAYS = 30;

/**
 * `license.tenant-window` — `tenant.keepAfterPoc: true`, and `tenant.prodLicenseDate` is more than
 * 30 days after the `expires` of a trial or eval license (exactly 30 days is still inside). The
 * 2023 PoC blog: the tenant survives the move from trial/eval to prod only when the prod license is
 * applied within 30 days of the trial/eval expiry. Silent when either tenant key or every expiry is
 * missing.
 * Range: the `prodLicenseDate` value. Related: the `expires` of each trial/eval license the date misses.
 * data: `{ lastDay: 'YYYY-MM-DD' }` — the earliest expires + 30 days, the last date that keeps the tenant.
 */
export const licenseTenantWindow: Rule = {
  code: 'license.tenant-window',
  severity: 'error',
  basis: 'sourced',
  check(ctx) {
    const { tenant } = ctx.plan;
    if (getBool(tenant, 'keepAfterPoc') !== true) return;
    const prodText = getString(tenant, 'prodLicenseDate');
    const prod = parseIsoDate(prodText);
    const at = valueSpan(tenant, 'prodLicenseDate');
    if (prod === undefined || !at) return;
    const late: Array<{ firewall: string; type: string; expires: string; day: number; span: { start: number; end: number } }> = [];
    for (const fw of ctx.plan.firewalls) {
      const type = getString(fw.license, 'type');
      if (type !== 'trial' && type !== 'eval') continue;
      const expires = getString(fw.license, 'expires');
      const day = parseIsoDate(expires);
      const span = valueSpan(fw.license, 'expires');
      if (day === undefined || !span) continue;
      if (prod > day + TENANT_WINDOW_DAYS) late.push({ firewall: label(fw.id), type, expires: expires!, day, span });
    }
    if (!late.length) return;
    const earliest = late.reduce((a, b) => (b.day < a.day ? b : a));
    const lastDay = formatIsoDate(earliest.day + TENANT_WINDOW_DAYS);
    ctx.report({
      ...at,
      messageId: late.length > 1 ? 'license.tenant-window/many' : 'license.tenant-window',
      args: { date: prodText!, lastDay, firewall: earliest.firewall, type: earliest.type, expires: earliest.expires, count: late.length, days: prod - earliest.day },
      related: late.flatMap((l) => related(l.span, 'related.license-expires', { firewall: l.firewall, type: l.type, expires: l.expires })),
      data: { lastDay },
    });
  },
};
