/**
 * One plan interface → the configuration that makes the firewall match it: its mode (and, for a
 * subinterface, its parent and tag), its zone with Device-ID, DHCP relay or server, the virtual
 * wire with multicast firewalling, and for a tap its zone's two rules. An interface receiving
 * ERSPAN (`mode: layer3`, or the v1 `mode: tap`, with `erspan: true`) goes through erspan.ts.
 * What the plan cannot give (addresses, pools, the other port of a virtual wire, the zone of a GRE
 * tunnel's local interface) is a note saying what to set by hand.
 */
import { asScalar, asSeq, get, getBool, getString } from '../tree';
import type { InterfaceM } from '../model';
import { erspanExport, receivesErspan } from './erspan';
import type { Note } from './fragment';
import { entry, type Op, type Step } from './ops';
import type { SourceId } from './sources';

export type Item = { kind: 'source'; id: SourceId } | { kind: 'cmd'; ops: Op[] } | { kind: 'note'; note: Note };

/** What the firewall's export has decided so far (zones are shared by interfaces). */
export interface FirewallState {
  zones: Map<string, { type: string; deviceId: boolean | undefined; first: string }>;
  /** Interface names in use (the plan's, and tunnel interfaces chosen for ERSPAN). */
  taken: Set<string>;
  logProfile: string | undefined;
  /** Segments that enforce through each interface (for Device-ID advice). */
  enforcing: Map<string, string[]>;
}

/** PAN-OS zone and rule names: letters, digits, spaces, `.`, `_`, `-`; zones up to 31, rules up to 63. */
const ZONE_NAME = /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,30}$/;
const NAME = /^(ethernet\d+\/\d+|ae\d+)(?:\.(\d+))?$/;

const cmd = (...ops: Op[]): Item => ({ kind: 'cmd', ops });
const note = (id: string, args?: Note['args']): Item => ({ kind: 'note', note: { id, ...(args ? { args } : {}) } });
const source = (id: SourceId): Item => ({ kind: 'source', id });
const dev = (path: Step[], value?: Op['value']): Op => ({ scope: 'device', path, ...(value !== undefined ? { value } : {}) });
const vsys = (path: Step[], value?: Op['value']): Op => ({ scope: 'vsys', path, ...(value !== undefined ? { value } : {}) });

/** An object name from an interface name (`vw-ethernet1-1`), within PAN-OS's 31 characters. */
export function objectName(prefix: string, iface: string): string {
  return `${prefix}-${iface.replace(/[^A-Za-z0-9._-]/g, '-')}`.slice(0, 31);
}

/** The ops that set an interface's mode, from its name; undefined when the name says no type. */
function modeOps(name: string, mode: string): { ops: Op[]; src: SourceId; tag?: string } | undefined {
  const m = NAME.exec(name);
  if (m) {
    const list = m[1]!.startsWith('ae') ? 'aggregate-ethernet' : 'ethernet';
    const src: SourceId = list === 'aggregate-ethernet' ? 'interface.aggregate' : m[2] ? 'interface.subinterface' : (`interface.${mode}` as SourceId);
    if (!m[2]) return { ops: [dev(['network', 'interface', list, entry(name), mode])], src };
    if (mode === 'tap') return undefined;
    return { ops: [dev(['network', 'interface', list, entry(m[1]!), mode, 'units', entry(name), 'tag'], m[2])], src, tag: m[2] };
  }
  if (mode === 'layer3' && /^tunnel\.\d+$/.test(name)) return { ops: [dev(['network', 'interface', 'tunnel', 'units', entry(name)])], src: 'interface.tunnel' };
  if (mode === 'layer3' && /^vlan\.\d+$/.test(name)) return { ops: [dev(['network', 'interface', 'vlan', 'units', entry(name)])], src: 'interface.vlan' };
  return undefined;
}

/** Zone membership and Device-ID, once per zone for Device-ID; conflicts become notes. */
function zoneItems(st: FirewallState, iface: string, members: string[], zone: string, type: string, deviceId: boolean | undefined): Item[] {
  if (!ZONE_NAME.test(zone)) return [note('panos.export.zone-name', { zone })];
  const known = st.zones.get(zone);
  if (known && known.type !== type) return [note('panos.export.zone-type', { zone, other: known.type, interface: iface })];
  const out: Item[] = [source('zone'), cmd(vsys(['zone', entry(zone), 'network', type], { members }))];
  if (!known) {
    st.zones.set(zone, { type, deviceId, first: iface });
    if (deviceId !== undefined) out.push(cmd(vsys(['zone', entry(zone), 'enable-device-identification'], deviceId ? 'yes' : 'no')));
    else if (st.enforcing.get(iface)?.length) out.push(note('panos.export.device-id-unset', { zone, segments: st.enforcing.get(iface)!.map((s) => `\`${s}\``).join(', ') }));
  } else if (deviceId !== undefined && known.deviceId !== undefined && known.deviceId !== deviceId) {
    out.push(note('panos.export.device-id-conflict', { zone, interface: iface, other: known.first }));
  }
  return out;
}

function tapRules(st: FirewallState, zone: string): Item[] {
  if (!ZONE_NAME.test(zone)) return [];
  const dhcp = `iot-tap-${zone.replace(/ /g, '-')}-dhcp`;
  const drop = `iot-tap-${zone.replace(/ /g, '-')}-drop`;
  const rule = (name: string, app: string, service: string, action: string, log?: string): Op[] => [
    vsys(['rulebase', 'security', 'rules', entry(name), 'from'], { members: [zone] }),
    vsys(['rulebase', 'security', 'rules', entry(name), 'to'], { members: [zone] }),
    vsys(['rulebase', 'security', 'rules', entry(name), 'source'], { members: ['any'] }),
    vsys(['rulebase', 'security', 'rules', entry(name), 'destination'], { members: ['any'] }),
    vsys(['rulebase', 'security', 'rules', entry(name), 'application'], { members: [app] }),
    vsys(['rulebase', 'security', 'rules', entry(name), 'service'], { members: [service] }),
    vsys(['rulebase', 'security', 'rules', entry(name), 'action'], action),
    ...(log ? [vsys(['rulebase', 'security', 'rules', entry(name), 'log-setting'], log)] : []),
  ];
  return [
    source('tap.rules'), note('panos.export.tap-rules', { zone }),
    cmd(...rule(dhcp, 'dhcp', 'application-default', 'allow', st.logProfile)),
    ...(st.logProfile ? [] : [source('log-forwarding'), note('panos.export.log-profile-default', { rule: dhcp })]),
    cmd(...rule(drop, 'any', 'any', 'drop')),
    note('panos.export.drop-no-log', { rule: drop }),
  ];
}

function erspanItems(st: FirewallState, i: InterfaceM, zone: string | undefined, deviceId: boolean | undefined): Item[] {
  const name = i.name!;
  // The layer 3 endpoint is set like any layer 3 interface (Ethernet, aggregate, subinterface); a name that says no type is a note.
  const endpoint = /^tunnel\.\d+$/.test(name) ? undefined : modeOps(name, 'layer3');
  if (!/^tunnel\.\d+$/.test(name) && !endpoint) return [note('panos.export.unknown-name', { interface: name, mode: i.mode ?? '?' })];
  const e = erspanExport(name, st.taken);
  const out: Item[] = [source('erspan'), note('panos.export.erspan', { interface: name })];
  const mirror = getString(i.map, 'mirrorFrom') ?? '?';
  if (e.endpoint && endpoint) {
    // Its zone is not the copy's: the copy's zone is dedicated to the tunnel interface, and its rules drop all but DHCP.
    out.push(source(endpoint.src), cmd(...endpoint.ops));
    out.push(note('panos.export.erspan-endpoint', { interface: name, switch: mirror }));
  }
  out.push(source('interface.tunnel'), cmd(dev(['network', 'interface', 'tunnel', 'units', entry(e.tunnel)])));
  out.push(note('panos.export.erspan-tunnel', { tunnel: e.tunnel, zone: zone ?? '?' }));
  if (zone !== undefined) out.push(...zoneItems(st, name, [e.tunnel], zone, 'layer3', deviceId));
  const gre = (path: Step[], value: string): Op => dev(['network', 'tunnel', 'gre', entry(e.gre), ...path], value);
  out.push(source('erspan'), cmd(gre(['erspan'], 'yes')), cmd(gre(['tunnel-interface'], e.tunnel)));
  if (e.endpoint) out.push(cmd(gre(['local-address', 'interface'], e.endpoint)));
  out.push(note(e.endpoint ? 'panos.export.erspan-peer' : 'panos.export.erspan-local', { gre: e.gre, switch: mirror }));
  if (zone !== undefined) out.push(...tapRules(st, zone));
  return out;
}

function relayServers(i: InterfaceM): string[] {
  const seq = asSeq(get(i.map, 'dhcpRelay'));
  return seq ? seq.items.map((x) => asScalar(x)?.value).filter((v): v is string => typeof v === 'string' && v !== '') : [];
}

/** The block of items for one plan interface. */
export function interfaceItems(st: FirewallState, i: InterfaceM): Item[] {
  const name = i.name!;
  const mode = i.mode;
  const zone = getString(i.map, 'zone')?.trim() || undefined;
  const deviceId = getBool(i.map, 'deviceId');
  if (mode === undefined || !['layer3', 'layer2', 'virtual-wire', 'tap'].includes(mode)) return [note('panos.export.no-mode', { interface: name })];
  if (receivesErspan(mode, getBool(i.map, 'erspan'))) return erspanItems(st, i, zone, deviceId);
  const m = modeOps(name, mode);
  if (!m) return [note('panos.export.unknown-name', { interface: name, mode })];
  const out: Item[] = [source(m.src), cmd(...m.ops)];
  if (m.tag) out.push(note('panos.export.subinterface-tag', { interface: name, tag: m.tag }));
  if (zone !== undefined) out.push(...zoneItems(st, name, [name], zone, mode, deviceId));
  const relays = relayServers(i);
  if (relays.length && mode !== 'layer3') out.push(note('panos.export.relay-not-layer3', { interface: name, mode }));
  else if (relays.length) {
    out.push(source('dhcp.relay'),
      cmd(dev(['network', 'dhcp', 'interface', entry(name), 'relay', 'ip', 'enabled'], 'yes')),
      cmd(dev(['network', 'dhcp', 'interface', entry(name), 'relay', 'ip', 'server'], { members: relays })));
  }
  if (getBool(i.map, 'dhcpServer') === true) {
    out.push(source('dhcp.server'), cmd(dev(['network', 'dhcp', 'interface', entry(name), 'server', 'mode'], 'enabled')), note('panos.export.dhcp-server', { interface: name }));
  }
  if (mode === 'virtual-wire') {
    const wire = objectName('vw', name);
    const multicast = getBool(i.map, 'multicastFirewalling');
    out.push(source('virtual-wire'), cmd(dev(['network', 'virtual-wire', entry(wire), 'interface1'], name)));
    if (multicast !== undefined) out.push(cmd(dev(['network', 'virtual-wire', entry(wire), 'multicast-firewalling', 'enable'], multicast ? 'yes' : 'no')));
    else out.push(note('panos.export.vwire-multicast-unset', { wire }));
    out.push(note('panos.export.vwire-peer', { wire, interface: name }));
  }
  if (mode === 'tap' && zone !== undefined) out.push(...tapRules(st, zone));
  return out;
}
