/**
 * Helpers shared by the fixes and templates: where things are (by index, stable while an action
 * only appends), what a payload says (validated: it comes back from the client), and the few
 * draft operations every fix uses.
 */
import { checkPlan, parsePlan, type ParsedPlan } from '../check';
import type { Settings } from '../config';
import type { PlanDiagnostic } from '../diagnostics';
import { appendItem, applyEdits, findPair, putPair, removePair, setIn, setValue, type PlanEdit, type Value } from '../edit';
import { Draft } from '../language/draft';
import { locate } from '../language/cursor';
import { keysAt } from '../language/schema-nav';
import type { FirewallM, InterfaceM, PlanModel, SegmentM } from '../model';
import type { YMap } from '../tree';
import type { Fix, FixContext, FixProvider } from './types';

export type Finder = (m: PlanModel) => YMap | undefined;

/** Schema paths of the plan's maps, for key order. */
export const PATH = {
  root: [] as string[],
  poc: ['poc'],
  tenant: ['tenant'],
  xsoar: ['xsoar'],
  firewall: ['firewalls', '*'],
  license: ['firewalls', '*', 'iotLicense'],
  logging: ['firewalls', '*', 'logging'],
  iface: ['firewalls', '*', 'interfaces', '*'],
  switch: ['switches', '*'],
  site: ['sites', '*'],
  segment: ['sites', '*', 'segments', '*'],
  identity: ['sites', '*', 'segments', '*', 'identity'],
  traffic: ['sites', '*', 'segments', '*', 'traffic'],
} as const;

export const at = {
  root: (): Finder => (m) => m.root,
  poc: (): Finder => (m) => m.poc,
  tenant: (): Finder => (m) => m.tenant,
  xsoar: (): Finder => (m) => m.xsoar,
  firewall: (i: number): Finder => (m) => m.firewalls[i]?.map,
  license: (i: number): Finder => (m) => m.firewalls[i]?.license,
  logging: (i: number): Finder => (m) => m.firewalls[i]?.logging,
  iface: (i: number, j: number): Finder => (m) => m.firewalls[i]?.interfaces[j]?.map,
  switch: (i: number): Finder => (m) => m.switches[i]?.map,
  site: (i: number): Finder => (m) => m.sites[i]?.map,
  segment: (k: number): Finder => (m) => m.segments[k]?.map,
  identity: (k: number): Finder => (m) => m.segments[k]?.identity?.map,
  traffic: (k: number): Finder => (m) => m.segments[k]?.traffic?.map,
};

/** Sets `key` in the map `find` returns (inserting it in schema order when absent). */
export function put(d: Draft, find: Finder, path: readonly string[], key: string, value: Value): Draft {
  return d.run((doc, m) => { const map = find(m); return map ? putPair(doc, map, key, value, keysAt(path)) : []; });
}

/**
 * Sets several keys of one map in a single step (edits computed on the same text: replacements of
 * different pairs never overlap, and inserts at one anchor keep their order). Cheaper than a `put`
 * per key on a large plan, where each step re-parses.
 */
export function putMany(d: Draft, find: Finder, path: readonly string[], entries: ReadonlyArray<readonly [string, Value]>): Draft {
  return d.run((doc, m) => { const map = find(m); return map ? entries.flatMap(([k, v]) => putPair(doc, map, k, v, keysAt(path))) : []; });
}

/** Sets a nested key (`['tenant', 'thirdPartyAddon']`) under the map `find` returns. */
export function putIn(d: Draft, find: Finder, path: readonly string[], keys: readonly string[], value: Value): Draft {
  return d.run((doc, m) => { const map = find(m); return map ? setIn(doc, map, keys, value, (sub) => keysAt([...path, ...sub])) : []; });
}

export function remove(d: Draft, find: Finder, key: string): Draft {
  return d.run((doc, m) => { const map = find(m); return map ? removePair(doc, map, key) : []; });
}

export function append(d: Draft, find: Finder, path: readonly string[], key: string, item: Value): Draft {
  return d.run((doc, m) => { const map = find(m); return map ? appendItem(doc, map, key, item, keysAt(path)) : []; });
}

/** Sets the value whose key or value is at `offset` (the diagnostic's own span). */
export function setHere(d: Draft, offset: number, value: Value): Draft {
  return d.run((doc) => {
    const loc = locate(doc.text, doc.root, offset);
    return loc.map && loc.pair ? setValue(doc, loc.map, loc.pair, value) : [];
  });
}

/** A fix from a draft built by `build`, or nothing when the draft did not change. */
export function makeFix(ctx: FixContext, title: string, build: (d: Draft) => void, opts: { preferred?: boolean; safe?: boolean; reveals?: boolean } = {}): Fix[] {
  const d = new Draft(ctx.plan.text, ctx.plan.root, ctx.plan.model);
  build(d);
  if (!d.changed) return [];
  return [{ title, edit: d.toEdit(), ...(opts.preferred ? { preferred: true } : {}), ...(opts.safe ? { safe: true } : {}), ...(opts.reveals ? { reveals: true } : {}) }];
}

/** The errors and warnings (code and message) of a plan under some settings, counted; one check per plan. */
const loudCache = new WeakMap<ParsedPlan, { settings: Settings; count: Map<string, number> }>();

const loudKey = (d: PlanDiagnostic): string | undefined => (d.severity === 'error' || d.severity === 'warning' ? `${d.code}|${d.message}` : undefined);

function loudCount(ctx: FixContext): Map<string, number> {
  const hit = loudCache.get(ctx.plan);
  if (hit && hit.settings === ctx.settings) return hit.count;
  const count = new Map<string, number>();
  for (const d of checkPlan(ctx.plan, { settings: ctx.settings, host: ctx.host, docsBase: '' }).diagnostics) { const k = loudKey(d); if (k) count.set(k, (count.get(k) ?? 0) + 1); }
  loudCache.set(ctx.plan, { settings: ctx.settings, count });
  return count;
}

/**
 * True when applying `edit` gives the plan an error or warning (code and message) it did not have:
 * for fixes that choose among alternatives, so that none trades one problem for another. One check
 * of the edited plan (the plan's own is done once).
 */
export function addsProblems(ctx: FixContext, edit: PlanEdit): boolean {
  const count = new Map(loudCount(ctx));
  for (const d of checkPlan(parsePlan(ctx.plan.uri, applyEdits(ctx.plan.text, edit.edits)), { settings: ctx.settings, host: ctx.host, docsBase: '' }).diagnostics) {
    const k = loudKey(d);
    if (!k) continue;
    const n = count.get(k) ?? 0;
    if (n === 0) return true;
    count.set(k, n - 1);
  }
  return false;
}

/**
 * The fixes that add no error or warning. For *Fix all* (`onlySafe`) only the safe ones are kept,
 * and only those are tried, so it pays one check per diagnostic at most.
 */
export function withoutNewProblems(ctx: FixContext, fixes: Fix[]): Fix[] {
  return fixes.filter((f) => (!ctx.onlySafe || f.safe) && (!f.edit || !addsProblems(ctx, f.edit)));
}

/** Marks the only fix of a list safe (and preferred). */
export function onlyIsSafe(fixes: Fix[]): Fix[] {
  if (fixes.length === 1) { fixes[0]!.safe = true; fixes[0]!.preferred = true; }
  return fixes;
}

// ------------------------------------------------------------------------------------------
// Payloads

export function record(data: unknown): Record<string, unknown> {
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? data as Record<string, unknown> : {};
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function strs(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

// ------------------------------------------------------------------------------------------
// Where things are

const inside = (offset: number, map: YMap): boolean => offset >= map.start && offset <= map.end;

export function segmentIndexAt(m: PlanModel, offset: number): number {
  return m.segments.findIndex((s) => inside(offset, s.map));
}

export function firewallIndexAt(m: PlanModel, offset: number): number {
  return m.firewalls.findIndex((f) => inside(offset, f.map));
}

export function switchIndexAt(m: PlanModel, offset: number): number {
  return m.switches.findIndex((s) => inside(offset, s.map));
}

/** Firewall and interface indices of the interface holding `offset`. */
export function interfaceAt(m: PlanModel, offset: number): { i: number; j: number; iface: InterfaceM } | undefined {
  const i = firewallIndexAt(m, offset);
  const fw = m.firewalls[i];
  const j = fw ? fw.interfaces.findIndex((x) => inside(offset, x.map)) : -1;
  return fw && j >= 0 ? { i, j, iface: fw.interfaces[j]! } : undefined;
}

export function interfaceIndex(fw: FirewallM, name: string | undefined): number {
  return name === undefined ? -1 : fw.interfaces.findIndex((x) => x.name === name);
}

export function firewallIndex(m: PlanModel, id: string | undefined): number {
  const fw = id !== undefined ? m.firewallById.get(id) : undefined;
  return fw ? fw.index : -1;
}

export function switchIndex(m: PlanModel, id: string | undefined): number {
  return id === undefined ? -1 : m.switches.findIndex((s) => s.id === id);
}

/** Which of a segment's paths holds `offset`. */
export function pathAt(seg: SegmentM, offset: number): 'identity' | 'traffic' | undefined {
  if (seg.identity && inside(offset, seg.identity.map)) return 'identity';
  if (seg.traffic && inside(offset, seg.traffic.map)) return 'traffic';
  return undefined;
}

/** True when the map already has `key` (used to avoid duplicate keys when renaming). */
export function hasKey(map: YMap | undefined, key: string): boolean {
  return !!findPair(map, key);
}

/**
 * A provider with one fix that writes a value over the diagnostic's own span: `pick` reads the
 * payload and returns the value with the title's catalog id and arguments.
 */
export function setValueFix(
  code: string,
  pick: (data: Record<string, unknown>) => { value: Value; title: string; args?: Record<string, string | number> } | undefined,
  opts: { safe: boolean } = { safe: true },
): FixProvider {
  return {
    codes: [code],
    fixes(d, ctx) {
      const p = pick(record(d.data));
      if (!p) return [];
      return makeFix(ctx, ctx.t(p.title, p.args), (draft) => setHere(draft, d.start, p.value), { preferred: true, safe: opts.safe });
    },
  };
}
