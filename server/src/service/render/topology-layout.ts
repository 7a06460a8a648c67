/**
 * Layout of one segment's topology diagram, in the spirit of the seed article's figures: devices
 * on the left, their switch, the firewall with the interfaces this segment uses, and on the right
 * Strata Logging Service under the IoT Security cloud. Identity sources that bypass the firewall
 * (Cortex XSOAR polling the switch, the CSV upload) sit in the top band beside the cloud; a DHCP
 * server sending syslog sits below. Fixed columns, rows computed from the content: no search, no
 * randomness, so the same segment always gives the same picture.
 */
import type { FirewallDoc, IfaceDoc, SegmentDoc, SwitchDoc } from './model';
import { FIREWALL_IDENTITY } from './prereqs';

export const W = 800;
export const COL = { dev: { x: 12, w: 152 }, sw: { x: 200, w: 136 }, fw: { x: 430, w: 210 }, cloud: { x: 668, w: 120 } } as const;
export const TOP = 12;
export const BAND_H = 58;
export const PORT_H = 34;
const PORT_STEP = 40;
const FW_HEAD = 44;
const FW_FOOT = 22;

export type Role = 'traffic' | 'traffic-copy' | 'identity' | 'identity-copy' | 'syslog';

export interface Box { x: number; y: number; w: number; h: number }
export interface Port { iface: IfaceDoc | undefined; name: string | undefined; roles: Role[]; box: Box }
export interface FwBox extends Box { fw: FirewallDoc | undefined; ref: string | undefined; ports: Port[]; kind: 'main' | 'identity' }

export type EdgeKind = 'traffic' | 'identity';
export interface Edge { kind: EdgeKind; copy: boolean; points: Array<[number, number]>; label?: { id: string; x: number; y: number; anchor?: 'start' | 'middle' | 'end' }; arrow: boolean }

export interface Layout {
  height: number;
  devices: Box;
  sw: (Box & { doc: SwitchDoc | undefined }) | undefined;
  fws: FwBox[];
  sls: Box; cloud: Box;
  xsoar: Box | undefined; csv: Box | undefined; dhcp: Box | undefined; upstream: Box | undefined;
  edges: Edge[];
  legendY: number;
}

const cy = (b: Box): number => b.y + b.h / 2;
const cx = (b: Box): number => b.x + b.w / 2;
const right = (b: Box): number => b.x + b.w;
const bottom = (b: Box): number => b.y + b.h;

function fwBox(fw: FirewallDoc | undefined, ref: string | undefined, kind: FwBox['kind'], x: number, y: number, ports: Array<Omit<Port, 'box'>>): FwBox {
  const placed: Port[] = ports.map((p, i) => ({ ...p, box: { x: x + 8, y: y + FW_HEAD + i * PORT_STEP, w: COL.fw.w - 16, h: PORT_H } }));
  const h = Math.max(76, FW_HEAD + ports.length * PORT_STEP + FW_FOOT);
  return { x, y, w: COL.fw.w, h, fw, ref, ports: placed, kind };
}

function addPort(ports: Array<Omit<Port, 'box'>>, iface: IfaceDoc | undefined, name: string | undefined, role: Role): void {
  const same = ports.find((p) => p.roles[0] !== 'syslog' && ((iface && p.iface === iface) || (!iface && !p.iface && p.name === name)));
  if (same) { if (!same.roles.includes(role)) same.roles.push(role); return; }
  ports.push({ iface, name, roles: [role] });
}

/** The switch a segment's devices hang off: the one named for identity, else for the mirrored traffic. */
function segmentSwitch(seg: SegmentDoc): SwitchDoc | undefined {
  return seg.identity?.switch ?? seg.traffic?.switch;
}

export function layoutSegment(seg: SegmentDoc): Layout {
  const idM = seg.identity?.method;
  const trM = seg.traffic?.method;
  const idViaFw = FIREWALL_IDENTITY.has(idM ?? '');
  // dhcp-helper: the devices' DHCP goes to the relay agent (the switch box), whose secondary helper sends the firewall a copy.
  const idOnWire = idM === 'inline-arp-dhcp' || idM === 'mirror' || idM === 'dhcp-helper';
  const trFw = seg.traffic?.firewall;
  const idFwRef = seg.identity?.firewallId ?? seg.traffic?.firewallId;
  const idFw = idViaFw ? (seg.identity?.firewallId !== undefined ? seg.identity.firewall : trFw) : undefined;
  const mainFw = trM ? trFw : idFw;
  const mainRef = trM ? seg.traffic?.firewallId : idViaFw ? idFwRef : undefined;
  const separate = idViaFw && !!trM && (idFw !== mainFw || (idFw === undefined && idFwRef !== mainRef));

  const mainPorts: Array<Omit<Port, 'box'>> = [];
  const idPorts: Array<Omit<Port, 'box'>> = [];
  if (trM) addPort(mainPorts, seg.traffic?.iface, seg.traffic?.interfaceName, trM === 'mirror' ? 'traffic-copy' : 'traffic');
  if (idViaFw) {
    const target = separate ? idPorts : mainPorts;
    if (idM === 'dhcp-syslog') target.push({ iface: undefined, name: undefined, roles: ['syslog'] });
    else addPort(target, seg.identity?.iface, seg.identity?.interfaceName, idM === 'mirror' ? 'identity-copy' : 'identity');
  }

  const cloud: Box = { x: COL.cloud.x, y: TOP, w: COL.cloud.w, h: BAND_H };
  const xsoar: Box | undefined = idM === 'xsoar-snmp' ? { x: COL.sw.x, y: TOP, w: COL.sw.w, h: BAND_H } : undefined;
  // A CSV upload: the identity itself, or a mixed segment's list of its static-IP devices beside it.
  const csv: Box | undefined = idM === 'csv' || seg.staticIdentity?.method === 'csv' ? { x: COL.dev.x, y: TOP, w: COL.dev.w, h: BAND_H } : undefined;
  const idBox = separate ? fwBox(idFw, idFwRef, 'identity', COL.fw.x, TOP, idPorts) : undefined;
  const topH = Math.max(BAND_H, idBox?.h ?? 0);
  const y1 = TOP + topH + 44;
  const main = fwBox(mainFw, mainRef, 'main', COL.fw.x, y1, mainPorts);
  const fws = idBox ? [main, idBox] : [main];

  const wired = main.ports.filter((p) => p.roles[0] !== 'syslog');
  const hasSwitch = !!trM || idOnWire || idM === 'xsoar-snmp';
  let sw: Layout['sw'];
  if (hasSwitch) {
    if (wired.length) {
      const top = wired[0]!.box.y - 8;
      const h = Math.max(66, bottom(wired[wired.length - 1]!.box) + 8 - top);
      const mid = (top + top + h) / 2;
      sw = { x: COL.sw.x, y: mid - h / 2, w: COL.sw.w, h, doc: segmentSwitch(seg) };
    } else sw = { x: COL.sw.x, y: cy(main) - 33, w: COL.sw.w, h: 66, doc: segmentSwitch(seg) };
  }
  const devH = 84;
  const devices: Box = { x: COL.dev.x, y: (sw ? cy(sw) : cy(main)) - devH / 2, w: COL.dev.w, h: devH };
  const sls: Box = { x: COL.cloud.x, y: y1, w: COL.cloud.w, h: BAND_H };

  const y2 = Math.max(bottom(main), sw ? bottom(sw) : 0, bottom(devices), bottom(sls)) + 40;
  const upstream: Box | undefined = trM ? { x: COL.fw.x + 20, y: y2, w: COL.fw.w - 40, h: 40 } : undefined;
  const dhcp: Box | undefined = idM === 'dhcp-syslog'
    ? (separate ? { x: COL.sw.x, y: TOP, w: COL.sw.w, h: BAND_H } : { x: COL.sw.x, y: y2, w: COL.sw.w, h: 44 })
    : undefined;

  const edges: Edge[] = [];
  const copyLabel = (p: Port): string => (p.iface?.erspan ? 'render.dia.erspan' : 'render.dia.span');
  // Devices to their switch: the traffic, and the ARP/DHCP that identity reads on the wire.
  if (sw) {
    const both = !!trM && idOnWire;
    if (idOnWire) edges.push({ kind: 'identity', copy: false, points: [[right(devices), cy(sw) - (both ? 5 : 0)], [sw.x, cy(sw) - (both ? 5 : 0)]], arrow: true });
    if (trM) edges.push({ kind: 'traffic', copy: false, points: [[right(devices), cy(sw) + (both ? 4 : 0)], [sw.x, cy(sw) + (both ? 4 : 0)]], arrow: true });
  }
  // Switch to the firewall's ports.
  const gapMid = (COL.sw.x + COL.sw.w + COL.fw.x) / 2;
  for (const p of wired) {
    if (!sw) break;
    const y = cy(p.box);
    const id = p.roles.find((r) => r === 'identity' || r === 'identity-copy');
    const tr = p.roles.find((r) => r === 'traffic' || r === 'traffic-copy');
    const dy = id && tr ? 1 : 0;
    if (id) edges.push({ kind: 'identity', copy: id === 'identity-copy', points: [[right(sw), y - 5 * dy], [main.x, y - 5 * dy]], arrow: true });
    if (tr) edges.push({ kind: 'traffic', copy: tr === 'traffic-copy', points: [[right(sw), y + 4 * dy], [main.x, y + 4 * dy]], arrow: true });
    if (p.roles.includes('identity-copy') || p.roles.includes('traffic-copy')) {
      edges[edges.length - 1]!.label = { id: copyLabel(p), x: gapMid, y: y - 5 * dy - 7, anchor: 'middle' };
    } else if (id && idM === 'dhcp-helper') {
      edges[edges.length - (tr ? 2 : 1)]!.label = { id: 'render.dia.helper', x: gapMid, y: y - 5 * dy - 7, anchor: 'middle' };
    }
  }
  // The identity firewall of its own (top band): up from the switch, or syslog from the DHCP server.
  if (idBox && sw) {
    for (const p of idBox.ports.filter((q) => q.roles[0] !== 'syslog')) {
      const x = right(sw) - 24; const y = cy(p.box);
      const copy = p.roles.includes('identity-copy');
      edges.push({ kind: 'identity', copy, points: [[x, sw.y], [x, y], [idBox.x, y]], arrow: true, ...(copy ? { label: { id: copyLabel(p), x: x + 8, y: y - 7, anchor: 'start' as const } } : {}) });
    }
  }
  for (const f of fws) {
    const row = f.ports.find((p) => p.roles[0] === 'syslog');
    if (!row || !dhcp) continue;
    const y = cy(row.box); const x = f.x - 20;
    edges.push({ kind: 'identity', copy: false, points: [[right(dhcp), cy(dhcp)], [x, cy(dhcp)], [x, y], [f.x, y]], arrow: true, label: { id: 'render.dia.syslog', x: right(dhcp) + 6, y: cy(dhcp) - 7, anchor: 'start' } });
  }
  // Traffic onwards: through the firewall (inline), or past it (mirrored: the firewall only sees a copy).
  if (upstream && sw) {
    if (trM === 'mirror') edges.push({ kind: 'traffic', copy: false, points: [[cx(sw), bottom(sw)], [cx(sw), cy(upstream)], [upstream.x, cy(upstream)]], arrow: true });
    else edges.push({ kind: 'traffic', copy: false, points: [[cx(upstream), bottom(main)], [cx(upstream), upstream.y]], arrow: true });
  }
  // Firewall logs to Strata Logging Service, and on to the IoT Security cloud.
  const fwIdentityOnMain = idViaFw && !separate && !!mainFw;
  const fwTraffic = !!trM && !!mainFw;
  const both = fwIdentityOnMain && fwTraffic;
  if (fwIdentityOnMain) edges.push({ kind: 'identity', copy: false, points: [[right(main), cy(sls) - (both ? 5 : 0)], [sls.x, cy(sls) - (both ? 5 : 0)]], arrow: true });
  if (fwTraffic) edges.push({ kind: 'traffic', copy: false, points: [[right(main), cy(sls) + (both ? 4 : 0)], [sls.x, cy(sls) + (both ? 4 : 0)]], arrow: true });
  if (idBox && idBox.fw) {
    const x = COL.fw.x + COL.fw.w + 14; const y = idBox.y + 22;
    edges.push({ kind: 'identity', copy: false, points: [[right(idBox), y], [x, y], [x, sls.y + 14], [sls.x, sls.y + 14]], arrow: true });
  }
  const idToCloud = (idViaFw && (!!mainFw || !!idBox?.fw));
  if (idToCloud) edges.push({ kind: 'identity', copy: false, points: [[cx(sls) - (fwTraffic ? 5 : 0), sls.y], [cx(sls) - (fwTraffic ? 5 : 0), bottom(cloud)]], arrow: true });
  if (fwTraffic || idToCloud) {
    const last = edges[edges.length - 1]!;
    if (fwTraffic) edges.push({ kind: 'traffic', copy: false, points: [[cx(sls) + (idToCloud ? 4 : 0), sls.y], [cx(sls) + (idToCloud ? 4 : 0), bottom(cloud)]], arrow: true });
    const up = fwTraffic ? edges[edges.length - 1]! : last;
    up.label = { id: 'render.dia.logs', x: cx(sls) + 14, y: (sls.y + bottom(cloud)) / 2 + 4, anchor: 'start' };
  }
  // Identity that bypasses the firewall.
  if (xsoar && sw) {
    edges.push({ kind: 'identity', copy: false, points: [[cx(sw), sw.y], [cx(sw), bottom(xsoar)]], arrow: true, label: { id: 'render.dia.snmp', x: cx(sw) + 8, y: (sw.y + bottom(xsoar)) / 2 + 4, anchor: 'start' } });
  }
  if (xsoar) edges.push({ kind: 'identity', copy: false, points: [[right(xsoar), cy(xsoar)], [cloud.x, cy(cloud)]], arrow: true, label: { id: 'render.dia.macip', x: (right(xsoar) + cloud.x) / 2, y: cy(xsoar) - 7, anchor: 'middle' } });
  if (csv) edges.push({ kind: 'identity', copy: false, points: [[right(csv), cy(csv)], [cloud.x, cy(cloud)]], arrow: true, label: { id: 'render.dia.upload', x: (right(csv) + cloud.x) / 2, y: cy(csv) - 7, anchor: 'middle' } });

  const lowest = Math.max(...[devices, sls, ...fws, sw, upstream, dhcp].filter((b): b is Box => !!b).map(bottom));
  const legendY = lowest + 26;
  return { height: legendY + 62, devices, sw, fws, sls, cloud, xsoar, csv, dhcp, upstream, edges, legendY };
}

export const geometry = { cx, cy, right, bottom };
