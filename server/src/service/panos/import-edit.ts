/**
 * "Import Firewall Configuration…" as an edit of the open plan: each imported firewall is added to
 * `firewalls:` (created when absent), with its notes as comments above it; a firewall the plan
 * already has (same id) is updated instead — its `panos`, `managedBy`, `runningConfig`, and per
 * interface the keys the configuration gives, interfaces it lacks appended — never duplicated (an
 * interface receiving ERSPAN is matched with its feed as the drift rules match it, erspan.ts).
 * Minimal edits (edit.ts, through a Draft): comments and layout elsewhere stay as they are.
 */
import type { ParsedPlan } from '../check';
import { insertCommentAbove, type PlanEdit, type Value } from '../edit';
import { Draft } from '../language/draft';
import { append, at, PATH, put } from '../actions/util';
import { t, type Lang } from './catalog';
import { getBool } from '../tree';
import { feedsForPlan } from './erspan';
import { firewallData, interfaceData, type ImportedFirewall, type ImportedInterface, type ImportResult, type Note } from './fragment';
import { fragmentYaml } from './fragment-text';

export interface ImportEditOptions {
  lang: Lang;
  /** The configuration file as the comments name it. */
  file: string;
  panorama: boolean;
  /** `runningConfig` to set on a firewall that comes from a firewall configuration (a path relative to the plan). */
  runningConfig?: string;
}

export interface ImportEdit {
  edit: PlanEdit;
  added: string[];
  updated: string[];
  /** Every note in words, for the editor to show (an update adds no comments to the plan). */
  notes: string[];
}

const INTERFACE_KEYS = ['mode', 'zone', 'deviceId', 'multicastFirewalling', 'dhcpRelay', 'dhcpServer', 'erspan'] as const;

function say(lang: Lang, n: Note): string { return t(lang, n.id, n.args); }

function updateFirewall(d: Draft, i: number, fw: ImportedFirewall, o: ImportEditOptions): void {
  if (fw.panos !== undefined) put(d, at.firewall(i), PATH.firewall, 'panos', fw.panos);
  if (fw.managedBy) put(d, at.firewall(i), PATH.firewall, 'managedBy', fw.managedBy);
  if (o.runningConfig !== undefined && !o.panorama) put(d, at.firewall(i), PATH.firewall, 'runningConfig', o.runningConfig);
  // A plan interface receiving ERSPAN takes the feed it describes, in its own words (erspan.ts): the
  // v1 form's tap named after the GRE tunnel's local interface stays that tap, and the tunnel
  // interface it stands for is not added beside it.
  const planSide = d.model.firewalls[i]!.interfaces.filter((x) => x.name !== undefined).map((x) => ({ name: x.name!, mode: x.mode, erspan: getBool(x.map, 'erspan') }));
  const feeds = feedsForPlan(planSide, fw.interfaces);
  const covered = new Set([...feeds.values()].flatMap((f) => f.covers));
  const update = (name: string, iface: ImportedInterface): void => {
    const data = interfaceData(iface) as Record<string, Value>;
    const j = d.model.firewalls[i]!.interfaces.findIndex((x) => x.name === name);
    if (j < 0) { append(d, at.firewall(i), PATH.firewall, 'interfaces', data); return; }
    for (const key of INTERFACE_KEYS) if (data[key] !== undefined) put(d, at.iface(i, j), PATH.iface, key, data[key]!);
  };
  for (const [name, f] of feeds) update(name, f.view);
  for (const iface of fw.interfaces) if (!covered.has(iface.name)) update(iface.name, iface);
}

function addFirewall(d: Draft, fw: ImportedFirewall, o: ImportEditOptions, head: string[]): void {
  const data = firewallData(fw) as Record<string, Value>;
  const item: Record<string, Value> = o.runningConfig !== undefined && !o.panorama
    ? { ...Object.fromEntries(Object.entries(data).filter(([k]) => k !== 'interfaces')), runningConfig: o.runningConfig, ...(data.interfaces ? { interfaces: data.interfaces } : {}) }
    : data;
  append(d, at.root(), PATH.root, 'firewalls', item);
  const added = [...d.model.firewalls].reverse().find((f) => f.id === fw.id);
  if (!added) return;
  const lines = [...head, ...fw.notes.map((n) => say(o.lang, n))];
  for (const line of lines) d.run((doc, m) => {
    const again = [...m.firewalls].reverse().find((f) => f.id === fw.id);
    return again ? [insertCommentAbove(doc, again.map.start, line)] : [];
  });
}

/** The edit that brings an import into the plan. */
export function importEdit(plan: ParsedPlan, r: ImportResult, o: ImportEditOptions): ImportEdit {
  const head = [t(o.lang, o.panorama ? 'panos.import.header-panorama' : 'panos.import.header', { file: o.file }), ...r.notes.map((n) => say(o.lang, n))];
  const notes = [...head.slice(1), ...r.firewalls.flatMap((fw) => [...fw.notes, ...fw.interfaces.flatMap((i) => i.notes)].map((n) => `${fw.id}: ${say(o.lang, n)}`))];
  if (!plan.model.root) {
    // An empty plan (or one that is not a mapping yet): the fragment as a whole, at the end.
    const text = fragmentYaml(r, { lang: o.lang, file: o.file, panorama: o.panorama });
    const sep = plan.text === '' || plan.text.endsWith('\n') ? '' : '\n';
    return { edit: { edits: [{ start: plan.text.length, end: plan.text.length, newText: sep + text }] }, added: r.firewalls.map((f) => f.id), updated: [], notes };
  }
  const d = new Draft(plan.text, plan.root, plan.model);
  const added: string[] = [];
  const updated: string[] = [];
  let first = true;
  for (const fw of r.firewalls) {
    const i = d.model.firewalls.findIndex((f) => f.id === fw.id);
    if (i >= 0) { updateFirewall(d, i, fw, o); updated.push(fw.id); continue; }
    addFirewall(d, fw, o, first ? head : []);
    first = false;
    added.push(fw.id);
  }
  return { edit: d.toEdit(), added, updated, notes };
}
