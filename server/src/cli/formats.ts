/**
 * The output formats of `pocplan check`: text, the contract's JSON, and SARIF 2.1.0 (sarif.ts).
 * Text follows `--lang` (severity words and the summary come from the catalog, `cli.*`); JSON keeps
 * the contract's English field values.
 */
import type { Lang, PlanDiagnostic, Severity, Suppression } from '../service';
import { t } from '../service';
export { formatSarif } from './sarif';

export interface FileResult {
  /** Path as shown to the user (relative when the input was). */
  file: string;
  diagnostics: PlanDiagnostic[];
  suppressions: Suppression[];
  /** Set when the file could not be read. */
  error?: string;
}

export interface Summary { files: number; errors: number; warnings: number; infos: number; hints: number; suppressed: number }

export function summarize(results: FileResult[]): Summary {
  const s: Summary = { files: 0, errors: 0, warnings: 0, infos: 0, hints: 0, suppressed: 0 };
  const plans = new Set<string>();
  for (const r of results) {
    if (!r.file.endsWith('.csv')) plans.add(r.file);
    for (const d of r.diagnostics) {
      if (d.severity === 'error') s.errors++;
      else if (d.severity === 'warning') s.warnings++;
      else if (d.severity === 'info') s.infos++;
      else s.hints++;
    }
    for (const sup of r.suppressions) s.suppressed += sup.silenced.length;
  }
  s.files = plans.size;
  return s;
}

const COLORS: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', hint: '\x1b[90m' };

/** Why a file could not be read, in `lang` (FileResult.error is the contract's English reason). */
export function reasonText(lang: Lang, reason: string): string {
  const id = `cli.reason.${reason.replace(/ /g, '-')}`;
  const text = t(lang, id);
  return text === id ? reason : text;
}

/** `file:line:col severity code message` per diagnostic, then a summary line, in `lang`. */
export function formatText(results: FileResult[], color: boolean, lang: Lang = 'en'): string {
  const out: string[] = [];
  const paint = (s: string, c: string): string => (color ? `${c}${s}\x1b[0m` : s);
  for (const r of results) {
    for (const d of r.diagnostics) {
      const loc = `${r.file}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
      out.push(`${color ? paint(loc, '\x1b[1m') : loc} ${paint(t(lang, `severity.${d.severity}`), COLORS[d.severity])} ${color ? paint(d.code, '\x1b[90m') : d.code} ${d.message}`);
    }
  }
  const s = summarize(results);
  const count = (n: number, what: string): string => t(lang, `cli.n.${what}${n === 1 ? '' : 's'}`, { n });
  const args = { errors: count(s.errors, 'error'), warnings: count(s.warnings, 'warning'), infos: count(s.infos, 'info'), plans: count(s.files, 'plan'), suppressed: s.suppressed };
  out.push(t(lang, s.suppressed ? 'cli.summary/suppressed' : 'cli.summary', args));
  return out.join('\n') + '\n';
}

function jsonDiag(d: PlanDiagnostic): Record<string, unknown> {
  return {
    code: d.code, severity: d.severity, message: d.message, range: d.range,
    ...(d.related.length ? { related: d.related } : {}),
  };
}

export function formatJson(results: FileResult[]): string {
  const s = summarize(results);
  return JSON.stringify({
    files: results.map((r) => ({
      file: r.file,
      diagnostics: r.diagnostics.map(jsonDiag),
      ...(r.suppressions.length ? { suppressions: r.suppressions.map((sup) => ({ code: sup.code, reason: sup.reason ?? null, range: sup.range, silenced: sup.silenced.map(jsonDiag) })) } : {}),
      ...(r.error ? { error: r.error } : {}),
    })),
    summary: { files: s.files, errors: s.errors, warnings: s.warnings, infos: s.infos, ...(s.hints ? { hints: s.hints } : {}), ...(s.suppressed ? { suppressed: s.suppressed } : {}) },
  }, null, 2) + '\n';
}
