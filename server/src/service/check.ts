/**
 * One check of one plan: parse, schema, CSV device lists, domain rules, suppressions and
 * configured severities, then the one conversion to outside diagnostics.
 */
import { URI, Utils } from 'vscode-uri';
import { codeMeta, isKnownCode } from './codes';
import type { Settings } from './config';
import { checkCsvCached, type CsvReport, type CsvReportCache } from './csv';
import { readReferencedFile, type FileRead, type FileProblem } from './files';
import type { Finding, PlanDiagnostic, Severity, Suppression } from './diagnostics';
import { clip, MAX_ARG_LENGTH, showBidi } from './guards';
import { t, type Lang } from './l10n';
import { buildModel, type PathM, type PlanModel, type SegmentM } from './model';
import { parseYaml, type ParseResult } from './parse';
import { readRunningConfigs, type ConfigCache } from './panos/running-config';
import { reparseEdit } from './reparse';
import { RULES } from './rules';
import type { RuleContext } from './rules/types';
import { validateSchema } from './schema';
import { matchesCode, scanSuppressions, type SuppressionComment } from './suppress';
import { LineIndex } from './text';
import { getPair, getString, type YNode } from './tree';

/** What the service needs from its host: file access, injected so the service stays pure. */
export interface ServiceHost {
  /** The text of a file (an open editor's buffer wins), or undefined when it cannot be read. */
  readFile(uri: string): string | undefined;
  /**
   * The same read, saying why there is no text: nothing there, too large, not a regular file, or
   * unreadable (files.ts). Optional: without it every failure of `readFile` counts as missing.
   * Used for every file a plan refers to, so a fix never creates a file over one that exists.
   */
  readFileResult?(uri: string): FileRead;
  /** The uri with symbolic links resolved; the identity when unknown. */
  realUri?(uri: string): string;
  /** The workspace folder containing `uri`; defaults to the plan's own folder. */
  workspaceFolder?(uri: string): string | undefined;
  /** The entries of a folder (completion of CSV paths); undefined when it cannot be listed. */
  listFiles?(dirUri: string): Array<{ name: string; directory: boolean }> | undefined;
}

/** The parsed form of one plan text; cached by the service per document version. */
export interface ParsedPlan {
  uri: string;
  text: string;
  lines: LineIndex;
  root: YNode | null;
  model: PlanModel;
  /** Findings that depend on the text alone (YAML, schema), before severities are applied. */
  syntaxFindings: Finding[];
  suppressions: SuppressionComment[];
  /** The YAML parse alone, kept so the next edit can reuse it (reparse.ts). */
  yaml: ParseResult;
}

/** Parses `text`; with the previous parse of the same document, a small edit skips the YAML parse. */
export function parsePlan(uri: string, text: string, previous?: ParsedPlan): ParsedPlan {
  const lines = new LineIndex(text);
  const parsed = (previous && reparseEdit(previous.text, previous.yaml, text)) ?? parseYaml(text);
  const findings = [...parsed.findings];
  if (parsed.root !== null || !findings.some((f) => f.code === 'yaml.too-large' || f.code === 'yaml.syntax')) {
    const schema = validateSchema(parsed.root, text);
    findings.push(...schema.findings);
    if (schema.aliasLimitHit) findings.push({ code: 'yaml.alias-limit', start: 0, end: lines.lineEnd(0) });
    if (schema.truncated) findings.push({ code: 'yaml.problem-limit', start: 0, end: lines.lineEnd(0), args: { limit: MAX_DIAGNOSTICS } });
  }
  return { uri, text, lines, root: parsed.root, model: buildModel(parsed.root), syntaxFindings: findings, suppressions: scanSuppressions(text, lines, parsed.root), yaml: parsed };
}

export interface CheckResult {
  uri: string;
  diagnostics: PlanDiagnostic[];
  /** Diagnostics of the CSV files the plan references, by CSV uri. */
  csvDiagnostics: Map<string, PlanDiagnostic[]>;
  csv: CsvReport[];
  suppressions: Suppression[];
}

export interface CheckOptions {
  settings: Settings;
  host: ServiceHost;
  /** Base for rule documentation links; `<base><code>.md`. */
  docsBase: string;
  /** Reports of CSV lists from earlier checks (the service keeps one); without it every list is parsed. */
  csvCache?: CsvReportCache;
  /** Parsed `runningConfig` files from earlier checks (the service keeps one). */
  configCache?: ConfigCache;
}

function severityOf(code: string, settings: Settings, fallback: Severity | undefined): Severity | 'off' {
  let configured: Severity | 'off' | undefined = settings.rules[code];
  if (configured === undefined) {
    for (const [pattern, sev] of Object.entries(settings.rules)) if (pattern !== code && matchesCode(pattern, code)) configured = sev;
  }
  if (configured !== undefined) return configured;
  const meta = codeMeta(code);
  if (!meta) return fallback ?? 'error';
  if (settings.profile === 'strict' && meta.strictSeverity) return meta.strictSeverity;
  return fallback ?? meta.severity;
}

function localizeArgs(lang: Lang, args: Finding['args']): Finding['args'] {
  if (!args) return args;
  const out: Record<string, string | number> = {};
  // Arguments quote the plan (keys, values, paths): clipped, so a 1 MB key is not a 1 MB message.
  // Bidirectional controls in them are shown, never obeyed (guards.ts showBidi).
  for (const [k, v] of Object.entries(args)) out[k] = typeof v === 'string' && v.startsWith('@') ? t(lang, v.slice(1)) : typeof v === 'string' ? showBidi(clip(v, MAX_ARG_LENGTH)) : v;
  return out;
}

/**
 * At most this many diagnostics per document. A pasted binary or a 100,000-item list can produce
 * a problem per node; past the limit the editor gains nothing but a slower Problems view, so the
 * list is cut (in document order) and `yaml.problem-limit` says so on the first line.
 */
export const MAX_DIAGNOSTICS = 1000;

export function containedIn(folder: string | URI, uri: string | URI): boolean {
  const f = typeof folder === 'string' ? URI.parse(folder) : folder;
  const u = typeof uri === 'string' ? URI.parse(uri) : uri;
  if (f.scheme !== u.scheme || f.authority !== u.authority) return false;
  const base = f.path.endsWith('/') ? f.path : f.path + '/';
  return u.path.startsWith(base);
}

/**
 * Reads every CSV list the plan references, once per file: `texts` keeps what was read, so
 * ranges are converted against exactly the text that was checked. A list read with the same text
 * as in an earlier check takes its report from `cache` instead of being parsed again.
 */
function readCsvLists(plan: ParsedPlan, host: ServiceHost, cache: CsvReportCache | undefined): { reports: Map<number, CsvReport>; findings: Finding[]; texts: Map<string, string | undefined> } {
  const reports = new Map<number, CsvReport>();
  const texts = new Map<string, string | undefined>();
  const reads = new Map<string, FileRead>();
  const findings: Finding[] = [];
  const planUri = URI.parse(plan.uri);
  const planDir = Utils.dirname(planUri);
  const folderText = host.workspaceFolder?.(plan.uri) ?? planDir.toString();
  const folder = URI.parse(folderText);
  let realFolder: URI | undefined;
  const realUris = new Map<string, string>();
  const realUri = (uri: string): string => {
    if (!host.realUri) return uri;
    let r = realUris.get(uri);
    if (r === undefined) { r = host.realUri(uri); realUris.set(uri, r); }
    return r;
  };
  for (const { seg, id } of csvPaths(plan.model)) {
    const pathText = getString(id.map, 'csv');
    const pair = getPair(id.map, 'csv');
    if (pathText === undefined || !pair?.value) continue;
    const at = { start: pair.value.start, end: pair.value.end };
    const targetUri = /^[a-z][a-z0-9+.-]+:/i.test(pathText) && !/^[a-z]:[\\/]/i.test(pathText)
      ? undefined // another scheme (http:, file:) is never followed
      : Utils.resolvePath(planDir, pathText.replace(/\\/g, '/'));
    const target = targetUri?.toString();
    const report: CsvReport = { uri: target ?? pathText, path: pathText, unreadable: true, devices: [], findings: [] };
    const key = csvKey(seg, id);
    reports.set(key, report);
    realFolder ??= URI.parse(realUri(folderText));
    if (!targetUri || !target || !containedIn(folder, targetUri) || !containedIn(realFolder, realUri(target))) {
      findings.push({ code: 'csv.outside-workspace', ...at, args: { path: pathText } });
      continue;
    }
    let read = reads.get(target);
    if (!read) { read = readReferencedFile(host, target); reads.set(target, read); texts.set(target, read.status === 'ok' ? read.text : undefined); }
    if (read.status !== 'ok') {
      findings.push(csvReadFinding(read, at, pathText));
      continue;
    }
    const text = read.text;
    const r = checkCsvCached(cache, target, pathText, text, getString(seg.map, 'subnet'));
    reports.set(key, r);
    findings.push(...r.findings);
  }
  return { reports, findings, texts };
}

/** The CSV lists a plan references: each segment's `identity` with method csv, and its `staticIdentity`. */
function csvPaths(model: PlanModel): Array<{ seg: SegmentM; id: PathM }> {
  const out: Array<{ seg: SegmentM; id: PathM }> = [];
  for (const seg of model.segments) {
    if (seg.identity?.method === 'csv') out.push({ seg, id: seg.identity });
    if (seg.staticIdentity?.method === 'csv') out.push({ seg, id: seg.staticIdentity });
  }
  return out;
}

/** Where a CSV report is kept: the segment's map start for `identity.csv` (as rules read it), the `staticIdentity` map's start for the other. */
function csvKey(seg: SegmentM, id: PathM): number {
  return id === seg.identity ? seg.map.start : id.map.start;
}

/** A CSV list that has no text, reported as what it is; `csv.missing-file` only when nothing is there. */
function csvReadFinding(read: FileProblem, at: { start: number; end: number }, path: string): Finding {
  switch (read.status) {
    case 'missing': return { code: 'csv.missing-file', ...at, args: { path } };
    // Rounded up, so a file just over the limit never reads as "16 MB, larger than 16 MB".
    case 'too-large': return { code: 'csv.too-large', ...at, args: { path, size: (Math.ceil(read.size / 104857.6) / 10).toFixed(1), limit: Math.round(read.limit / 1048576) } };
    case 'not-a-file': return { code: 'csv.not-a-file', messageId: `csv.not-a-file/${read.kind}`, ...at, args: { path } };
    case 'unreadable': return { code: 'csv.unreadable', ...(read.cause === 'permission' ? { messageId: 'csv.unreadable/permission' } : {}), ...at, args: { path } };
  }
}

export function checkPlan(plan: ParsedPlan, opts: CheckOptions): CheckResult {
  const { settings, host } = opts;
  const lang = settings.lang;
  const findings: Finding[] = [...plan.syntaxFindings];
  const csv = readCsvLists(plan, host, opts.csvCache);
  findings.push(...csv.findings);
  // Each firewall's `runningConfig` (panos/running-config.ts), for the config.* rules.
  const configs = readRunningConfigs(plan, host, opts.configCache);

  for (const rule of RULES) {
    const ctx: RuleContext = {
      plan: plan.model, text: plan.text, settings, matrix: settings.licenseMatrix, csv: csv.reports, configs,
      report: (f) => findings.push({ ...f, code: f.code ?? rule.code }),
    };
    try {
      rule.check(ctx);
    } catch {
      // A rule bug must never take the checker down; the other rules still report.
    }
  }

  const csvTexts = new Map<string, LineIndex>();
  const linesFor = (uri: string | undefined): LineIndex => {
    if (!uri || uri === plan.uri) return plan.lines;
    let li = csvTexts.get(uri);
    if (!li) { li = new LineIndex(csv.texts.get(uri) ?? [...configs.values()].find((c) => c.uri === uri)?.text ?? ''); csvTexts.set(uri, li); }
    return li;
  };

  const toDiag = (f: Finding, severity: Severity): PlanDiagnostic => {
    const uri = f.uri ?? plan.uri;
    const li = linesFor(uri);
    // Offsets are clamped into the document: a parser error "at the end" can point one past it,
    // and code actions edit at these offsets.
    const start = Math.max(0, Math.min(f.start, li.text.length));
    const end = Math.max(start, Math.min(f.end, li.text.length));
    return {
      uri, code: f.code, severity,
      message: t(lang, f.messageId ?? f.code, localizeArgs(lang, f.args)),
      range: li.range(start, end), start, end,
      related: (f.related ?? []).map((r) => ({ uri: r.uri ?? plan.uri, range: linesFor(r.uri).range(r.start, r.end), message: t(lang, r.messageId, localizeArgs(lang, r.args)) })),
      href: `${opts.docsBase}${f.code}.md`,
      ...(f.data !== undefined ? { data: f.data } : {}),
    };
  };

  // Suppressions: each comment silences its codes on its target line of the plan.
  const suppressions: Suppression[] = [];
  const used = new Set<string>();
  const bySuppression = new Map<SuppressionComment, Suppression>();
  for (const s of plan.suppressions) {
    const codes = s.codes.map((c) => c.code);
    if (!s.reason) findings.push({ code: 'suppression.missing-reason', start: s.start, end: s.end, args: { codes: codes.join(', ') || '?' } });
    for (const c of s.codes) if (!isKnownCode(c.code)) findings.push({ code: 'suppression.unknown-code', start: c.start, end: c.end, args: { code: c.code } });
    const sup: Suppression = { uri: plan.uri, code: codes.join(','), range: plan.lines.range(s.start, s.end), reason: s.reason, silenced: [] };
    bySuppression.set(s, sup);
    suppressions.push(sup);
  }

  const diagnostics: PlanDiagnostic[] = [];
  const csvDiagnostics = new Map<string, PlanDiagnostic[]>();
  for (const r of csv.reports.values()) if (!r.unreadable) csvDiagnostics.set(r.uri, []);
  const seen = new Set<string>();
  for (const f of findings) {
    const sev = severityOf(f.code, settings, f.severity);
    if (sev === 'off') continue;
    const key = `${f.uri ?? ''}|${f.code}|${f.start}|${f.end}|${f.messageId ?? ''}|${JSON.stringify(f.args ?? {})}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const d = toDiag(f, sev);
    if (f.uri && f.uri !== plan.uri) {
      (csvDiagnostics.get(f.uri) ?? csvDiagnostics.set(f.uri, []).get(f.uri)!).push(d);
      continue;
    }
    const line = d.range.start.line;
    const sup = plan.suppressions.find((s) => s.targetLine === line && s.codes.some((c) => matchesCode(c.code, f.code)));
    if (sup && !f.code.startsWith('suppression.')) {
      bySuppression.get(sup)!.silenced.push(d);
      for (const c of sup.codes) if (matchesCode(c.code, f.code)) used.add(`${sup.start}|${c.code}`);
      continue;
    }
    diagnostics.push(d);
  }

  // Summaries of CSV problems on the plan's `csv:` values.
  for (const { seg, id } of csvPaths(plan.model)) {
    const r = csv.reports.get(csvKey(seg, id));
    const pair = getPair(id.map, 'csv');
    if (!r || r.unreadable || !pair?.value) continue;
    const list = csvDiagnostics.get(r.uri) ?? [];
    const own = list.filter((d) => r.findings.some((f) => f.start === d.start && f.code === d.code));
    if (!own.length) continue;
    const worst = own.reduce((a, b) => (rank(b.severity) < rank(a.severity) ? b : a));
    diagnostics.push(toDiag({
      code: worst.code, messageId: 'csv.summary', start: pair.value.start, end: pair.value.end,
      args: { path: r.path, count: own.length, line: own[0]!.range.start.line + 1, first: own[0]!.message },
      related: own.slice(0, 20).map((d) => ({ uri: r.uri, start: d.start, end: d.end, messageId: 'related.csv-problem' })),
      // A summary is adjusted with `rules:`, never by a disable comment (the fix reads this).
      data: { csvSummary: true },
    }, worst.severity));
  }

  // Suppressions that silenced nothing are worth knowing about (the problem may have been fixed).
  for (const s of plan.suppressions) {
    for (const c of s.codes) {
      if (!isKnownCode(c.code) || used.has(`${s.start}|${c.code}`)) continue;
      const sev = severityOf('suppression.unused', settings, undefined);
      if (sev !== 'off') diagnostics.push(toDiag({ code: 'suppression.unused', start: c.start, end: c.end, args: { code: c.code } }, sev));
    }
  }

  diagnostics.sort((a, b) => a.start - b.start || rank(a.severity) - rank(b.severity) || a.code.localeCompare(b.code));
  for (const list of csvDiagnostics.values()) {
    list.sort((a, b) => a.start - b.start);
    if (list.length > MAX_DIAGNOSTICS) list.length = MAX_DIAGNOSTICS;
  }
  if (diagnostics.length > MAX_DIAGNOSTICS) {
    // Keep the YAML-level findings, then errors, then the rest; each group in document order.
    const weight = (d: PlanDiagnostic): number => (d.code.startsWith('yaml.') ? 0 : 4) + rank(d.severity);
    const kept = new Set([...diagnostics].sort((a, b) => weight(a) - weight(b) || a.start - b.start).slice(0, MAX_DIAGNOSTICS));
    const keep = diagnostics.filter((d) => kept.has(d));
    diagnostics.splice(0, diagnostics.length, ...keep);
    const sev = severityOf('yaml.problem-limit', settings, undefined);
    if (sev !== 'off' && !diagnostics.some((d) => d.code === 'yaml.problem-limit')) diagnostics.unshift(toDiag({ code: 'yaml.problem-limit', start: 0, end: plan.lines.lineEnd(0), args: { limit: MAX_DIAGNOSTICS } }, sev));
  }
  return { uri: plan.uri, diagnostics, csvDiagnostics, csv: [...csv.reports.values()], suppressions };
}

function rank(s: Severity): number {
  return s === 'error' ? 0 : s === 'warning' ? 1 : s === 'info' ? 2 : 3;
}
