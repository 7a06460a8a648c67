import { getString } from '../tree';
import type { Rule } from './types';
import { label, related, valueSpan } from './util';

/**
 * `logging.region-mismatch` (inferred) — a firewall's Strata Logging Service region
 * (`logging.region`) differs from the IoT Security tenant's region (`tenant.region`). Both regions are
 * chosen at activation; that they must match is an inference, not a quoted requirement. Compared
 * without regard to case or surrounding spaces; silent when either is missing.
 * Range: the `logging.region` value. Related: `tenant.region`.
 * data: `{ region }` — the tenant's region, the value a quick fix would write.
 */
export const loggingRegionMismatch: Rule = {
  code: 'logging.region-mismatch',
  severity: 'warning',
  basis: 'inferred',
  check(ctx) {
    const tenantRegion = getString(ctx.plan.tenant, 'region');
    if (tenantRegion === undefined || tenantRegion.trim() === '') return;
    for (const fw of ctx.plan.firewalls) {
      const region = getString(fw.logging, 'region');
      const at = valueSpan(fw.logging, 'region');
      if (region === undefined || !at || region.trim() === '') continue;
      if (region.trim().toLowerCase() === tenantRegion.trim().toLowerCase()) continue;
      ctx.report({
        ...at,
        args: { firewall: label(fw.id), region, tenantRegion },
        related: related(valueSpan(ctx.plan.tenant, 'region'), 'related.tenant-region', { region: tenantRegion }),
        data: { region: tenantRegion },
      });
    }
  },
};
