/**
 * Where the cursor is. `locate` walks the tree to the node under an offset (hover, navigation,
 * selection ranges, code actions). `completionContext` reads the text around the cursor, because
 * completion runs on half-typed lines the tree may not hold yet: it finds the map the cursor is in
 * by indentation, then asks the tree for that map when it exists.
 */
import { contentEnd } from '../edit';
import type { LineIndex } from '../text';
import { asMap, asSeq, type YMap, type YNode, type YPair, type YScalar } from '../tree';

export interface Step {
  node: YNode;
  /** The key (map) or index (list) under which `node` sits in its parent. */
  key: string | number | undefined;
  /** The pair holding `node`, when its parent is a map. */
  pair: YPair | undefined;
}

export interface Location {
  /** Root first, innermost last. */
  chain: Step[];
  /** Keys and indices from the root to the innermost node (a key's pair included). */
  path: Array<string | number>;
  /** The pair whose key or value holds the offset. */
  pair: YPair | undefined;
  /** The map holding `pair`. */
  map: YMap | undefined;
  on: 'key' | 'value' | 'none';
  scalar: YScalar | undefined;
}

const within = (offset: number, start: number, end: number): boolean => offset >= start && offset <= end;

/** The chain of nodes under `offset`, with the pair (key or value) the offset is on. */
export function locate(text: string, root: YNode | null, offset: number): Location {
  const doc = { text };
  const out: Location = { chain: [], path: [], pair: undefined, map: undefined, on: 'none', scalar: undefined };
  let node: YNode | null | undefined = root;
  let key: string | number | undefined;
  let holder: YPair | undefined;
  for (let depth = 0; node && depth < 128; depth++) {
    out.chain.push({ node, key, pair: holder });
    if (key !== undefined) out.path.push(key);
    if (node.kind === 'map') {
      const p: YPair | undefined = [...node.pairs].reverse().find((x) => within(offset, x.key.start, Math.max(x.key.end, contentEnd(doc, x.value, x.key.end))));
      if (!p) return out;
      out.pair = p; out.map = node;
      if (within(offset, p.key.start, p.key.end)) {
        out.on = 'key'; out.scalar = p.key; out.path.push(String(p.key.value));
        return out;
      }
      const v: YNode | null = p.value;
      out.on = 'value';
      if (!v || v.kind === 'alias' || (v.kind === 'scalar' && !within(offset, v.start, v.end))) { out.path.push(String(p.key.value)); return out; }
      if (v.kind === 'scalar') { out.scalar = v; out.path.push(String(p.key.value)); out.chain.push({ node: v, key: String(p.key.value), pair: p }); return out; }
      node = v; key = String(p.key.value); holder = p;
    } else if (node.kind === 'seq') {
      let idx = -1;
      node.items.forEach((it, i) => { if (it && within(offset, it.start, contentEnd(doc, it, it.end))) idx = i; });
      if (idx < 0) return out;
      const it: YNode = node.items[idx]!;
      out.on = 'value'; out.pair = undefined; out.map = undefined;
      if (it.kind === 'scalar') { out.scalar = it; out.path.push(idx); out.chain.push({ node: it, key: idx, pair: undefined }); return out; }
      node = it; key = idx; holder = undefined;
    } else {
      return out;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Completion context

interface Shape {
  /** Column of the first non-space character. */
  first: number;
  dash: number | undefined;
  keyCol: number | undefined;
  key: string | undefined;
  /** The key has a value on its own line (`key: value`), so it cannot own nested lines. */
  hasValue: boolean;
}

const KEY_RE = /^("[^"]*"|'[^']*'|[^\s#'"{}[\],][^:#]*?)\s*:(?:\s+(.*))?$/;

function shape(line: string): Shape | undefined {
  const m = /^(\s*)(-(?:\s+|$))?(.*)$/.exec(line)!;
  const content = m[3]!;
  if (!m[2] && (content === '' || content.startsWith('#') || content.startsWith('---') || content.startsWith('...'))) return undefined;
  const first = m[1]!.length;
  const dash = m[2] ? first : undefined;
  const keyCol = first + (m[2]?.length ?? 0);
  const k = KEY_RE.exec(content);
  if (!k) return { first, dash, keyCol: content === '' ? keyCol : undefined, key: undefined, hasValue: true };
  const rest = (k[2] ?? '').trim();
  const key = k[1]!.replace(/^["']|["']$/g, '');
  return { first, dash, keyCol, key, hasValue: rest !== '' && !rest.startsWith('#') };
}

/**
 * The path (keys, `*` for list items) of the map whose keys sit at column `col` on line `line`,
 * found by walking up the indentation; undefined when the lines above do not nest that way. With
 * `seq`, `col` is the column of a list's dashes and the path is the list's.
 */
export function mapPathAt(lines: LineIndex, line: number, col: number, seq = false): string[] | undefined {
  const path: string[] = [];
  let target = col;
  for (let l = line - 1; l >= 0 && (seq || target > 0); l--) {
    const s = shape(lines.lineText(l));
    if (!s) continue;
    if (!seq) {
      if (s.dash !== undefined && s.keyCol === target) { path.unshift('*'); target = s.dash; seq = true; continue; }
      if (s.first >= target) continue;
      if (s.key === undefined || s.hasValue || s.keyCol === undefined || s.keyCol >= target) return undefined;
      path.unshift(s.key);
      if (s.dash !== undefined) { path.unshift('*'); target = s.dash; seq = true; } else target = s.keyCol;
    } else {
      if (s.dash === target || s.first > target) continue;
      if (s.key === undefined || s.hasValue || s.keyCol === undefined || s.keyCol > target) return undefined;
      path.unshift(s.key);
      if (s.dash !== undefined) { path.unshift('*'); target = s.dash; } else { target = s.keyCol; seq = false; }
    }
  }
  return !seq && target === 0 ? path : undefined;
}

/** The map at a `*`-path in the tree; list steps take the item that starts last before `offset`. */
export function mapAtPath(root: YNode | null, path: readonly string[], offset: number): YMap | undefined {
  let node: YNode | null | undefined = root;
  for (const step of path) {
    if (step === '*') {
      const seq = asSeq(node);
      if (!seq) return undefined;
      node = [...seq.items].reverse().find((it) => it && it.start <= offset) ?? undefined;
    } else {
      const m = asMap(node);
      node = m?.pairs.find((p) => String(p.key.value) === step)?.value;
    }
    if (!node) return undefined;
  }
  return asMap(node);
}

export interface KeyContext {
  kind: 'key';
  /** Path of the map the key goes into. */
  path: string[];
  map: YMap | undefined;
  prefix: string;
  /** The span a completion replaces. */
  start: number;
  end: number;
  /** A key in a flow map (`{ a: 1, | }`): insert `key: ` without a block. */
  inFlow: boolean;
}

export interface ValueContext {
  kind: 'value';
  path: string[];
  map: YMap | undefined;
  key: string;
  prefix: string;
  start: number;
  end: number;
  inFlow: boolean;
  /** The cursor is right after the colon: insert a space before the value. */
  needsSpace: boolean;
}

export type CompletionContext = KeyContext | ValueContext;

/** What the cursor is completing: a key of some map, or the value of some key. */
export function completionContext(text: string, lines: LineIndex, root: YNode | null, offset: number): CompletionContext | undefined {
  const line = lines.lineAt(offset);
  const lineStart = lines.lineStart(line);
  const before = text.slice(lineStart, offset);
  const after = text.slice(offset, lines.lineEnd(line));
  if (/(^|\s)#/.test(before)) return undefined;
  const tokenEnd = offset + (/^[^\s#,}\]]*/.exec(after)?.[0].length ?? 0);

  const keyM = /^(\s*)((?:-\s+)?)([A-Za-z_][\w.-]*)?$/.exec(before);
  if (keyM) {
    const col = keyM[1]!.length + keyM[2]!.length;
    const prefix = keyM[3] ?? '';
    const owner = keyM[2] ? mapPathAt(lines, line, keyM[1]!.length, true) : mapPathAt(lines, line, col);
    if (!owner) return undefined;
    // After a dash the keys belong to the new list item's map.
    const path = keyM[2] ? [...owner, '*'] : owner;
    return { kind: 'key', path, map: mapAtPath(root, path, offset), prefix, start: offset - prefix.length, end: tokenEnd, inFlow: false };
  }

  const valM = /^(\s*)((?:-\s+)?)("[^"]*"|'[^']*'|[A-Za-z_][\w.-]*)\s*:(\s*)(.*)$/.exec(before);
  if (!valM) return undefined;
  const indent = valM[1]!.length;
  const key = valM[3]!.replace(/^["']|["']$/g, '');
  const owner = valM[2] ? mapPathAt(lines, line, indent, true) : mapPathAt(lines, line, indent);
  if (!owner) return undefined;
  const path = valM[2] ? [...owner, '*'] : owner;
  const rest = valM[5]!;
  if (rest.startsWith('{')) {
    const inner = rest.slice(rest.lastIndexOf(rest.includes(',') ? ',' : '{') + 1);
    const fpath = [...path, key];
    const fmap = asMap(mapAtPath(root, path, offset)?.pairs.find((p) => String(p.key.value) === key)?.value);
    const fv = /^\s*([A-Za-z_][\w.-]*)\s*:(\s*)([^\s]*)$/.exec(inner);
    if (fv) return { kind: 'value', path: fpath, map: fmap, key: fv[1]!, prefix: fv[3]!, start: offset - fv[3]!.length, end: tokenEnd, inFlow: true, needsSpace: fv[2] === '' };
    const fk = /^\s*([A-Za-z_][\w.-]*)?$/.exec(inner);
    if (fk) return { kind: 'key', path: fpath, map: fmap, prefix: fk[1] ?? '', start: offset - (fk[1] ?? '').length, end: tokenEnd, inFlow: true };
    return undefined;
  }
  if (rest.startsWith('[') || rest.startsWith('|') || rest.startsWith('>')) return undefined;
  const prefix = rest.replace(/^["']/, '');
  return { kind: 'value', path, map: mapAtPath(root, path, offset), key, prefix, start: offset - rest.length, end: tokenEnd, inFlow: false, needsSpace: valM[4] === '' };
}
