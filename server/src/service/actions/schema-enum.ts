import type { Fix, FixProvider } from './types';
import { addsProblems, makeFix, record, setHere, str, strs } from './util';

/**
 * `schema.enum` → the "did you mean" value (payload `suggestion`; safe), then every other allowed
 * value that does not itself make a new error or warning (`mode: tap` under a segment whose traffic
 * is inline would only trade one problem for another). The others are tried only for the
 * lightbulb: *Fix all* takes the suggestion alone.
 */
export const schemaEnumFix: FixProvider = {
  codes: ['schema.enum'],
  fixes(d, ctx) {
    const data = record(d.data);
    const suggestion = str(data.suggestion);
    const values = [...new Set([...(suggestion ? [suggestion] : []), ...strs(data.allowed)])];
    const out: Fix[] = [];
    for (const value of values) {
      const best = value === suggestion;
      if (!best && ctx.onlySafe) continue;
      out.push(...makeFix(ctx, ctx.t('action.set-value', { value }), (dr) => setHere(dr, d.start, value), { preferred: best, safe: best }));
    }
    // The suggestion stays: it is what the plan evidently meant (what follows from it is the plan's).
    return out.filter((f) => f.safe || !f.edit || !addsProblems(ctx, f.edit));
  },
};
