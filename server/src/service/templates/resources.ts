/**
 * What the configuration patterns need elsewhere in the plan, found or made: a firewall, an
 * inline interface that logs the segment's DHCP, a tap fed by a switch that can mirror, a switch
 * XSOAR can poll, the `xsoar` section, a CSV device list. Every helper prefers what the plan
 * already has (ids that exist) and changes or adds only what is missing, so the result checks clean.
 */
import { URI, Utils } from 'vscode-uri';
import type { ServiceHost } from '../check';
import { formatIsoDate, parseIsoDate } from '../dates';
import { flow, type Value } from '../edit';
import type { Draft } from '../language/draft';
import type { FirewallM, InterfaceM, PlanModel, SegmentM } from '../model';
import { parseSubnet } from '../net';
import { isInline as inlineInterface, logsBroadcastDhcp, receivesCopy } from '../rules/util';
import { asMap, asSeq, get, getBool, getString } from '../tree';
import { below } from '../version';
import { append, at, PATH, put, putIn } from '../actions/util';
import { nothingAt } from '../files';

export interface TemplateEnv { planUri: string; host: ServiceHost }

const INLINE_ORDER = ['virtual-wire', 'layer3', 'layer2'];
export const DEFAULT_PANOS = '11.1';
const PLACEHOLDER_DHCP_SERVER = '192.0.2.10';

/** `prefix-1`, `prefix-2`, … — the first that is not taken. */
export function freeId(prefix: string, taken: Iterable<string | undefined>): string {
  const set = new Set(taken);
  let n = 1;
  while (set.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

/** The next `ethernet1/N` the firewall does not use. */
export function freeInterfaceName(fw: FirewallM | undefined): string {
  const names = new Set((fw?.interfaces ?? []).map((i) => i.name));
  let max = 0;
  for (const n of names) { const m = /^ethernet1\/(\d+)$/.exec(n ?? ''); if (m) max = Math.max(max, Number(m[1])); }
  let n = max + 1;
  while (names.has(`ethernet1/${n}`)) n++;
  return `ethernet1/${n}`;
}

function usage(m: PlanModel): Map<FirewallM, number> {
  const out = new Map<FirewallM, number>();
  for (const s of m.segments) for (const p of [s.identity, s.traffic]) if (p?.firewall) out.set(p.firewall, (out.get(p.firewall) ?? 0) + 1);
  return out;
}

/** The segment's own firewall, else the most used one, else the first; `need` filters when it can. */
export function chooseFirewall(m: PlanModel, seg: SegmentM | undefined, need: (fw: FirewallM) => boolean = () => true): FirewallM | undefined {
  const used = usage(m);
  const ranked = [...m.firewalls].filter((f) => f.id !== undefined).sort((a, b) => (used.get(b) ?? 0) - (used.get(a) ?? 0) || a.index - b.index);
  const own = [seg?.traffic?.firewall, seg?.identity?.firewall].filter((f): f is FirewallM => !!f);
  const all = [...own, ...ranked];
  return all.find(need) ?? all[0];
}

/** The license expiry a new trial firewall needs: covers the PoC, keeps the tenant window. */
function newExpiry(m: PlanModel): string | undefined {
  const start = parseIsoDate(getString(m.poc, 'start'));
  const end = parseIsoDate(getString(m.poc, 'end'));
  const prod = getBool(m.tenant, 'keepAfterPoc') === true ? parseIsoDate(getString(m.tenant, 'prodLicenseDate')) : undefined;
  const days = [start !== undefined ? start + 60 : undefined, end, prod !== undefined ? prod - 30 : undefined].filter((x): x is number => x !== undefined);
  return days.length ? formatIsoDate(Math.max(...days)) : undefined;
}

export function vwire(name: string): Value {
  return { name, mode: 'virtual-wire', zone: 'iot', deviceId: true, multicastFirewalling: true };
}

/** A prod firewall with a trial license that checks clean in this plan. */
export function newFirewall(m: PlanModel, id: string): Value {
  const panos = m.firewalls.map((f) => f.panos).find((p) => p !== undefined && !below(p, '10.2'))?.text ?? DEFAULT_PANOS;
  const expires = newExpiry(m);
  const region = getString(m.tenant, 'region');
  return {
    id, model: 'PA-440', type: 'prod', panos, managedBy: 'local',
    iotLicense: expires ? { type: 'trial', expires } : { type: 'trial' },
    logging: region ? { cloudLogging: true, enhancedApplicationLogs: true, region } : { cloudLogging: true, enhancedApplicationLogs: true },
    interfaces: [vwire('ethernet1/1')],
  };
}

/** Adds a firewall (at the end of `firewalls`) and returns its index, or -1 when the plan has no root map. */
export function addFirewall(d: Draft, id?: string): number {
  const m = d.model;
  if (!m.root) return -1;
  const fwId = id ?? freeId('fw', m.firewalls.map((f) => f.id));
  append(d, at.root(), PATH.root, 'firewalls', newFirewall(m, fwId));
  const after = d.model.firewalls;
  for (let i = after.length - 1; i >= 0; i--) if (after[i]!.id === fwId) return i;
  return -1;
}

export function addSwitch(d: Draft, sw: { [key: string]: Value }): void {
  append(d, at.root(), PATH.root, 'switches', sw);
}

/** Adds an interface to firewall `i` and returns its name. */
export function addInterface(d: Draft, i: number, iface: { [key: string]: Value }): string {
  append(d, at.firewall(i), PATH.firewall, 'interfaces', iface);
  return String(iface.name);
}

/** Cloud logging and Enhanced Application Logs on, when the firewall says they are off. */
export function ensureLogging(d: Draft, i: number): void {
  for (const key of ['cloudLogging', 'enhancedApplicationLogs']) {
    if (getBool(d.model.firewalls[i]?.logging, key) === false) put(d, at.logging(i), PATH.logging, key, true);
  }
}

/** A DHCP server the plan already relays to, or a documentation address to replace. */
export function relayServer(m: PlanModel): string {
  for (const fw of m.firewalls) for (const i of fw.interfaces) {
    const first = asSeq(get(i.map, 'dhcpRelay'))?.items.find((x) => x?.kind === 'scalar');
    if (first && first.kind === 'scalar' && typeof first.value === 'string') return first.value;
  }
  return PLACEHOLDER_DHCP_SERVER;
}

const isInline = (i: InterfaceM): boolean => inlineInterface(i) && i.name !== undefined;
const rank = (i: InterfaceM): number => INLINE_ORDER.indexOf(i.mode ?? '');

/**
 * An inline interface of firewall `i` for a segment: Device-ID on when the segment enforces, and
 * logging broadcast DHCP when the identity relies on it (multicast firewalling on a virtual wire,
 * or a relay on a layer3 interface). `prefer` is the segment's current interface.
 */
export function ensureInline(d: Draft, i: number, opts: { enforce: boolean; broadcast: boolean; prefer?: string }): string {
  const fw = d.model.firewalls[i]!;
  const ok = (x: InterfaceM): boolean => isInline(x) && (!opts.enforce || getBool(x.map, 'deviceId') !== false);
  const list = fw.interfaces.filter(ok).sort((a, b) => (b.name === opts.prefer ? 1 : 0) - (a.name === opts.prefer ? 1 : 0) || rank(a) - rank(b));
  if (!opts.broadcast) {
    if (list[0]) return list[0].name!;
  } else {
    const logging = list.find((x) => logsBroadcastDhcp(x) === true);
    if (logging) return logging.name!;
    const j = fw.interfaces.findIndex((x) => ok(x) && (x.mode === 'virtual-wire' || x.mode === 'layer3'));
    if (j >= 0) {
      const x = fw.interfaces[j]!;
      if (x.mode === 'virtual-wire') put(d, at.iface(i, j), PATH.iface, 'multicastFirewalling', true);
      else put(d, at.iface(i, j), PATH.iface, 'dhcpRelay', [relayServer(d.model)]);
      return x.name!;
    }
  }
  return addInterface(d, i, vwire(freeInterfaceName(fw)) as { [key: string]: Value });
}

const canMirror = (m: PlanModel, id: string | undefined): boolean => {
  const sw = id !== undefined ? m.switchById.get(id) : undefined;
  return !!sw && (getBool(sw.map, 'span') === true || getBool(sw.map, 'erspan') === true);
};

/** A switch that can send a SPAN copy: one that already can, else the first switch with SPAN turned on, else a new one. */
export function ensureMirrorSwitch(d: Draft, prefer?: string): string {
  const m = d.model;
  if (canMirror(m, prefer)) return prefer!;
  const able = m.switches.find((s) => s.id !== undefined && canMirror(m, s.id));
  if (able) return able.id!;
  const k = m.switches.findIndex((s) => s.id !== undefined && (prefer === undefined || s.id === prefer));
  const first = k >= 0 ? k : m.switches.findIndex((s) => s.id !== undefined);
  if (first >= 0) { const id = m.switches[first]!.id!; put(d, at.switch(first), PATH.switch, 'span', true); return id; }
  const id = freeId('sw', []);
  addSwitch(d, { id, span: true });
  return id;
}

/** A tap (or ERSPAN tunnel) interface of firewall `i` fed by a switch that can mirror to it; made or completed when needed. */
export function ensureTap(d: Draft, i: number): { name: string; switchId: string } {
  const m = d.model;
  const fw = m.firewalls[i]!;
  const taps = fw.interfaces.filter((x) => receivesCopy(x) && x.name !== undefined);
  for (const tap of taps) {
    const from = getString(tap.map, 'mirrorFrom');
    if (!canMirror(m, from)) continue;
    if (getBool(tap.map, 'erspan') === true) {
      if (getBool(m.switchById.get(from!)!.map, 'erspan') !== true || below(fw.panos, '10.2')) continue;
      if (getBool(fw.map, 'erspanSupport') !== true) put(d, at.firewall(i), PATH.firewall, 'erspanSupport', true);
    }
    return { name: tap.name!, switchId: from! };
  }
  const bare = fw.interfaces.findIndex((x) => x.mode === 'tap' && x.name !== undefined && getBool(x.map, 'erspan') !== true);
  if (bare >= 0) {
    const name = fw.interfaces[bare]!.name!;
    const switchId = ensureMirrorSwitch(d, getString(fw.interfaces[bare]!.map, 'mirrorFrom'));
    put(d, at.iface(i, bare), PATH.iface, 'mirrorFrom', switchId);
    if (!getString(d.model.firewalls[i]!.interfaces[bare]!.map, 'zone')) put(d, at.iface(i, bare), PATH.iface, 'zone', 'tap');
    return { name, switchId };
  }
  const switchId = ensureMirrorSwitch(d);
  const name = addInterface(d, i, { name: freeInterfaceName(d.model.firewalls[i]), mode: 'tap', zone: 'tap', mirrorFrom: switchId });
  return { name, switchId };
}

/** A switch with read-only SNMP settings for XSOAR to poll. */
export function ensureSnmpSwitch(d: Draft): string {
  const m = d.model;
  const withSnmp = m.switches.findIndex((s) => s.id !== undefined && get(s.map, 'snmp')?.kind === 'map');
  const k = withSnmp >= 0 ? withSnmp : m.switches.findIndex((s) => s.id !== undefined);
  if (k < 0) {
    const id = freeId('sw', []);
    addSwitch(d, { id, snmp: flow({ version: 'v3', readOnly: true }) });
    return id;
  }
  const sw = m.switches[k]!;
  if (withSnmp < 0) put(d, at.switch(k), PATH.switch, 'snmp', flow({ version: 'v3', readOnly: true }));
  else if (getBool(asMap(get(sw.map, 'snmp')), 'readOnly') === false) {
    putIn(d, at.switch(k), PATH.switch, ['snmp', 'readOnly'], true);
  }
  return sw.id!;
}

/** A Cortex XSOAR the integration can run on: the cohosted one with the add-on, Linux engine. */
export function ensureXsoar(d: Draft): void {
  if (!d.model.xsoar) put(d, at.root(), PATH.root, 'xsoar', { kind: 'cohosted', engineOs: 'linux' });
  const m = d.model;
  const addon = getString(m.tenant, 'thirdPartyAddon');
  if (getString(m.xsoar, 'kind') === 'cohosted' && (addon === undefined || addon === 'none')) putIn(d, at.root(), PATH.root, ['tenant', 'thirdPartyAddon'], 'basic');
  if (getString(d.model.xsoar, 'engineOs') === 'windows') put(d, at.xsoar(), PATH.xsoar, 'engineOs', 'linux');
}

/** A CSV stub: the header and one example device inside the subnet (an empty list is reported). */
export function csvStub(subnet: string | undefined): string {
  const s = parseSubnet(subnet);
  let ip = '192.0.2.10';
  if (s && !s.hostBits) {
    const n = s.bits >= 31 ? s.first : s.first + 1;
    ip = [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
  }
  return `ip,mac,vendor,model\n${ip},,,\n`;
}

/** The segment's CSV path relative to the plan; creates the stub when the file does not exist. */
export function ensureCsv(d: Draft, env: TemplateEnv, seg: SegmentM): string {
  const current = getString(seg.identity?.map, 'csv');
  const name = current ?? `${(seg.id ?? 'devices').replace(/[^\w.-]+/g, '-')}.csv`;
  const uri = Utils.resolvePath(Utils.dirname(URI.parse(env.planUri)), name).toString();
  // Only where nothing exists (a list too large to read is still a list), and never outside the plan's folder tree.
  const inside = !/^[a-z][a-z0-9+.-]+:/i.test(name) && !name.startsWith('/') && !name.split(/[\\/]/).includes('..');
  if (inside && nothingAt(env.host, uri)) d.createFile(uri, csvStub(getString(seg.map, 'subnet')));
  return name;
}
