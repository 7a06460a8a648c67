import { insertCommentAbove, detectStyle } from '../edit';
import type { YNode } from '../tree';
import type { DiagnosticRef, Fix, FixContext } from './types';
import { record } from './util';

/**
 * Codes a disable comment cannot reach: a broken file (the comment's own line may not parse), and
 * the findings about the whole file, which sit on its first line whatever comment precedes them.
 * (A CSV list's summary on the plan is adjusted with `rules:` in `.pocplanrc.yaml`, not by comments.)
 */
const UNSUPPRESSIBLE = new Set(['yaml.syntax', 'yaml.too-large', 'yaml.problem-limit', 'yaml.nesting-limit', 'yaml.alias-limit', 'yaml.multi-document']);

/** True when `offset` lies strictly inside a scalar that spans lines (a comment there would be text). */
function insideScalar(root: YNode | null, offset: number): boolean {
  const stack: Array<YNode | null | undefined> = [root];
  for (let guard = 0; stack.length && guard < 1_000_000; guard++) {
    const n = stack.pop();
    if (!n || offset <= n.start || offset >= n.end) continue;
    if (n.kind === 'scalar') return true;
    if (n.kind === 'map') for (const p of n.pairs) stack.push(p.key, p.value);
    else if (n.kind === 'seq') stack.push(...n.items);
  }
  return false;
}

/**
 * "Disable <code> for this line": a `# pocplan-disable-next-line <code> -- <reason>` comment above
 * the diagnostic's line, with a reason placeholder to replace (a suppression without a reason is
 * itself reported). When a suppression comment already targets that line, the code joins it.
 */
export function disableFix(d: DiagnosticRef, ctx: FixContext): Fix | undefined {
  if (d.code.startsWith('suppression.') || UNSUPPRESSIBLE.has(d.code) || record(d.data).csvSummary === true) return undefined;
  const { lines, text } = ctx.plan;
  const line = lines.lineAt(d.start);
  // A suppression applies to the next line that holds YAML: the diagnostic's line must be one, and
  // a comment line must be able to sit above it (not inside a multi-line scalar, where it would
  // become text or end the scalar).
  const own = lines.lineText(line).trim();
  // (An empty key, `: value`, is placed by the parser before any comment above it: not reachable.)
  if (own === '' || own.startsWith('#') || /^(- *)*[:?]/.test(own) || insideScalar(ctx.plan.root, lines.lineStart(line))) return undefined;
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
