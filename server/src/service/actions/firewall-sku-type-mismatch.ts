import type { FixProvider } from './types';
import { at, firewallIndexAt, makeFix, PATH, put, record, str } from './util';

const TYPES = new Set(['prod', 'eval', 'lab']);

/** `firewall.sku-type-mismatch` → the firewall type the SKU implies (payload `expectedType`). */
export const firewallSkuTypeMismatchFix: FixProvider = {
  codes: ['firewall.sku-type-mismatch'],
  fixes(d, ctx) {
    const i = firewallIndexAt(ctx.plan.model, d.start);
    const type = str(record(d.data).expectedType);
    if (i < 0 || !type || !TYPES.has(type)) return [];
    return makeFix(ctx, ctx.t('action.firewall.type-from-sku', { type }), (dr) => put(dr, at.firewall(i), PATH.firewall, 'type', type), { preferred: true, safe: true });
  },
};
