/**
 * ERSPAN, in one place. On PAN-OS the mirrored copy arrives through a GRE tunnel with ERSPAN
 * enabled on the GRE tunnel object (Network > GRE Tunnels, `network tunnel gre <name> erspan yes`):
 * the tunnel's local (underlay) endpoint is a layer 3 interface, and the copy is decapsulated onto
 * the GRE tunnel's tunnel interface, in a layer 3 zone dedicated to it, then inspected like tap
 * traffic (facts.md §3.6, §4). The plan says the same thing (docs/contract/additions.md, "ERSPAN
 * feeds"): the tunnel interface, `mode: layer3` with `erspan: true`. The v1 form, a `mode: tap`
 * interface with `erspan: true`, is still read. Both directions of that mapping live here:
 *
 * - import: an ERSPAN GRE tunnel becomes the plan interface of its tunnel interface (`tunnel.N`,
 *   `mode: layer3`, `erspan: true`, the zone that holds it and that zone's Device-ID); its local
 *   endpoint stays the ordinary layer 3 interface it is. A GRE tunnel without a tunnel interface
 *   (none named, or one the configuration lacks) is said on its endpoint instead, also
 *   `mode: layer3` with `erspan: true`;
 * - export: a plan interface receiving ERSPAN (either form) becomes a tunnel interface in the
 *   plan's zone and the GRE tunnel with ERSPAN on; when the plan names a layer 3 endpoint (an
 *   Ethernet, aggregate, subinterface or VLAN name, as the v1 form does) rather than `tunnel.N`,
 *   that endpoint too, as the GRE tunnel's local interface, with a tunnel interface of its own.
 *   Addresses and the endpoint's zone are left to the engineer (the plan has none);
 * - drift and the editor's import: a plan interface receiving ERSPAN stands for the feed of its
 *   name, or for the feed whose GRE tunnel it terminates (the v1 form names the endpoint), seen in
 *   the plan's own words (`feedsForPlan`).
 */
import type { PanosDevice, PanosGre } from './config';
import type { ImportedInterface } from './fragment';

/** The plan's words for an interface that receives ERSPAN: the GRE tunnel's tunnel interface. */
export const PLAN_ERSPAN = { mode: 'layer3', erspan: true } as const;

/** Does a plan interface receive ERSPAN? `mode: layer3` (the tunnel interface) or `mode: tap` (v1), with `erspan: true`. */
export function receivesErspan(mode: string | undefined, erspan: boolean | undefined): boolean {
  return erspan === true && (mode === 'layer3' || mode === 'tap');
}

export interface ErspanFeed {
  gre: PanosGre;
  /** The plan interface that stands for this feed: the tunnel interface, else the endpoint. */
  planInterface: string;
  /** The GRE tunnel's local interface, when it names one. */
  endpoint: string | undefined;
}

/** The ERSPAN feeds of a device, by plan interface name (the first GRE tunnel wins a shared interface). */
export function erspanFeeds(device: PanosDevice): Map<string, ErspanFeed> {
  const out = new Map<string, ErspanFeed>();
  const has = (name: string | undefined): name is string => name !== undefined && device.interfaces.some((i) => i.name === name);
  for (const gre of device.gre) {
    if (!gre.erspan) continue;
    const planInterface = has(gre.tunnelInterface) ? gre.tunnelInterface : has(gre.localInterface) ? gre.localInterface : undefined;
    if (planInterface === undefined || out.has(planInterface)) continue;
    out.set(planInterface, { gre, planInterface, endpoint: gre.localInterface });
  }
  return out;
}

// -------------------------------------------------------------------------------------------
// A plan beside a configuration

/** A plan interface, as far as ERSPAN is concerned. */
export interface PlanSide { name: string; mode: string | undefined; erspan: boolean | undefined }

export interface PlanFeed {
  /** The configuration's interface for the feed, as the import maps it (the tunnel interface). */
  feed: ImportedInterface;
  /** The same feed in the plan's words: the plan interface's name and mode. */
  view: ImportedInterface;
  /** The imported interfaces the plan interface stands for (the feed, and the endpoint it is named after). */
  covers: string[];
}

/**
 * For each plan interface that receives ERSPAN, the configuration's feed it describes: the ERSPAN
 * interface of the same name, else the feed whose GRE tunnel it terminates — the v1 form's tap
 * named after the layer 3 endpoint — unless the plan lists that feed's interface itself.
 */
export function feedsForPlan(plan: readonly PlanSide[], imported: readonly ImportedInterface[]): Map<string, PlanFeed> {
  const out = new Map<string, PlanFeed>();
  const named = new Set(plan.map((p) => p.name));
  for (const p of plan) {
    if (!receivesErspan(p.mode, p.erspan) || out.has(p.name)) continue;
    const own = imported.find((i) => i.erspan === true && i.name === p.name);
    const feed = own ?? imported.find((i) => i.erspan === true && i.endpoint === p.name && !named.has(i.name));
    if (!feed) continue;
    out.set(p.name, { feed, view: { ...feed, name: p.name, mode: p.mode as 'layer3' | 'tap' }, covers: own ? [feed.name] : [feed.name, p.name] });
  }
  return out;
}

// -------------------------------------------------------------------------------------------
// Export

export interface ErspanExport {
  /** The plan interface's name. */
  iface: string;
  /** The layer 3 endpoint to configure (absent when the plan names the tunnel interface itself). */
  endpoint?: string;
  /** The tunnel interface the copy is decapsulated onto. */
  tunnel: string;
  /** The GRE tunnel's name. */
  gre: string;
}

/** A GRE tunnel name from an interface name: PAN-OS names take letters, digits, `.`, `_`, `-` (31 at most). */
function greName(iface: string): string {
  return `erspan-${iface.replace(/[^A-Za-z0-9._-]/g, '-')}`.slice(0, 31);
}

/**
 * How the plan's ERSPAN interface `iface` is configured; `taken` holds the interface names the
 * firewall already uses (the plan's), and receives the tunnel interface chosen here.
 */
export function erspanExport(iface: string, taken: Set<string>): ErspanExport {
  if (/^tunnel\.\d+$/.test(iface)) return { iface, tunnel: iface, gre: greName(iface) };
  let n = 1;
  while (taken.has(`tunnel.${n}`)) n++;
  const tunnel = `tunnel.${n}`;
  taken.add(tunnel);
  return { iface, endpoint: iface, tunnel, gre: greName(iface) };
}
