import type { Fix, FixProvider } from './types';
import { at, makeFix, PATH, putIn, record, segmentIndexAt, setHere, strs } from './util';

/** `traffic.inline-on-tap` → each inline interface of the firewall (payload `inlineInterfaces`), or `method: mirror`. */
export const trafficInlineOnTapFix: FixProvider = {
  codes: ['traffic.inline-on-tap'],
  fixes(d, ctx) {
    const k = segmentIndexAt(ctx.plan.model, d.start);
    const out: Fix[] = [];
    for (const name of strs(record(d.data).inlineInterfaces)) {
      out.push(...makeFix(ctx, ctx.t('action.traffic.use-inline', { interface: name }), (dr) => setHere(dr, d.start, name), { preferred: !out.length }));
    }
    if (k >= 0) out.push(...makeFix(ctx, ctx.t('action.traffic.mirror'), (dr) => putIn(dr, at.segment(k), PATH.segment, ['traffic', 'method'], 'mirror')));
    return out;
  },
};
