/**
 * ERSPAN, in one place. On PAN-OS the mirrored copy arrives through a GRE tunnel with ERSPAN on
 * (Network > GRE Tunnels, `network tunnel gre <name> erspan yes`), terminated on a layer 3
 * interface and decapsulated onto a tunnel interface, in a layer 3 zone dedicated to it; the
 * traffic is then inspected like tap traffic (facts.md §3.6, §4). The plan language, today, says
 * the same thing as "a tap interface with `erspan: true`" (pocplan v1; issue #12 adds `erspan` on
 * the layer 3 or tunnel interface that terminates the tunnel). Both directions of that mapping
 * live here, so adapting it is one file:
 *
 * - import: an ERSPAN GRE tunnel becomes one plan interface `mode: tap, erspan: true`, named after
 *   its layer 3 endpoint when that interface sits in the tunnel interface's (dedicated) zone, else
 *   after the tunnel interface; the other one is folded into it;
 * - export: a plan `tap` interface with `erspan: true` becomes that layer 3 endpoint (or tunnel
 *   interface, when the plan names `tunnel.N`), a tunnel interface in the plan's zone and the GRE
 *   tunnel with ERSPAN on; addresses are left to the engineer (the plan has none).
 */
import type { PanosDevice, PanosGre, PanosZone } from './config';
import { zoneOf } from './config';

/** The plan's words for an interface that receives ERSPAN (pocplan v1: a tap fed by ERSPAN). */
export const PLAN_ERSPAN = { mode: 'tap', erspan: true } as const;

export interface ErspanFeed {
  gre: PanosGre;
  /** The plan interface that stands for this feed. */
  planInterface: string;
  /** Its zone: the tunnel interface's (where the decapsulated copy is seen), else the endpoint's. */
  zone: PanosZone | undefined;
  /** Configuration interfaces folded into the plan interface (not listed on their own). */
  folded: string[];
}

const PHYSICAL = /^(ethernet\d+\/\d+|ae\d+)(\.\d+)?$/;

/** The ERSPAN feeds of a device, by plan interface name. */
export function erspanFeeds(device: PanosDevice): Map<string, ErspanFeed> {
  const out = new Map<string, ErspanFeed>();
  for (const gre of device.gre) {
    if (!gre.erspan) continue;
    const tunnel = gre.tunnelInterface;
    const local = gre.localInterface;
    const tunnelZone = tunnel ? zoneOf(device, tunnel) : undefined;
    const localZone = local ? zoneOf(device, local) : undefined;
    const dedicated = local !== undefined && PHYSICAL.test(local) && (tunnel === undefined || (tunnelZone !== undefined && tunnelZone === localZone));
    const planInterface = dedicated ? local! : tunnel ?? local;
    if (planInterface === undefined || out.has(planInterface)) continue;
    const folded = dedicated && tunnel ? [tunnel] : [];
    out.set(planInterface, { gre, planInterface, zone: tunnelZone ?? localZone, folded });
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
