/**
 * Deadlines → RFC 5545 text, written by ical-generator (line folding at 75 octets without
 * splitting a UTF-8 character, TEXT escaping of `\ ; ,` and newlines, CRLF line ends). Every
 * event is an all-day event (DTSTART;VALUE=DATE and DTEND the next day, so the day is the same in
 * every time zone), marked free (TRANSP:TRANSPARENT: a deadline does not block the day), in the
 * category "IoT Security PoC", with a display reminder (VALARM) `remindDays` before at 09:00
 * local time. Nothing here reads a clock: DTSTAMP is the `now` the caller gives.
 */
import ical, { ICalAlarmType, ICalEventTransparency } from 'ical-generator';
import './catalog';
import { t, type Lang } from '../render/catalog';
import type { DocModel } from '../render/model';
import type { Deadline } from './events';
import { deadlineUids } from './uid';
import { alarmText, calendarTitle, clip, deadlineDescription, deadlineSummary } from './text';

const DAY_MS = 86_400_000;
/** The reminder's time of day, in seconds after local midnight (09:00). */
const REMIND_AT = 9 * 3600;

export const PRODID = { company: 'pocplan', product: 'IoT Security PoC Planner', language: 'EN' };

export interface IcsOptions {
  lang: Lang;
  /** DTSTAMP: when the file is made (ms since the epoch). */
  now: number;
  /** Days before each deadline for the reminder (0 = on the day, at 09:00); null: no reminders. */
  remindDays: number | null;
}

export interface IcsEvent { uid: string; date: string; kind: Deadline['kind']; summary: string; firewall?: string }

export function deadlinesToIcs(doc: DocModel, deadlines: readonly Deadline[], opts: IcsOptions): { text: string; events: IcsEvent[] } {
  const { lang } = opts;
  const title = calendarTitle(doc, lang);
  const cal = ical({
    prodId: PRODID,
    name: t(lang, 'calendar.name', { title }),
    description: t(lang, 'calendar.description', { file: clip(doc.planFile, 200) }),
  });
  const uids = deadlineUids(doc, deadlines);
  const stamp = new Date(opts.now);
  const events: IcsEvent[] = [];
  deadlines.forEach((d, i) => {
    const summary = deadlineSummary(doc, d, lang);
    const event = cal.createEvent({
      id: uids[i]!,
      start: new Date(d.day * DAY_MS),
      end: new Date((d.day + 1) * DAY_MS),
      allDay: true,
      stamp,
      summary,
      description: deadlineDescription(doc, d, lang),
      transparency: ICalEventTransparency.TRANSPARENT,
      categories: [{ name: t(lang, 'calendar.category') }],
    });
    if (opts.remindDays !== null) {
      const before = opts.remindDays * 86_400 - REMIND_AT;
      const description = alarmText(summary, opts.remindDays, lang);
      event.createAlarm(before > 0
        ? { type: ICalAlarmType.display, triggerBefore: before, description }
        : { type: ICalAlarmType.display, triggerAfter: -before, description });
    }
    events.push({ uid: uids[i]!, date: new Date(d.day * DAY_MS).toISOString().slice(0, 10), kind: d.kind, summary, ...(d.firewall?.id !== undefined ? { firewall: d.firewall.id } : {}) });
  });
  // Every content line ends with CRLF, the last one too (RFC 5545 §3.1).
  const text = cal.toString();
  return { text: text.endsWith('\r\n') ? text : `${text}\r\n`, events };
}
