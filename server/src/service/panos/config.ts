/**
 * The parsed configuration read as the few things the plan talks about: per firewall (a firewall
 * configuration, or one Panorama template or template stack), its interfaces and their modes,
 * zones (per vsys) with Device-ID, DHCP relay and server per interface, virtual wires with
 * multicast firewalling, GRE tunnels (for ERSPAN), the hostname and the PAN-OS version.
 *
 * Every XML path read here is written once, in PATHS below, with the Palo Alto Networks source
 * that documents it (docs/panos-export.md lists them too); the unit tests pin one element each.
 * Nothing here fails: what is missing is simply absent, and what is read but cannot be used is
 * recorded as a note for the import's comment.
 */
import { child, entries, has, members, offsetOf, parseXml, path, text, yesNo, type XmlObject, type XmlProblem, type XmlValue } from './xml';

/** The interface modes PAN-OS has (the element under the interface entry); `none` when unset. */
export type PanosMode = 'layer3' | 'layer2' | 'virtual-wire' | 'tap' | 'ha' | 'decrypt-mirror' | 'log-card' | 'aggregate-group' | 'none';
export type InterfaceKind = 'ethernet' | 'aggregate-ethernet' | 'tunnel' | 'vlan' | 'loopback';

export interface PanosInterface {
  name: string;
  kind: InterfaceKind;
  mode: PanosMode;
  /** A subinterface's parent (`ethernet1/1` of `ethernet1/1.10`). */
  parent?: string;
  /** `aggregate-group` of an Ethernet interface in an AE group. */
  aggregateGroup?: string;
  at?: number;
}

export interface PanosZone {
  name: string;
  vsys: string;
  /** The zone type: the element under `network` that lists its members. */
  type: 'layer3' | 'layer2' | 'virtual-wire' | 'tap' | 'external' | undefined;
  members: string[];
  /** `enable-device-identification`; undefined when the element is absent (PAN-OS default: off). */
  deviceId: boolean | undefined;
  at?: number;
}

export interface PanosVirtualWire { name: string; interface1?: string; interface2?: string; multicast: boolean; at?: number }

export interface PanosDhcp {
  iface: string;
  relayServers: string[];
  /** `relay/ip/enabled`; undefined when absent. */
  relayEnabled: boolean | undefined;
  /** The entry has a `server` (DHCP server) element. */
  server: boolean;
  /** `server/mode`: auto, enabled or disabled. */
  serverMode?: string;
  at?: number;
}

export interface PanosGre { name: string; erspan: boolean; localInterface?: string; tunnelInterface?: string; at?: number }

export type DeviceSource =
  | { kind: 'firewall' }
  | { kind: 'template'; name: string }
  | { kind: 'template-stack'; name: string; templates: string[]; devices: string[] };

export interface PanosDevice {
  source: DeviceSource;
  hostname?: string;
  hostnameAt?: number;
  vsys: string[];
  interfaces: PanosInterface[];
  zones: PanosZone[];
  virtualWires: PanosVirtualWire[];
  dhcp: PanosDhcp[];
  gre: PanosGre[];
}

export interface PanosConfig {
  kind: 'firewall' | 'panorama';
  /** `<config version>`: the configuration schema's release (x.y.0). */
  version?: string;
  /** `<config detail-version>`: the exact release, when the file has it. */
  detailVersion?: string;
  devices: PanosDevice[];
  /** Templates a stack names that the file does not hold. */
  missingTemplates: string[];
}

export type ReadResult = { ok: true; config: PanosConfig } | { ok: false; problem: XmlProblem | { kind: 'not-config'; detail: string; line: number; column: number } };

/**
 * The XML paths, relative to a device entry (`/config/devices/entry[@name='localhost.localdomain']`,
 * or the same inside a template's `config`). Sources: PAN-OS XML API and CLI (a configuration-mode
 * command is the path written as words) as published by Palo Alto Networks in pan-os-codegen's
 * specs (network/interface/*.yaml, network/zone.yaml, network/dhcp.yaml, network/virtual-wire.yaml,
 * network/tunnels/gre.yaml, panorama/template*.yaml) — docs/panos-export.md has the URLs.
 */
export const PATHS = {
  ethernet: ['network', 'interface', 'ethernet'],
  aggregate: ['network', 'interface', 'aggregate-ethernet'],
  tunnel: ['network', 'interface', 'tunnel', 'units'],
  vlan: ['network', 'interface', 'vlan', 'units'],
  loopback: ['network', 'interface', 'loopback', 'units'],
  dhcp: ['network', 'dhcp', 'interface'],
  virtualWire: ['network', 'virtual-wire'],
  gre: ['network', 'tunnel', 'gre'],
  vsys: ['vsys'],
  hostname: ['deviceconfig', 'system', 'hostname'],
} as const;

const MODES: readonly PanosMode[] = ['layer3', 'layer2', 'virtual-wire', 'tap', 'ha', 'decrypt-mirror', 'log-card', 'aggregate-group'];
const ZONE_TYPES = ['layer3', 'layer2', 'virtual-wire', 'tap', 'external'] as const;

type At = (node: XmlValue | undefined) => number | undefined;

function modeOf(node: XmlObject): PanosMode {
  for (const m of MODES) if (has(node, m)) return m;
  return 'none';
}

/** Ethernet or aggregate interfaces and their layer3 / layer2 / virtual-wire subinterfaces. */
function readPhysical(list: XmlValue | undefined, kind: InterfaceKind, at: At, out: PanosInterface[]): void {
  for (const { name, node } of entries(list)) {
    const mode = modeOf(node);
    const iface: PanosInterface = { name, kind, mode, at: at(node) };
    if (mode === 'aggregate-group') { const g = text(child(node, 'aggregate-group')); if (g) iface.aggregateGroup = g; }
    out.push(iface);
    if (mode === 'layer3' || mode === 'layer2' || mode === 'virtual-wire') {
      for (const u of entries(path(node, mode, 'units'))) out.push({ name: u.name, kind, mode, parent: name, at: at(u.node) });
    }
  }
}

function readLogical(list: XmlValue | undefined, kind: InterfaceKind, at: At, out: PanosInterface[]): void {
  for (const { name, node } of entries(list)) out.push({ name, kind, mode: 'layer3', at: at(node) });
}

function readZones(vsysList: XmlValue | undefined, at: At): { vsys: string[]; zones: PanosZone[] } {
  const vsys: string[] = [];
  const zones: PanosZone[] = [];
  for (const v of entries(vsysList)) {
    vsys.push(v.name);
    for (const z of entries(child(v.node, 'zone'))) {
      const network = child(z.node, 'network');
      const type = ZONE_TYPES.find((t) => has(network, t));
      zones.push({
        name: z.name, vsys: v.name, type,
        members: type ? members(child(network, type)) : [],
        deviceId: yesNo(child(z.node, 'enable-device-identification')),
        at: at(z.node),
      });
    }
  }
  return { vsys, zones };
}

/** One device's view: everything below a device entry. */
export function readDevice(device: XmlValue | undefined, source: DeviceSource, at: At): PanosDevice {
  const interfaces: PanosInterface[] = [];
  readPhysical(path(device, ...PATHS.ethernet), 'ethernet', at, interfaces);
  readPhysical(path(device, ...PATHS.aggregate), 'aggregate-ethernet', at, interfaces);
  readLogical(path(device, ...PATHS.tunnel), 'tunnel', at, interfaces);
  readLogical(path(device, ...PATHS.vlan), 'vlan', at, interfaces);
  readLogical(path(device, ...PATHS.loopback), 'loopback', at, interfaces);
  const dhcp: PanosDhcp[] = entries(path(device, ...PATHS.dhcp)).map(({ name, node }) => {
    const ip = path(node, 'relay', 'ip');
    const server = child(node, 'server');
    const mode = text(child(server, 'mode'));
    return {
      iface: name, relayServers: members(child(ip, 'server')), relayEnabled: yesNo(child(ip, 'enabled')),
      server: server !== undefined, ...(mode ? { serverMode: mode } : {}), at: at(node),
    };
  });
  const virtualWires: PanosVirtualWire[] = entries(path(device, ...PATHS.virtualWire)).map(({ name, node }) => ({
    name, interface1: text(child(node, 'interface1')) || undefined, interface2: text(child(node, 'interface2')) || undefined,
    multicast: yesNo(path(node, 'multicast-firewalling', 'enable')) === true, at: at(node),
  }));
  const gre: PanosGre[] = entries(path(device, ...PATHS.gre)).map(({ name, node }) => ({
    name, erspan: yesNo(child(node, 'erspan')) === true,
    localInterface: text(path(node, 'local-address', 'interface')) || undefined,
    tunnelInterface: text(child(node, 'tunnel-interface')) || undefined, at: at(node),
  }));
  const { vsys, zones } = readZones(path(device, ...PATHS.vsys), at);
  const hostNode = path(device, ...PATHS.hostname);
  const hostname = text(hostNode)?.trim() || undefined;
  return {
    source, ...(hostname ? { hostname } : {}), hostnameAt: at(path(device, 'deviceconfig', 'system')),
    vsys, interfaces, zones, virtualWires, dhcp, gre,
  };
}

/** The device entries of a `devices` element (`localhost.localdomain` on every exported config). */
function deviceEntries(configNode: XmlValue | undefined): XmlObject[] {
  return entries(child(configNode, 'devices')).map((e) => e.node);
}

/** Merges template views: the first view that has a thing wins (a stack's own config, then its templates in order). */
function mergeViews(source: DeviceSource, views: PanosDevice[]): PanosDevice {
  const firstBy = <T>(pick: (d: PanosDevice) => T[], key: (t: T) => string): T[] => {
    const seen = new Set<string>();
    const out: T[] = [];
    for (const v of views) for (const t of pick(v)) { const k = key(t); if (!seen.has(k)) { seen.add(k); out.push(t); } }
    return out;
  };
  const host = views.find((v) => v.hostname !== undefined);
  return {
    source,
    ...(host ? { hostname: host.hostname, hostnameAt: host.hostnameAt } : {}),
    vsys: firstBy((d) => d.vsys, (s) => s),
    interfaces: firstBy((d) => d.interfaces, (i) => i.name),
    zones: firstBy((d) => d.zones, (z) => `${z.vsys}\u0000${z.name}`),
    virtualWires: firstBy((d) => d.virtualWires, (w) => w.name),
    dhcp: firstBy((d) => d.dhcp, (x) => x.iface),
    gre: firstBy((d) => d.gre, (g) => g.name),
  };
}

/** Every view of the devices under `<config>` of one template (or stack): several entries merge. */
function templateView(entry: XmlObject, source: DeviceSource, at: At): PanosDevice {
  return mergeViews(source, deviceEntries(child(entry, 'config')).map((d) => readDevice(d, source, at)));
}

/**
 * Panorama: one device per template stack (its own config over its templates, in order), and one
 * per template no stack uses. The same template name can appear twice in a file; they merge.
 */
function readPanorama(panorama: XmlObject, at: At): { devices: PanosDevice[]; missing: string[] } {
  const templates = new Map<string, PanosDevice>();
  for (const { name, node } of entries(child(panorama, 'template'))) {
    const view = templateView(node, { kind: 'template', name }, at);
    const prev = templates.get(name);
    templates.set(name, prev ? mergeViews(prev.source, [prev, view]) : view);
  }
  const used = new Set<string>();
  const missing: string[] = [];
  const devices: PanosDevice[] = [];
  // A stack, like a template, can be split over several entries of the same name: they merge.
  const stacks = new Map<string, XmlObject[]>();
  for (const { name, node } of entries(child(panorama, 'template-stack'))) (stacks.get(name) ?? stacks.set(name, []).get(name)!).push(node);
  for (const [name, nodes] of stacks) {
    const names = [...new Set(nodes.flatMap((n) => members(child(n, 'templates'))))];
    const devicesOf = [...new Set(nodes.flatMap((n) => entries(child(n, 'devices')).map((d) => d.name)))];
    const source: DeviceSource = { kind: 'template-stack', name, templates: names, devices: devicesOf };
    const views = nodes.map((n) => templateView(n, source, at));
    for (const t of names) {
      used.add(t);
      const v = templates.get(t);
      if (v) views.push(v); else if (!missing.includes(t)) missing.push(t);
    }
    devices.push(mergeViews(source, views));
  }
  for (const [name, view] of templates) if (!used.has(name)) devices.push(view);
  return { devices, missing };
}

/** The `<config>` element: the root, or inside an XML API answer (`<response><result><config>`). */
function configElement(root: XmlObject): XmlObject | undefined {
  const direct = child(root, 'config');
  if (direct !== undefined) return typeof direct === 'object' && !Array.isArray(direct) ? direct : {};
  const wrapped = path(root, 'response', 'result', 'config');
  return wrapped !== undefined && typeof wrapped === 'object' && !Array.isArray(wrapped) ? wrapped : undefined;
}

/** A configuration file's text → its devices. Never throws. */
export function readConfig(xml: string, opts: { positions?: boolean; validated?: boolean } = {}): ReadResult {
  const parsed = parseXml(xml, opts);
  if (!parsed.ok) return parsed;
  const config = configElement(parsed.root);
  if (!config) {
    const first = Object.keys(parsed.root).find((k) => !k.startsWith('?') && !k.startsWith('@'));
    return { ok: false, problem: { kind: 'not-config', detail: first ?? '', line: 1, column: 1 } };
  }
  const shift = parsed.shift;
  const at: At = opts.positions ? (n) => { const o = offsetOf(n); return o === undefined ? undefined : o + shift; } : () => undefined;
  const version = typeof config['@version'] === 'string' ? config['@version'] : undefined;
  const detailVersion = typeof config['@detail-version'] === 'string' ? config['@detail-version'] : undefined;
  const roots = deviceEntries(config);
  const panorama = roots.find((d) => has(d, 'template') || has(d, 'template-stack'));
  if (panorama) {
    const { devices, missing } = readPanorama(panorama, at);
    return { ok: true, config: { kind: 'panorama', version, detailVersion, devices, missingTemplates: missing } };
  }
  const devices = roots.map((d) => readDevice(d, { kind: 'firewall' }, at));
  return { ok: true, config: { kind: 'firewall', version, detailVersion, devices: devices.length ? devices : [readDevice(undefined, { kind: 'firewall' }, at)], missingTemplates: [] } };
}

/** The zone an interface is a member of (in any vsys), and the virtual wire that holds it. */
export function zoneOf(device: PanosDevice, iface: string): PanosZone | undefined {
  return device.zones.find((z) => z.members.includes(iface));
}

export function virtualWireOf(device: PanosDevice, iface: string): PanosVirtualWire | undefined {
  return device.virtualWires.find((w) => w.interface1 === iface || w.interface2 === iface);
}

export function dhcpOf(device: PanosDevice, iface: string): PanosDhcp | undefined {
  return device.dhcp.find((d) => d.iface === iface);
}
