/**
 * How a plan is laid out (indentation unit, list style, line ends), read from its own block
 * collections so that new text copies it. Part of the edit toolkit (edit.ts re-exports it).
 */
import { LineIndex } from './text';
import type { YNode } from './tree';

/** How the file is laid out; new text copies it. */
export interface EditStyle {
  /** Spaces per nesting level of maps. */
  unit: number;
  /** Spaces from a key to the `-` of its block sequence (0: `key:\n- item`). */
  seqIndent: number;
  /** Spaces from a `-` to the first key of its item (`- id` 2, `-   id` 4). */
  itemIndent: number;
  eol: string;
}

function tally(counts: Map<number, number>, n: number): void {
  counts.set(n, (counts.get(n) ?? 0) + 1);
}

function mostCommon(counts: Map<number, number>, fallback: number): number {
  let best = fallback; let bestN = 0;
  for (const [k, n] of counts) if (n > bestN || (n === bestN && k < best)) { best = k; bestN = n; }
  return best;
}

/** Indentation unit and sequence style, read from the file's block collections. */
export function detectStyle(text: string, root: YNode | null, lines = new LineIndex(text)): EditStyle {
  const units = new Map<number, number>();
  const seqs = new Map<number, number>();
  const items = new Map<number, number>();
  const col = (o: number): number => lines.positionAt(o).character;
  const walk = (n: YNode | null | undefined, depth: number): void => {
    if (!n || depth > 64) return;
    if (n.kind === 'map') {
      for (const p of n.pairs) {
        const v = p.value;
        if (!n.flow && v?.kind === 'map' && !v.flow && v.pairs.length && lines.lineAt(v.start) > lines.lineAt(p.key.start)) {
          const d = col(v.pairs[0]!.key.start) - col(p.key.start);
          if (d > 0) tally(units, d);
        }
        if (!n.flow && v?.kind === 'seq' && !v.flow && lines.lineAt(v.start) > lines.lineAt(p.key.start)) {
          const d = col(v.start) - col(p.key.start);
          if (d >= 0) tally(seqs, d);
          if (d > 0) tally(units, d);
        }
        walk(v, depth + 1);
      }
    } else if (n.kind === 'seq') {
      for (const it of n.items) {
        if (!n.flow && it?.kind === 'map' && !it.flow && it.pairs.length) {
          const d = col(it.pairs[0]!.key.start) - col(it.start) + (it.start === it.pairs[0]!.key.start ? dashGap(it.start) : 0);
          if (d > 0) tally(items, d);
        }
        walk(it, depth + 1);
      }
    }
  };
  // The item map starts at its first key: measure back to the dash.
  const dashGap = (o: number): number => {
    let i = o - 1;
    while (i >= 0 && text[i] === ' ') i--;
    return text[i] === '-' ? o - i : 0;
  };
  walk(root, 0);
  const unit = mostCommon(units, 2);
  return { unit, seqIndent: mostCommon(seqs, unit), itemIndent: mostCommon(items, 2), eol: text.includes('\r\n') ? '\r\n' : '\n' };
}
