/**
 * What each deadline says, in the plan's language: a summary (the calendar's event title) and a
 * plain-text description, both from the calendar catalog (l10n/{en,ja}/calendar.json). Plan
 * strings stay raw here: ics.ts escapes them for RFC 5545.
 */
import { formatIsoDate } from '../dates';
import './catalog';
import { hasMessage, t, type Lang } from '../render/catalog';
import type { DocModel, FirewallDoc } from '../render/model';
import { isTrialOrEval, tenantLastDay } from '../render/svg-timeline';
import { tenantWindows, type Deadline, type SkippedDeadline } from './events';

/**
 * A plan string as the calendar quotes it: at most `max` characters (the schema's limits: 200 for a
 * title or customer, 100 for a tenant, 64 for an id), cut with an ellipsis, so a hostile plan (a
 * 5 MB title) cannot make a calendar of its size times every event.
 */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const chars = [...s.slice(0, max * 2)];
  return chars.length <= max ? s.slice(0, max * 2) : `${chars.slice(0, max - 1).join('')}…`;
}

export function licenseTypeText(type: string | undefined, lang: Lang): string {
  if (type === undefined) return '?';
  const id = `calendar.license.${type}`;
  return hasMessage(lang, id) ? t(lang, id) : clip(type, 64);
}

export function calendarTitle(doc: DocModel, lang: Lang): string {
  return clip(doc.title?.trim() || doc.customer?.trim() || t(lang, 'calendar.untitled'), 200);
}

const fwName = (fw: FirewallDoc | undefined): string => (fw?.id !== undefined ? clip(fw.id, 64) : `#${(fw?.index ?? 0) + 1}`);

export function deadlineSummary(doc: DocModel, d: Deadline, lang: Lang): string {
  const title = calendarTitle(doc, lang);
  switch (d.kind) {
    case 'observation-end': return t(lang, 'calendar.observation-end.summary', { days: doc.observationDays ?? '?', title });
    case 'license-expiry': return t(lang, 'calendar.license-expiry.summary', { type: licenseTypeText(d.firewall?.licenseType, lang), firewall: fwName(d.firewall), title });
    default: return t(lang, `calendar.${d.kind}.summary`, { title });
  }
}

function mainText(doc: DocModel, d: Deadline, lang: Lang): string[] {
  const date = (day: number | undefined): string => (day !== undefined ? formatIsoDate(day) : '?');
  switch (d.kind) {
    case 'poc-start':
      return [doc.endDay !== undefined ? t(lang, 'calendar.poc-start.description', { end: date(doc.endDay) }) : t(lang, 'calendar.poc-start.description/open')];
    case 'poc-end':
      return [doc.startDay !== undefined ? t(lang, 'calendar.poc-end.description', { start: date(doc.startDay) }) : t(lang, 'calendar.poc-end.description/open')];
    case 'observation-end':
      return [t(lang, 'calendar.observation-end.description', { days: doc.observationDays ?? '?', start: date(doc.startDay) })];
    case 'license-expiry': {
      const fw = d.firewall!;
      const args = { type: licenseTypeText(fw.licenseType, lang), firewall: fwName(fw) };
      const out = [t(lang, isTrialOrEval(fw.licenseType) ? 'calendar.license-expiry.description/trial' : 'calendar.license-expiry.description', args)];
      if (doc.endDay !== undefined) {
        const margin = d.day - doc.endDay;
        out.push(margin > 0 ? t(lang, 'calendar.license-expiry.margin-after', { days: margin })
          : margin === 0 ? t(lang, 'calendar.license-expiry.margin-same') : t(lang, 'calendar.license-expiry.margin-before', { days: -margin }));
      }
      return out;
    }
    case 'prod-license': {
      const out = [t(lang, 'calendar.prod-license.description')];
      const last = doc.keepAfterPoc === true ? tenantLastDay(doc) : undefined;
      if (last !== undefined) out.push(t(lang, d.day <= last ? 'calendar.prod-license.inside' : 'calendar.prod-license.outside', { last: date(last) }));
      return out;
    }
    case 'tenant-deadline': {
      const out = [doc.tenantName ? t(lang, 'calendar.tenant-deadline.description', { tenant: clip(doc.tenantName, 100) }) : t(lang, 'calendar.tenant-deadline.description/unnamed')];
      for (const w of tenantWindows(doc)) out.push(t(lang, 'calendar.tenant-deadline.window', { firewall: fwName(w.fw), type: licenseTypeText(w.fw.licenseType, lang), expires: w.expires, last: w.last }));
      out.push(doc.prodLicenseDate !== undefined ? t(lang, 'calendar.tenant-deadline.planned', { date: doc.prodLicenseDate }) : t(lang, 'calendar.tenant-deadline.unplanned'));
      return out;
    }
  }
}

/** The description: what the day means, then the customer and the plan file. */
export function deadlineDescription(doc: DocModel, d: Deadline, lang: Lang): string {
  const lines = mainText(doc, d, lang);
  lines.push('');
  if (doc.customer?.trim()) lines.push(t(lang, 'calendar.footer.customer', { customer: clip(doc.customer.trim(), 200) }));
  lines.push(t(lang, 'calendar.footer.plan', { file: clip(doc.planFile, 200) }));
  return lines.join('\n');
}

/** The reminder's text: the summary, and how far ahead the deadline is. */
export function alarmText(summary: string, days: number, lang: Lang): string {
  return t(lang, days === 0 ? 'calendar.alarm/today' : days === 1 ? 'calendar.alarm/one' : 'calendar.alarm', { days, summary });
}

/** A skip note as a sentence for the user (the CLI prints it, the editor shows it). */
export function skippedText(s: SkippedDeadline, lang: Lang): string {
  const what = t(lang, `calendar.what.${s.kind}`, { firewall: fwName(s.firewall) });
  const key = s.firewall ? `firewalls[${s.firewall.index}].${s.key}` : s.key;
  const id = s.reason === 'invalid' && s.key === 'poc.observationDays' ? 'calendar.skip.invalid/days' : `calendar.skip.${s.reason}`;
  return t(lang, id, { what, key, value: clip(s.value ?? '', 64) });
}
