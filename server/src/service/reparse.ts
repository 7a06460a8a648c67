/**
 * Incremental reparse for the commonest edit: typing or deleting name-like characters inside one
 * plain, single-line scalar value (`name: edge-01` -> `name: edge-01x`). Such an edit cannot change
 * the document's structure, so the new tree is the old one with that scalar re-read and every
 * later offset shifted; the YAML parse (most of a check's time) is skipped. Anything else — a key,
 * a quoted or multi-line scalar, structural characters, anchors, tags, CRs, a plan that already
 * has YAML findings — returns undefined and the caller parses the whole text (parse.ts).
 */
import { MAX_PLAN_BYTES, parseYaml, type ParseResult } from './parse';
import type { YNode, YPair, YScalar } from './tree';

/** Characters an edit may add or remove: they never start or end a YAML structure inside a plain scalar. */
const SAFE = /^[A-Za-z0-9_.-]*$/;
/** Old texts holding any of these (anchors, aliases, tags, directives, CRs, tabs) are always parsed in full. */
const UNUSUAL = /[&*!%\r\t]/;

/** The parse of `text`, derived from the parse of `oldText`; undefined when a full parse is needed. */
export function reparseEdit(oldText: string, old: ParseResult, text: string): ParseResult | undefined {
  if (old.findings.length || !old.root || text.length > MAX_PLAN_BYTES || UNUSUAL.test(oldText)) return undefined;
  // The changed region: old [a, b) became new [a, a + inserted.length).
  const max = Math.min(oldText.length, text.length);
  let a = 0;
  while (a < max && oldText.charCodeAt(a) === text.charCodeAt(a)) a++;
  let suffix = 0;
  while (suffix < max - a && oldText.charCodeAt(oldText.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
  const b = oldText.length - suffix;
  const inserted = text.slice(a, text.length - suffix);
  if (a === b && !inserted) return undefined;
  if (!SAFE.test(inserted) || !SAFE.test(oldText.slice(a, b))) return undefined;

  const target = scalarAround(old.root, a, b);
  if (!target || target.style !== 'plain' || target.source.includes('\n')) return undefined;
  const source = target.source.slice(0, a - target.start) + inserted + target.source.slice(b - target.start);
  // Re-read the scalar alone: it must still be one plain scalar spanning its whole text.
  const alone = parseYaml(source);
  const s = alone.root;
  if (alone.findings.length || !s || s.kind !== 'scalar' || s.style !== 'plain' || s.start !== 0 || s.source !== source) return undefined;

  const delta = inserted.length - (b - a);
  const at = (o: number): number => (o >= b ? o + delta : o);
  // Nodes that end before the edit are shared with the old tree (trees are never mutated); the
  // rest are rebuilt with the same shapes TreeBuilder makes, their offsets shifted.
  const copy = (n: YNode | null): YNode | null => {
    if (!n || n.end < a) return n;
    if (n === target) return { kind: 'scalar', value: s.value, source, style: 'plain', start: n.start, end: at(n.end) };
    switch (n.kind) {
      case 'scalar': return { kind: 'scalar', value: n.value, source: n.source, style: n.style, start: at(n.start), end: at(n.end) };
      case 'seq': return { kind: 'seq', items: n.items.map(copy), flow: n.flow, start: at(n.start), end: at(n.end) };
      case 'map': return { kind: 'map', pairs: n.pairs.map(copyPair), flow: n.flow, start: at(n.start), end: at(n.end) };
      case 'alias': return undefined as never; // excluded by UNUSUAL
    }
  };
  const copyPair = (p: YPair): YPair => (p.end < a ? p : { key: copy(p.key) as YScalar, value: copy(p.value), start: at(p.start), end: at(p.end) });
  return { root: copy(old.root), findings: [], end: at(old.end) };
}

/** The plain scalar value (never a key) that strictly contains the edit [a, b), leaving its first character alone. */
function scalarAround(root: YNode, a: number, b: number): YScalar | undefined {
  let n: YNode | null | undefined = root;
  while (n) {
    if (n.kind === 'scalar') return n.start < a && b <= n.end ? n : undefined;
    if (n.kind === 'map') {
      const p: YPair | undefined = n.pairs.find((q) => q.start <= a && b <= q.end);
      if (!p || !p.value || p.value.start > a) return undefined; // the edit touches a key
      n = p.value;
    } else if (n.kind === 'seq') {
      n = n.items.find((it) => it && it.start <= a && b <= it.end);
    } else return undefined;
  }
  return undefined;
}
