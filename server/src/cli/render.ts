/**
 * `pocplan render [--format md|html] [--lang en|ja] [--license-matrix R] [--profile P] [-o OUT] FILE`
 *
 * Checks the plan (with its CSV lists and `.pocplanrc.yaml`, as `check` does) and prints the plan
 * document, or writes it to OUT and nothing else. The format defaults to OUT's extension, else
 * Markdown; the language to `--lang`, else the plan's `locale:`, else English. A plan with errors
 * still renders (exit 0) with its findings listed; exit 2 is bad usage or a file that cannot be
 * read or written.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createPlanService, mergeSettings, MATRIX_READINGS, t, type PartialSettings } from '../service';
import { renderLang, renderPlan, type RenderFormat } from '../service/render';
import { DEFAULT_REMIND_DAYS } from '../service/calendar';
import { createNodeHost, findRcFile, loadRcFile, pathToUri, uriToPath } from '../node/host';
import { writeFileSafely, WriteRefused } from '../node/safe-write';
import { langOf, parseArgs } from './args';
import { reasonText } from './formats';
import { registerCommand, type CliIO } from './main';
import { commandTime } from './plan-input';

const USAGE = 'pocplan render [--format md|html] [--lang en|ja] [--license-matrix strict|device-associations] [-o OUT] FILE';

function fail(io: CliIO, message: string): number {
  io.stderr(`pocplan: ${message}\n`);
  return 2;
}

function formatFor(flag: string | undefined, out: string | undefined): RenderFormat | undefined {
  if (flag !== undefined) return flag === 'md' || flag === 'markdown' ? 'md' : flag === 'html' ? 'html' : undefined;
  if (out && /\.html?$/i.test(out)) return 'html';
  return 'md';
}

export function runRender(argv: string[], io: CliIO): number {
  const ui = langOf(argv);
  const say = (id: string, args?: Record<string, string>): string => t(ui, id, args);
  const a = parseArgs(argv, new Set(['format', 'lang', 'license-matrix', 'profile', 'output']), new Set(['help']), { f: 'format', o: 'output' }, ui);
  if (a.flags.has('help')) { io.stdout(`${say('cli.usage')} ${USAGE}\n`); return 0; }
  if (a.errors.length) return fail(io, `${a.errors.join('; ')}\n${say('cli.usage')} ${USAGE}`);
  const str = (k: string): string | undefined => { const v = a.flags.get(k); return typeof v === 'string' ? v : undefined; };
  const out = str('output');
  // Errors follow --lang when it is given (the plan's own `locale:` is not read yet).
  const lang = str('lang');
  const format = formatFor(str('format'), out);
  if (!format) return fail(io, say('cli.render.bad-format'));
  if (lang !== undefined && lang !== 'en' && lang !== 'ja') return fail(io, t('en', 'cli.render.bad-lang'));
  const matrix = str('license-matrix');
  if (matrix !== undefined && !(MATRIX_READINGS as readonly string[]).includes(matrix)) return fail(io, say('cli.bad-license-matrix', { readings: MATRIX_READINGS.join(', ') }));
  const profile = str('profile');
  if (profile !== undefined && profile !== 'default' && profile !== 'strict') return fail(io, say('cli.bad-profile'));
  if (a.positionals.length !== 1) return fail(io, `${say('cli.render.one-plan')}\n${say('cli.usage')} ${USAGE}`);
  if (out === '') return fail(io, say('cli.render.no-output-name'));
  // An HTML document links its deadlines as an .ics file, stamped now (or SOURCE_DATE_EPOCH).
  const now = format === 'html' ? commandTime(io) : undefined;
  if (format === 'html' && now === undefined) return fail(io, say('cli.bad-source-date-epoch'));

  const cwd = io.cwd();
  const file = a.positionals[0]!;
  const abs = path.resolve(cwd, file);
  let text: string;
  try {
    if (fs.statSync(abs).isDirectory()) return fail(io, say('cli.cannot-read', { file, reason: reasonText(ui, 'is a directory') }));
    text = fs.readFileSync(abs, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    return fail(io, say('cli.cannot-read', { file, reason: reasonText(ui, reason) }));
  }
  const outAbs = out !== undefined ? path.resolve(cwd, out) : undefined;

  // The workspace, as for `check`: the folder of the nearest .pocplanrc.yaml, else the current
  // directory when the plan is inside it, else the plan's folder. CSV paths may not leave it.
  const rcFile = findRcFile(path.dirname(abs));
  const rc = loadRcFile(rcFile, ui);
  for (const p of rc.problems) io.stderr(`pocplan: ${rcFile}: ${p}\n`);
  const folder = rcFile ? path.dirname(rcFile) : abs.startsWith(cwd + path.sep) ? cwd : path.dirname(abs);
  const host = createNodeHost({ folders: () => [] });
  const service = createPlanService({ host: { ...host, workspaceFolder: () => pathToUri(folder) } });
  const uri = pathToUri(abs);
  const parsed = service.parse(uri, text);
  const docLang = renderLang(parsed, lang);
  const cli: PartialSettings = {
    lang: docLang,
    ...(matrix ? { licenseMatrix: matrix as PartialSettings['licenseMatrix'] & string } : {}),
    ...(profile ? { profile: profile as 'default' | 'strict' } : {}),
  };
  const settings = mergeSettings(rc.settings, cli);
  const result = service.check(uri, text, settings);
  const doc = renderPlan(parsed, result, { format, lang: docLang, matrix: settings.licenseMatrix, ...(now !== undefined ? { calendar: { now, remindDays: DEFAULT_REMIND_DAYS } } : {}) });

  if (outAbs === undefined) { io.stdout(doc); return 0; }
  try {
    writeFileSafely(outAbs, doc, { inputs: [abs, ...result.csv.map((r) => uriToPath(r.uri)).filter((p): p is string => p !== undefined)], shown: out });
  } catch (e) {
    if (e instanceof WriteRefused) return fail(io, e.message);
    throw e;
  }
  return 0;
}

registerCommand('render', USAGE, runRender);
