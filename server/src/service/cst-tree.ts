/**
 * The fast path of parse.ts: our tree built straight from the `yaml` library's CST, skipping the
 * library's Composer (its Document, Pair and Scalar objects, about a third of a parse and much of
 * its garbage).
 *
 * It is only taken when it provably gives what the Composer path gives. The walk follows the
 * Composer's own rules (resolve-block-map, -block-seq, -flow-collection, -props, compose-scalar)
 * for the shapes real plans use — block maps and sequences, flow collections of scalars, plain,
 * quoted and block scalars, comments — and gives up (returns undefined) at the first thing that
 * could carry a YAML error or warning or needs the Composer's machinery: error tokens, anchors,
 * aliases, tags, directives, explicit keys, multi-line or empty keys, tabs in indentation,
 * comments without a space, several documents, deep nesting. Scalar values are resolved by the
 * library itself (CST.resolveAsScalar); plain scalars are typed by the YAML 1.2 core schema as
 * the Composer types them. test/unit/service/cst-tree.test.ts compares both paths on every
 * example and fixture and on thousands of mutated plans.
 */
import { CST } from 'yaml';
import type { Finding } from './diagnostics';
import type { Scalar, YMap, YNode, YPair, YScalar, YSeq } from './tree';

type Token = CST.Token;
type SourceToken = CST.SourceToken;
type Item = CST.CollectionItem;

/** Nesting past this is left to the Composer path, which reports it (parse.ts MAX_DEPTH). */
const FAST_MAX_DEPTH = 100;

/** Thrown to leave the fast path; never escapes this file. */
class Bail extends Error {}
const BAIL = new Bail();
function bail(): never { throw BAIL; }

export interface FastTree { root: YNode; end: number; findings: Finding[] }

/**
 * The tree of the single document in `tokens` (the CST of `text`), or undefined to use the Composer.
 * With `consume`, each collection item is dropped from the CST once built, so the garbage
 * collector can reclaim the CST while the tree grows (a 100,000-line plan's CST is about 90 MB);
 * the CST is then unusable and a caller that gets undefined must parse again.
 */
export function treeFromCst(text: string, tokens: readonly Token[], consume = false): FastTree | undefined {
  let doc: CST.Document | undefined;
  for (const t of tokens) {
    if (t.type === 'document') { if (doc) return undefined; doc = t; }
    else if (t.type !== 'comment' && t.type !== 'newline' && t.type !== 'space' && t.type !== 'byte-order-mark') return undefined;
  }
  if (!doc?.value) return undefined;
  try {
    return new Walker(text, consume).document(doc, doc.value);
  } catch (e) {
    if (e === BAIL || e instanceof RangeError) return undefined;
    throw e;
  }
}

interface Props { found: SourceToken | null; comma: SourceToken | null; hasNewline: boolean; hasComment: boolean; start: number; end: number }

/**
 * The Composer's resolveProps for properties without anchors or tags: what precedes a key, a value
 * or a sequence item. Anything it would report, or that needs more than this, bails.
 */
function props(tokens: readonly SourceToken[], indicator: SourceToken['type'], offset: number, startOnNewline: boolean, flow: boolean): Props {
  let hasSpace = startOnNewline;
  let hasNewline = false;
  let hasComment = false;
  let found: SourceToken | null = null;
  let comma: SourceToken | null = null;
  for (const tok of tokens) {
    switch (tok.type) {
      case 'space':
        if (tok.source.includes('\t')) bail();
        hasSpace = true;
        break;
      case 'comment':
        if (!hasSpace) bail();
        hasComment = true;
        break;
      case 'newline':
        hasNewline = true;
        hasSpace = true;
        break;
      case 'comma':
        if (!flow || comma) bail();
        comma = tok;
        hasSpace = false;
        break;
      default:
        if (tok.type !== indicator || found) bail();
        found = tok;
        hasSpace = false;
    }
  }
  const last = tokens[tokens.length - 1];
  const end = last ? last.offset + last.source.length : offset;
  return { found, comma, hasNewline, hasComment, start: end, end };
}

/** The Composer's resolveEnd: trailing spaces and comments after a node (strict: a comment needs a space before it). */
function endOf(end: readonly SourceToken[] | undefined, offset: number, strict: boolean): number {
  if (!end) return offset;
  let hasSpace = false;
  for (const tok of end) {
    if (tok.type === 'space' || tok.type === 'newline') hasSpace = true;
    else if (tok.type !== 'comment' || (strict && !hasSpace)) bail();
    offset += tok.source.length;
  }
  return offset;
}

/** The Composer's emptyScalarPosition: where `key:` with no value puts its empty value. */
function emptyPosition(offset: number, before: readonly SourceToken[]): number {
  for (let i = before.length - 1; i >= 0; --i) {
    const st = before[i]!;
    if (st.type === 'space' || st.type === 'comment' || st.type === 'newline') { offset -= st.source.length; continue; }
    for (let j = i + 1; before[j]?.type === 'space'; j++) offset += before[j]!.source.length;
    break;
  }
  return offset;
}

/** YAML 1.2 core schema, in the Composer's order: what a plain scalar's text means. */
function corePlain(s: string): Scalar {
  if (/^(?:~|[Nn]ull|NULL)?$/.test(s)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s)) return s[0] === 't' || s[0] === 'T';
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.slice(2), 8);
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.slice(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s) || /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return parseFloat(s);
  return s;
}

const STYLE: Record<string, YScalar['style']> = { PLAIN: 'plain', QUOTE_DOUBLE: 'double', QUOTE_SINGLE: 'single', BLOCK_LITERAL: 'block', BLOCK_FOLDED: 'block' };

/** A built node and the offset where what belongs to it ends (the Composer's range[2]). */
interface Built<N extends YNode = YNode> { node: N; after: number }

class Walker {
  /** Duplicate and merge keys: the only findings a fast-path document can have (TreeBuilder's rules). */
  private readonly findings: Finding[] = [];
  constructor(private readonly text: string, private readonly consume: boolean) {}

  document(doc: CST.Document, value: Token): FastTree {
    const p = props(doc.start, 'doc-start', doc.offset, true, false);
    if (p.found && (value.type === 'block-map' || value.type === 'block-seq') && !p.hasNewline) bail();
    const { node, after } = this.node(value, 0);
    return { root: node, end: endOf(doc.end, after, false), findings: this.findings };
  }

  private node(tok: Token, depth: number): Built {
    if (depth > FAST_MAX_DEPTH) bail();
    switch (tok.type) {
      case 'scalar': case 'single-quoted-scalar': case 'double-quoted-scalar': case 'block-scalar':
        return this.scalar(tok);
      case 'block-map': return this.blockMap(tok, depth);
      case 'block-seq': return this.blockSeq(tok, depth);
      case 'flow-collection': return this.flow(tok, depth);
      default: return bail();
    }
  }

  private scalar(tok: CST.FlowScalar | CST.BlockScalar): Built<YScalar> {
    const r = CST.resolveAsScalar(tok, true, () => bail());
    if (!r) bail();
    const [start, end, after] = r.range;
    const value = r.type === 'PLAIN' ? corePlain(r.value) : r.value;
    // A plain scalar as long as its text is its text (folding only shortens): one string, not two.
    const source = r.type === 'PLAIN' && r.value.length === end - start ? r.value : this.text.slice(start, end);
    return { node: { kind: 'scalar', value, source, style: STYLE[r.type ?? 'PLAIN'] ?? 'plain', start, end }, after };
  }

  /** `key:` or `-` with nothing after it: the Composer's empty scalar (a comment among its props extends it). */
  private empty(p: Props, before: readonly SourceToken[]): Built<YScalar> {
    const at = emptyPosition(p.end, before);
    return { node: { kind: 'scalar', value: null, source: '', style: 'plain', start: at, end: at }, after: p.hasComment ? p.end : at };
  }

  /** An implicit, single-line, scalar key. */
  private key(key: Token | null | undefined, indent: number | null): Built<YScalar> {
    if (!key || (key.type !== 'scalar' && key.type !== 'single-quoted-scalar' && key.type !== 'double-quoted-scalar')) bail();
    if (indent !== null && key.indent !== indent) bail();
    if (key.source.includes('\n') || key.end?.some((t) => t.type === 'newline')) bail();
    return this.scalar(key);
  }

  private blockMap(bm: CST.BlockMap, depth: number): Built<YMap> {
    const pairs: YPair[] = [];
    const seen = new Set<string>();
    let offset = bm.offset;
    let commentEnd: number | null = null;
    const list = bm.items as Array<Item & { explicitKey?: true }>;
    for (let i = 0; i < list.length; i++) {
      const item = list[i]!;
      if (this.consume) (list as unknown[])[i] = undefined;
      if (item.explicitKey) bail();
      const kp = props(item.start, 'explicit-key-ind', offset, true, false);
      if (kp.found) bail();
      if (!item.sep && !item.key) { commentEnd = kp.end; continue; }
      if (!item.sep) bail();
      const key = this.key(item.key, bm.indent);
      const vp = props(item.sep, 'map-value-ind', key.after, false, false);
      if (!vp.found) bail();
      if (item.value?.type === 'block-map' && !vp.hasNewline) bail();
      if (kp.start < vp.found.offset - 1024) bail();
      this.checkKey(key.node, seen);
      const value = item.value ? this.node(item.value, depth + 1) : this.empty(vp, item.sep);
      pairs.push({ key: key.node, value: value.node, start: key.node.start, end: value.node.end });
      offset = value.after;
    }
    if (commentEnd !== null && commentEnd < offset) bail();
    return { node: { kind: 'map', pairs, flow: false, start: bm.offset, end: offset }, after: commentEnd ?? offset };
  }

  private blockSeq(bs: CST.BlockSequence, depth: number): Built<YSeq> {
    const items: YNode[] = [];
    let offset = bs.offset;
    let commentEnd: number | null = null;
    const list = bs.items;
    for (let i = 0; i < list.length; i++) {
      const item = list[i]!;
      if (this.consume) (list as unknown[])[i] = undefined;
      const p = props(item.start, 'seq-item-ind', offset, true, false);
      if (!p.found) {
        if (item.value) bail();
        commentEnd = p.end;
        continue;
      }
      const built = item.value ? this.node(item.value, depth + 1) : this.empty(p, item.start);
      items.push(built.node);
      offset = built.after;
    }
    return { node: { kind: 'seq', items, flow: false, start: bs.offset, end: offset }, after: commentEnd ?? offset };
  }

  private flow(fc: CST.FlowCollection, depth: number): Built<YMap | YSeq> {
    const isMap = fc.start.source === '{';
    if (!isMap && fc.start.source !== '[') bail();
    const pairs: YPair[] = [];
    const items: YNode[] = [];
    const seen = new Set<string>();
    let offset = fc.offset + fc.start.source.length;
    fc.items.forEach((item, i) => {
      const p = props(item.start, 'explicit-key-ind', offset, false, true);
      if (p.found) bail();
      if (i === 0 ? p.comma : !p.comma && (item.sep || item.value)) bail();
      if (!item.sep && !item.value) {
        // Only a trailing `[a, b, ]` is an empty item the Composer accepts.
        if (i < fc.items.length - 1) bail();
        offset = p.end;
        return;
      }
      if (!isMap) {
        if (item.sep || !item.value || item.value.type === 'block-map' || item.value.type === 'block-seq') bail();
        const v = this.node(item.value, depth + 1);
        items.push(v.node);
        offset = v.after;
        return;
      }
      if (!item.sep) bail();
      const key = this.key(item.key, null);
      const vp = props(item.sep, 'map-value-ind', key.after, false, true);
      if (!vp.found || (item.value && (item.value.type === 'block-map' || item.value.type === 'block-seq'))) bail();
      this.checkKey(key.node, seen);
      const value = item.value ? this.node(item.value, depth + 1) : this.empty(vp, item.sep);
      pairs.push({ key: key.node, value: value.node, start: key.node.start, end: value.node.end });
      offset = value.after;
    });
    const [close, ...rest] = fc.end;
    if (close?.source !== (isMap ? '}' : ']')) bail();
    const end = close.offset + close.source.length;
    const after = rest.length ? endOf(rest, end, true) : end;
    const node: YMap | YSeq = isMap
      ? { kind: 'map', pairs, flow: true, start: fc.offset, end }
      : { kind: 'seq', items, flow: true, start: fc.offset, end };
    return { node, after };
  }

  /** Duplicate and merge keys, exactly as parse.ts's TreeBuilder reports them. */
  private checkKey(key: YScalar, seen: Set<string>): void {
    const id = `${typeof key.value}:${String(key.value)}`;
    if (seen.has(id)) this.findings.push({ code: 'yaml.duplicate-key', start: key.start, end: Math.max(key.end, key.start + 1) });
    else seen.add(id);
    if (key.value === '<<' && key.style === 'plain') this.findings.push({ code: 'yaml.merge-key', start: key.start, end: key.end });
  }
}
