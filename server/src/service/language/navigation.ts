/**
 * Names and references: firewall, interface, switch, site and segment ids. From any occurrence (the
 * definition or a reference) the service finds the definition, every reference, the highlights,
 * and the edits of a rename. An interface is named per firewall: `interface: e1/1` refers to the
 * interface of the firewall named in the same block.
 */
import type { ParsedPlan } from '../check';
import { scalarText, type TextEdit } from '../edit';
import { t, type Lang } from '../l10n';
import type { PlanModel } from '../model';
import { asScalar, get, getString, type YMap, type YScalar } from '../tree';
import { locate } from './cursor';

export type TargetKind = 'firewall' | 'interface' | 'switch' | 'site' | 'segment';

export interface Target { kind: TargetKind; id: string; firewall?: string }

export interface Occurrence { start: number; end: number; definition: boolean }

export interface Span { start: number; end: number }

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** The text range of a scalar without its quotes. */
function inner(s: YScalar): Span {
  return s.style === 'double' || s.style === 'single' ? { start: s.start + 1, end: Math.max(s.start + 1, s.end - 1) } : { start: s.start, end: s.end };
}

function text(s: YScalar): string {
  return typeof s.value === 'string' ? s.value : s.source;
}

/** What the scalar under `offset` names, if it is an id or a reference. */
export function targetAt(plan: ParsedPlan, offset: number): { target: Target; node: YScalar } | undefined {
  const loc = locate(plan.text, plan.root, offset);
  const node = loc.scalar;
  if (loc.on !== 'value' || !node || node.value === null || typeof node.value === 'boolean') return undefined;
  const p = loc.path;
  const id = text(node);
  const key = p[p.length - 1];
  const parentMap = loc.map;
  if (p[0] === 'firewalls' && p.length === 3 && key === 'id') return { target: { kind: 'firewall', id }, node };
  if (p[0] === 'firewalls' && p[2] === 'interfaces' && p.length === 5) {
    const fw = plan.model.firewalls[p[1] as number];
    if (key === 'name' && fw?.id !== undefined) return { target: { kind: 'interface', id, firewall: fw.id }, node };
    if (key === 'mirrorFrom') return { target: { kind: 'switch', id }, node };
  }
  if (p[0] === 'switches' && p.length === 3 && key === 'id') return { target: { kind: 'switch', id }, node };
  if (p[0] === 'sites' && p.length === 3 && key === 'id') return { target: { kind: 'site', id }, node };
  if (p[0] === 'sites' && p[2] === 'segments' && p.length === 5 && key === 'id') return { target: { kind: 'segment', id }, node };
  const block = p[p.length - 2];
  if (p[0] === 'sites' && p.length === 6 && (block === 'identity' || block === 'traffic')) {
    if (key === 'firewall') return { target: { kind: 'firewall', id }, node };
    if (key === 'switch' && block === 'identity') return { target: { kind: 'switch', id }, node };
    if (key === 'interface') {
      const fw = getString(parentMap, 'firewall') ?? siblingFirewall(plan.model, parentMap);
      if (fw !== undefined) return { target: { kind: 'interface', id, firewall: fw }, node };
    }
  }
  return undefined;
}

function siblingFirewall(m: PlanModel, map: YMap | undefined): string | undefined {
  const seg = m.segments.find((s) => s.identity?.map === map || s.traffic?.map === map);
  return seg?.traffic?.firewallId ?? seg?.identity?.firewallId;
}

function valueNode(map: YMap | undefined, key: string): YScalar | undefined {
  const s = asScalar(get(map, key));
  return s && s.value !== null ? s : undefined;
}

/** Every occurrence of a target, definitions first. */
export function occurrences(m: PlanModel, target: Target): Array<Occurrence & { node: YScalar }> {
  const defs: YScalar[] = [];
  const refs: YScalar[] = [];
  const push = (list: YScalar[], n: YScalar | undefined): void => { if (n && text(n) === target.id) list.push(n); };
  switch (target.kind) {
    case 'firewall':
      for (const f of m.firewalls) push(defs, f.idNode);
      for (const s of m.segments) for (const path of [s.identity, s.traffic]) push(refs, valueNode(path?.map, 'firewall'));
      break;
    case 'interface':
      for (const f of m.firewalls) if (f.id === target.firewall) for (const i of f.interfaces) push(defs, i.nameNode);
      for (const s of m.segments) {
        for (const path of [s.identity, s.traffic]) {
          const fw = path?.firewallId ?? (path ? siblingFirewall(m, path.map) : undefined);
          if (path && fw === target.firewall) push(refs, valueNode(path.map, 'interface'));
        }
      }
      break;
    case 'switch':
      for (const sw of m.switches) push(defs, sw.idNode);
      for (const s of m.segments) push(refs, valueNode(s.identity?.map, 'switch'));
      for (const f of m.firewalls) for (const i of f.interfaces) push(refs, valueNode(i.map, 'mirrorFrom'));
      break;
    case 'site':
      for (const site of m.sites) push(defs, site.idNode);
      break;
    case 'segment':
      for (const s of m.segments) push(defs, s.idNode);
      break;
  }
  const seen = new Set<number>();
  refs.sort((a, b) => a.start - b.start);
  return [...defs.map((node) => ({ node, definition: true })), ...refs.map((node) => ({ node, definition: false }))]
    .filter((o) => !seen.has(o.node.start) && !!seen.add(o.node.start))
    .map((o) => ({ ...inner(o.node), definition: o.definition, node: o.node }));
}

export function definition(plan: ParsedPlan, offset: number): Span[] {
  const hit = targetAt(plan, offset);
  if (!hit) return [];
  return occurrences(plan.model, hit.target).filter((o) => o.definition).slice(0, 1).map(({ start, end }) => ({ start, end }));
}

export function references(plan: ParsedPlan, offset: number, includeDeclaration: boolean): Span[] {
  const hit = targetAt(plan, offset);
  if (!hit) return [];
  return occurrences(plan.model, hit.target).filter((o) => includeDeclaration || !o.definition).map(({ start, end }) => ({ start, end }));
}

export function highlights(plan: ParsedPlan, offset: number): Array<Span & { write: boolean }> {
  const hit = targetAt(plan, offset);
  if (!hit) return [];
  return occurrences(plan.model, hit.target).map(({ start, end, definition: write }) => ({ start, end, write }));
}

export function prepareRename(plan: ParsedPlan, offset: number): (Span & { placeholder: string }) | undefined {
  const hit = targetAt(plan, offset);
  if (!hit) return undefined;
  return { ...inner(hit.node), placeholder: hit.target.id };
}

export type RenameResult = { edits: TextEdit[] } | { error: string };

function taken(m: PlanModel, target: Target, name: string): boolean {
  switch (target.kind) {
    case 'firewall': return m.firewalls.some((f) => f.id === name);
    case 'switch': return m.switches.some((s) => s.id === name);
    case 'site': return m.sites.some((s) => s.id === name);
    case 'segment': return m.segments.some((s) => s.id === name);
    case 'interface': return !!m.firewallById.get(target.firewall ?? '')?.interfaces.some((i) => i.name === name);
  }
}

/** Renames the id under `offset` everywhere it is defined or referenced. */
export function rename(plan: ParsedPlan, offset: number, newName: string, lang: Lang): RenameResult {
  const hit = targetAt(plan, offset);
  if (!hit) return { error: t(lang, 'rename.nothing') };
  const name = newName.trim();
  const { target } = hit;
  const valid = target.kind === 'interface' ? name.length > 0 && name.length <= 64 && !/[\r\n]/.test(name) : ID.test(name) && name.length <= 64;
  if (!valid) return { error: t(lang, target.kind === 'interface' ? 'rename.invalid-name' : 'rename.invalid-id', { name }) };
  if (name === target.id) return { edits: [] };
  if (taken(plan.model, target, name)) return { error: t(lang, 'rename.taken', { name, kind: t(lang, `kind.${target.kind}`) }) };
  const edits = occurrences(plan.model, target).map(({ node }): TextEdit => {
    if (node.style === 'double') return { ...inner(node), newText: JSON.stringify(name).slice(1, -1) };
    if (node.style === 'single') return { ...inner(node), newText: name.replace(/'/g, "''") };
    return { start: node.start, end: node.end, newText: scalarText(name) };
  });
  return { edits };
}
