/**
 * `pocplan export ics [--lang en|ja] [--remind-days N|off] [--license-matrix R] [--profile P]
 *                     [--force] [-o OUT] PLAN`
 *
 * The PoC's deadlines as an RFC 5545 calendar (service/calendar/): PoC start and end, the end of
 * the observation period, each firewall's license expiry, the planned production-license date and,
 * when the tenant is kept, the last day that keeps it; all-day events with a reminder N days
 * before (default 7). Printed, or written to OUT (through node/safe-write.ts) and nothing else.
 *
 * Like every export, a plan with errors is refused (exit 1, the errors on stderr) unless `--force`:
 * deadlines from a plan that does not check are easily wrong. Dates the plan does not have (or
 * that are not dates) are left out and named on stderr; a plan with no date at all exits 1.
 * DTSTAMP is the current time, or SOURCE_DATE_EPOCH when set (reproducible output).
 */
import { MATRIX_READINGS, t } from '../service';
import { buildCalendar, DEFAULT_REMIND_DAYS, parseRemindDays } from '../service/calendar';
import { writeOutput } from './output';
import { langOf, LANG_VALUES, parseOptions, PROFILE_VALUES, usageError, type OptionSpecs } from './args';
import { registerExport } from './export';
import { formatText } from './formats';
import type { CliIO } from './main';
import { commandTime, readPlanInput } from './plan-input';

export const USAGE = 'pocplan export ics [--lang en|ja] [--remind-days N|off] [--license-matrix strict|device-associations] [--profile default|strict] [--force] [-o OUT] PLAN';

function fail(io: CliIO, message: string, code = 2): number {
  io.stderr(`pocplan: ${message}\n`);
  return code;
}

const ICS_OPTIONS: OptionSpecs = {
  lang: { values: LANG_VALUES },
  'remind-days': {},
  'license-matrix': { values: MATRIX_READINGS },
  profile: { values: PROFILE_VALUES },
  output: { short: 'o' },
  force: { flag: true },
  help: { flag: true, short: 'h' },
};

export function runExportIcs(argv: string[], io: CliIO): number {
  // The command's own messages follow --lang (else POCPLAN_LANG), as render's do.
  const ui = langOf(argv, io.env.POCPLAN_LANG);
  const a = parseOptions(argv, ICS_OPTIONS, ui);
  if (a.flags.has('help')) { io.stdout(`${t(ui, 'cli.usage')} ${USAGE}\n`); return 0; }
  if (a.errors.length) return usageError(io, a.errors, USAGE, ui);
  const str = (k: string): string | undefined => a.values.get(k);
  const remindFlag = str('remind-days');
  const remindDays = remindFlag === undefined ? DEFAULT_REMIND_DAYS : parseRemindDays(remindFlag);
  if (remindDays === undefined) return fail(io, t(ui, 'cli.export.ics.bad-remind-days'));
  const out = str('output');
  if (a.positionals.length !== 1) return fail(io, `${t(ui, 'cli.export.one-plan', { command: 'export ics' })}\n${t(ui, 'cli.usage')} ${USAGE}`);
  const now = commandTime(io);
  if (now === undefined) return fail(io, t(ui, 'cli.bad-source-date-epoch'));

  const plan = readPlanInput(a.positionals[0]!, { lang: str('lang'), licenseMatrix: str('license-matrix'), profile: str('profile') }, io, ui);
  if ('error' in plan) return fail(io, plan.error);
  const errors = plan.result.diagnostics.filter((d) => d.severity === 'error');
  const csvErrors = [...plan.result.csvDiagnostics.values()].flat().filter((d) => d.severity === 'error');
  if ((errors.length || csvErrors.length) && !a.flags.has('force')) {
    const n = errors.length + csvErrors.length;
    io.stderr(`pocplan: ${t(ui, `cli.export.ics.not-exported${n === 1 ? '/one' : ''}`, { file: plan.file, n })}\n`);
    const lists = csvErrors.length ? [{ file: t(ui, 'cli.export.ics.device-lists', { file: plan.file }), diagnostics: csvErrors, suppressions: [] }] : [];
    io.stderr(formatText([{ file: plan.file, diagnostics: errors, suppressions: [] }, ...lists], false, ui));
    return 1;
  }

  const cal = buildCalendar(plan.parsed, plan.result, { lang: plan.lang, now, remindDays, matrix: plan.settings.licenseMatrix });
  for (const s of cal.skipped) io.stderr(`pocplan: ${s}\n`);
  if (!cal.events.length) return fail(io, t(ui, 'cli.export.ics.no-dates', { file: plan.file }), 1);
  if (out === undefined) { io.stdout(cal.text); return 0; }
  return writeOutput(io, out, cal.text, { inputs: plan.inputs });
}

registerExport('ics', USAGE, runExportIcs);
