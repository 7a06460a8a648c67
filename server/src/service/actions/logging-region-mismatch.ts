import { setValueFix, str } from './util';

/** `logging.region-mismatch` → the tenant's region (payload `region`). */
export const loggingRegionMismatchFix = setValueFix('logging.region-mismatch', (data) => {
  const region = str(data.region);
  return region ? { value: region, title: 'action.logging.region', args: { region } } : undefined;
});
