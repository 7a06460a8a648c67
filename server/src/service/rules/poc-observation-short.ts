import { getNumber } from '../tree';
import type { Rule } from './types';
import { valueSpan } from './util';

export const MIN_OBSERVATION_DAYS = 2;

/**
 * `poc.observation-short` — `poc.observationDays` is below 2. After onboarding, allow one or two
 * days of traffic before judging how well devices are identified (Enterprise IoT guidance).
 * Range: the `observationDays` value. No related information.
 * data: `{ min: 2 }`.
 */
export const pocObservationShort: Rule = {
  code: 'poc.observation-short',
  severity: 'warning',
  basis: 'sourced',
  check(ctx) {
    const days = getNumber(ctx.plan.poc, 'observationDays');
    const at = valueSpan(ctx.plan.poc, 'observationDays');
    if (days === undefined || !at || days >= MIN_OBSERVATION_DAYS) return;
    ctx.report({ ...at, args: { days, min: MIN_OBSERVATION_DAYS }, data: { min: MIN_OBSERVATION_DAYS } });
  },
};
