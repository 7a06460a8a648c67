import type { FixProvider } from './types';
import { at, makeFix, PATH, put, segmentIndexAt } from './util';

/** `identity.csv-requires-static` → `addressing: static` on the segment (set, or added when absent). */
export const identityCsvRequiresStaticFix: FixProvider = {
  codes: ['identity.csv-requires-static'],
  fixes(d, ctx) {
    const k = segmentIndexAt(ctx.plan.model, d.start);
    if (k < 0) return [];
    return makeFix(ctx, ctx.t('action.segment.static'), (dr) => put(dr, at.segment(k), PATH.segment, 'addressing', 'static'), { preferred: true, safe: true });
  },
};
