import { PATTERNS, type PatternId } from '../model';
import { patternActions } from '../templates';
import type { FixProvider } from './types';
import { segmentIndexAt } from './util';

/**
 * `segment.identity-missing`, `segment.traffic-missing`, `segment.pattern-unrecognised` →
 * "Configure as pattern N". When one block is already written, only the patterns that keep its
 * method are offered; a choice of design, never safe.
 */
export const segmentPatternFix: FixProvider = {
  codes: ['segment.identity-missing', 'segment.traffic-missing', 'segment.pattern-unrecognised'],
  fixes(d, ctx) {
    const k = segmentIndexAt(ctx.plan.model, d.start);
    const seg = ctx.plan.model.segments[k];
    if (!seg) return [];
    let only: PatternId[] | undefined;
    if (d.code === 'segment.traffic-missing' && seg.identity?.method) only = PATTERNS.filter((p) => p.identity === seg.identity!.method).map((p) => p.id);
    if (d.code === 'segment.identity-missing' && seg.traffic?.method) only = PATTERNS.filter((p) => p.traffic === seg.traffic!.method).map((p) => p.id);
    if (only && !only.length) only = undefined;
    return patternActions(ctx.plan, k, ctx.t, only).map((a) => ({ title: a.title, data: a.data }));
  },
};
