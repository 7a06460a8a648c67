/**
 * `pocplan/calendar` (protocol.ts): the plan's deadlines as an .ics text for *Export Deadlines to
 * Calendar…*, from the latest text the server has (as `pocplan/render`). The client asks before
 * exporting from a plan with errors (as `pocplan export ics` refuses without --force) and writes
 * the file itself; the server never writes.
 */
import { ErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import { buildCalendar, parseRemindDays } from '../service/calendar';
import { renderLang } from '../service/render';
import { CALENDAR_REQUEST, type CalendarParams, type CalendarResult } from '../protocol';
import { remindDaysFor } from './calendar-settings';
import { guardedRequest, type Feature, type ServerContext } from './context';
import { documentAt } from './preview';

export async function calendarRequest(ctx: ServerContext, params: CalendarParams, token?: CancellationToken): Promise<CalendarResult | null> {
  if (!params || typeof params.uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'pocplan/calendar needs { uri }');
  const remind = params.remindDays === undefined ? await remindDaysFor(ctx, params.uri) : parseRemindDays(params.remindDays);
  if (remind === undefined) throw new ResponseError(ErrorCodes.InvalidParams, 'remindDays must be a whole number of days from 0 to 365, or null');
  const doc = await documentAt(ctx, params.uri, params.version);
  if (token?.isCancellationRequested) return null;
  const text = doc ? doc.getText() : ctx.service.host.readFile(params.uri);
  if (text === undefined) throw new ResponseError(ErrorCodes.InvalidParams, `cannot read ${params.uri}`);
  const settings = await ctx.settingsFor(params.uri);
  const parsed = ctx.service.parse(params.uri, text);
  const lang = renderLang(parsed, params.lang);
  const result = ctx.service.check(params.uri, text, { ...settings, lang });
  const cal = buildCalendar(parsed, result, { lang, now: Date.now(), remindDays: remind, matrix: settings.licenseMatrix });
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length + [...result.csvDiagnostics.values()].flat().filter((d) => d.severity === 'error').length;
  return { uri: params.uri, version: doc?.version, text: cal.text, events: cal.events, skipped: cal.skipped, errors, lang };
}

export const calendarFeature: Feature = {
  register(ctx) {
    ctx.connection.onRequest(CALENDAR_REQUEST, guardedRequest(ctx, 'calendar', (params: CalendarParams, token) => calendarRequest(ctx, params, token), 'the deadlines calendar could not be made'));
  },
};
