/**
 * The plan language service: a pure facade (no vscode, no LSP connection, no fs) used by the LSP
 * server, the CLI and the tests. File access comes through the injected `ServiceHost`.
 *
 *   const service = createPlanService({ host });
 *   const result = service.check(uri, text, settings);   // diagnostics for the plan and its CSVs
 */
import { checkPlan, parsePlan, type CheckResult, type ParsedPlan, type ServiceHost } from './check';
import type { Settings } from './config';
import { CsvReportCache } from './csv';
import { editingFeatures, type EditingFeatures } from './language';
import { ConfigCache } from './panos/running-config';

export type { CheckResult, ParsedPlan, ServiceHost } from './check';
export type { PlanDiagnostic, Severity, Suppression, Finding } from './diagnostics';
export type { Settings, PartialSettings, Profile, RuleSetting } from './config';
export { DEFAULT_SETTINGS, mergeSettings, parseRcFile, readSettingsObject, RC_FILE } from './config';
export { t, normalizeLang, type Lang } from './l10n';
export { allCodes, codeMeta } from './codes';
export { MATRIX_READINGS, type MatrixReading } from './license/matrix';
export { LineIndex, type Position, type Range } from './text';
export type * from './language';

export const DEFAULT_DOCS_BASE = 'https://github.com/pocplan/iot-security-poc-planner/blob/main/docs/rules/';

export interface PlanServiceOptions {
  host: ServiceHost;
  /** Where rule pages live: `<docsBase><code>.md`. */
  docsBase?: string;
}

/** The checker plus the editing features (language/index.ts): code actions, completion, hover, navigation, inlay hints. */
export interface PlanService extends EditingFeatures {
  /** The parsed plan for this text; reuses the last parse of the same uri when the text is unchanged. */
  parse(uri: string, text: string): ParsedPlan;
  /** Full check: YAML, schema, CSV lists, rules, suppressions, configured severities. */
  check(uri: string, text: string, settings: Settings): CheckResult;
  /** Forget cached state for a document (closed in the editor). */
  forget(uri: string): void;
  readonly host: ServiceHost;
  readonly docsBase: string;
}

export function createPlanService(options: PlanServiceOptions): PlanService {
  const cache = new Map<string, ParsedPlan>();
  const csvCache = new CsvReportCache();
  const configCache = new ConfigCache();
  const docsBase = options.docsBase ?? DEFAULT_DOCS_BASE;
  const parse = (uri: string, text: string): ParsedPlan => {
    const hit = cache.get(uri);
    if (hit && hit.text === text) return hit;
    const p = parsePlan(uri, text, hit);
    cache.set(uri, p);
    if (cache.size > 64) cache.delete(cache.keys().next().value!);
    return p;
  };
  return {
    host: options.host,
    docsBase,
    parse,
    check: (uri, text, settings) => checkPlan(parse(uri, text), { settings, host: options.host, docsBase, csvCache, configCache }),
    forget: (uri) => { cache.delete(uri); },
    ...editingFeatures(parse, options.host),
  };
}
