/**
 * The checklist items about copies — taps and ERSPAN tunnel interfaces — and DHCP Broadcast
 * Session (facts.md §2, §3.3, §3.4, §3.6): the tap zone's two rules, the GRE tunnel of an ERSPAN
 * feed terminated in a layer3 zone dedicated to it, and DHCP Broadcast Session where the firewall
 * serves DHCP or a tap reads the devices' broadcast DHCP (with the version that has its fix, and
 * the day-1 check the sources' disagreement calls for). Split from prereqs.ts, which lists them.
 */
import { broadcastSessionMinimum } from '../rules/panos-dhcp-broadcast-version';
import type { PanosVersion } from '../version';
import type { FirewallDoc, IfaceDoc, SegmentDoc } from './model';
import type { PrereqItem, PrereqStatus } from './prereqs';

const names = (list: Array<string | undefined>): string => list.map((n) => n ?? '?').join(', ');

export const isErspanTunnelDoc = (i: IfaceDoc | undefined): boolean => !!i && i.mode === 'layer3' && i.erspan;
export const receivesCopyDoc = (i: IfaceDoc | undefined): boolean => !!i && (i.mode === 'tap' || isErspanTunnelDoc(i));

/** Other interfaces of `fw` in the zone of copy interface `i` that are not copies of the same kind. */
function sharing(fw: FirewallDoc, i: IfaceDoc): IfaceDoc[] {
  const zone = i.zone?.trim();
  if (!zone) return [];
  return fw.interfaces.filter((o) => o !== i && o.zone?.trim() === zone && (isErspanTunnelDoc(o) !== isErspanTunnelDoc(i) || !receivesCopyDoc(o)));
}

/** The copy interfaces of `fw` the segments use (identity or traffic). */
function usedCopies(fw: FirewallDoc, segs: SegmentDoc[]): IfaceDoc[] {
  const used = new Set<IfaceDoc>();
  for (const s of segs) for (const p of [s.identity, s.traffic]) if (p?.firewall === fw && receivesCopyDoc(p.iface)) used.add(p.iface!);
  return fw.interfaces.filter((i) => used.has(i));
}

/** The copy on which a segment's identity reads the devices' broadcast DHCP, on `fw`. */
function broadcastCopyDoc(fw: FirewallDoc, s: SegmentDoc): IfaceDoc | undefined {
  const id = s.identity;
  if (!id || (id.method !== 'inline-arp-dhcp' && id.method !== 'mirror') || id.firewall !== fw || !receivesCopyDoc(id.iface)) return undefined;
  return (s.addressing === 'dhcp' || s.addressing === 'mixed') && s.dhcp === 'broadcast' ? id.iface : undefined;
}

export function copyItems(fw: FirewallDoc, segs: SegmentDoc[], v: PanosVersion | undefined): PrereqItem[] {
  const items: PrereqItem[] = [];
  const copies = usedCopies(fw, segs);

  // The tap zone's rules ("Use a Tap Interface for DHCP Visibility"; an ERSPAN copy is inspected like
  // tap traffic). A copy read for DHCP only takes the guide's two rules: DHCP logged, the rest dropped.
  // A copy that carries the devices' traffic (pattern 5-2) must not drop the rest: its traffic logs
  // are what IoT Security analyses, so the rule allows it with the log-forwarding profile.
  if (!copies.length) items.push({ id: 'tap-rules', variant: 'na', status: 'na', args: {}, source: 'tap-dhcp' });
  else {
    const noZone = copies.filter((i) => !i.zone?.trim());
    const zones = (list: IfaceDoc[]): string => names([...new Set(list.map((i) => i.zone?.trim()).filter((z): z is string => !!z))]);
    const traffic = copies.filter((i) => segs.some((s) => s.traffic?.firewall === fw && s.traffic.iface === i));
    const dhcpOnly = copies.filter((i) => !traffic.includes(i));
    if (noZone.length) items.push({ id: 'tap-rules', variant: 'no-zone', status: 'fail', args: { interfaces: names(noZone.map((i) => i.name)) }, source: 'tap-dhcp' });
    else {
      if (dhcpOnly.length) items.push({ id: 'tap-rules', variant: 'todo', status: 'todo', args: { zones: zones(dhcpOnly) }, source: 'tap-dhcp' });
      if (traffic.length) items.push({ id: 'tap-rules', variant: 'traffic', status: 'todo', args: { zones: zones(traffic) }, source: 'tap-dhcp' });
    }
  }

  // ERSPAN: the GRE tunnel, ERSPAN enabled on it, terminated in a layer3 zone dedicated to it.
  const feeds = fw.interfaces.filter((i) => i.erspan);
  if (feeds.length) {
    const noZone = feeds.filter((i) => !i.zone?.trim());
    const shared = feeds.filter((i) => sharing(fw, i).length > 0);
    const asTap = feeds.filter((i) => i.mode === 'tap');
    const tunnels = feeds.filter(isErspanTunnelDoc);
    const zones = names([...new Set(feeds.map((i) => i.zone?.trim()).filter((z): z is string => !!z))]);
    let variant: string; let status: PrereqStatus; let list: IfaceDoc[];
    if (noZone.length) { variant = 'no-zone'; status = 'fail'; list = noZone; }
    else if (shared.length) { variant = 'shared'; status = 'warn'; list = shared; }
    else if (asTap.length) { variant = 'tap'; status = 'todo'; list = asTap; }
    else { variant = 'tunnel'; status = 'ok'; list = tunnels; }
    items.push({ id: 'erspan-tunnel', variant, status, args: { interfaces: names(list.map((i) => i.name)), zones }, source: 'erspan-gre' });
  }

  // DHCP Broadcast Session: where the firewall serves DHCP, and where a tap reads broadcast DHCP.
  const minimum = v ? broadcastSessionMinimum(v) : undefined;
  const session = fw.dhcpBroadcastSession === true;
  const dhcpServers = fw.interfaces.filter((i) => i.dhcpServer);
  const taps = [...new Set(segs.map((s) => broadcastCopyDoc(fw, s)).filter((i): i is IfaceDoc => !!i))];
  const old = session && minimum !== undefined;
  if (!dhcpServers.length && !taps.length) items.push({ id: 'dhcp-broadcast', variant: 'na', status: 'na', args: {}, source: 'prepare-firewall' });
  if (dhcpServers.length) {
    const args = { interfaces: names(dhcpServers.map((i) => i.name)), panos: v?.text ?? '?', minimum: minimum ?? '' };
    items.push({ id: 'dhcp-broadcast', variant: old ? 'old' : session ? 'on' : 'off', status: old ? 'warn' : session ? 'ok' : 'fail', args, source: 'prepare-firewall' });
  }
  if (taps.length) {
    const args = { interfaces: names(taps.map((i) => i.name)), panos: v?.text ?? '?', minimum: minimum ?? '' };
    // On, the sources still disagree (deployment options vs the traffic-type table): a day-1 check, not a tick.
    items.push({ id: 'dhcp-broadcast', variant: old ? 'tap-old' : session ? 'tap-on' : 'tap-off', status: old ? 'warn' : session ? 'todo' : 'fail', args, source: 'deployment-options' });
  }
  return items;
}
