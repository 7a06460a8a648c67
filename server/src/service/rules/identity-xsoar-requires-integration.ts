import { getString } from '../tree';
import type { Rule } from './types';
import { label, related, valueSpan } from './util';

/**
 * `identity.xsoar-requires-integration` — `identity.method: xsoar-snmp` needs a Cortex XSOAR: either
 * the cohosted one that comes with the IoT Security Third-party Integrations Add-on, or your own
 * full-featured XSOAR (no add-on needed). Fires when the plan has no `xsoar` section, or when
 * `xsoar.kind: cohosted` and `tenant.thirdPartyAddon` is `none` or absent. Silent when `xsoar.kind`
 * is absent (the plan does not say which XSOAR) or `own`.
 * Range: the `identity.method` value. Related: `xsoar.kind` and `tenant.thirdPartyAddon` when present.
 * data: `{ missing: 'xsoar' | 'addon' }`.
 */
export const identityXsoarRequiresIntegration: Rule = {
  code: 'identity.xsoar-requires-integration',
  severity: 'error',
  basis: 'sourced',
  check(ctx) {
    const { xsoar, tenant } = ctx.plan;
    const kind = getString(xsoar, 'kind');
    const addon = getString(tenant, 'thirdPartyAddon');
    let missing: 'xsoar' | 'addon' | undefined;
    if (!xsoar) missing = 'xsoar';
    else if (kind === 'cohosted' && (addon === undefined || addon === 'none')) missing = 'addon';
    if (!missing) return;
    for (const seg of ctx.plan.segments) {
      if (seg.identity?.method !== 'xsoar-snmp') continue;
      const at = valueSpan(seg.identity.map, 'method');
      if (!at) continue;
      ctx.report({
        ...at,
        messageId: missing === 'xsoar' ? 'identity.xsoar-requires-integration/xsoar' : addon === undefined ? 'identity.xsoar-requires-integration/addon-unset' : 'identity.xsoar-requires-integration/addon',
        args: { segment: label(seg.id), addon: addon ?? '' },
        related: missing === 'addon' ? [
          ...related(valueSpan(xsoar, 'kind'), 'related.xsoar-kind', { kind: kind! }),
          ...related(valueSpan(tenant, 'thirdPartyAddon'), 'related.third-party-addon', { addon: addon ?? '' }),
        ] : [],
        data: { missing },
      });
    }
  },
};
