import { formatIsoDate, parseIsoDate } from '../dates';
import { getString } from '../tree';
import type { Fix, FixProvider } from './types';
import { at, firewallIndexAt, makeFix, PATH, put, record, setHere, str } from './util';

const EXTENSION_DAYS = 30;

/**
 * `license.expires-before-poc-end` → for a trial/eval license, plan the 30-day extensions that cover
 * the PoC (trial and eval terms are extended in 30-day steps through sales); for other licenses, set
 * `expires` to the PoC end; or end the PoC when the license does. A plan change either way: not safe.
 */
export const licenseExpiresBeforePocEndFix: FixProvider = {
  codes: ['license.expires-before-poc-end'],
  fixes(d, ctx) {
    const m = ctx.plan.model;
    const i = firewallIndexAt(m, d.start);
    const fw = m.firewalls[i];
    const pocEnd = str(record(d.data).pocEnd) ?? getString(m.poc, 'end');
    const end = parseIsoDate(pocEnd);
    const expiresText = getString(fw?.license, 'expires');
    const expires = parseIsoDate(expiresText);
    if (!fw || end === undefined || expires === undefined || expires >= end) return [];
    const type = getString(fw.license, 'type');
    const out: Fix[] = [];
    if (type === 'trial' || type === 'eval') {
      const steps = Math.ceil((end - expires) / EXTENSION_DAYS);
      const date = formatIsoDate(expires + steps * EXTENSION_DAYS);
      out.push(...makeFix(ctx, ctx.t('action.license.extend', { days: steps * EXTENSION_DAYS, date }), (dr) => setHere(dr, d.start, date), { preferred: true }));
    } else {
      const date = formatIsoDate(end);
      out.push(...makeFix(ctx, ctx.t('action.license.expires-poc-end', { date }), (dr) => setHere(dr, d.start, date), { preferred: true }));
    }
    out.push(...makeFix(ctx, ctx.t('action.poc.end-at', { date: expiresText! }), (dr) => put(dr, at.poc(), PATH.poc, 'end', expiresText!)));
    return out;
  },
};
