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
    // An input that could not be read (or a folder without plans) is not a checked plan.
    if (!r.file.endsWith('.csv') && !r.error) plans.add(r.file);
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
/** `FileResult.error` of a folder that holds no plan (the JSON output's `error`, in English). */
export const NO_PLANS = 'no plans in this folder';

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
    const file = termSafe(r.file);
    for (const d of r.diagnostics) {
      const loc = `${file}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
      out.push(`${color ? paint(loc, '\x1b[1m') : loc} ${paint(t(lang, `severity.${d.severity}`), COLORS[d.severity])} ${color ? paint(d.code, '\x1b[90m') : d.code} ${termSafe(d.message)}`);
    }
  }
  const s = summarize(results);
  // No summary when no plan was read: "0 errors in 1 plan" for a missing file would read as a pass.
  if (s.files) {
    const count = (n: number, what: string): string => t(lang, `cli.n.${what}${n === 1 ? '' : 's'}`, { n });
    const args = { errors: count(s.errors, 'error'), warnings: count(s.warnings, 'warning'), infos: count(s.infos, 'info'), plans: count(s.files, 'plan'), suppressed: s.suppressed };
    out.push(t(lang, s.suppressed ? 'cli.summary/suppressed' : 'cli.summary', args));
  }
  return out.length ? out.join('\n') + '\n' : '';
}

/**
 * Characters that would act on a terminal rather than show: C0 and C1 controls (an ESC from a
 * plan's `"\e[2J"` string would clear the screen; a newline would forge a line), line and
 * paragraph separators, and the bidirectional controls and marks that reorder a line
 * (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C). Plan strings and file names reach the
 * terminal only through `termSafe`, before our own colour codes are added.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Text for one terminal line: every unsafe character shown as `<U+XXXX>`. */
export function termSafe(text: string): string {
  return text.replace(TERMINAL_UNSAFE, (ch) => `<U+${hex4(ch)}>`);
}

const hex4 = (ch: string): string => ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');

/**
 * JSON text with the characters `JSON.stringify` leaves raw but a terminal would act on (DEL, C1,
 * bidirectional controls, line separators) written as `\uXXXX` escapes: the same JSON value.
 */
export function jsonTermSafe(json: string): string {
  return json.replace(JSON_RAW_UNSAFE, (ch) => `\\u${hex4(ch).toLowerCase()}`);
}

/** TERMINAL_UNSAFE less the C0 controls, which JSON.stringify escapes itself (its own newlines are layout). */
const JSON_RAW_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function jsonDiag(d: PlanDiagnostic): Record<string, unknown> {
  return {
    code: d.code, severity: d.severity, message: d.message, range: d.range,
    ...(d.related.length ? { related: d.related } : {}),
  };
}

export function formatJson(results: FileResult[]): string {
  const s = summarize(results);
  return jsonTermSafe(JSON.stringify({
    files: results.map((r) => ({
      file: r.file,
      diagnostics: r.diagnostics.map(jsonDiag),
      ...(r.suppressions.length ? { suppressions: r.suppressions.map((sup) => ({ code: sup.code, reason: sup.reason ?? null, range: sup.range, silenced: sup.silenced.map(jsonDiag) })) } : {}),
      ...(r.error ? { error: r.error } : {}),
    })),
    summary: { files: s.files, errors: s.errors, warnings: s.warnings, infos: s.infos, ...(s.hints ? { hints: s.hints } : {}), ...(s.suppressed ? { suppressed: s.suppressed } : {}) },
  }, null, 2)) + '\n';
}
