/**
 * One plan read and checked the way every command that turns a plan into a file reads it (as
 * `render` does): the plan file, its `.pocplanrc.yaml`, its workspace (the folder of the nearest
 * rc file, else the current directory when the plan is inside it, else the plan's folder; CSV
 * paths may not leave it), then the check with the command's flags over the rc file's settings.
 */
import * as path from 'node:path';
import { createPlanService, mergeSettings, type CheckResult, type ParsedPlan, type PartialSettings, type Settings } from '../service';
import { renderLang } from '../service/render';
import type { Lang } from '../service/l10n';
import { createNodeHost, findRcFile, loadRcFile, pathToUri, uriToPath } from '../node/host';
import { cannotRead, readPlan } from './check';
import type { CliIO } from './main';

export interface PlanInput {
  /** The plan as given on the command line, and resolved. */
  file: string;
  abs: string;
  parsed: ParsedPlan;
  result: CheckResult;
  settings: Settings;
  /** `--lang`, else the plan's `locale:`, else English. */
  lang: Lang;
  /** The `.pocplanrc.yaml` that applies, if any. */
  rcFile: string | undefined;
  /** Every file the command read (the plan, its CSV lists, its rc file): a write must never land on one. */
  inputs: string[];
}

export interface PlanInputFlags { lang?: string; licenseMatrix?: string; profile?: string }

/**
 * The checked plan, or why it cannot be read (a message for `pocplan: …` in `ui`, the language of
 * the command's own messages, as `check` says it). `.pocplanrc.yaml` problems go to stderr in `ui`.
 */
export function readPlanInput(file: string, flags: PlanInputFlags, io: CliIO, ui: Lang): PlanInput | { error: string } {
  const cwd = io.cwd();
  const abs = path.resolve(cwd, file);
  const text = readPlan(abs);
  if (typeof text !== 'string') return { error: cannotRead(ui, file, text) };
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
  const lang = renderLang(parsed, flags.lang);
  const cli: PartialSettings = {
    lang,
    ...(flags.licenseMatrix ? { licenseMatrix: flags.licenseMatrix as PartialSettings['licenseMatrix'] & string } : {}),
    ...(flags.profile ? { profile: flags.profile as 'default' | 'strict' } : {}),
  };
  const settings = mergeSettings(rc.settings, cli);
  const result = service.check(uri, text, settings);
  const csvFiles = result.csv.map((r) => uriToPath(r.uri)).filter((p): p is string => p !== undefined);
  return { file, abs, parsed, result, settings, lang, rcFile, inputs: [abs, ...csvFiles, ...(rcFile ? [rcFile] : [])] };
}

/** `SOURCE_DATE_EPOCH` (reproducible builds: whole seconds since the epoch) in ms, else the clock; undefined when malformed. */
export function commandTime(io: CliIO): number | undefined {
  const s = io.env.SOURCE_DATE_EPOCH;
  if (s === undefined || s === '') return Date.now();
  return /^\d{1,12}$/.test(s.trim()) ? Number(s.trim()) * 1000 : undefined;
}
