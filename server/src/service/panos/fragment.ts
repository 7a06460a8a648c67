/**
 * A configuration's devices → the plan's `firewalls:` entries, by the contract's keys (`id`,
 * `panos`, `managedBy`, and per interface `name`, `mode`, `zone`, `deviceId`,
 * `multicastFirewalling`, `dhcpRelay`, `dhcpServer`, `erspan`), with a note for everything the plan
 * cannot say or that was not read. Notes are catalog ids (`panos.import.*`) with arguments; the
 * YAML and JSON writers (fragment-text.ts) put them into words in the chosen language.
 */
import { parseIpv4 } from '../net';
import { parseVersion } from '../version';
import { dhcpOf, virtualWireOf, zoneOf, type PanosConfig, type PanosDevice, type PanosInterface } from './config';
import { erspanFeeds, PLAN_ERSPAN } from './erspan';

export type PlanMode = 'layer3' | 'layer2' | 'virtual-wire' | 'tap';

export interface Note { id: string; args?: Record<string, string | number> }

export interface ImportedInterface {
  name: string;
  mode: PlanMode;
  zone?: string;
  deviceId?: boolean;
  multicastFirewalling?: boolean;
  dhcpRelay?: string[];
  dhcpServer?: boolean;
  erspan?: boolean;
  /** For an ERSPAN feed: its GRE tunnel's local interface (not a plan key; drift and the editor's import read it). */
  endpoint?: string;
  /** Offset of the interface's entry in the configuration (when read with positions). */
  at?: number;
  notes: Note[];
}

export interface ImportedFirewall {
  id: string;
  panos?: string;
  managedBy?: 'panorama';
  interfaces: ImportedInterface[];
  /** Said above the firewall: where it came from, what was not imported. */
  notes: Note[];
  device: PanosDevice;
}

export interface ImportResult {
  firewalls: ImportedFirewall[];
  /** Said at the top: the file and what holds for all of it. */
  notes: Note[];
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const PLAN_MODES: readonly string[] = ['layer3', 'layer2', 'virtual-wire', 'tap'];

/** A plan id from a hostname or template name: as is when valid, else its valid characters. */
function idFrom(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  if (ID.test(name) && name.length <= 64) return name;
  const cleaned = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').replace(/-+$/, '').slice(0, 64);
  return cleaned && ID.test(cleaned) ? cleaned : undefined;
}

function sourceName(d: PanosDevice): string | undefined {
  return d.source.kind === 'firewall' ? undefined : d.source.name;
}

function chooseId(d: PanosDevice, index: number, taken: Set<string>, notes: Note[]): string {
  const host = d.hostname;
  let id: string | undefined;
  if (host !== undefined && host.startsWith('$')) notes.push({ id: 'panos.import.hostname-variable', args: { hostname: host } });
  else if (host !== undefined) {
    id = idFrom(host);
    if (id !== host) notes.push({ id: id ? 'panos.import.hostname-changed' : 'panos.import.hostname-invalid', args: { hostname: host, id: id ?? '' } });
  }
  id ??= idFrom(sourceName(d));
  if (id === undefined) {
    id = `firewall-${index + 1}`;
    if (host === undefined) notes.push({ id: 'panos.import.hostname-missing', args: { id } });
  }
  if (taken.has(id)) {
    let n = 2;
    while (taken.has(`${id}-${n}`)) n++;
    notes.push({ id: 'panos.import.id-taken', args: { id, renamed: `${id}-${n}` } });
    id = `${id}-${n}`;
  }
  taken.add(id);
  return id;
}

/** The release for `panos`: the detail version, else the schema version (said so), never Panorama's. */
function versionOf(config: PanosConfig, d: PanosDevice, notes: Note[], fileNotes: Note[]): string | undefined {
  if (d.source.kind !== 'firewall') { notes.push({ id: 'panos.import.version-panorama' }); return undefined; }
  const v = config.detailVersion ?? config.version;
  if (v === undefined) { fileNotes.push({ id: 'panos.import.version-missing' }); return undefined; }
  if (!parseVersion(v)) { fileNotes.push({ id: 'panos.import.version-invalid', args: { version: v } }); return undefined; }
  if (config.detailVersion === undefined) fileNotes.push({ id: 'panos.import.version-schema', args: { version: v } });
  return v;
}

function readInterface(d: PanosDevice, i: PanosInterface, mode: PlanMode): ImportedInterface {
  const out: ImportedInterface = { name: i.name, mode, ...(i.at !== undefined ? { at: i.at } : {}), notes: [] };
  const zone = zoneOf(d, i.name);
  if (zone) { out.zone = zone.name; out.deviceId = zone.deviceId === true; }
  if (mode === 'virtual-wire') {
    const wire = virtualWireOf(d, i.name) ?? (i.parent !== undefined ? virtualWireOf(d, i.parent) : undefined);
    if (wire) out.multicastFirewalling = wire.multicast;
    else out.notes.push({ id: 'panos.import.vwire-none', args: { interface: i.name } });
  }
  const dhcp = dhcpOf(d, i.name);
  if (dhcp) {
    if (dhcp.relayServers.length && dhcp.relayEnabled === false) out.notes.push({ id: 'panos.import.relay-disabled', args: { interface: i.name } });
    else if (dhcp.relayServers.length) {
      const good = dhcp.relayServers.filter((s) => parseIpv4(s) !== undefined);
      for (const s of dhcp.relayServers) if (!good.includes(s)) out.notes.push({ id: 'panos.import.relay-invalid', args: { interface: i.name, server: s } });
      if (good.length) out.dhcpRelay = good;
    }
    if (dhcp.server) out.dhcpServer = dhcp.serverMode !== 'disabled';
  }
  if (i.kind === 'tunnel' || i.kind === 'vlan') out.notes.push({ id: `panos.import.mapped-${i.kind}`, args: { interface: i.name } });
  return out;
}

function importDevice(config: PanosConfig, d: PanosDevice, index: number, taken: Set<string>, fileNotes: Note[]): ImportedFirewall {
  const notes: Note[] = [];
  if (d.source.kind === 'template') notes.push({ id: 'panos.import.from-template', args: { template: d.source.name } });
  if (d.source.kind === 'template-stack') {
    notes.push({ id: 'panos.import.from-stack', args: { stack: d.source.name, templates: d.source.templates.join(', ') || '-', devices: d.source.devices.join(', ') || '-' } });
  }
  const id = chooseId(d, index, taken, notes);
  const panos = versionOf(config, d, notes, fileNotes);
  if (d.vsys.length > 1) notes.push({ id: 'panos.import.multi-vsys', args: { vsys: d.vsys.join(', ') } });
  fileNotes.push({ id: 'panos.import.session-unsourced' });

  const feeds = erspanFeeds(d);
  const interfaces: ImportedInterface[] = [];
  const unset: string[] = [];
  for (const i of d.interfaces) {
    const feed = feeds.get(i.name);
    if (feed) {
      const iface = readInterface(d, i, PLAN_ERSPAN.mode);
      const note: Note = feed.gre.tunnelInterface === i.name
        ? { id: 'panos.import.erspan', args: { interface: i.name, gre: feed.gre.name, endpoint: feed.endpoint ?? '-' } }
        : { id: 'panos.import.erspan-endpoint', args: { interface: i.name, gre: feed.gre.name, tunnel: feed.gre.tunnelInterface ?? '-' } };
      interfaces.push({ ...iface, erspan: PLAN_ERSPAN.erspan, ...(feed.endpoint !== undefined ? { endpoint: feed.endpoint } : {}), notes: [note, ...iface.notes.filter((n) => !n.id.startsWith('panos.import.mapped-'))] });
      continue;
    }
    if (i.kind === 'loopback') { notes.push({ id: 'panos.import.skipped-loopback', args: { interface: i.name } }); continue; }
    if (PLAN_MODES.includes(i.mode)) { interfaces.push(readInterface(d, i, i.mode as PlanMode)); continue; }
    if (i.mode === 'aggregate-group') notes.push({ id: 'panos.import.skipped-member', args: { interface: i.name, group: i.aggregateGroup ?? '?' } });
    else if (i.mode === 'none') unset.push(i.name);
    else notes.push({ id: 'panos.import.skipped-mode', args: { interface: i.name, mode: i.mode } });
  }
  if (unset.length) notes.push({ id: 'panos.import.skipped-unset', args: { interfaces: unset.join(', ') } });
  if (!interfaces.length) notes.push({ id: 'panos.import.no-interfaces' });
  return { id, ...(panos ? { panos } : {}), ...(d.source.kind !== 'firewall' ? { managedBy: 'panorama' as const } : {}), interfaces, notes, device: d };
}

/** Every device of a configuration as a plan firewall; `taken` are ids the plan already uses elsewhere. */
export function importConfig(config: PanosConfig, taken: ReadonlySet<string> = new Set()): ImportResult {
  const notes: Note[] = [];
  const ids = new Set(taken);
  const firewalls = config.devices.map((d, i) => importDevice(config, d, i, ids, notes));
  for (const t of config.missingTemplates) notes.push({ id: 'panos.import.template-missing', args: { template: t } });
  if (config.kind === 'panorama' && !firewalls.length) notes.push({ id: 'panos.import.no-templates' });
  // The same file note once, however many firewalls raised it.
  const seen = new Set<string>();
  return { firewalls, notes: notes.filter((n) => { const k = `${n.id}|${JSON.stringify(n.args ?? {})}`; if (seen.has(k)) return false; seen.add(k); return true; }) };
}

/** A firewall as plain plan data (the keys in the schema's order), for JSON and for edits. */
export function firewallData(fw: ImportedFirewall): Record<string, unknown> {
  return {
    id: fw.id,
    ...(fw.panos !== undefined ? { panos: fw.panos } : {}),
    ...(fw.managedBy ? { managedBy: fw.managedBy } : {}),
    ...(fw.interfaces.length ? { interfaces: fw.interfaces.map(interfaceData) } : {}),
  };
}

export function interfaceData(i: ImportedInterface): Record<string, unknown> {
  return {
    name: i.name, mode: i.mode,
    ...(i.zone !== undefined ? { zone: i.zone } : {}),
    ...(i.deviceId !== undefined ? { deviceId: i.deviceId } : {}),
    ...(i.multicastFirewalling !== undefined ? { multicastFirewalling: i.multicastFirewalling } : {}),
    ...(i.dhcpRelay ? { dhcpRelay: [...i.dhcpRelay] } : {}),
    ...(i.dhcpServer !== undefined ? { dhcpServer: i.dhcpServer } : {}),
    ...(i.erspan !== undefined ? { erspan: i.erspan } : {}),
  };
}
