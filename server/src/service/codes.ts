/**
 * Every diagnostic code the service can produce, with its default severity. Domain rules carry
 * their own metadata (rules/*.ts); the codes produced by parsing, the schema, CSV reading and
 * suppressions are declared here.
 */
import type { Severity } from './diagnostics';
import { RULES } from './rules';
import type { CodeMeta } from './rules/types';

const core = (code: string, severity: Severity, extra: Partial<CodeMeta> = {}): CodeMeta => ({ code, severity, basis: 'contract', ...extra });

export const CORE_CODES: readonly CodeMeta[] = [
  core('yaml.syntax', 'error'),
  core('yaml.duplicate-key', 'error', { added: true }),
  core('yaml.multi-document', 'warning', { added: true }),
  core('yaml.too-large', 'error', { added: true }),
  core('yaml.alias-limit', 'error', { added: true }),
  core('yaml.nesting-limit', 'error', { added: true }),
  core('yaml.invalid-character', 'error', { added: true }),
  // Added after the contract: info unless `profile: strict` (then a warning), like every added rule.
  core('yaml.bidi-control', 'info', { added: true, strictSeverity: 'warning' }),
  core('yaml.custom-tag', 'warning', { added: true }),
  core('yaml.merge-key', 'warning', { added: true }),
  core('yaml.problem-limit', 'warning', { added: true }),
  core('schema.required', 'error'),
  core('schema.unknown-key', 'error'),
  core('schema.enum', 'error'),
  core('schema.type', 'error'),
  core('schema.format', 'error'),
  core('schema.pattern', 'error'),
  core('schema.const', 'error'),
  core('schema.range', 'error'),
  core('schema.invalid', 'error'),
  core('csv.missing-file', 'error'),
  core('csv.too-large', 'error', { added: true }),
  core('csv.not-a-file', 'error', { added: true }),
  core('csv.unreadable', 'error', { added: true }),
  core('csv.outside-workspace', 'error'),
  core('csv.parse-error', 'error'),
  core('csv.missing-ip-column', 'error'),
  core('csv.invalid-ip', 'error'),
  core('csv.invalid-mac', 'error'),
  core('csv.outside-subnet', 'error'),
  core('csv.duplicate-ip', 'error'),
  core('csv.empty', 'warning'),
  core('suppression.missing-reason', 'warning', { added: true }),
  core('suppression.unknown-code', 'warning', { added: true }),
  core('suppression.unused', 'info', { added: true }),
];

let metaByCode: Map<string, CodeMeta> | undefined;

export function allCodes(): Map<string, CodeMeta> {
  if (!metaByCode) {
    metaByCode = new Map();
    for (const m of CORE_CODES) metaByCode.set(m.code, m);
    for (const r of RULES) metaByCode.set(r.code, { code: r.code, severity: r.severity, basis: r.basis, ...(r.strictSeverity ? { strictSeverity: r.strictSeverity } : {}), ...(r.added ? { added: true } : {}) });
  }
  return metaByCode;
}

export function codeMeta(code: string): CodeMeta | undefined {
  return allCodes().get(code);
}

export function isKnownCode(codeOrPattern: string): boolean {
  if (codeOrPattern.endsWith('.*')) {
    const prefix = codeOrPattern.slice(0, -1);
    return [...allCodes().keys()].some((c) => c.startsWith(prefix));
  }
  return allCodes().has(codeOrPattern);
}
