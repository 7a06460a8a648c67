/**
 * What the config.* rules share: the firewalls whose `runningConfig` was read, each plan interface
 * beside the configuration's view of it, and related locations that point into the configuration
 * file. The comparisons themselves are the rules' (rules/config-*.ts, one per code).
 */
import type { RelatedFinding } from '../diagnostics';
import type { FirewallM, InterfaceM } from '../model';
import type { RuleContext } from '../rules/types';
import { getBool } from '../tree';
import type { PanosInterface } from './config';
import { feedsForPlan } from './erspan';
import type { ImportedInterface } from './fragment';
import { configInterface, tagSpan, type RunningConfigReport } from './running-config';

export interface ConfiguredFirewall { fw: FirewallM; report: RunningConfigReport }

/** Firewalls whose running configuration was read and describes them. */
export function configuredFirewalls(ctx: RuleContext): ConfiguredFirewall[] {
  const out: ConfiguredFirewall[] = [];
  for (const fw of ctx.plan.firewalls) {
    const report = ctx.configs?.get(fw.index);
    if (report && !report.problem && report.view) out.push({ fw, report });
  }
  return out;
}

export interface InterfacePair extends ConfiguredFirewall {
  iface: InterfaceM;
  name: string;
  /** The interface as the import maps it; undefined when the plan could not describe it (or it is absent). */
  cfg: ImportedInterface | undefined;
  /** The interface as the configuration holds it, whatever its mode (for an ERSPAN feed, the feed's own interface); undefined when absent. */
  raw: PanosInterface | undefined;
}

/**
 * Every named plan interface of a configured firewall, with the configuration's side. A plan
 * interface that receives ERSPAN is compared with the feed it describes, in its own words
 * (erspan.ts `feedsForPlan`): the v1 form's tap named after the GRE tunnel's local interface is
 * that tunnel's feed, not the layer 3 interface the configuration also lists under that name.
 */
export function interfacePairs(ctx: RuleContext): InterfacePair[] {
  const out: InterfacePair[] = [];
  for (const { fw, report } of configuredFirewalls(ctx)) {
    const named = fw.interfaces.filter((i): i is InterfaceM & { name: string } => i.name !== undefined);
    const feeds = feedsForPlan(named.map((i) => ({ name: i.name, mode: i.mode, erspan: getBool(i.map, 'erspan') })), report.view?.interfaces ?? []);
    for (const iface of named) {
      const feed = feeds.get(iface.name);
      const cfg = feed?.view ?? configInterface(report, iface.name);
      const raw = report.device?.interfaces.find((i) => i.name === (feed?.feed.name ?? iface.name));
      out.push({ fw, report, iface, name: iface.name, cfg, raw });
    }
  }
  return out;
}

/** A related location in the configuration file: the start tag at `offset`. */
export function relatedIn(report: RunningConfigReport, offset: number | undefined, messageId: string, args?: Record<string, string | number>): RelatedFinding[] {
  const span = tagSpan(report, offset);
  return span ? [{ uri: report.uri, ...span, messageId, ...(args ? { args } : {}) }] : [];
}

/** Where the configuration says an interface's zone: the zone entry, else the interface entry. */
export function zoneOffset(p: InterfacePair): number | undefined {
  const member = p.raw?.name ?? p.name;
  const zone = p.report.device?.zones.find((z) => z.members.includes(member));
  return zone?.at ?? p.cfg?.at ?? p.raw?.at;
}

/** `a`, `b` for messages; `@list.none` when empty. */
export function listText(values: readonly string[]): string {
  return values.length ? values.map((v) => `\`${v}\``).join(', ') : '@list.none';
}
