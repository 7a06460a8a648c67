import { getString } from '../tree';
import type { FixProvider } from './types';
import { at, makeFix, PATH, put } from './util';

/** `poc.dates-inverted` → swap `poc.start` and `poc.end`. */
export const pocDatesInvertedFix: FixProvider = {
  codes: ['poc.dates-inverted'],
  fixes(_d, ctx) {
    const { poc } = ctx.plan.model;
    const start = getString(poc, 'start');
    const end = getString(poc, 'end');
    if (start === undefined || end === undefined) return [];
    return makeFix(ctx, ctx.t('action.poc.swap'), (dr) => { put(dr, at.poc(), PATH.poc, 'start', end); put(dr, at.poc(), PATH.poc, 'end', start); }, { preferred: true });
  },
};
