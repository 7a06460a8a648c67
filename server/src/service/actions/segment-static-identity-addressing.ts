import type { FixProvider } from './types';
import { at, makeFix, PATH, put, record, segmentIndexAt, str } from './util';

/**
 * `segment.static-identity-addressing` → on a DHCP (or unset) segment, `addressing: mixed`: it has
 * the static devices its `staticIdentity` lists (safe). On an all-static segment the CSV belongs in
 * `identity`, a move left to the user.
 */
export const segmentStaticIdentityAddressingFix: FixProvider = {
  codes: ['segment.static-identity-addressing'],
  fixes(d, ctx) {
    const k = segmentIndexAt(ctx.plan.model, d.start);
    if (k < 0 || str(record(d.data).addressing) === 'static') return [];
    return makeFix(ctx, ctx.t('action.segment.mixed'), (dr) => put(dr, at.segment(k), PATH.segment, 'addressing', 'mixed'), { preferred: true, safe: true });
  },
};
