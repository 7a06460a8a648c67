import { nextFreeSubnet } from '../templates';
import type { FixProvider } from './types';
import { makeFix, record, setHere, str } from './util';

/**
 * `subnet.invalid` → the network address of a subnet written with host bits (payload `canonical`;
 * safe). A malformed subnet gets a free /24 the other segments do not use, as a starting point.
 */
export const subnetInvalidFix: FixProvider = {
  codes: ['subnet.invalid'],
  fixes(d, ctx) {
    const canonical = str(record(d.data).canonical);
    if (canonical) return makeFix(ctx, ctx.t('action.subnet.canonical', { canonical }), (dr) => setHere(dr, d.start, canonical), { preferred: true, safe: true });
    const free = nextFreeSubnet(ctx.plan.model);
    return makeFix(ctx, ctx.t('action.subnet.free', { subnet: free }), (dr) => setHere(dr, d.start, free));
  },
};
