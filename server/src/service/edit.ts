/**
 * The edit toolkit: minimal text edits on a plan that follow the file's own indentation and keep
 * every comment. Each operation reads the tree of the current text and returns the few edits it
 * needs (offsets into that text); a caller that chains operations re-parses in between
 * (language/draft.ts), so no operation has to predict another's offsets.
 */
import { stringify } from 'yaml';
import { detectStyle, type EditStyle } from './edit-style';
import { LineIndex } from './text';
import type { YMap, YNode, YPair, YScalar, YSeq } from './tree';

export interface TextEdit { start: number; end: number; newText: string }

/** A file an action creates (a CSV stub next to the plan), with its whole content. */
export interface CreateFile { uri: string; text: string }

/** What an action changes: edits to the plan (offsets into its text) and files to create. */
export interface PlanEdit { edits: TextEdit[]; createFiles?: CreateFile[] }

export type { EditStyle } from './edit-style';
export { detectStyle } from './edit-style';

/** A value to write: scalars, block maps and lists; `Flow` writes `{ a: 1 }` / `[a, b]` on one line. */
export type Value = string | number | boolean | null | Flow | Value[] | { [key: string]: Value };

export class Flow {
  constructor(readonly value: { [key: string]: Value } | Value[]) {}
}

export const flow = (value: { [key: string]: Value } | Value[]): Flow => new Flow(value);

/** The text and tree an operation works on. */
export interface EditDoc {
  text: string;
  lines: LineIndex;
  root: YNode | null;
  style: EditStyle;
}

export function editDoc(text: string, root: YNode | null, lines = new LineIndex(text)): EditDoc {
  return { text, lines, root, style: detectStyle(text, root, lines) };
}

// ---------------------------------------------------------------------------------------------
// Emitting values

function isScalar(v: Value): v is string | number | boolean | null {
  return v === null || typeof v !== 'object';
}

/** A scalar as YAML text, quoted only when it would otherwise read as something else. */
export function scalarText(v: string | number | boolean | null, inFlow = false): string {
  if (v === null) return 'null';
  if (typeof v !== 'string') return String(v);
  if (inFlow && /[,[\]{}]/.test(v)) return JSON.stringify(v);
  const s = stringify(v, { lineWidth: 0 }).replace(/\r?\n$/, '');
  return s.includes('\n') ? JSON.stringify(v) : s;
}

export function flowText(v: Value): string {
  if (isScalar(v)) return scalarText(v, true);
  const inner = v instanceof Flow ? v.value : v;
  if (Array.isArray(inner)) return `[${inner.map(flowText).join(', ')}]`;
  const entries = Object.entries(inner);
  return entries.length ? `{ ${entries.map(([k, x]) => `${scalarText(k, true)}: ${flowText(x)}`).join(', ')} }` : '{}';
}

/** Scalars, flow values and lists of scalars fit on the key's line. */
function isInline(v: Value): boolean {
  if (isScalar(v) || v instanceof Flow) return true;
  if (Array.isArray(v)) return v.length === 0 || v.every((x) => isScalar(x));
  return Object.keys(v).length === 0;
}

function inlineText(v: Value): string {
  return isScalar(v) ? scalarText(v) : flowText(v);
}

const pad = (n: number): string => ' '.repeat(Math.max(0, n));

/** Lines of `key: value` with the key at column `col`. */
export function pairLines(key: string, value: Value, col: number, style: EditStyle): string[] {
  const k = scalarText(key);
  if (isInline(value)) return [`${pad(col)}${k}: ${inlineText(value)}`];
  if (Array.isArray(value)) return [`${pad(col)}${k}:`, ...seqLines(value, col + style.seqIndent, style)];
  return [`${pad(col)}${k}:`, ...mapLines(value as { [key: string]: Value }, col + style.unit, style)];
}

export function mapLines(obj: { [key: string]: Value }, col: number, style: EditStyle): string[] {
  return Object.entries(obj).flatMap(([k, v]) => pairLines(k, v, col, style));
}

/** Lines of a block sequence with its dashes at column `dashCol`. */
export function seqLines(items: Value[], dashCol: number, style: EditStyle): string[] {
  const out: string[] = [];
  for (const item of items) {
    if (isInline(item) || Array.isArray(item)) { out.push(`${pad(dashCol)}- ${inlineText(item)}`); continue; }
    const lines = mapLines(item as { [key: string]: Value }, dashCol + style.itemIndent, style);
    lines[0] = `${pad(dashCol)}-${pad(style.itemIndent - 1)}${lines[0]!.slice(dashCol + style.itemIndent)}`;
    out.push(...lines);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Positions

export function column(doc: EditDoc, offset: number): number {
  return doc.lines.positionAt(offset).character;
}

/**
 * The indentation a sibling key must get: the key's column when only spaces and list dashes precede
 * it, else (a BOM, a tag, an anchor or `? ` before the key) just the spaces and dashes that lead the line.
 */
export function keyColumn(doc: EditDoc, offset: number): number {
  const line = doc.lines.lineAt(offset);
  const prefix = doc.text.slice(doc.lines.lineStart(line), offset);
  return /^[ -]*$/.test(prefix) ? prefix.length : /^[ -]*/.exec(prefix)![0].length;
}

/** Offset just past the last character of a node's content (no trailing blank lines). */
export function contentEnd(doc: Pick<EditDoc, 'text'>, node: YNode | null | undefined, fallback = 0): number {
  if (!node) return fallback;
  if (node.kind === 'map' && !node.flow && node.pairs.length) {
    const last = node.pairs[node.pairs.length - 1]!;
    return pairEnd(doc, last);
  }
  if (node.kind === 'seq' && !node.flow && node.items.length) {
    for (let i = node.items.length - 1; i >= 0; i--) { const it = node.items[i]; if (it) return contentEnd(doc, it, node.start + 1); }
    return node.start + 1;
  }
  let e = node.end;
  while (e > node.start && /\s/.test(doc.text[e - 1]!)) e--;
  return e;
}

/** End of a pair's content: its value's, or its key's when the value is empty. */
export function pairEnd(doc: Pick<EditDoc, 'text'>, p: YPair): number {
  const v = p.value;
  if (!v || (v.kind === 'scalar' && v.start === v.end)) {
    // A key without its colon (`key` at the end of a broken file) ends where the key does.
    const colon = colonAfter(doc, p);
    return doc.text[colon] === ':' ? colon + 1 : p.key.end;
  }
  return contentEnd(doc, v, p.key.end);
}

/** Offset of the `:` that ends a key. */
export function colonAfter(doc: Pick<EditDoc, 'text'>, p: YPair): number {
  let i = p.key.end;
  while (i < doc.text.length && doc.text[i] !== ':' && doc.text[i] !== '\n') i++;
  return doc.text[i] === ':' ? i : p.key.end;
}

function lineEndAfter(doc: EditDoc, offset: number): number {
  return doc.lines.lineEnd(doc.lines.lineAt(offset));
}

/** True when a scalar is empty (`key:` with nothing after it). */
export function isEmptyValue(v: YNode | null | undefined): boolean {
  return !v || (v.kind === 'scalar' && (v.start === v.end || v.value === null && v.source.trim() === ''));
}

// ---------------------------------------------------------------------------------------------
// Operations

/** Replaces a scalar, keeping its quoting style. */
export function setScalar(doc: EditDoc, node: YScalar, value: string | number | boolean | null, inFlow = false): TextEdit {
  let text: string;
  if (typeof value === 'string' && node.style === 'double') text = JSON.stringify(value);
  else if (typeof value === 'string' && node.style === 'single') text = `'${value.replace(/'/g, "''")}'`;
  else text = scalarText(value, inFlow);
  return { start: node.start, end: contentEnd(doc, node), newText: text };
}

/** Sets the value of an existing pair of `map`, whatever it held before. */
export function setValue(doc: EditDoc, map: YMap, pair: YPair, value: Value): TextEdit[] {
  const v = pair.value;
  const inline = isInline(value) || map.flow;
  if (v && v.kind === 'scalar' && !isEmptyValue(v) && isScalar(value) && v.style !== 'block') return [setScalar(doc, v, value, map.flow)];
  if (v && v.kind !== 'scalar' && v.kind !== 'alias' && v.flow && inline) return [{ start: v.start, end: v.end, newText: flowText(value) }];
  const colon = colonAfter(doc, pair);
  const keyCol = column(doc, pair.key.start);
  if (isEmptyValue(v)) {
    if (inline) {
      let e = colon + 1;
      while (e < doc.text.length && (doc.text[e] === ' ' || doc.text[e] === '\t')) e++;
      const comment = doc.text[e] === '#';
      return [{ start: colon + 1, end: e, newText: ` ${map.flow ? flowText(value) : inlineText(value)}${comment ? ' ' : ''}` }];
    }
    const lines = pairLines('x', value, keyCol, doc.style).slice(1);
    return [{ start: lineEndAfter(doc, colon), end: lineEndAfter(doc, colon), newText: doc.style.eol + lines.join(doc.style.eol) }];
  }
  const end = pairEnd(doc, pair);
  if (inline) return [{ start: colon + 1, end, newText: ` ${map.flow ? flowText(value) : inlineText(value)}` }];
  const lines = pairLines('x', value, keyCol, doc.style).slice(1);
  return [{ start: colon + 1, end, newText: doc.style.eol + lines.join(doc.style.eol) }];
}

/**
 * Inserts `key: value` into a map: after the nearest key that precedes it in `order` (the schema's
 * key order), else before the first key (after it, in a list item whose first key sits on the dash).
 */
export function insertPair(doc: EditDoc, map: YMap, key: string, value: Value, order: readonly string[] = []): TextEdit[] {
  if (map.flow) {
    const text = `${scalarText(key, true)}: ${flowText(value)}`;
    if (!map.pairs.length) return [{ start: map.start, end: map.end, newText: `{ ${text} }` }];
    const last = map.pairs[map.pairs.length - 1]!;
    return [{ start: pairEnd(doc, last), end: pairEnd(doc, last), newText: `, ${text}` }];
  }
  const first = map.pairs[0];
  if (!first) return [];
  const col = keyColumn(doc, first.key.start);
  const lines = pairLines(key, value, col, doc.style);
  const rank = order.indexOf(key);
  let anchor: YPair | undefined;
  if (rank >= 0) {
    let best = -1;
    for (const p of map.pairs) {
      const r = order.indexOf(String(p.key.value));
      if (r >= 0 && r < rank && r >= best) { best = r; anchor = p; }
    }
  }
  const firstOnDash = /-\s*$/.test(doc.text.slice(doc.lines.lineStart(doc.lines.lineAt(first.key.start)), first.key.start));
  if (!anchor && (rank < 0 || firstOnDash)) anchor = rank < 0 ? map.pairs[map.pairs.length - 1] : first;
  if (anchor) {
    const at = lineEndAfter(doc, pairEnd(doc, anchor));
    return [{ start: at, end: at, newText: doc.style.eol + lines.join(doc.style.eol) }];
  }
  const at = doc.lines.lineStart(doc.lines.lineAt(first.key.start));
  return [{ start: at, end: at, newText: lines.join(doc.style.eol) + doc.style.eol }];
}

/** Sets `key` in `map`: replaces its value when present, inserts the pair otherwise. */
export function putPair(doc: EditDoc, map: YMap, key: string, value: Value, order: readonly string[] = []): TextEdit[] {
  const p = findPair(map, key);
  return p ? setValue(doc, map, p, value) : insertPair(doc, map, key, value, order);
}

/**
 * Sets a nested value (`tenant.thirdPartyAddon`), creating the maps on the way. `orderOf` gives the
 * key order at each depth (`orderOf(['tenant'])` for the keys of `tenant`).
 */
export function setIn(doc: EditDoc, map: YMap, keys: readonly string[], value: Value, orderOf: (path: readonly string[]) => readonly string[] = () => []): TextEdit[] {
  let cur = map;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const p = findPair(cur, key);
    const nested = keys.slice(i + 1).reduceRight<Value>((acc, k) => ({ [k]: acc }), value);
    if (!p) return insertPair(doc, cur, key, nested, orderOf(keys.slice(0, i)));
    if (i === keys.length - 1 || !p.value || p.value.kind !== 'map') return setValue(doc, cur, p, nested);
    cur = p.value;
  }
  return [];
}

/** Appends an item to the list under `key` of `map` (creating the list when absent or empty). */
export function appendItem(doc: EditDoc, map: YMap, key: string, item: Value, order: readonly string[] = []): TextEdit[] {
  const p = findPair(map, key);
  if (!p) return insertPair(doc, map, key, [item], order);
  const seq = p.value;
  if (!seq || seq.kind !== 'seq') return setValue(doc, map, p, [item]);
  if (seq.flow) {
    const text = flowText(item);
    const last = [...seq.items].reverse().find((x): x is YNode => !!x);
    if (!last) return [{ start: seq.start, end: seq.end, newText: `[${text}]` }];
    const end = contentEnd(doc, last);
    return [{ start: end, end, newText: `, ${text}` }];
  }
  return appendSeqItem(doc, seq, item);
}

export function appendSeqItem(doc: EditDoc, seq: YSeq, item: Value): TextEdit[] {
  const at = lineEndAfter(doc, contentEnd(doc, seq, seq.start));
  const lines = seqLines([item], column(doc, seq.start), doc.style);
  return [{ start: at, end: at, newText: doc.style.eol + lines.join(doc.style.eol) }];
}

/**
 * Removes a pair: its whole lines in a block map, `key: value` and one comma in a flow map. Every
 * comment in the removed text is kept — the one after the key (`iotLicence:   # from the old
 * template`), those after its values, and comment lines inside the block, which may belong to a
 * neighbour: full-line comments stay as written, trailing ones become lines at the key's column.
 */
export function removePair(doc: EditDoc, map: YMap, key: string | YPair): TextEdit[] {
  // A pair itself, or the last pair with that key (a duplicated key names two pairs).
  const p = typeof key === 'string' ? findPair(map, key) : map.pairs.includes(key) ? key : undefined;
  if (!p) return [];
  const idx = map.pairs.indexOf(p);
  const end = pairEnd(doc, p);
  const line = doc.lines.lineAt(p.key.start);
  const lineStart = doc.lines.lineStart(line);
  const eol = doc.style.eol;
  /** Comments of [from, to) as lines placed above the line of `from` (a removal inside a line). */
  const keepAbove = (from: number, to: number, edit: TextEdit): TextEdit[] => {
    const kept = commentsIn(doc, from, to, p);
    if (!kept.length) return [edit];
    const at = doc.lines.lineStart(doc.lines.lineAt(from));
    const indent = /^[ \t]*/.exec(doc.text.slice(at, from))![0];
    return [{ start: at, end: at, newText: kept.map((c) => `${c.fullLine ? c.indent : indent}${c.text}${eol}`).join('') }, edit];
  };
  if (map.flow) {
    const next = map.pairs[idx + 1];
    const prev = map.pairs[idx - 1];
    if (next) return keepAbove(p.key.start, next.key.start, { start: p.key.start, end: next.key.start, newText: '' });
    if (prev) return keepAbove(pairEnd(doc, prev), end, { start: pairEnd(doc, prev), end, newText: '' });
    return [{ start: map.start, end: map.end, newText: '{}' }];
  }
  const before = doc.text.slice(lineStart, p.key.start);
  if (/-\s*$/.test(before)) {
    // The first key of a list item sits on the dash: pull the next key up onto it.
    const next = map.pairs[idx + 1];
    if (!next) return keepAbove(p.key.start, end, { start: p.key.start, end, newText: '{}' });
    return keepAbove(p.key.start, next.key.start, { start: p.key.start, end: next.key.start, newText: '' });
  }
  // The map's only pair: leave an empty mapping, so its key keeps a mapping (`xsoar: {}`, not `xsoar:`).
  if (map.pairs.length === 1 && /^[ \t]*$/.test(before)) return keepAbove(p.key.start, end, { start: p.key.start, end, newText: '{}' });
  const lastLine = doc.lines.lineAt(end);
  const notLast = lastLine + 1 < doc.lines.lineCount;
  const stop = notLast ? doc.lines.lineStart(lastLine + 1) : doc.lines.lineEnd(lastLine);
  const start = notLast ? lineStart : Math.max(0, lineStart - eol.length);
  // Whole lines never take a neighbour with them (an explicit `? key`, a pair sharing a line).
  if (map.pairs.some((q) => q !== p && q.key.start < stop && q.end > start)) return [];
  const col = keyColumn(doc, p.key.start);
  const kept = commentsIn(doc, start, stop, p).map((c) => `${c.fullLine ? c.indent : ' '.repeat(col)}${c.text}`);
  const newText = !kept.length ? '' : notLast ? kept.map((c) => c + eol).join('') : kept.map((c) => eol + c).join('');
  return [{ start, end: stop, newText }];
}

interface KeptComment { text: string; fullLine: boolean; indent: string }

/**
 * The comments that lie wholly inside [from, to): on each line, the first `#` that starts a comment
 * (at the line's start or after a blank) and is not inside one of the pair's scalars (a quoted `#`,
 * a block scalar's text).
 */
function commentsIn(doc: EditDoc, from: number, to: number, p: YPair): KeptComment[] {
  if (!doc.text.slice(from, to).includes('#')) return [];
  const scalars: Array<[number, number]> = [];
  const walk = (n: YNode | null | undefined, depth: number): void => {
    if (!n || depth > 64) return;
    if (n.kind === 'scalar') scalars.push([n.start, n.end]);
    else if (n.kind === 'map') for (const q of n.pairs) { walk(q.key, depth + 1); walk(q.value, depth + 1); }
    else if (n.kind === 'seq') for (const it of n.items) walk(it, depth + 1);
  };
  walk(p.key, 0);
  walk(p.value, 0);
  const inScalar = (o: number): boolean => scalars.some(([a, b]) => o >= a && o < b);
  const out: KeptComment[] = [];
  for (let l = doc.lines.lineAt(from); l < doc.lines.lineCount; l++) {
    const ls = doc.lines.lineStart(l);
    if (ls >= to) break;
    const le = doc.lines.lineEnd(l);
    for (let i = Math.max(from, ls); i < Math.min(to, le); i++) {
      if (doc.text[i] !== '#' || (i > ls && !/[ \t]/.test(doc.text[i - 1]!)) || inScalar(i)) continue;
      const text = doc.text.slice(i, le).replace(/[\r\s]+$/, '');
      const lead = doc.text.slice(ls, i);
      if (le <= to) out.push({ text, fullLine: lead.trim() === '', indent: lead });
      break;
    }
  }
  return out;
}

/** Inserts a comment line above the line holding `offset`, at that line's indentation. */
export function insertCommentAbove(doc: EditDoc, offset: number, comment: string): TextEdit {
  const line = doc.lines.lineAt(offset);
  const start = doc.lines.lineStart(line);
  const indent = /^[ \t]*/.exec(doc.lines.lineText(line))![0];
  return { start, end: start, newText: `${indent}# ${comment}${doc.style.eol}` };
}

export function findPair(map: YMap | undefined, key: string): YPair | undefined {
  if (!map) return undefined;
  for (let i = map.pairs.length - 1; i >= 0; i--) if (String(map.pairs[i]!.key.value) === key) return map.pairs[i];
  return undefined;
}

/** Applies non-overlapping edits (offsets into `text`); inserts at one offset keep their order. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.i - b.i);
  let out = '';
  let pos = 0;
  for (const { e } of sorted) {
    if (e.start < pos) throw new Error(`overlapping edits at ${e.start}`);
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos);
}
