import type { Rule } from './types';
import { isMissing, label, segmentSpan } from './util';

/**
 * `segment.identity-missing` — a segment has no `identity` (absent, or `identity:` with nothing):
 * the plan does not say how IoT Security learns its devices' MAC↔IP bindings, the first of the two
 * conditions of device visibility (2023 PoC blog).
 * Range: the segment's `id` value (else its first key). No related information.
 * data: `{ segment }` — the segment id.
 */
export const segmentIdentityMissing: Rule = {
  code: 'segment.identity-missing',
  severity: 'error',
  basis: 'sourced',
  check(ctx) {
    for (const seg of ctx.plan.segments) {
      if (!isMissing(seg.map, 'identity')) continue;
      ctx.report({ ...segmentSpan(seg), args: { segment: label(seg.id) }, data: { segment: seg.id } });
    }
  },
};
