/**
 * The plan's outline (document symbols: sections; firewalls with their interfaces; switches; sites
 * with their segments and each segment's pattern), folding ranges (every multi-line block and
 * comment run) and selection ranges (scalar → pair → block → … → document).
 */
import type { ParsedPlan } from '../check';
import { contentEnd, pairEnd } from '../edit';
import { t, type Lang } from '../l10n';
import { patternOf } from '../model';
import { asMap, getString, type YMap, type YNode, type YScalar } from '../tree';
import { locate } from './cursor';

export type SymbolKind = 'section' | 'key' | 'firewall' | 'interface' | 'switch' | 'site' | 'segment';

export interface PlanSymbol {
  name: string;
  detail?: string;
  kind: SymbolKind;
  /** The whole entry. */
  start: number;
  end: number;
  /** Its name (the id value, else the entry's first character). */
  selStart: number;
  selEnd: number;
  children: PlanSymbol[];
}

export interface Span { start: number; end: number }

function entry(plan: ParsedPlan, map: YMap, name: string | undefined, idNode: YScalar | undefined, kind: SymbolKind, detail: string | undefined, children: PlanSymbol[] = []): PlanSymbol {
  const end = contentEnd(plan, map, map.end);
  const sel = idNode ?? { start: map.start, end: Math.min(end, map.start + 1) };
  return { name: name ?? '?', ...(detail ? { detail } : {}), kind, start: map.start, end, selStart: sel.start, selEnd: sel.end, children };
}

const join = (...parts: Array<string | undefined>): string | undefined => parts.filter(Boolean).join(' · ') || undefined;

export function documentSymbols(plan: ParsedPlan, lang: Lang): PlanSymbol[] {
  const root = plan.model.root;
  if (!root) return [];
  const m = plan.model;
  const out: PlanSymbol[] = [];
  for (const p of root.pairs) {
    const key = String(p.key.value);
    const end = pairEnd(plan, p);
    const base = { name: key, start: p.key.start, end, selStart: p.key.start, selEnd: p.key.end };
    let children: PlanSymbol[] = [];
    if (key === 'firewalls') {
      children = m.firewalls.map((f) => entry(plan, f.map, f.id, f.idNode, 'firewall', join(getString(f.map, 'model'), f.type),
        f.interfaces.map((i) => entry(plan, i.map, i.name, i.nameNode, 'interface', join(i.mode, getString(i.map, 'zone'))))));
    } else if (key === 'switches') {
      children = m.switches.map((s) => entry(plan, s.map, s.id, s.idNode, 'switch', getString(s.map, 'model')));
    } else if (key === 'sites') {
      children = m.sites.map((s) => entry(plan, s.map, s.id, s.idNode, 'site', getString(s.map, 'name'),
        s.segments.map((seg) => {
          const pattern = patternOf(seg);
          return entry(plan, seg.map, seg.id, seg.idNode, 'segment', join(getString(seg.map, 'subnet'), pattern ? t(lang, 'inlay.pattern', { pattern }) : undefined));
        })));
    }
    const section = asMap(p.value) || key === 'firewalls' || key === 'switches' || key === 'sites';
    const scalar = p.value?.kind === 'scalar' ? p.value.source : undefined;
    out.push({ ...base, kind: section ? 'section' : 'key', ...(scalar ? { detail: scalar } : {}), children });
  }
  return out;
}

export interface Fold { startLine: number; endLine: number; comment?: boolean }

export function foldingRanges(plan: ParsedPlan): Fold[] {
  const out: Fold[] = [];
  const lines = plan.lines;
  const add = (start: number, end: number): void => {
    const a = lines.lineAt(start); const b = lines.lineAt(end);
    if (b > a) out.push({ startLine: a, endLine: b });
  };
  const walk = (n: YNode | null | undefined, depth: number): void => {
    if (!n || depth > 64) return;
    if (n.kind === 'map') {
      for (const p of n.pairs) {
        if (p.value && (p.value.kind === 'map' || p.value.kind === 'seq' || (p.value.kind === 'scalar' && p.value.style === 'block'))) add(p.key.start, pairEnd(plan, p));
        walk(p.value, depth + 1);
      }
    } else if (n.kind === 'seq') {
      for (const it of n.items) {
        if (it && it.kind === 'map' && !it.flow) add(it.start, contentEnd(plan, it, it.end));
        walk(it, depth + 1);
      }
    }
  };
  walk(plan.root, 0);
  let runStart = -1;
  for (let l = 0; l <= lines.lineCount; l++) {
    const isComment = l < lines.lineCount && /^\s*#/.test(lines.lineText(l));
    if (isComment && runStart < 0) runStart = l;
    if (!isComment && runStart >= 0) {
      if (l - 1 > runStart) out.push({ startLine: runStart, endLine: l - 1, comment: true });
      runStart = -1;
    }
  }
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

/** For each offset, the spans that contain it, innermost first (scalar, pair, block, …, document). */
export function selectionRanges(plan: ParsedPlan, offsets: readonly number[]): Span[][] {
  return offsets.map((offset) => {
    const loc = locate(plan.text, plan.root, offset);
    const spans: Span[] = [];
    const push = (s: Span): void => {
      const last = spans[spans.length - 1];
      if (s.end <= s.start || (last && s.start === last.start && s.end === last.end)) return;
      if (last && (s.start > last.start || s.end < last.end)) return;
      spans.push(s);
    };
    if (loc.scalar) push({ start: loc.scalar.start, end: contentEnd(plan, loc.scalar, loc.scalar.end) });
    for (let i = loc.chain.length - 1; i >= 0; i--) {
      const step = loc.chain[i]!;
      if (i === loc.chain.length - 1 && loc.pair && step.node.kind === 'map') push({ start: loc.pair.key.start, end: pairEnd(plan, loc.pair) });
      if (step.node.kind !== 'scalar') push({ start: step.node.start, end: contentEnd(plan, step.node, step.node.end) });
      if (step.pair) push({ start: step.pair.key.start, end: pairEnd(plan, step.pair) });
    }
    push({ start: 0, end: plan.text.length });
    return spans;
  });
}
