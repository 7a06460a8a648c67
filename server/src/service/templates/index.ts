/**
 * Template actions offered where the cursor is: "Configure as pattern N" on any segment, and
 * "Add firewall / switch / site / segment" in (or next to) the list they extend. The new entries
 * use free ids and values that check clean, except that a new segment still needs its pattern:
 * its lightbulb then offers the six.
 */
import type { ParsedPlan } from '../check';
import type { PlanEdit, Value } from '../edit';
import { Draft } from '../language/draft';
import { locate } from '../language/cursor';
import { patternOf, type PatternId, type PlanModel } from '../model';
import { parseSubnet } from '../net';
import { getString } from '../tree';
import { append, at, PATH, segmentIndexAt } from '../actions/util';
import { applyPattern, PATTERN_IDS } from './patterns';
import { addFirewall, addSwitch, freeId, type TemplateEnv } from './resources';

export const KIND_PATTERN = 'refactor.rewrite.pocplan.pattern';
export const KIND_ADD = 'refactor.rewrite.pocplan.add';

/**
 * What a template action does, as JSON: actions are listed cheaply and the edit is computed only
 * for the one the user picks (`resolveTemplate`), so a lightbulb on a large plan stays instant.
 */
export type TemplateData =
  | { template: 'pattern'; segment: number; pattern: PatternId }
  | { template: 'add'; what: 'firewall' | 'switch' | 'site' }
  | { template: 'add'; what: 'segment'; site: number };

export interface TemplateAction { title: string; kind: string; data: TemplateData }

type T = (id: string, args?: Readonly<Record<string, string | number>>) => string;

/** A /24 no segment uses: after the last segment's, else 10.0.1.0/24 onwards. */
export function nextFreeSubnet(m: PlanModel): string {
  const nets = m.segments.map((s) => parseSubnet(getString(s.map, 'subnet'))).filter((n) => n && !n.hostBits);
  const free = (first: number): boolean => nets.every((n) => n!.last < first || n!.first > first + 255);
  const last = [...nets].reverse().find((n) => n!.bits <= 24);
  let base = last ? ((last.last + 1) >>> 8) << 8 : (10 << 24) + 256;
  for (let tries = 0; tries < 4096 && !free(base); tries++) base = (base + 256) >>> 0;
  return `${base >>> 24}.${(base >>> 16) & 255}.${(base >>> 8) & 255}.0/24`;
}

export function newSegment(m: PlanModel): { [key: string]: Value } {
  return { id: freeId('segment', m.segments.map((s) => s.id)), subnet: nextFreeSubnet(m), addressing: 'dhcp' };
}

/** The pattern actions for segment `k` (every pattern but the one it already follows). */
export function patternActions(plan: ParsedPlan, k: number, t: T, only?: readonly PatternId[]): TemplateAction[] {
  const seg = plan.model.segments[k];
  if (!seg) return [];
  const current = patternOf(seg);
  return (only ?? PATTERN_IDS).filter((id) => id !== current).map((id) => ({
    title: t('action.pattern', { pattern: id, name: t(`pattern.${id}`) }), kind: KIND_PATTERN, data: { template: 'pattern', segment: k, pattern: id },
  }));
}

/** The edit of a template action; undefined when it no longer applies (the plan changed under it). */
export function resolveTemplate(plan: ParsedPlan, data: TemplateData, env: TemplateEnv): PlanEdit | undefined {
  const d = new Draft(plan.text, plan.root, plan.model);
  const m = d.model;
  if (!m.root) return undefined;
  if (data.template === 'pattern') {
    if (!m.segments[data.segment] || !PATTERN_IDS.includes(data.pattern)) return undefined;
    applyPattern(d, data.segment, data.pattern, env);
  } else if (data.what === 'firewall') {
    addFirewall(d);
  } else if (data.what === 'switch') {
    addSwitch(d, { id: freeId('sw', m.switches.map((s) => s.id)), span: true });
  } else if (data.what === 'site') {
    append(d, at.root(), PATH.root, 'sites', { id: freeId('site', m.sites.map((s) => s.id)), segments: [newSegment(m)] });
  } else if (data.what === 'segment') {
    if (!m.sites[data.site]) return undefined;
    append(d, at.site(data.site), PATH.site, 'segments', newSegment(m));
  }
  return d.changed ? d.toEdit() : undefined;
}

/** Reads template data back from the client (it may have been altered): undefined when malformed. */
export function templateData(x: unknown): TemplateData | undefined {
  if (!x || typeof x !== 'object') return undefined;
  const o = x as Record<string, unknown>;
  if (o.template === 'pattern' && typeof o.segment === 'number' && PATTERN_IDS.includes(o.pattern as PatternId)) return { template: 'pattern', segment: o.segment, pattern: o.pattern as PatternId };
  if (o.template === 'add' && (o.what === 'firewall' || o.what === 'switch' || o.what === 'site')) return { template: 'add', what: o.what };
  if (o.template === 'add' && o.what === 'segment' && typeof o.site === 'number') return { template: 'add', what: 'segment', site: o.site };
  return undefined;
}

/** Template actions for the selection starting at `start` (without their edits: see `resolveTemplate`). */
export function templateActions(plan: ParsedPlan, start: number, t: T): TemplateAction[] {
  const m = plan.model;
  if (!m.root) return [];
  const loc = locate(plan.text, plan.root, start);
  const top = typeof loc.path[0] === 'string' ? loc.path[0] : undefined;
  const out: TemplateAction[] = [];
  const k = segmentIndexAt(m, start);
  if (k >= 0) out.push(...patternActions(plan, k, t));
  const rootLevel = top === undefined || (!['firewalls', 'switches', 'sites'].includes(top) && loc.path.length <= 1);
  const add = (title: string, data: TemplateData): void => { out.push({ title, kind: KIND_ADD, data }); };
  if (top === 'firewalls' || rootLevel) add(t('action.add.firewall'), { template: 'add', what: 'firewall' });
  if (top === 'switches' || rootLevel) add(t('action.add.switch'), { template: 'add', what: 'switch' });
  if (top === 'sites' || rootLevel) add(t('action.add.site'), { template: 'add', what: 'site' });
  if (top === 'sites' && typeof loc.path[1] === 'number' && m.sites[loc.path[1]]) {
    add(t('action.add.segment', { site: m.sites[loc.path[1]]!.id ?? '?' }), { template: 'add', what: 'segment', site: loc.path[1] });
  }
  return out;
}
