/**
 * Helpers for the calendar tests: a plan held in memory → its calendar, and the calendar read back
 * by ical.js (Mozilla's iCalendar parser, the one Thunderbird uses), an implementation independent
 * of the library that writes it.
 */
import type ICAL from 'ical.js' with { 'resolution-mode': 'import' };
import { createPlanService, mergeSettings } from '../server/src/service';
import { buildCalendar, type Calendar } from '../server/src/service/calendar';
import { renderLang } from '../server/src/service/render';
import { PLAN_URI, WS } from './helpers';

export type IcalModule = typeof ICAL;

let ical: IcalModule | undefined;
/** ical.js is an ES module: loaded once with a dynamic import. */
export async function loadIcal(): Promise<IcalModule> {
  ical ??= (await import('ical.js')).default;
  return ical;
}

/** 2026-11-02T08:30:00Z: the clock of every calendar made in the tests. */
export const NOW = Date.UTC(2026, 10, 2, 8, 30, 0);

export interface CalOpts { lang?: string; now?: number; remindDays?: number | null; files?: Record<string, string>; uri?: string }

export function calendarOf(text: string, o: CalOpts = {}): Calendar {
  const files = new Map(Object.entries(o.files ?? {}).map(([k, v]) => [WS + k, v]));
  const service = createPlanService({ host: { readFile: (u) => files.get(u), workspaceFolder: () => WS } });
  const uri = o.uri ?? PLAN_URI;
  const parsed = service.parse(uri, text);
  const lang = renderLang(parsed, o.lang);
  const result = service.check(uri, text, mergeSettings({ lang }));
  return buildCalendar(parsed, result, { lang, now: o.now ?? NOW, remindDays: o.remindDays === undefined ? 7 : o.remindDays });
}

export interface ParsedEvent {
  uid: string; summary: string; description: string; start: string; end: string; allDay: boolean;
  stamp: string; transparent: boolean; categories: string[];
  alarms: Array<{ action: string; trigger: string; description: string }>;
}

export interface ParsedCalendar { version: string; prodid: string; name: string | undefined; events: ParsedEvent[] }

/** Parses `text` with ical.js (throws on anything it cannot read) into plain values. */
export async function parseIcs(text: string): Promise<ParsedCalendar> {
  const ICAL = await loadIcal();
  const root = new ICAL.Component(ICAL.parse(text));
  if (root.name !== 'vcalendar') throw new Error(`not a VCALENDAR: ${root.name}`);
  const str = (c: InstanceType<IcalModule['Component']>, p: string): string => {
    const v = c.getFirstPropertyValue(p);
    return v === null || v === undefined ? '' : String(v);
  };
  const events = root.getAllSubcomponents('vevent').map((ve) => {
    const ev = new ICAL.Event(ve);
    return {
      uid: ev.uid, summary: ev.summary, description: ev.description,
      start: ev.startDate.toString(), end: ev.endDate.toString(), allDay: ev.startDate.isDate && ev.endDate.isDate,
      stamp: str(ve, 'dtstamp'), transparent: str(ve, 'transp') === 'TRANSPARENT',
      categories: ve.getAllProperties('categories').flatMap((p) => p.getValues().map(String)),
      alarms: ve.getAllSubcomponents('valarm').map((a) => ({ action: str(a, 'action'), trigger: str(a, 'trigger'), description: str(a, 'description') })),
    };
  });
  return { version: str(root, 'version'), prodid: str(root, 'prodid'), name: str(root, 'x-wr-calname') || undefined, events };
}
