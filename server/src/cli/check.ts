/** `pocplan check`: walk the inputs, check every plan (and its CSVs), print, pick the exit code. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createPlanService, mergeSettings, MATRIX_READINGS, normalizeLang, t, type Lang, type PartialSettings, type PlanDiagnostic, type Settings } from '../service';
import { createNodeHost, findRcFile, loadRcFile, pathToUri, readTextFile, uriToPath } from '../node/host';
import { formatJson, formatSarif, formatText, NO_PLANS, type FileResult } from './formats';
import type { CliIO } from './main';

const PLAN_RE = /\.pocplan\.ya?ml$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'dist', '.vscode-test']);

/** Plans under a directory, sorted, without following symlinked directories (no cycles). */
export function walkPlans(dir: string, out: string[] = [], depth = 0): string[] {
  if (depth > 32) return out;
  let entries: fs.Dirent[];
  try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return out; }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) { if (!SKIP_DIRS.has(e.name)) walkPlans(p, out, depth + 1); }
    else if ((e.isFile() || e.isSymbolicLink()) && PLAN_RE.test(e.name)) out.push(p);
  }
  return out;
}

/** What every plan of one folder shares: its `.pocplanrc.yaml`, settings and workspace folder. */
interface Workspace { rcFile: string | undefined; rcProblems: string[]; settings: Settings; folderUri: string }

/**
 * The workspace of the plans in `dir`: the folder of the nearest .pocplanrc.yaml, else the
 * current directory when `dir` is inside it, else `dir` itself. CSV paths may not leave it.
 * Looked up once per folder, not per plan: the search stats every folder up to the root and the
 * rc file is YAML to parse.
 */
function workspaceOf(dir: string, cwd: string, cliSettings: PartialSettings, lang: Lang): Workspace {
  const rcFile = findRcFile(dir);
  const rc = loadRcFile(rcFile, lang);
  const inCwd = (dir + path.sep).startsWith(cwd + path.sep); // the plan `dir/x` is under `cwd/`
  const folder = rcFile ? path.dirname(rcFile) : inCwd ? cwd : dir;
  return { rcFile, rcProblems: rc.problems, settings: mergeSettings(rc.settings, cliSettings), folderUri: pathToUri(folder) };
}

/** Plans larger than this are not read at all (parse.ts reports `yaml.too-large` from 10 MB on). */
const MAX_PLAN_READ = 16 * 1024 * 1024;

/**
 * The plan's text, or why it cannot be read. Opened without blocking and checked on the open file,
 * so a FIFO never hangs the run; a missing file costs one failed open.
 */
export function readPlan(abs: string): string | PlanUnread {
  const r = readTextFile(abs, MAX_PLAN_READ);
  switch (r.status) {
    case 'ok': return r.text;
    case 'missing': return { reason: 'no such file', id: 'cli.reason.no-such-file' };
    case 'too-large': return { reason: `larger than ${MAX_PLAN_READ / 1048576} MB`, id: 'cli.reason.too-large', args: { mb: MAX_PLAN_READ / 1048576 } };
    case 'not-a-file':
      if (r.kind === 'directory') return { reason: 'is a directory', id: 'cli.reason.is-a-directory' };
      return { reason: `not a regular file (a ${r.kind === 'fifo' ? 'FIFO' : r.kind})`, id: 'cli.reason.not-a-file', args: { kind: r.kind === 'fifo' ? 'FIFO' : r.kind } };
    case 'unreadable': return r.cause === 'permission' ? { reason: 'permission denied', id: 'cli.reason.permission-denied' } : { reason: 'cannot be read', id: 'cli.reason.cannot-be-read' };
  }
}

/** Why a plan has no text: `reason` in English (the JSON output's `error`), `id` and `args` for the message in --lang. */
export interface PlanUnread { reason: string; id: string; args?: Record<string, string | number> }

/** "cannot read FILE: REASON" in `lang`. */
export function cannotRead(lang: Lang, file: string, why: PlanUnread): string {
  return t(lang, 'cli.cannot-read', { file, reason: t(lang, why.id, why.args) });
}

/** One answer per argument for the whole run (realpath of the same workspace folder for every plan). */
function memo(f: (s: string) => string): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => { let r = seen.get(s); if (r === undefined) { r = f(s); seen.set(s, r); } return r; };
}

export interface CheckFlags { format: string; lang?: string; licenseMatrix?: string; profile?: string; color: boolean }

export function runCheck(inputs: string[], flags: CheckFlags, io: CliIO, version: string): number {
  // Everything this command prints follows --lang (POCPLAN_LANG), English by default.
  const lang = normalizeLang(flags.lang);
  const fail = (id: string, args?: Record<string, string>): number => { io.stderr(`pocplan: ${t(lang, id, args)}\n`); return 2; };
  if (!['text', 'json', 'sarif'].includes(flags.format)) return fail('cli.bad-format');
  if (flags.licenseMatrix && !(MATRIX_READINGS as readonly string[]).includes(flags.licenseMatrix)) return fail('cli.bad-license-matrix', { readings: MATRIX_READINGS.join(', ') });
  if (flags.profile && flags.profile !== 'default' && flags.profile !== 'strict') return fail('cli.bad-profile');
  if (!inputs.length) return fail('cli.no-input');

  const cliSettings: PartialSettings = {
    ...(flags.lang ? { lang } : {}),
    ...(flags.licenseMatrix ? { licenseMatrix: flags.licenseMatrix as PartialSettings['licenseMatrix'] & string } : {}),
    ...(flags.profile ? { profile: flags.profile as 'default' | 'strict' } : {}),
  };
  const results: FileResult[] = [];
  // Exit 2 when any input gave nothing to check: a typo in a CI path must not pass as "no errors".
  let unreadable = false;
  const files: string[] = [];
  for (const input of inputs) {
    let st: fs.Stats | undefined;
    try { st = fs.statSync(path.resolve(io.cwd(), input)); } catch { st = undefined; }
    if (st?.isDirectory()) {
      const found = walkPlans(path.resolve(io.cwd(), input));
      if (!found.length) {
        io.stderr(`pocplan: ${t(lang, 'cli.no-plans', { dir: input })}\n`);
        results.push({ file: input, diagnostics: [], suppressions: [], error: NO_PLANS });
        unreadable = true;
      }
      files.push(...found);
    } else files.push(input);
  }

  const cwd = io.cwd();
  let folderOf = (_uri: string): string | undefined => undefined;
  const host = createNodeHost({ folders: () => [] });
  const realUri = memo((u) => host.realUri?.(u) ?? u);
  const service = createPlanService({ host: { ...host, realUri, workspaceFolder: (u) => folderOf(u) } });
  const workspaces = new Map<string, Workspace>();
  const display = (abs: string): string => {
    const rel = path.relative(cwd, abs);
    return rel && !path.isAbsolute(rel) ? rel : abs;
  };

  for (const file of files) {
    const abs = path.resolve(cwd, file);
    const text = readPlan(abs);
    if (typeof text !== 'string') {
      io.stderr(`pocplan: ${cannotRead(lang, file, text)}\n`);
      results.push({ file, diagnostics: [], suppressions: [], error: text.reason });
      unreadable = true;
      continue;
    }
    const dir = path.dirname(abs);
    let ws = workspaces.get(dir);
    if (!ws) { ws = workspaceOf(dir, cwd, cliSettings, lang); workspaces.set(dir, ws); }
    for (const p of ws.rcProblems) io.stderr(`pocplan: ${ws.rcFile}: ${p}\n`);
    const folderUri = ws.folderUri;
    folderOf = () => folderUri;
    const uri = pathToUri(abs);
    const r = service.check(uri, text, ws.settings);
    service.forget(uri);
    // Related locations name files as the rest of the output does: relative to the current directory.
    const shown = (u: string): string => { const p = uriToPath(u); return p ? display(p) : u; };
    const relabel = (d: PlanDiagnostic): PlanDiagnostic => (d.related.length ? { ...d, related: d.related.map((x) => ({ ...x, uri: shown(x.uri) })) } : d);
    results.push({ file: display(abs), diagnostics: r.diagnostics.map(relabel), suppressions: r.suppressions.map((s) => ({ ...s, silenced: s.silenced.map(relabel) })) });
    for (const [csvUri, diags] of r.csvDiagnostics) {
      if (!diags.length) continue;
      results.push({ file: shown(csvUri), diagnostics: diags.map(relabel), suppressions: [] });
    }
  }

  const out = flags.format === 'json' ? formatJson(results)
    : flags.format === 'sarif' ? formatSarif(results, version, { lang, srcRoot: cwd })
    : formatText(results, flags.color, lang);
  io.stdout(out);
  if (!results.some((r) => !r.error)) io.stderr(`pocplan: ${t(lang, 'cli.no-plan-checked')}\n`);
  if (unreadable) return 2;
  return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}
