import { allCodes } from '../codes';
import { closest } from '../suggest';
import type { SuppressionComment } from '../suppress';
import type { TextEdit } from '../edit';
import type { Fix, FixContext, FixProvider } from './types';

function commentAt(ctx: FixContext, offset: number): SuppressionComment | undefined {
  return ctx.plan.suppressions.find((s) => offset >= s.start && offset <= s.end);
}

function edit(title: string, edits: TextEdit[], opts: { preferred?: boolean; safe?: boolean } = {}): Fix {
  return { title, edit: { edits }, ...opts };
}

/**
 * Suppression comments: `suppression.unused` → drop the code (the whole comment when it is the
 * only one; safe); `suppression.unknown-code` → the closest known code (safe); `suppression.missing-reason`
 * → append ` -- <reason>` with a placeholder to replace.
 */
export const suppressionFix: FixProvider = {
  codes: ['suppression.unused', 'suppression.unknown-code', 'suppression.missing-reason'],
  fixes(d, ctx) {
    const s = commentAt(ctx, d.start);
    if (!s) return [];
    const text = ctx.plan.text;
    if (d.code === 'suppression.missing-reason') {
      let end = s.end;
      while (end > s.start && /\s/.test(text[end - 1]!)) end--;
      return [edit(ctx.t('action.suppression.reason'), [{ start: end, end, newText: ` -- ${ctx.t('action.disable.reason')}` }])];
    }
    const c = s.codes.find((x) => d.start >= x.start && d.start <= x.end);
    if (!c) return [];
    if (d.code === 'suppression.unknown-code') {
      const best = closest(c.code, allCodes().keys());
      return best ? [edit(ctx.t('action.suppression.code', { code: best }), [{ start: c.start, end: c.end, newText: best }], { preferred: true, safe: true })] : [];
    }
    const rest = s.codes.filter((x) => x !== c);
    const title = ctx.t('action.suppression.remove', { code: c.code });
    if (rest.length) {
      const first = s.codes[0]!; const last = s.codes[s.codes.length - 1]!;
      return [edit(title, [{ start: first.start, end: last.end, newText: rest.map((x) => x.code).join(', ') }], { preferred: true, safe: true })];
    }
    const lines = ctx.plan.lines;
    const line = lines.lineAt(s.start);
    const lineStart = lines.lineStart(line);
    if (text.slice(lineStart, s.start).trim() === '') {
      const next = line + 1 < lines.lineCount ? lines.lineStart(line + 1) : lines.lineEnd(line);
      return [edit(title, [{ start: lineStart, end: next, newText: '' }], { preferred: true, safe: true })];
    }
    let start = s.start;
    while (start > lineStart && /[ \t]/.test(text[start - 1]!)) start--;
    return [edit(title, [{ start, end: lines.lineEnd(line), newText: '' }], { preferred: true, safe: true })];
  },
};
