/**
 * Text -> syntax tree with offsets, plus the YAML-level findings (`yaml.*`).
 * The `yaml` library does the parsing (for most plans its Lexer, then the fast paths lex-cst.ts
 * and cst-tree.ts); this file adapts its nodes to tree.ts and its errors to findings, and guards
 * against hostile input (size, depth, aliases, exceptions).
 */
import { Composer, Parser, isAlias, isMap, isPair, isScalar, isSeq, type CST, type Document, type Node as YamlNode } from 'yaml';
import { treeFromCst } from './cst-tree';
import { cstFromLexer } from './lex-cst';
import type { YAlias, YMap, YNode, YPair, YScalar, YSeq, Scalar } from './tree';
import type { Finding } from './diagnostics';
import { clip, estimateNodes, scanBidi, scanCharacters } from './guards';

/** Files above this size are not analysed (an 11 MB plan is not a plan). */
export const MAX_PLAN_BYTES = 10 * 1024 * 1024;
/**
 * Files with more YAML values than this (estimated, guards.ts) are not analysed either. The
 * parser's time grows with the number of values, not bytes: 10 MB of `- a` lines is 2.5 million
 * values and took 18 s; a 100,000-line plan has about 106,000.
 */
export const MAX_PLAN_NODES = 300_000;
/** From this size (characters) the fast path frees the CST as it goes (cst-tree.ts). */
export const CONSUME_CST_FROM = 512 * 1024;
/** Nesting deeper than this is cut off: no real plan goes past a dozen levels. */
export const MAX_DEPTH = 128;

export interface ParseResult {
  root: YNode | null;
  findings: Finding[];
  /** Offset where the plan document ends (later documents are ignored). */
  end: number;
}

/** `composerOnly` skips the fast path (cst-tree.ts): the tests compare both. */
export function parseYaml(text: string, composerOnly = false): ParseResult {
  const findings: Finding[] = [];
  if (text.length > MAX_PLAN_BYTES) {
    findings.push({ code: 'yaml.too-large', start: 0, end: Math.min(text.length, firstLineEnd(text)), args: { size: (text.length / 1048576).toFixed(1), limit: MAX_PLAN_BYTES / 1048576 } });
    return { root: null, findings, end: text.length };
  }
  const nodes = estimateNodes(text);
  if (nodes > MAX_PLAN_NODES) {
    findings.push({ code: 'yaml.too-large', messageId: 'yaml.too-large/nodes', start: 0, end: Math.min(text.length, firstLineEnd(text)), args: { count: nodes, limit: MAX_PLAN_NODES } });
    return { root: null, findings, end: text.length };
  }
  findings.push(...scanCharacters(text), ...scanBidi(text));
  let docs: Document.Parsed[];
  try {
    // uniqueKeys: false — the library compares every key of a mapping with every other (20,000 keys
    // take 10 s); TreeBuilder finds duplicates with one Set per mapping instead.
    // A lone CR is a line break in YAML 1.2 and in LSP, but not to the library: give it LF instead
    // (same length, so every offset stays valid; the tree still slices the original text).
    const src = text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
    // Most plans take the fast paths: the CST from the Lexer without the Parser (lex-cst.ts), and
    // our tree from the CST without the Composer (cst-tree.ts). Anything either does not handle
    // goes through the library's Parser and Composer. A large text's CST is consumed by the walk
    // (memory), and the Composer only ever sees the Parser's own CST, so a declined text is parsed again.
    const lexed = composerOnly ? undefined : cstFromLexer(src);
    let tokens: CST.Token[] = lexed ?? Array.from(new Parser().parse(src));
    const consume = text.length >= CONSUME_CST_FROM;
    const fast = composerOnly ? undefined : treeFromCst(text, tokens, consume);
    if (fast) {
      findings.push(...fast.findings);
      return { root: fast.root, findings, end: fast.end };
    }
    if ((consume || lexed) && !composerOnly) tokens = Array.from(new Parser().parse(src));
    docs = Array.from(new Composer({ prettyErrors: false, uniqueKeys: false, strict: true }).compose(tokens)) as unknown as Document.Parsed[];
  } catch (e) {
    // The library recurses; pathological nesting can overflow its stack. Report, never crash.
    findings.push({ code: 'yaml.syntax', start: 0, end: firstLineEnd(text), args: { detail: e instanceof RangeError ? 'nesting too deep to parse' : String((e as Error)?.message ?? e) } });
    return { root: null, findings, end: text.length };
  }
  const doc = docs[0];
  if (!doc) return { root: null, findings, end: text.length };
  if (docs.length > 1) {
    const second = docs[1]!;
    const at = second.range?.[0] ?? text.length;
    const hasContent = docs.slice(1).some((d) => d.contents !== null);
    if (hasContent) findings.push({ code: 'yaml.multi-document', start: lineStartOf(text, at), end: Math.min(text.length, lineStartOf(text, at) + 3) });
  }
  const builder = new TreeBuilder(text, doc, findings);
  let exhausted: { start: number; end: number } | undefined;
  for (const err of [...doc.errors, ...doc.warnings]) {
    const [s, e] = err.pos;
    const end = Math.max(e, Math.min(s + 1, lineEndOf(text, s)));
    // The library's composer recurses and reports its own stack overflow as RESOURCE_EXHAUSTION,
    // at a depth that depends on the stack left when it was called. The walk below reports the
    // nesting at the first node past MAX_DEPTH instead (the same place every time); this position
    // is only the fallback for an overflow shallower than that.
    if (err.code === 'RESOURCE_EXHAUSTION') { exhausted ??= { start: s, end }; continue; }
    // Tags (`!!python/object`, `!custom`) are never resolved to anything: the value is read as written.
    if (err.code === 'TAG_RESOLVE_FAILED' && err.message.startsWith('Unresolved tag')) {
      findings.push({ code: 'yaml.custom-tag', start: s, end, args: { tag: clip(text.slice(s, e).trim() || err.message.slice(16)) } });
      continue;
    }
    const code = err.code === 'DUPLICATE_KEY' ? 'yaml.duplicate-key' : 'yaml.syntax';
    const isWarning = (doc.warnings as unknown[]).includes(err);
    findings.push({
      code, start: s, end,
      args: { detail: clip(cleanYamlMessage(err.message)) },
      ...(isWarning && code === 'yaml.syntax' ? { severity: 'warning' as const } : {}),
    });
  }
  const root = doc.contents ? builder.build(doc.contents as YamlNode, 0) : null;
  if (exhausted) builder.reportDepth(exhausted.start, exhausted.end);
  builder.linkAliases();
  return { root, findings, end: doc.range?.[2] ?? text.length };
}

class TreeBuilder {
  private readonly made = new Map<unknown, YNode>();
  private readonly aliases: Array<{ alias: YAlias; source: unknown }> = [];
  private depthReported = false;

  constructor(private readonly text: string, private readonly doc: Document.Parsed, private readonly findings: Finding[]) {}

  /** `yaml.nesting-limit`, once per document. */
  reportDepth(start: number, end: number): void {
    if (this.depthReported) return;
    this.depthReported = true;
    this.findings.push({ code: 'yaml.nesting-limit', start, end: Math.max(start, Math.min(end, start + 1)), args: { limit: MAX_DEPTH } });
  }

  build(n: YamlNode, depth: number): YNode | null {
    const range = n.range ?? [0, 0, 0];
    if (depth > MAX_DEPTH) {
      this.reportDepth(range[0], range[1]);
      return null;
    }
    let out: YNode;
    if (isScalar(n)) {
      const v = n.value;
      const value: Scalar = v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v
        : typeof v === 'bigint' ? Number(v) : String(v);
      const style = n.type === 'QUOTE_DOUBLE' ? 'double' : n.type === 'QUOTE_SINGLE' ? 'single'
        : n.type === 'BLOCK_FOLDED' || n.type === 'BLOCK_LITERAL' ? 'block' : 'plain';
      out = { kind: 'scalar', value, source: this.text.slice(range[0], range[1]), style, start: range[0], end: range[1] } satisfies YScalar;
    } else if (isMap(n)) {
      const pairs: YPair[] = [];
      const map: YMap = { kind: 'map', pairs, flow: !!n.flow, start: range[0], end: range[1] };
      // Scalar keys compare by value, as the library's own uniqueKeys check does (`a` == `"a"`, `1` != `"1"`).
      const seen = new Set<string>();
      for (const item of n.items) {
        if (!isPair(item)) continue;
        const key = this.keyOf(item.key as YamlNode | null, range[0]);
        if (isScalar(item.key)) {
          const id = `${typeof item.key.value}:${String(item.key.value)}`;
          if (seen.has(id)) this.findings.push({ code: 'yaml.duplicate-key', start: key.start, end: Math.max(key.end, key.start + 1) });
          else seen.add(id);
          // YAML 1.1 merge keys are not part of YAML 1.2 (nor of the plan language): nothing is merged.
          if (item.key.value === '<<' && item.key.type === 'PLAIN') this.findings.push({ code: 'yaml.merge-key', start: key.start, end: key.end });
        }
        const value = item.value ? this.build(item.value as YamlNode, depth + 1) : null;
        pairs.push({ key, value, start: key.start, end: value ? value.end : key.end });
      }
      out = map;
    } else if (isSeq(n)) {
      const items: Array<YNode | null> = [];
      for (const item of n.items) items.push(item ? this.build(item as YamlNode, depth + 1) : null);
      out = { kind: 'seq', items, flow: !!n.flow, start: range[0], end: range[1] } satisfies YSeq;
    } else if (isAlias(n)) {
      const alias: YAlias = { kind: 'alias', name: n.source, target: undefined, start: range[0], end: range[1] };
      let target: unknown;
      try { target = n.resolve(this.doc); } catch { target = undefined; }
      this.aliases.push({ alias, source: target });
      out = alias;
    } else {
      return null;
    }
    this.made.set(n, out);
    return out;
  }

  private keyOf(k: YamlNode | null, fallback: number): YScalar {
    if (k && isScalar(k)) {
      const built = this.build(k, 0);
      if (built && built.kind === 'scalar') return built;
    }
    const r = k?.range ?? [fallback, fallback, fallback];
    // A complex (collection) key: keep its text so it can be reported as an unknown key.
    const source = this.text.slice(r[0], r[1]);
    return { kind: 'scalar', value: k ? source : null, source, style: 'plain', start: r[0], end: r[1] };
  }

  /**
   * Points each alias at its anchored node. An alias to no anchor, or to a node that contains the
   * alias itself (`&a [*a]`), is reported and left without a target, so the tree never has a cycle.
   */
  linkAliases(): void {
    for (const { alias, source } of this.aliases) {
      const target = this.made.get(source);
      if (!target && source !== undefined) continue; // anchored below the nesting limit: already reported
      if (!target) {
        this.findings.push({ code: 'yaml.syntax', start: alias.start, end: Math.max(alias.end, alias.start + 1), args: { detail: clip(`alias *${alias.name} refers to no anchor defined before it`) } });
      } else if (target.start <= alias.start && alias.end <= target.end) {
        this.findings.push({ code: 'yaml.syntax', start: alias.start, end: Math.max(alias.end, alias.start + 1), args: { detail: clip(`alias *${alias.name} refers to the node that contains it`) } });
      } else alias.target = target;
    }
  }
}

function cleanYamlMessage(m: string): string {
  return m.replace(/\s+at line \d+, column \d+:[\s\S]*$/, '').trim();
}

function firstLineEnd(text: string): number {
  const i = text.search(/\r|\n/);
  return i < 0 ? text.length : i;
}

function lineStartOf(text: string, offset: number): number {
  const i = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1));
  return i + 1;
}

function lineEndOf(text: string, offset: number): number {
  for (let i = offset; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}
