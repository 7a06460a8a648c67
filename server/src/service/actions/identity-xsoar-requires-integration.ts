import { getString } from '../tree';
import type { Fix, FixProvider } from './types';
import { at, makeFix, PATH, put, putIn, record, str } from './util';

/**
 * `identity.xsoar-requires-integration` → `missing: xsoar`: add the cohosted XSOAR (with the basic
 * Third-party Integrations Add-on when the tenant has none) or your own XSOAR; `missing: addon`: set
 * the add-on to basic or advanced, or switch to your own XSOAR. A purchase decision: never safe.
 */
export const identityXsoarRequiresIntegrationFix: FixProvider = {
  codes: ['identity.xsoar-requires-integration'],
  fixes(d, ctx) {
    const m = ctx.plan.model;
    const missing = str(record(d.data).missing);
    const out: Fix[] = [];
    const addon = (dr: Parameters<typeof put>[0], value: string): void => { putIn(dr, at.root(), PATH.root, ['tenant', 'thirdPartyAddon'], value); };
    if (missing === 'xsoar' && !m.xsoar) {
      out.push(...makeFix(ctx, ctx.t('action.xsoar.cohosted'), (dr) => {
        put(dr, at.root(), PATH.root, 'xsoar', { kind: 'cohosted', engineOs: 'linux' });
        const current = getString(m.tenant, 'thirdPartyAddon');
        if (current === undefined || current === 'none') addon(dr, 'basic');
      }, { preferred: true }));
      out.push(...makeFix(ctx, ctx.t('action.xsoar.own'), (dr) => put(dr, at.root(), PATH.root, 'xsoar', { kind: 'own', engineOs: 'linux' })));
    } else if (missing === 'addon') {
      for (const value of ['basic', 'advanced']) out.push(...makeFix(ctx, ctx.t('action.tenant.addon', { value }), (dr) => addon(dr, value), { preferred: value === 'basic' }));
      out.push(...makeFix(ctx, ctx.t('action.xsoar.own'), (dr) => put(dr, at.xsoar(), PATH.xsoar, 'kind', 'own')));
    }
    return out;
  },
};
