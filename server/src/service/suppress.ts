/**
 * `# pocplan-disable-next-line <code>[, <code>] -- <reason>` comments. A suppression applies to
 * the next line that holds YAML (blank and comment-only lines in between are skipped), silences
 * the named codes there (`area.*` silences a whole area), and is itself reported when it has no
 * reason, names an unknown code or silences nothing.
 */
import type { LineIndex } from './text';
import type { YNode } from './tree';

export interface SuppressionComment {
  /** Offsets of the comment text (from `#`). */
  start: number;
  end: number;
  codes: Array<{ code: string; start: number; end: number }>;
  reason: string | undefined;
  /** 0-based line the suppression applies to; -1 when no YAML line follows. */
  targetLine: number;
}

const MARK = 'pocplan-disable-next-line';
const LINE_RE = /#\s*pocplan-disable-next-line\b([^\r\n]*)/g;

/**
 * The suppression comments of a plan. Only a real comment counts: its `#` starts the line or
 * follows a blank, and lies in no scalar of `root` (a `#` in a quoted title, an anchor `&#…` or a
 * block scalar is text, and a fix that edits it would edit the plan's data).
 */
export function scanSuppressions(text: string, lines: LineIndex, root: YNode | null = null): SuppressionComment[] {
  if (!text.includes(MARK)) return [];
  const out: SuppressionComment[] = [];
  const inScalar = scalarTest(root);
  LINE_RE.lastIndex = 0;
  for (let m = LINE_RE.exec(text); m; m = LINE_RE.exec(text)) {
    const start = m.index;
    if ((start > 0 && !/[ \t\r\n]/.test(text[start - 1]!)) || inScalar(start)) continue;
    const end = start + m[0].length;
    const restStart = end - m[1]!.length;
    const rest = m[1]!;
    const dash = rest.indexOf('--');
    const codePart = dash >= 0 ? rest.slice(0, dash) : rest;
    const reason = dash >= 0 ? rest.slice(dash + 2).trim() || undefined : undefined;
    const codes: SuppressionComment['codes'] = [];
    const codeRe = /[^\s,]+/g;
    for (let c = codeRe.exec(codePart); c; c = codeRe.exec(codePart)) {
      codes.push({ code: c[0], start: restStart + c.index, end: restStart + c.index + c[0].length });
    }
    let target = lines.lineAt(start) + 1;
    while (target < lines.lineCount) {
      const t = lines.lineText(target).trim();
      if (t !== '' && !t.startsWith('#')) break;
      target++;
    }
    out.push({ start, end, codes, reason, targetLine: target < lines.lineCount ? target : -1 });
  }
  return out;
}

export function matchesCode(pattern: string, code: string): boolean {
  if (pattern === code) return true;
  if (pattern.endsWith('.*')) return code.startsWith(pattern.slice(0, -1));
  return pattern === '*' || pattern === 'all';
}

/** Whether an offset lies inside a scalar of the tree (binary search over the scalars' spans). */
function scalarTest(root: YNode | null): (offset: number) => boolean {
  if (!root) return () => false;
  const spans: Array<[number, number]> = [];
  const stack: Array<YNode | null | undefined> = [root];
  for (let guard = 0; stack.length && guard < 2_000_000; guard++) {
    const n = stack.pop();
    if (!n) continue;
    if (n.kind === 'scalar') { if (n.end > n.start) spans.push([n.start, n.end]); }
    else if (n.kind === 'map') for (const p of n.pairs) stack.push(p.key, p.value);
    else if (n.kind === 'seq') stack.push(...n.items);
  }
  spans.sort((a, b) => a[0] - b[0]);
  return (o) => {
    let lo = 0; let hi = spans.length - 1;
    while (lo <= hi) { const mid = (lo + hi) >> 1; const [a, b] = spans[mid]!; if (o < a) hi = mid - 1; else if (o >= b) lo = mid + 1; else return true; }
    return false;
  };
}
