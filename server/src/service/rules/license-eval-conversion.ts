import { getBool, getString } from '../tree';
import type { Rule } from './types';
import { label, related, valueSpan } from './util';

/**
 * `license.eval-conversion` (added; info) — `tenant.keepAfterPoc: true` and a firewall has an `eval`
 * license. Trial licenses convert to prod; eval licenses do not (they belong to loaned eval
 * firewalls): keeping the tenant means buying prod licenses for prod firewalls and applying them in
 * time (see `license.tenant-window`).
 * Range: the license's `type` value. Related: `tenant.keepAfterPoc`.
 * data: `{ firewall }`.
 */
export const licenseEvalConversion: Rule = {
  code: 'license.eval-conversion',
  severity: 'info',
  strictSeverity: 'info',
  basis: 'sourced',
  added: true,
  check(ctx) {
    const { tenant } = ctx.plan;
    if (getBool(tenant, 'keepAfterPoc') !== true) return;
    for (const fw of ctx.plan.firewalls) {
      if (getString(fw.license, 'type') !== 'eval') continue;
      ctx.report({
        ...valueSpan(fw.license, 'type')!,
        args: { firewall: label(fw.id) },
        related: related(valueSpan(tenant, 'keepAfterPoc'), 'related.keep-after-poc'),
        data: { firewall: fw.id },
      });
    }
  },
};
