/**
 * `pocplan check --format sarif`: SARIF 2.1.0 that Microsoft's SARIF multitool validates with no
 * error or warning (test/unit/sarif-validator.test.ts runs it) and that GitHub code scanning takes.
 *
 * - `%SRCROOT%` is the absolute `file:` URI of the current directory, ending in `/` (a top-level
 *   `originalUriBaseIds` entry must be absolute, SARIF1004); files under it are relative URI
 *   references to it, percent-encoded; files elsewhere are absolute `file:` URIs.
 * - Every rule has a friendly `name` that differs from its id (SARIF1001), short and full
 *   descriptions, `help` (text and Markdown) and `helpUri`, in the language of the messages
 *   (GitHub requires `fullDescription` and `help`, GH2012). `helpUri` is the rule page, the same
 *   link the diagnostics carry (`codeDescription` in the editor).
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Lang, PlanDiagnostic, Severity, Suppression } from '../service';
import { allCodes, codeMeta, DEFAULT_DOCS_BASE, t } from '../service';
import { jsonTermSafe, NO_PLANS, reasonText, type FileResult } from './formats';

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export interface SarifOptions {
  /** Language of messages and rule descriptions. */
  lang: Lang;
  /** Absolute directory that relative file names in `results` are relative to (the current directory). */
  srcRoot: string;
}

/** `license.incompatible` → `LicenseIncompatible`: the rule's friendly name (SARIF §3.49.7). */
export function ruleName(code: string): string {
  return code.split(/[.-]/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}

/** The absolute `file:` URI of a directory, ending in `/`. */
export function dirUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/**
 * Where a file shown as `file` (relative to `srcRoot`, or absolute) is, as an artifactLocation:
 * a percent-encoded relative reference with `uriBaseId: %SRCROOT%` when it is under the root,
 * otherwise an absolute URI. A name that is already a URI with a scheme (`untitled:…`) is kept.
 */
function artifactLocation(file: string, srcRoot: string): { uri: string; uriBaseId?: string } {
  if (/^[a-z][a-z0-9+.-]+:/i.test(file) && !path.isAbsolute(file)) return { uri: file };
  const abs = path.resolve(srcRoot, file);
  const rel = path.relative(srcRoot, abs);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return { uri: pathToFileURL(abs).href };
  return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function ruleDescriptor(id: string, lang: Lang): Record<string, unknown> {
  const m = codeMeta(id)!;
  const helpUri = `${DEFAULT_DOCS_BASE}${id}.md`;
  const summary = t(lang, `doc.${id}`);
  const severity = (s: Severity): string => t(lang, `severity.${s}`);
  const details = [
    m.added && m.strictSeverity && m.strictSeverity !== m.severity
      ? t(lang, 'sarif.added', { severity: severity(m.severity), strict: severity(m.strictSeverity) })
      : t(lang, 'hover.code.severity', { severity: severity(m.severity) }),
    t(lang, `sarif.basis.${m.basis}`),
  ];
  // Japanese sentences follow one another without a space.
  const join = (parts: string[]): string => parts.join(lang === 'ja' ? '' : ' ');
  const full = join([summary, ...details]);
  return {
    id,
    name: ruleName(id),
    shortDescription: { text: summary },
    fullDescription: { text: full },
    help: {
      text: t(lang, 'sarif.help', { description: full, url: helpUri }),
      markdown: `${summary}\n\n${join(details)}\n\n[${t(lang, 'sarif.rule-page', { code: `\`${id}\`` })}](${helpUri})`,
    },
    helpUri,
    defaultConfiguration: { level: LEVEL[m.severity] },
    properties: { basis: m.basis, ...(m.added ? { addedAfterContract: true } : {}) },
  };
}

export function formatSarif(results: FileResult[], version: string, opts: SarifOptions): string {
  const { lang, srcRoot } = opts;
  const used = new Set<string>();
  for (const r of results) { for (const d of r.diagnostics) used.add(d.code); for (const s of r.suppressions) for (const d of s.silenced) used.add(d.code); }
  const ruleIds = [...allCodes().keys()].filter((c) => used.has(c)).sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const region = (range: PlanDiagnostic['range']): Record<string, number> => ({
    startLine: range.start.line + 1, startColumn: range.start.character + 1,
    endLine: range.end.line + 1, endColumn: range.end.character + 1,
  });
  const result = (r: FileResult, d: PlanDiagnostic, sup?: Suppression): Record<string, unknown> => {
    const index = ruleIndex.get(d.code);
    return {
      ruleId: d.code,
      ...(index !== undefined ? { ruleIndex: index } : {}),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(r.file, srcRoot), region: region(d.range) } }],
      ...(d.related.length ? { relatedLocations: d.related.map((rel, i) => ({ id: i + 1, message: { text: rel.message }, physicalLocation: { artifactLocation: artifactLocation(rel.uri, srcRoot), region: region(rel.range) } })) } : {}),
      ...(sup ? { suppressions: [{ kind: 'inSource', status: 'accepted', ...(sup.reason ? { justification: sup.reason } : {}) }] } : {}),
    };
  };
  const failed = results.filter((r) => r.error);
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'pocplan',
          fullName: 'IoT Security PoC Planner',
          version,
          semanticVersion: version,
          informationUri: DEFAULT_DOCS_BASE.replace(/\/blob\/main\/docs\/rules\/$/, ''),
          rules: ruleIds.map((id) => ruleDescriptor(id, lang)),
        },
      },
      originalUriBaseIds: { '%SRCROOT%': { uri: dirUri(srcRoot) } },
      columnKind: 'utf16CodeUnits',
      results: results.flatMap((r) => [
        ...r.diagnostics.map((d) => result(r, d)),
        ...r.suppressions.flatMap((s) => s.silenced.map((d) => result(r, d, s))),
      ]),
      ...(failed.length ? {
        invocations: [{
          executionSuccessful: false,
          toolExecutionNotifications: failed.map((r) => ({ level: 'error', message: { text: r.error === NO_PLANS ? t(lang, 'cli.no-plans', { dir: r.file }) : t(lang, 'cli.cannot-read', { file: r.file, reason: reasonText(lang, r.error!) }) } })),
        }],
      } : {}),
    }],
  };
  return jsonTermSafe(JSON.stringify(sarif, null, 2)) + '\n';
}
