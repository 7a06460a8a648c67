import type { FixProvider } from './types';
import { at, makeFix, PATH, put, record, segmentIndexAt, str } from './util';

/**
 * `segment.static-identity-addressing` → on a DHCP segment, `addressing: mixed`: it has the static
 * devices its `staticIdentity` lists (safe; every rule reads `dhcp` and `mixed` alike, so nothing
 * else changes). Unset addressing is a statement the user has to make (from nothing, `mixed` would
 * bring in the DHCP rules), and on an all-static segment the CSV belongs in `identity`: both are
 * left to the user.
 */
export const segmentStaticIdentityAddressingFix: FixProvider = {
  codes: ['segment.static-identity-addressing'],
  fixes(d, ctx) {
    const k = segmentIndexAt(ctx.plan.model, d.start);
    if (k < 0 || str(record(d.data).addressing) !== 'dhcp') return [];
    return makeFix(ctx, ctx.t('action.segment.mixed'), (dr) => put(dr, at.segment(k), PATH.segment, 'addressing', 'mixed'), { preferred: true, safe: true });
  },
};
