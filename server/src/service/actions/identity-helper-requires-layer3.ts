import type { Fix, FixProvider } from './types';
import { makeFix, record, setHere, strs } from './util';

/** `identity.helper-requires-layer3` → point the helper at each layer3 interface of the firewall (payload `layer3Interfaces`). */
export const identityHelperRequiresLayer3Fix: FixProvider = {
  codes: ['identity.helper-requires-layer3'],
  fixes(d, ctx) {
    const out: Fix[] = [];
    for (const name of strs(record(d.data).layer3Interfaces)) {
      out.push(...makeFix(ctx, ctx.t('action.helper.layer3', { interface: name }), (dr) => setHere(dr, d.start, name), { preferred: !out.length }));
    }
    if (out.length === 1) out[0]!.safe = true;
    return out;
  },
};
