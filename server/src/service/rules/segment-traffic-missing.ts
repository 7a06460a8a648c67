import type { Rule } from './types';
import { isMissing, label, segmentSpan } from './util';

/**
 * `segment.traffic-missing` — a segment has no `traffic` (absent, or `traffic:` with nothing): the
 * plan does not say how the firewall sees the devices' traffic, the second condition of device
 * visibility (2023 PoC blog; deployment options docs).
 * Range: the segment's `id` value (else its first key). No related information.
 * data: `{ segment }` — the segment id.
 */
export const segmentTrafficMissing: Rule = {
  code: 'segment.traffic-missing',
  severity: 'error',
  basis: 'sourced',
  check(ctx) {
    for (const seg of ctx.plan.segments) {
      if (!isMissing(seg.map, 'traffic')) continue;
      ctx.report({ ...segmentSpan(seg), args: { segment: label(seg.id) }, data: { segment: seg.id } });
    }
  },
};
