import { parseIsoDate } from '../dates';
import { setValueFix, str } from './util';

/** `license.tenant-window` → `prodLicenseDate` moved to the window's last day (payload `lastDay`). */
export const licenseTenantWindowFix = setValueFix('license.tenant-window', (data) => {
  const lastDay = str(data.lastDay);
  return lastDay && parseIsoDate(lastDay) !== undefined ? { value: lastDay, title: 'action.tenant.window', args: { lastDay } } : undefined;
});
