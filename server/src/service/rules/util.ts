/**
 * Small helpers shared by the rules: ranges of tree nodes, related-information entries, and the
 * few derived facts several rules need (which firewall receives a segment's identity, which
 * switch feeds a mirror, whether an interface logs broadcast DHCP). Not a rule: not in RULES.
 */
import type { RelatedFinding } from '../diagnostics';
import type { FirewallM, InterfaceM, PathM, PlanModel, SegmentM, SwitchM } from '../model';
import { asScalar, asSeq, get, getBool, getPair, getString, type YMap, type YNode, type YPair } from '../tree';

export interface Span { start: number; end: number }

/** The span of a node. */
export function spanOf(node: { start: number; end: number }): Span {
  return { start: node.start, end: node.end };
}

/** The value of `key` when the key is present with a value; undefined otherwise. */
export function valueSpan(map: YMap | undefined, key: string): Span | undefined {
  const p = getPair(map, key);
  return p?.value ? spanOf(p.value) : undefined;
}

/** A pair from `key:` to the end of its value (the whole `enforce: true`). */
export function pairSpan(p: YPair): Span {
  return { start: p.key.start, end: p.value?.end ?? p.key.end };
}

/** True when `key` is absent, has no value (`key:` alone) or an empty string. Wrong types count as present. */
export function isMissing(map: YMap | undefined, key: string): boolean {
  const p = getPair(map, key);
  if (!p || p.value === null) return true;
  const v = asScalar(p.value)?.value;
  return v === null || (typeof v === 'string' && v.trim() === '');
}

/** A related entry at a span, or none when the span is unknown. */
export function related(span: Span | undefined, messageId: string, args?: Record<string, string | number>): RelatedFinding[] {
  return span ? [{ start: span.start, end: span.end, messageId, ...(args ? { args } : {}) }] : [];
}

/** Where a firewall is named: its `id` value, else the first character of its entry. */
export function firewallSpan(fw: FirewallM): Span {
  return fw.idNode ? spanOf(fw.idNode) : { start: fw.map.start, end: Math.min(fw.map.end, fw.map.start + 1) };
}

export function switchSpan(sw: SwitchM): Span {
  return sw.idNode ? spanOf(sw.idNode) : { start: sw.map.start, end: Math.min(sw.map.end, sw.map.start + 1) };
}

export function interfaceSpan(i: InterfaceM): Span {
  return i.nameNode ? spanOf(i.nameNode) : { start: i.map.start, end: Math.min(i.map.end, i.map.start + 1) };
}

/** Where a segment is named: its `id` value, else its first key. */
export function segmentSpan(seg: SegmentM): Span {
  if (seg.idNode) return spanOf(seg.idNode);
  const first = seg.map.pairs[0];
  return first ? spanOf(first.key) : { start: seg.map.start, end: Math.min(seg.map.end, seg.map.start + 1) };
}

export const label = (s: string | undefined): string => s ?? '?';

/** "`a`, `b`" — a list of names for a message; `@list.none` (localized "none") when empty. */
export function nameList(names: readonly string[]): string {
  return names.length ? names.map((n) => `\`${n}\``).join(', ') : '@list.none';
}

/** The panos text as written, for messages. */
export function panosText(fw: FirewallM): string {
  return fw.panos?.text ?? getString(fw.map, 'panos') ?? '?';
}

export function panosRelated(fw: FirewallM): RelatedFinding[] {
  return related(valueSpan(fw.map, 'panos'), 'related.panos', { firewall: label(fw.id), panos: panosText(fw) });
}

/** The firewall that receives a segment's identity data: identity.firewall, else traffic.firewall. */
export function identityFirewall(seg: SegmentM): FirewallM | undefined {
  return seg.identity?.firewall ?? seg.traffic?.firewall;
}

/** A non-empty `dhcpRelay` list (or a scalar written in its place, which the schema reports). */
export function relayCount(iface: InterfaceM): number {
  const node: YNode | undefined = get(iface.map, 'dhcpRelay');
  const seq = asSeq(node);
  if (seq) return seq.items.filter((i) => i !== null).length;
  const s = asScalar(node);
  return s && s.value !== null && s.value !== '' ? 1 : 0;
}

/**
 * An ERSPAN tunnel interface: `mode: layer3` with `erspan: true` — the interface (usually
 * `tunnel.N`) of a GRE tunnel with ERSPAN enabled, in a layer3 zone dedicated to it (facts.md §3.6,
 * §4). The firewall decapsulates the mirrored copy and inspects it like tap traffic: visibility only.
 */
export function isErspanTunnel(iface: InterfaceM | undefined): boolean {
  return !!iface && iface.mode === 'layer3' && getBool(iface.map, 'erspan') === true;
}

/** An interface that receives a copy of the traffic, never the traffic itself: a tap, or an ERSPAN tunnel interface. */
export function receivesCopy(iface: InterfaceM | undefined): boolean {
  return !!iface && (iface.mode === 'tap' || isErspanTunnel(iface));
}

/**
 * Does this interface log broadcast DHCP (facts.md §3.2)? Undefined when its mode is unknown.
 * A copy (tap, ERSPAN tunnel) is read by the traffic-type table: no. Whether DHCP Broadcast
 * Session changes that on a tap is where the sources disagree (`identity.tap-broadcast-session`).
 */
export function logsBroadcastDhcp(iface: InterfaceM): boolean | undefined {
  const server = getBool(iface.map, 'dhcpServer') === true;
  if (isErspanTunnel(iface)) return false;
  switch (iface.mode) {
    case 'tap': return false;
    case 'layer2': return server;
    case 'layer3': return server || relayCount(iface) > 0;
    case 'virtual-wire': return getBool(iface.map, 'multicastFirewalling') === true;
    default: return undefined;
  }
}

/**
 * The switch that feeds a mirror path and where it is named: for identity, identity.switch, else
 * the interface's mirrorFrom; for traffic, the interface's mirrorFrom, else identity.switch when
 * the identity is mirrored too.
 */
export function mirrorSwitch(plan: PlanModel, seg: SegmentM, path: PathM, which: 'identity' | 'traffic'): { sw: SwitchM; at: Span } | undefined {
  const fromIdentity = (): { sw: SwitchM; at: Span } | undefined => {
    const id = seg.identity;
    if (!id || id.method !== 'mirror') return undefined;
    const name = getString(id.map, 'switch');
    const sw = name !== undefined ? plan.switchById.get(name) : undefined;
    const at = valueSpan(id.map, 'switch');
    return sw && at ? { sw, at } : undefined;
  };
  const fromInterface = (): { sw: SwitchM; at: Span } | undefined => {
    if (!path.iface) return undefined;
    const name = getString(path.iface.map, 'mirrorFrom');
    const sw = name !== undefined ? plan.switchById.get(name) : undefined;
    const at = valueSpan(path.iface.map, 'mirrorFrom');
    return sw && at ? { sw, at } : undefined;
  };
  if (which === 'identity') return isMissing(seg.identity?.map, 'switch') ? fromInterface() : fromIdentity();
  return isMissing(path.iface?.map, 'mirrorFrom') ? fromIdentity() : fromInterface();
}

/** Interfaces of a firewall that receive a mirrored copy (taps and ERSPAN tunnel interfaces), by name. */
export function tapInterfaces(fw: FirewallM | undefined): string[] {
  return (fw?.interfaces ?? []).filter((i) => receivesCopy(i) && i.name !== undefined).map((i) => i.name!);
}

/** An interface the traffic passes through: virtual-wire, layer2, or layer3 that is not an ERSPAN tunnel. */
export function isInline(iface: InterfaceM | undefined): boolean {
  return !!iface && (iface.mode === 'virtual-wire' || iface.mode === 'layer2' || iface.mode === 'layer3') && !isErspanTunnel(iface);
}

/** Inline (virtual-wire, layer2, layer3) interfaces of a firewall, by name. */
export function inlineInterfaces(fw: FirewallM | undefined): string[] {
  return (fw?.interfaces ?? []).filter((i) => isInline(i) && i.name !== undefined).map((i) => i.name!);
}

/** Each segment path (identity, traffic) with its name. */
export function paths(seg: SegmentM): Array<{ which: 'identity' | 'traffic'; path: PathM }> {
  const out: Array<{ which: 'identity' | 'traffic'; path: PathM }> = [];
  if (seg.identity) out.push({ which: 'identity', path: seg.identity });
  if (seg.traffic) out.push({ which: 'traffic', path: seg.traffic });
  return out;
}

/** Switches polled by `xsoar-snmp` identity, each with the references that name it. */
export function polledSwitches(plan: PlanModel): Map<SwitchM, RelatedFinding[]> {
  const out = new Map<SwitchM, RelatedFinding[]>();
  for (const seg of plan.segments) {
    const id = seg.identity;
    if (id?.method !== 'xsoar-snmp') continue;
    const name = getString(id.map, 'switch');
    const sw = name !== undefined ? plan.switchById.get(name) : undefined;
    if (!sw) continue;
    const list = out.get(sw) ?? [];
    list.push(...related(valueSpan(id.map, 'switch'), 'related.switch-polled', { segment: label(seg.id), switch: label(sw.id) }));
    out.set(sw, list);
  }
  return out;
}

/** The segment's `addressing` is `dhcp` or `mixed` and its `dhcp` is `broadcast`. */
export function usesBroadcastDhcp(seg: SegmentM): boolean {
  const addressing = getString(seg.map, 'addressing');
  return (addressing === 'dhcp' || addressing === 'mixed') && getString(seg.map, 'dhcp') === 'broadcast';
}

/**
 * The copy interface (tap or ERSPAN tunnel) on which a segment's identity reads broadcast DHCP:
 * identity `inline-arp-dhcp` or `mirror` on such an interface, with broadcast DHCP. Whether the
 * firewall logs it then depends on DHCP Broadcast Session, where the sources disagree (facts.md
 * §3.2 vs §3.3). Undefined otherwise.
 */
export function broadcastCopy(seg: SegmentM): InterfaceM | undefined {
  const id = seg.identity;
  if (!id || (id.method !== 'inline-arp-dhcp' && id.method !== 'mirror') || !receivesCopy(id.iface)) return undefined;
  return usesBroadcastDhcp(seg) ? id.iface : undefined;
}

/**
 * Does the firewall rely on DHCP Broadcast Session (so `panos.dhcp-broadcast-version` applies)? It
 * serves DHCP on a segment's identity interface, or a segment's identity reads broadcast DHCP from
 * one of its copies with `dhcpBroadcastSession: true`.
 */
export function reliesOnBroadcastSession(plan: PlanModel, fw: FirewallM): boolean {
  return plan.segments.some((seg) => {
    const iface = seg.identity?.iface;
    if (iface?.firewall === fw && getBool(iface.map, 'dhcpServer') === true) return true;
    const copy = broadcastCopy(seg);
    return copy?.firewall === fw && getBool(fw.map, 'dhcpBroadcastSession') === true;
  });
}
