import { nextFreeSubnet } from '../templates';
import type { FixProvider } from './types';
import { makeFix, setHere } from './util';

/** `subnet.overlap` → move the later segment to a free /24 that no segment uses (a starting point to adjust). */
export const subnetOverlapFix: FixProvider = {
  codes: ['subnet.overlap'],
  fixes(d, ctx) {
    const free = nextFreeSubnet(ctx.plan.model);
    return makeFix(ctx, ctx.t('action.subnet.free', { subnet: free }), (dr) => setHere(dr, d.start, free));
  },
};
