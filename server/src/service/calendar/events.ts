/**
 * The PoC's deadlines, read from the document model (render/model.ts) so that every date here is
 * the date the plan document shows: the PoC start and end, the end of the observation period and
 * the tenant's last day come from the same functions the timeline draws with (svg-timeline.ts).
 * Each deadline is one calendar day (a UTC day number, dates.ts); what cannot be dated is listed
 * in `skipped` with the key to fill, never guessed.
 */
import { formatIsoDate, parseIsoDate } from '../dates';
import type { DocModel, FirewallDoc } from '../render/model';
import { isTrialOrEval, observationEnd, tenantLastDay, TENANT_WINDOW } from '../render/svg-timeline';

/** The kinds of deadline, in the order a day's events are listed. Part of every event's UID: never rename one. */
export const DEADLINE_KINDS = ['poc-start', 'observation-end', 'license-expiry', 'tenant-deadline', 'prod-license', 'poc-end'] as const;
export type DeadlineKind = typeof DEADLINE_KINDS[number];

export interface Deadline {
  kind: DeadlineKind;
  /** UTC day number (days since 1970-01-01). */
  day: number;
  /** The firewall a license deadline belongs to, with its plan position (for the UID and the text). */
  firewall?: FirewallDoc;
}

/** Why a deadline is not in the calendar: `key` is the plan key to fill or fix. */
export interface SkippedDeadline {
  kind: DeadlineKind;
  reason: 'missing' | 'invalid' | 'out-of-range';
  key: string;
  /** The value as written (reason `invalid`). */
  value?: string;
  firewall?: FirewallDoc;
}

/** First and last day a calendar date can have (years 1900–9999: four digits, as RFC 5545 dates need). */
const FIRST_DAY = parseIsoDate('1900-01-01')!;
const LAST_DAY = parseIsoDate('9999-12-31')!;

export interface Deadlines { deadlines: Deadline[]; skipped: SkippedDeadline[] }

/** The deadlines of a plan, sorted by day (then by kind, then by firewall order). */
export function collectDeadlines(doc: DocModel): Deadlines {
  const deadlines: Deadline[] = [];
  const skipped: SkippedDeadline[] = [];
  const add = (d: Deadline): void => {
    if (d.day < FIRST_DAY || d.day > LAST_DAY) skipped.push({ kind: d.kind, reason: 'out-of-range', key: keyOf(d.kind), ...(d.firewall ? { firewall: d.firewall } : {}) });
    else deadlines.push(d);
  };
  /** A plan date: the day, or a skip note when it is missing or not a date. */
  const date = (kind: DeadlineKind, key: string, text: string | undefined, day: number | undefined, firewall?: FirewallDoc): number | undefined => {
    if (day !== undefined) return day;
    skipped.push({ kind, key, reason: text === undefined ? 'missing' : 'invalid', ...(text !== undefined ? { value: text } : {}), ...(firewall ? { firewall } : {}) });
    return undefined;
  };

  const start = date('poc-start', 'poc.start', doc.pocStart, doc.startDay);
  if (start !== undefined) add({ kind: 'poc-start', day: start });
  const end = date('poc-end', 'poc.end', doc.pocEnd, doc.endDay);
  if (end !== undefined) add({ kind: 'poc-end', day: end });
  const observed = observationEnd(doc);
  if (observed !== undefined) add({ kind: 'observation-end', day: observed });
  else if (start !== undefined && doc.observationDays !== undefined) skipped.push({ kind: 'observation-end', key: 'poc.observationDays', reason: 'invalid', value: String(doc.observationDays) });

  for (const fw of doc.firewalls) {
    const day = date('license-expiry', 'iotLicense.expires', fw.expires, fw.expiresDay, fw);
    if (day !== undefined) add({ kind: 'license-expiry', day, firewall: fw });
  }

  // The planned date is worth a reminder whether or not the tenant is kept; it is only worth a
  // note when missing if the plan keeps the tenant (then the date is what the window is about).
  if (doc.prodDay !== undefined) add({ kind: 'prod-license', day: doc.prodDay });
  else if (doc.prodLicenseDate !== undefined || doc.keepAfterPoc === true) date('prod-license', 'tenant.prodLicenseDate', doc.prodLicenseDate, undefined);

  // The same day the timeline marks: the earliest trial/eval expiry + 30 days (license.tenant-window).
  const last = doc.keepAfterPoc === true ? tenantLastDay(doc) : undefined;
  if (last !== undefined) add({ kind: 'tenant-deadline', day: last, firewall: bindingLicense(doc)! });

  const order = (k: DeadlineKind): number => DEADLINE_KINDS.indexOf(k);
  deadlines.sort((a, b) => a.day - b.day || order(a.kind) - order(b.kind) || (a.firewall?.index ?? 0) - (b.firewall?.index ?? 0));
  return { deadlines, skipped };
}

/** The trial/eval license whose expiry sets the tenant's last day (the earliest; the first of equals). */
export function bindingLicense(doc: DocModel): FirewallDoc | undefined {
  let best: FirewallDoc | undefined;
  for (const fw of doc.firewalls) {
    if (!isTrialOrEval(fw.licenseType) || fw.expiresDay === undefined) continue;
    if (!best || fw.expiresDay < best.expiresDay!) best = fw;
  }
  return best;
}

/** Each trial/eval license with the last day of its own 30-day window, in plan order. */
export function tenantWindows(doc: DocModel): Array<{ fw: FirewallDoc; expires: string; last: string }> {
  return doc.firewalls
    .filter((fw) => isTrialOrEval(fw.licenseType) && fw.expiresDay !== undefined)
    .map((fw) => ({ fw, expires: formatIsoDate(fw.expiresDay!), last: formatIsoDate(fw.expiresDay! + TENANT_WINDOW) }));
}

function keyOf(kind: DeadlineKind): string {
  switch (kind) {
    case 'poc-start': return 'poc.start';
    case 'poc-end': return 'poc.end';
    case 'observation-end': return 'poc.observationDays';
    case 'license-expiry': return 'iotLicense.expires';
    case 'prod-license': return 'tenant.prodLicenseDate';
    default: return 'iotLicense.expires';
  }
}
