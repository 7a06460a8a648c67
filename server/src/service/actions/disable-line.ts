import { insertCommentAbove, detectStyle } from '../edit';
import type { DiagnosticRef, Fix, FixContext } from './types';

/**
 * "Disable <code> for this line": a `# pocplan-disable-next-line <code> -- <reason>` comment above
 * the diagnostic's line, with a reason placeholder to replace (a suppression without a reason is
 * itself reported). When a suppression comment already targets that line, the code joins it.
 */
export function disableFix(d: DiagnosticRef, ctx: FixContext): Fix | undefined {
  if (d.code.startsWith('suppression.')) return undefined;
  const { lines, text } = ctx.plan;
  const line = lines.lineAt(d.start);
  const title = ctx.t('action.disable', { code: d.code });
  const existing = ctx.plan.suppressions.find((s) => s.targetLine === line && s.codes.length);
  if (existing) {
    if (existing.codes.some((c) => c.code === d.code)) return undefined;
    const last = existing.codes[existing.codes.length - 1]!;
    return { title, edit: { edits: [{ start: last.end, end: last.end, newText: `, ${d.code}` }] } };
  }
  const doc = { text, lines, root: ctx.plan.root, style: detectStyle(text, ctx.plan.root, lines) };
  return { title, edit: { edits: [insertCommentAbove(doc, d.start, `pocplan-disable-next-line ${d.code} -- ${ctx.t('action.disable.reason')}`)] } };
}
