import type { Fix, FixProvider } from './types';
import { makeFix, record, setHere, str, strs } from './util';

/** `schema.enum` → the "did you mean" value (payload `suggestion`; safe), then every other allowed value. */
export const schemaEnumFix: FixProvider = {
  codes: ['schema.enum'],
  fixes(d, ctx) {
    const data = record(d.data);
    const suggestion = str(data.suggestion);
    const values = [...new Set([...(suggestion ? [suggestion] : []), ...strs(data.allowed)])];
    const out: Fix[] = [];
    for (const value of values) {
      const best = value === suggestion;
      out.push(...makeFix(ctx, ctx.t('action.set-value', { value }), (dr) => setHere(dr, d.start, value), { preferred: best, safe: best }));
    }
    return out;
  },
};
