import { getPair, getString } from '../tree';
import { valueRange } from '../model';
import type { Rule } from './types';

/**
 * `identity.csv-requires-static` — CSV identity on a segment whose addressing is not `static`.
 * The static-IP device upload tracks devices by IP, so it only works for fixed addresses.
 * On `addressing` (or the method when addressing is absent); related: the csv method.
 */
export const identityCsvRequiresStatic: Rule = {
  code: 'identity.csv-requires-static',
  severity: 'error',
  basis: 'sourced',
  check(ctx) {
    for (const seg of ctx.plan.segments) {
      if (seg.identity?.method !== 'csv') continue;
      const addressing = getString(seg.map, 'addressing');
      if (addressing === 'static') continue;
      const method = getPair(seg.identity.map, 'method')!;
      const at = addressing !== undefined ? valueRange(seg.map, 'addressing') : { start: method.value!.start, end: method.value!.end };
      ctx.report({
        ...at,
        messageId: addressing === undefined ? 'identity.csv-requires-static/unset' : 'identity.csv-requires-static',
        args: { segment: seg.id ?? '?', addressing: addressing ?? '' },
        related: addressing !== undefined && method.value ? [{ start: method.value.start, end: method.value.end, messageId: 'related.csv-identity' }] : [],
        data: { addressing },
      });
    }
  },
};
