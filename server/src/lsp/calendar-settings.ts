/** The `pocplan.calendar` settings as the server reads them (the export request and an exported document's calendar link). */
import { DEFAULT_REMIND_DAYS, parseRemindDays } from '../service/calendar';
import type { ClientSettings } from '../protocol';
import type { ServerContext } from './context';

/** The reminder from the `pocplan.calendar` settings of the plan's folder: days before, or null when reminders are off. */
export async function remindDaysFor(ctx: ServerContext, uri: string): Promise<number | null> {
  if (!ctx.supportsConfiguration) return DEFAULT_REMIND_DAYS;
  let cs: ClientSettings | undefined;
  try {
    cs = (await ctx.connection.workspace.getConfiguration({ scopeUri: uri, section: 'pocplan' })) as ClientSettings | undefined;
  } catch {
    return DEFAULT_REMIND_DAYS;
  }
  if (cs?.calendar?.reminders === false) return null;
  return parseRemindDays(cs?.calendar?.remindDays) ?? DEFAULT_REMIND_DAYS;
}

