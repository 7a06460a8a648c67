/**
 * The plan's syntax tree: a small, library-independent view of a YAML document in which every
 * node keeps its source offsets. Rules, schema mapping, code actions and rendering all work on
 * this tree, so the parser behind it can change (see parse.ts) without touching them.
 */
export type Scalar = string | number | boolean | null;

interface Base {
  /** Offset of the node's first character. */
  start: number;
  /** Offset just past the node's last character. */
  end: number;
}

export interface YScalar extends Base {
  kind: 'scalar';
  value: Scalar;
  /** The scalar's text as written (without quotes for quoted scalars' value, but `source` keeps them). */
  source: string;
  /** PLAIN, QUOTE_DOUBLE, QUOTE_SINGLE, BLOCK_LITERAL, BLOCK_FOLDED */
  style: 'plain' | 'double' | 'single' | 'block';
}

export interface YPair {
  key: YScalar;
  /** null when the key has no value (`key:` followed by nothing). */
  value: YNode | null;
  start: number;
  end: number;
}

export interface YMap extends Base {
  kind: 'map';
  pairs: YPair[];
  flow: boolean;
}

export interface YSeq extends Base {
  kind: 'seq';
  items: Array<YNode | null>;
  flow: boolean;
}

export interface YAlias extends Base {
  kind: 'alias';
  name: string;
  target: YNode | undefined;
}

export type YNode = YScalar | YMap | YSeq | YAlias;

/** Follows aliases (bounded, so a cycle cannot hang). */
export function deref(node: YNode | null | undefined): YNode | undefined {
  let n: YNode | null | undefined = node;
  for (let i = 0; n && n.kind === 'alias' && i < 32; i++) n = n.target;
  return n && n.kind !== 'alias' ? n : undefined;
}

export function asMap(node: YNode | null | undefined): YMap | undefined {
  const n = deref(node);
  return n && n.kind === 'map' ? n : undefined;
}

export function asSeq(node: YNode | null | undefined): YSeq | undefined {
  const n = deref(node);
  return n && n.kind === 'seq' ? n : undefined;
}

export function asScalar(node: YNode | null | undefined): YScalar | undefined {
  const n = deref(node);
  return n && n.kind === 'scalar' ? n : undefined;
}

/** Maps with more pairs than this get a key index (built once), so lookups in a hostile 100,000-key map stay cheap. */
const INDEX_PAIRS = 32;
const pairIndex = new WeakMap<YMap, { size: number; byKey: Map<string, YPair> }>();

/** The last pair with this key (YAML duplicates are reported separately; the last one wins, as in JSON). */
export function getPair(map: YMap | undefined, key: string): YPair | undefined {
  if (!map) return undefined;
  if (map.pairs.length > INDEX_PAIRS) {
    let idx = pairIndex.get(map);
    if (!idx || idx.size !== map.pairs.length) {
      const byKey = new Map<string, YPair>();
      for (const p of map.pairs) if (p.key.value !== null) byKey.set(String(p.key.value), p);
      idx = { size: map.pairs.length, byKey };
      pairIndex.set(map, idx);
    }
    return idx.byKey.get(key);
  }
  for (let i = map.pairs.length - 1; i >= 0; i--) {
    const p = map.pairs[i]!;
    if (p.key.value === key || (p.key.value !== null && String(p.key.value) === key)) return p;
  }
  return undefined;
}

export function get(map: YMap | undefined, key: string): YNode | undefined {
  const v = getPair(map, key)?.value;
  return v ?? undefined;
}

export function getString(map: YMap | undefined, key: string): string | undefined {
  const s = asScalar(get(map, key));
  if (!s || s.value === null) return undefined;
  return typeof s.value === 'string' ? s.value : s.source;
}

export function getBool(map: YMap | undefined, key: string): boolean | undefined {
  const s = asScalar(get(map, key));
  return s && typeof s.value === 'boolean' ? s.value : undefined;
}

export function getNumber(map: YMap | undefined, key: string): number | undefined {
  const s = asScalar(get(map, key));
  return s && typeof s.value === 'number' ? s.value : undefined;
}

/** Keys whose plain numeric scalars stay text (`panos: 10.2`, `model: 440`): they are names, not numbers. */
export const TEXT_KEYS: ReadonlySet<string> = new Set([
  'panos', 'model', 'sku', 'id', 'name', 'zone', 'title', 'customer', 'interface', 'firewall',
  'switch', 'mirrorFrom', 'region', 'csv', 'description', 'notes',
]);

export interface ToJsResult { value: unknown; aliasLimitHit: boolean }

/**
 * Converts the tree to plain data for the JSON schema validator. Alias expansion is bounded so an
 * alias bomb costs linear time; past the limit, the expansion is cut and reported.
 */
export function toJS(root: YNode | null | undefined, maxAliasNodes = 10_000): ToJsResult {
  let aliasBudget = maxAliasNodes;
  let aliasLimitHit = false;
  const conv = (node: YNode | null | undefined, key: string | undefined, inAlias: boolean, depth: number): unknown => {
    if (!node) return null;
    if (depth > 200) return null;
    if (inAlias && --aliasBudget < 0) { aliasLimitHit = true; return null; }
    switch (node.kind) {
      case 'scalar':
        if (typeof node.value === 'number' && node.style === 'plain' && key !== undefined && TEXT_KEYS.has(key)) return node.source;
        return node.value;
      case 'alias':
        if (aliasLimitHit) return null;
        return conv(node.target, key, true, depth + 1);
      case 'seq':
        return node.items.map((it) => conv(it, undefined, inAlias, depth + 1));
      case 'map': {
        // A null-prototype object: `__proto__`, `constructor` and `prototype` are plain own keys
        // here (the schema then reports them as unknown keys) and can pollute nothing.
        const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
        for (const p of node.pairs) {
          const k = p.key.value === null ? '' : String(p.key.value);
          out[k] = conv(p.value, k, inAlias, depth + 1);
        }
        return out;
      }
    }
  };
  const value = conv(root, undefined, false, 0);
  return { value, aliasLimitHit };
}

/** Walks the tree along a JSON-pointer-like path of keys and indices; returns the deepest node reached. */
export function nodeAtPath(root: YNode | null | undefined, path: ReadonlyArray<string | number>): {
  node: YNode | undefined; pair: YPair | undefined; depth: number;
} {
  let node = deref(root);
  let pair: YPair | undefined;
  let depth = 0;
  for (const seg of path) {
    if (!node) break;
    if (node.kind === 'map') {
      const p = getPair(node, String(seg));
      if (!p) break;
      pair = p;
      node = deref(p.value) ?? undefined;
      if (!node) { depth++; break; }
    } else if (node.kind === 'seq' && typeof seg === 'number') {
      const it = node.items[seg];
      if (!it) break;
      pair = undefined;
      node = deref(it);
    } else break;
    depth++;
  }
  return { node, pair, depth };
}
