/**
 * `pocplan init [options] [-o FILE]`: a first plan in two minutes.
 *
 * On a terminal it asks (init-prompts.ts) for what the options do not say: customer, PoC dates,
 * the firewall's model, type and IoT Security license (only those the license matrix allows on
 * that type), and each site's configuration pattern, with the seed article's one-line
 * explanations. With `--yes`, or when standard input is not a terminal (CI), it asks nothing and
 * takes the defaults below. The plan is made by the service (service/init/, on the editor's
 * templates), written with `createOnly` (never over an existing file) together with the CSV stubs
 * its patterns need, then checked: the output says it checks clean, or lists what is left.
 *
 * Exit codes: 0 written; 2 bad usage (an option value is named with the allowed ones, a license the
 * matrix does not allow on the firewall type is refused before anything is written), the file
 * exists, or the user cancelled.
 */
import * as path from 'node:path';
import { createPlanService, MATRIX_READINGS, mergeSettings, normalizeLang, type MatrixReading } from '../service';
import { t, type Lang } from '../service/l10n';
import { FIREWALL_TYPES, LICENSE_TYPES } from '../service/license/matrix';
import {
  buildPlan, completeAnswers, dateProblem, DEFAULT_MODEL, licenseProblem, PATTERN_IDS, slug, validateAnswers,
  type AnswerField, type FirewallType, type InitAnswers, type LicenseType, type SiteAnswer,
} from '../service/init';
import { createNodeHost, findRcFile, loadRcFile, pathToUri, uriToPath } from '../node/host';
import { writeFileSafely, WriteRefused } from '../node/safe-write';
import { LANG_VALUES, parseOptions, usageError, type OptionSpecs } from './args';
import { formatText } from './formats';
import { askAnswers, type PartialAnswers } from './init-prompts';
import { registerCommand, type CliIO } from './main';

export const USAGE = [
  'pocplan init [--customer NAME] [--title TEXT] [--start YYYY-MM-DD] [--end YYYY-MM-DD] [--observation-days N]',
  '             [--firewall-model MODEL] [--firewall-type prod|eval|lab|nfr] [--license trial|eval|prod|lab|nfr]',
  '             [--site NAME:PATTERN]... [--tenant NAME] [--region REGION] [--keep-tenant|--no-keep-tenant]',
  '             [--prod-license-date YYYY-MM-DD] [--lang en|ja] [--license-matrix strict|device-associations]',
  '             [--yes] [-o FILE.pocplan.yaml]',
].join('\n');

const HELP = `Usage: ${USAGE.replace(/\n/g, '\n       ')}

Makes a new plan that checks clean and writes it (never over an existing file), with the CSV
device lists its patterns need. On a terminal it asks for what the options leave out; with --yes,
or when standard input is not a terminal, it takes the defaults:
  --start/--end        the Monday at least a week from today, for six weeks (to the Friday)
  --firewall-model     ${DEFAULT_MODEL}
  --firewall-type      prod, and --license the first the license matrix allows on it (trial)
  --site               one site "Head office" with pattern 1 (repeat --site for more sites)
  --keep-tenant        yes for a trial or eval license, with production licenses the day after the PoC
  -o                   <customer>.pocplan.yaml in the current directory
PATTERN is one of ${PATTERN_IDS.join(', ')} (the seed article's configurations 1 to 5-2).
`;

const FLAG: Record<AnswerField, string> = {
  customer: '--customer', title: '--title', start: '--start', end: '--end', observationDays: '--observation-days', firewallModel: '--firewall-model',
  firewallType: '--firewall-type', licenseType: '--license', sites: '--site', tenantName: '--tenant', region: '--region', prodLicenseDate: '--prod-license-date',
};

function fail(io: CliIO, message: string): number {
  io.stderr(`pocplan: ${message}\n`);
  return 2;
}

/** `--site` may repeat: its values in order, and the other arguments. */
function takeSites(argv: string[]): { sites: string[]; rest: string[]; missing: boolean } {
  const sites: string[] = []; const rest: string[] = [];
  let missing = false;
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i]!;
    if (x === '--') { rest.push(...argv.slice(i)); break; }
    if (x === '--site') { const v = argv[++i]; if (v === undefined) missing = true; else sites.push(v); } else if (x.startsWith('--site=')) sites.push(x.slice(7));
    else rest.push(x);
  }
  return { sites, rest, missing };
}

/** `Osaka plant:2` → { name, pattern } (the name may hold colons: the pattern follows the last). */
function parseSite(v: string): SiteAnswer | undefined {
  const i = v.lastIndexOf(':');
  const name = v.slice(0, i).trim(); const pattern = v.slice(i + 1).trim();
  return i > 0 && name && (PATTERN_IDS as readonly string[]).includes(pattern) ? { name, pattern: pattern as SiteAnswer['pattern'] } : undefined;
}

/** The language of the questions and of the plan: --lang, else POCPLAN_LANG, else the terminal's locale. */
function langOf(flag: string | undefined, env: CliIO['env']): Lang {
  if (flag) return normalizeLang(flag);
  if (env.POCPLAN_LANG) return normalizeLang(env.POCPLAN_LANG);
  return normalizeLang(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

const today = (): number => Math.floor(Date.now() / 86_400_000);

const INIT_OPTIONS: OptionSpecs = {
  customer: {}, title: {}, start: {}, end: {}, 'observation-days': {}, 'firewall-model': {},
  'firewall-type': { values: FIREWALL_TYPES }, license: { values: LICENSE_TYPES },
  tenant: {}, region: {}, 'prod-license-date': {},
  lang: { values: LANG_VALUES }, 'license-matrix': { values: MATRIX_READINGS },
  output: { short: 'o' },
  yes: { flag: true, short: 'y' }, 'keep-tenant': { flag: true }, 'no-keep-tenant': { flag: true },
  help: { flag: true, short: 'h' },
};

/** The language of init's own messages before its options are read: --lang in `argv`, else as `langOf` below. */
function initLang(argv: readonly string[], env: CliIO['env']): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const flag = i < 0 ? undefined : argv[i] === '--lang' ? argv[i + 1] : argv[i]!.slice(7);
  return langOf(flag === 'en' || flag === 'ja' ? flag : undefined, env);
}


export async function runInit(argv: string[], io: CliIO): Promise<number> {
  const { sites: siteArgs, rest, missing } = takeSites(argv);
  const ui = initLang(rest, io.env);
  const a = parseOptions(rest, INIT_OPTIONS, ui);
  if (a.flags.has('help')) { io.stdout(HELP); return 0; }
  if (missing) a.errors.push(t(ui, 'cli.option-needs-value', { option: '--site' }));
  if (a.positionals.length) a.errors.push(t(ui, 'cli.init.unexpected-argument', { arg: a.positionals[0]! }));
  if (a.errors.length) return usageError(io, a.errors, USAGE, ui);
  const str = (k: string): string | undefined => a.values.get(k);

  // Every value is checked before anything is asked or written (the value lists by parseOptions).
  const lang = langOf(str('lang'), io.env);
  const type = str('firewall-type');
  const license = str('license');
  const matrixFlag = str('license-matrix');
  for (const k of ['start', 'end', 'prod-license-date']) {
    const v = str(k);
    if (v !== undefined && dateProblem(v, 'en')) return fail(io, t(lang, 'cli.init.bad-date', { option: `--${k}`, value: v }));
  }
  const days = str('observation-days');
  if (days !== undefined && !/^\d{1,4}$/.test(days)) return fail(io, t(lang, 'cli.init.bad-observation-days'));
  const sites: SiteAnswer[] = [];
  for (const s of siteArgs) {
    const site = parseSite(s);
    if (!site) return fail(io, t(lang, 'cli.init.bad-site', { patterns: PATTERN_IDS.join(lang === 'ja' ? '、' : ', '), value: s }));
    sites.push(site);
  }
  if (a.flags.has('keep-tenant') && a.flags.has('no-keep-tenant')) return fail(io, t(lang, 'cli.init.keep-tenant-both'));
  const out = str('output');
  if (out !== undefined && !/\.pocplan\.ya?ml$/i.test(out)) return fail(io, t(lang, 'cli.init.output-not-plan', { file: out }));

  const cwd = io.cwd();
  // The reading of the license matrix: --license-matrix, else the .pocplanrc.yaml where the plan goes.
  const rcFile = findRcFile(path.dirname(path.resolve(cwd, out ?? 'x.pocplan.yaml')));
  const rc = loadRcFile(rcFile, lang);
  for (const p of rc.problems) io.stderr(`pocplan: ${rcFile}: ${p}\n`);
  const reading: MatrixReading = (matrixFlag as MatrixReading | undefined) ?? mergeSettings(rc.settings).licenseMatrix;

  const given: PartialAnswers = {
    lang,
    ...(str('customer') !== undefined ? { customer: str('customer') } : {}),
    ...(str('title') !== undefined ? { title: str('title') } : {}),
    ...(str('start') !== undefined ? { start: str('start') } : {}),
    ...(str('end') !== undefined ? { end: str('end') } : {}),
    ...(days !== undefined ? { observationDays: Number(days) } : {}),
    ...(str('firewall-model') !== undefined ? { firewallModel: str('firewall-model') } : {}),
    ...(type !== undefined ? { firewallType: type as FirewallType } : {}),
    ...(license !== undefined ? { licenseType: license as LicenseType } : {}),
    ...(sites.length ? { sites } : {}),
    ...(str('tenant') !== undefined ? { tenantName: str('tenant') } : {}),
    ...(str('region') !== undefined ? { region: str('region') } : {}),
    ...(a.flags.has('keep-tenant') ? { keepTenant: true } : a.flags.has('no-keep-tenant') ? { keepTenant: false } : {}),
    ...(str('prod-license-date') !== undefined ? { prodLicenseDate: str('prod-license-date') } : {}),
  };
  // A license the matrix does not allow is refused before anything is asked.
  if (given.licenseType && given.firewallType) {
    const problem = licenseProblem(reading, given.licenseType, given.firewallType, lang);
    if (problem) return fail(io, `--license: ${problem}`);
  }

  const defaultFile = (x: InitAnswers): string => `${slug(x.customer ?? '') || 'iot-security-poc'}.pocplan.yaml`;
  const interactive = !a.flags.has('yes') && !!io.stdin?.isTTY;
  let answers: InitAnswers;
  let file = out;
  if (interactive) {
    const asked = await askAnswers(io, given, reading, today(), out === undefined ? defaultFile : undefined);
    if (!asked) { io.stderr(`pocplan: ${t(lang, 'init.cancelled')}\n`); return 2; }
    answers = asked.answers;
    file = out ?? asked.file;
  } else {
    answers = completeAnswers(given, reading, today());
  }
  const problems = validateAnswers(answers, reading);
  if (problems.length) return fail(io, problems.map((p) => `${FLAG[p.field]}: ${p.message}`).join('\npocplan: '));
  file ??= defaultFile(answers);
  return writePlan(io, answers, file);
}

/** Builds the plan for `file`, writes it and its CSV stubs (never over a file), checks it and says so. */
function writePlan(io: CliIO, answers: InitAnswers, file: string): number {
  const cwd = io.cwd();
  const abs = path.resolve(cwd, file);
  const planUri = pathToUri(abs);
  const host = createNodeHost({ folders: () => [] });
  const plan = buildPlan(answers, { planUri, host });
  const shown = (p: string): string => { const r = path.relative(cwd, p); return r && !r.startsWith('..') && !path.isAbsolute(r) ? r : p; };
  try {
    writeFileSafely(abs, plan.text, { inputs: [], createOnly: true, shown: file });
  } catch (e) {
    if (e instanceof WriteRefused) return fail(io, e.message);
    throw e;
  }
  const L = answers.lang;
  const lines = [t(L, 'init.created', { file: shown(abs) })];
  for (const f of plan.files) {
    const p = uriToPath(f.uri);
    if (!p) continue;
    try {
      writeFileSafely(p, f.text, { inputs: [abs], createOnly: true, shown: shown(p) });
    } catch (e) {
      if (e instanceof WriteRefused) { io.stdout(`${lines.join('\n')}\n`); return fail(io, e.message); }
      throw e;
    }
    const segment = path.basename(p).replace(/\.csv$/i, '');
    lines.push(t(L, 'init.created-csv', { file: shown(p), segment }));
  }

  // The check `pocplan check` would make, from the files just written.
  const folder = path.dirname(abs);
  const service = createPlanService({ host: { ...host, workspaceFolder: () => pathToUri(folder) } });
  const rc = loadRcFile(findRcFile(folder));
  const result = service.check(planUri, plan.text, mergeSettings(rc.settings, { lang: L }));
  const findings = result.diagnostics;
  if (!findings.length) lines.push(t(L, 'init.clean'));
  else lines.push(t(L, 'init.findings'), formatText([{ file: shown(abs), diagnostics: findings, suppressions: [] }], false).trimEnd());
  lines.push(t(L, 'init.next', { file: shown(abs) }));
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}

registerCommand('init', USAGE.split('\n').map((l, i) => (i ? `  ${l}` : l)).join('\n'), runInit);
