import { parseIsoDate } from '../dates';
import { getString } from '../tree';
import type { Rule } from './types';
import { related, valueSpan } from './util';

/**
 * `poc.dates-inverted` (added; info, strict: error) — `poc.end` is before `poc.start`; every date
 * check (license expiry, trial term) measures against these two.
 * Range: the `poc.end` value. Related: `poc.start`.
 * data: `{ start }` — the start date.
 */
export const pocDatesInverted: Rule = {
  code: 'poc.dates-inverted',
  severity: 'info',
  strictSeverity: 'error',
  basis: 'inferred',
  added: true,
  check(ctx) {
    const { poc } = ctx.plan;
    const startText = getString(poc, 'start');
    const endText = getString(poc, 'end');
    const start = parseIsoDate(startText);
    const end = parseIsoDate(endText);
    if (start === undefined || end === undefined || end >= start) return;
    ctx.report({
      ...valueSpan(poc, 'end')!,
      args: { start: startText!, end: endText! },
      related: related(valueSpan(poc, 'start'), 'related.poc-start', { date: startText! }),
      data: { start: startText },
    });
  },
};
