/**
 * The plan document: a checked plan → Markdown, or one self-contained HTML file (with an editor
 * preview variant). Pure and deterministic: the same plan, check result and options always give
 * the same bytes (no clock, no random ids: element ids come from positions in the plan).
 *
 *   const parsed = service.parse(uri, text);
 *   const lang = renderLang(parsed, flag);                    // --lang, else `locale:`, else en
 *   const result = service.check(uri, text, { ...settings, lang });
 *   const html = renderPlan(parsed, result, { format: 'html', lang, matrix: settings.licenseMatrix });
 *
 * A plan with errors still renders; its findings are listed and its diagrams show what is known.
 */
import type { CheckResult, ParsedPlan } from '../check';
import { normalizeLang, type Lang } from '../l10n';
import type { MatrixReading } from '../license/matrix';
import { getString } from '../tree';
import { renderHtml, type DocCalendarOptions, type PreviewOptions } from './html';
import { renderMarkdown } from './markdown';
import { buildDocModel } from './model';

export type RenderFormat = 'md' | 'html';
export type { DocCalendarOptions, PreviewOptions } from './html';
export type { DocModel } from './model';

export interface RenderOptions {
  format: RenderFormat;
  lang: Lang;
  /** License-matrix reading for the verdicts (the check's setting); default `strict`. */
  matrix?: MatrixReading;
  /** HTML for the editor's webview: CSP with these, `data-line` places, click-to-line script. */
  preview?: PreviewOptions;
  /**
   * HTML export: the time the document is made (the calendar's DTSTAMP) and the reminder, for the
   * timeline's download link to the deadlines as an .ics file. Without it the exported document has
   * no such link (the document itself never reads a clock). The preview's link asks the editor instead.
   */
  calendar?: DocCalendarOptions;
}

/** The document's language: an explicit choice (`--lang`), else the plan's `locale:`, else English. */
export function renderLang(parsed: ParsedPlan, requested?: string): Lang {
  if (requested) return normalizeLang(requested);
  const locale = getString(parsed.model.root, 'locale');
  return locale && /^ja\b/i.test(locale.trim()) ? 'ja' : 'en';
}

export function renderPlan(parsed: ParsedPlan, result: CheckResult, options: RenderOptions): string {
  return renderPlanParts(parsed, result, options).text;
}

/** The document, and for HTML also the inner body alone (the preview swaps it in place to keep scrolling). */
export function renderPlanParts(parsed: ParsedPlan, result: CheckResult, options: RenderOptions): { text: string; body: string } {
  const doc = buildDocModel(parsed, result, options.lang, options.matrix ?? 'strict');
  if (options.format === 'md') {
    const text = renderMarkdown(doc, options.lang);
    return { text, body: text };
  }
  const parts = renderHtml(doc, options.lang, options.preview, options.calendar);
  return { text: parts.html, body: parts.body };
}
