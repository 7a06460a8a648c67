/**
 * The PoC's deadlines as an RFC 5545 calendar: a checked plan → the document model (the dates the
 * plan document shows) → deadlines (events.ts) → iCalendar text (ics.ts). Pure and deterministic:
 * the caller gives the time for DTSTAMP; UIDs come from the plan (uid.ts), so exporting again
 * updates the same events in a calendar rather than adding copies.
 *
 *   const cal = buildCalendar(parsed, result, { lang, now: Date.now(), remindDays: 7 });
 *   cal.text      // the .ics file
 *   cal.skipped   // what could not be dated, as sentences in `lang` (e.g. a license without `expires`)
 *
 * Used by `pocplan export ics` (cli/export-ics.ts), the `pocplan/calendar` request
 * (lsp/calendar.ts) and the HTML document's download link (render/html.ts).
 */
import type { CheckResult, ParsedPlan } from '../check';
import type { Lang } from '../l10n';
import type { MatrixReading } from '../license/matrix';
import { buildDocModel, type DocModel } from '../render/model';
import { collectDeadlines, type SkippedDeadline } from './events';
import { deadlinesToIcs, type IcsEvent } from './ics';
import { skippedText } from './text';

export { DEADLINE_KINDS, type DeadlineKind } from './events';
export type { IcsEvent } from './ics';

/** Days before a deadline for its reminder, unless the user says otherwise (`--remind-days`, `pocplan.calendar.remindDays`). */
export const DEFAULT_REMIND_DAYS = 7;
export const MAX_REMIND_DAYS = 365;

export interface CalendarOptions {
  lang: Lang;
  /** DTSTAMP: when the calendar is made (ms since the epoch). */
  now: number;
  /** Days before each deadline for its reminder (0–365; 0 = on the day); null: no reminders. */
  remindDays: number | null;
  /** License-matrix reading for the document model (does not change any date). */
  matrix?: MatrixReading;
}

export interface Calendar {
  /** The .ics file (CRLF line ends, folded at 75 octets). */
  text: string;
  events: IcsEvent[];
  /** What is not in the calendar and why, as sentences in the calendar's language. */
  skipped: string[];
  skippedDetail: SkippedDeadline[];
}

export function calendarFromDoc(doc: DocModel, opts: CalendarOptions): Calendar {
  const { deadlines, skipped } = collectDeadlines(doc);
  const remindDays = opts.remindDays === null ? null : Math.max(0, Math.min(MAX_REMIND_DAYS, Math.round(opts.remindDays)));
  const { text, events } = deadlinesToIcs(doc, deadlines, { lang: opts.lang, now: opts.now, remindDays });
  return { text, events, skipped: skipped.map((s) => skippedText(s, opts.lang)), skippedDetail: skipped };
}

/** How many deadlines the document's dates make (the preview shows its calendar link only when there are some). */
export function collectDeadlineCount(doc: DocModel): number {
  return collectDeadlines(doc).deadlines.length;
}

export function buildCalendar(parsed: ParsedPlan, result: CheckResult, opts: CalendarOptions): Calendar {
  return calendarFromDoc(buildDocModel(parsed, result, opts.lang, opts.matrix ?? 'strict'), opts);
}

/**
 * A reminder setting as the user typed it: a whole number of days 0–365, or `off`/`none` for no
 * reminders. Undefined when it is neither (the caller names the allowed values).
 */
export function parseRemindDays(value: string | number | null | undefined): number | null | undefined {
  if (value === null) return null;
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 && value <= MAX_REMIND_DAYS ? value : undefined;
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'off' || v === 'none') return null;
  if (!/^\d{1,3}$/.test(v)) return undefined;
  const n = Number(v);
  return n <= MAX_REMIND_DAYS ? n : undefined;
}
