import { MIN_OBSERVATION_DAYS } from '../rules/poc-observation-short';
import { setValueFix } from './util';

/** `poc.observation-short` → `observationDays` raised to the minimum (payload `min`). */
export const pocObservationShortFix = setValueFix('poc.observation-short', (data) => {
  const min = typeof data.min === 'number' ? data.min : MIN_OBSERVATION_DAYS;
  return { value: min, title: 'action.poc.observation', args: { min } };
});
