/**
 * `pocplan render [--format md|html] [--lang en|ja] [--license-matrix R] [--profile P] [-o OUT] FILE`
 *
 * Checks the plan (with its CSV lists and `.pocplanrc.yaml`, as `check` does) and prints the plan
 * document, or writes it to OUT and nothing else. The format defaults to OUT's extension, else
 * Markdown; the language to `--lang`, else the plan's `locale:`, else English. A plan with errors
 * still renders (exit 0) with its findings listed; exit 2 is bad usage or a file that cannot be
 * read or written.
 */
import { MATRIX_READINGS, t } from '../service';
import { DEFAULT_REMIND_DAYS } from '../service/calendar';
import { renderPlan, type RenderFormat } from '../service/render';
import { langOf, LANG_VALUES, parseOptions, PROFILE_VALUES, usageError, type OptionSpecs } from './args';
import { commandTime, readPlanInput } from './plan-input';
import { writeOutput } from './output';
import { registerCommand, type CliIO } from './main';

const USAGE = 'pocplan render [--format md|html] [--lang en|ja] [--license-matrix strict|device-associations] [--profile default|strict] [-o OUT] FILE';

function fail(io: CliIO, message: string): number {
  io.stderr(`pocplan: ${message}\n`);
  return 2;
}

function formatFor(flag: string | undefined, out: string | undefined): RenderFormat {
  if (flag !== undefined) return flag as RenderFormat;
  return out && /\.html?$/i.test(out) ? 'html' : 'md';
}

const OPTIONS: OptionSpecs = {
  format: { values: ['md', 'html'], valueAliases: { markdown: 'md' }, short: 'f' },
  lang: { values: LANG_VALUES },
  'license-matrix': { values: MATRIX_READINGS },
  profile: { values: PROFILE_VALUES },
  output: { short: 'o' },
  help: { flag: true, short: 'h' },
};

export function runRender(argv: string[], io: CliIO): number {
  // The command's own messages follow --lang (else POCPLAN_LANG); the plan's `locale:` is not read yet.
  const ui = langOf(argv, io.env.POCPLAN_LANG);
  const a = parseOptions(argv, OPTIONS, ui);
  if (a.flags.has('help')) { io.stdout(`${t(ui, 'cli.usage')} ${USAGE}\n`); return 0; }
  if (a.positionals.length !== 1) a.errors.push(a.positionals.length ? t(ui, 'cli.render.one-plan-not-n', { n: a.positionals.length }) : t(ui, 'cli.render.needs-plan'));
  if (a.errors.length) return usageError(io, a.errors, USAGE, ui);
  const out = a.values.get('output');
  const format = formatFor(a.values.get('format'), out);
  const lang = a.values.get('lang');
  const matrix = a.values.get('license-matrix');
  const profile = a.values.get('profile');
  // An HTML document links its deadlines as an .ics file, stamped now (or SOURCE_DATE_EPOCH).
  const now = format === 'html' ? commandTime(io) : undefined;
  if (format === 'html' && now === undefined) return fail(io, t(ui, 'cli.bad-source-date-epoch'));

  // The plan, its workspace and .pocplanrc.yaml, checked as `check` would (plan-input.ts).
  const plan = readPlanInput(a.positionals[0]!, { lang, licenseMatrix: matrix, profile }, io, ui);
  if ('error' in plan) return fail(io, plan.error);
  const { parsed, result, settings, lang: docLang } = plan;
  const doc = renderPlan(parsed, result, { format, lang: docLang, matrix: settings.licenseMatrix, ...(now !== undefined ? { calendar: { now, remindDays: DEFAULT_REMIND_DAYS } } : {}) });

  if (out === undefined) { io.stdout(doc); return 0; }
  return writeOutput(io, out, doc, { inputs: plan.inputs });
}

registerCommand('render', USAGE, runRender);
