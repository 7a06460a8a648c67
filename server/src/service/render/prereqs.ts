/**
 * The prerequisites checklist per firewall (facts.md §2 PAN-OS versions, §3.11 "Prepare Your
 * Firewall for IoT Security", §3.4 taps, §3.6 ERSPAN, §6 XSOAR). Each item is met, to do (the plan
 * cannot say; someone must check on the firewall), a warning, a problem, or not needed for this plan.
 */
import { below, parseVersion } from '../version';
import type { DocModel, FirewallDoc, IfaceDoc, SegmentDoc } from './model';
import { copyItems } from './prereqs-copy';

export type PrereqStatus = 'ok' | 'todo' | 'warn' | 'fail' | 'na';

export interface PrereqItem {
  /** Catalog: `render.prereq.<id>` (label) and `render.prereq.<id>.<variant>` (detail). */
  id: string;
  variant: string;
  status: PrereqStatus;
  args: Record<string, string | number>;
  /** Source id (sources.ts). */
  source: string;
}

export interface PrereqBlock { fw: FirewallDoc; segments: SegmentDoc[]; items: PrereqItem[] }

/** Methods whose identity data the firewall itself collects. */
export const FIREWALL_IDENTITY = new Set(['inline-arp-dhcp', 'mirror', 'dhcp-syslog', 'dhcp-helper']);

/** Models that install the device certificate themselves on first contact (facts.md §7), by release. */
const AUTO_CERT: ReadonlyArray<{ from: string; models: RegExp }> = [
  { from: '11.0', models: /^PA-?(4\d\dR?|14\d\d|34\d\d|54\d\d|7\d\d\d)$/i },
  { from: '10.2', models: /^PA-?(4\d\d|14\d\d|34\d\d|54[1-5]0|7\d\d\d)$/i },
  { from: '10.1', models: /^PA-?(410|440|450|460|5450)$/i },
];

/** Per firewall, the segments it serves (its traffic, or identity it collects), in plan order; one pass over the segments. */
function servedBy(doc: DocModel): Map<FirewallDoc, SegmentDoc[]> {
  const out = new Map<FirewallDoc, SegmentDoc[]>(doc.firewalls.map((fw) => [fw, []]));
  for (const site of doc.sites) {
    for (const seg of site.segments) {
      const traffic = seg.traffic?.firewall;
      const identity = seg.identity && FIREWALL_IDENTITY.has(seg.identity.method ?? '') ? seg.identity.firewall ?? traffic : undefined;
      if (traffic) out.get(traffic)?.push(seg);
      if (identity && identity !== traffic) out.get(identity)?.push(seg);
    }
  }
  return out;
}

function usedInterfaces(fw: FirewallDoc, segs: SegmentDoc[]): IfaceDoc[] {
  const used = new Set<IfaceDoc>();
  for (const s of segs) for (const p of [s.identity, s.traffic]) if (p?.firewall === fw && p.iface) used.add(p.iface);
  return used.size ? fw.interfaces.filter((i) => used.has(i)) : fw.interfaces;
}

const onOff = (v: boolean | undefined, serves: boolean): PrereqStatus => (v === true ? 'ok' : v === false ? (serves ? 'fail' : 'warn') : 'todo');
const names = (list: Array<string | undefined>): string => list.map((n) => n ?? '?').join(', ');

export function buildPrereqs(doc: DocModel): PrereqBlock[] {
  const served = servedBy(doc);
  return doc.firewalls.map((fw) => {
    const segs = served.get(fw)!;
    const serves = segs.length > 0;
    const items: PrereqItem[] = [];
    const v = parseVersion(fw.panos);
    const enforced = segs.some((s) => s.enforce && s.traffic?.firewall === fw);
    const syslog = segs.some((s) => s.identity?.method === 'dhcp-syslog');
    const erspanIfaces = fw.interfaces.filter((i) => i.erspan);

    // PAN-OS: the hardest need first.
    const needs: Array<{ min: string; feature: string }> = [];
    if (enforced) needs.push({ min: '10.0', feature: 'enforcement' });
    if (syslog) needs.push({ min: '10.2', feature: 'dhcp-syslog' });
    if (erspanIfaces.length) needs.push({ min: '10.2', feature: 'erspan' });
    const missed = v ? needs.find((n) => below(v, n.min)) : undefined;
    if (!v) items.push({ id: 'panos', variant: 'unknown', status: 'todo', args: {}, source: 'iot-prerequisites' });
    else if (missed) items.push({ id: 'panos', variant: missed.feature, status: 'fail', args: { panos: v.text, min: missed.min }, source: missed.feature === 'enforcement' ? 'device-id-10' : missed.feature === 'erspan' ? 'erspan' : 'dhcp-syslog' });
    else if (below(v, '10.2')) items.push({ id: 'panos', variant: 'old', status: 'warn', args: { panos: v.text }, source: 'iot-prerequisites' });
    else items.push({ id: 'panos', variant: 'ok', status: 'ok', args: { panos: v.text }, source: 'iot-prerequisites' });

    items.push({ id: 'cloud-logging', variant: fw.cloudLogging === undefined ? 'unknown' : String(fw.cloudLogging), status: onOff(fw.cloudLogging, serves), args: {}, source: 'prepare-firewall' });
    items.push({ id: 'eal', variant: fw.eal === undefined ? 'unknown' : String(fw.eal), status: onOff(fw.eal, serves), args: {}, source: 'prepare-firewall' });

    const tenantRegion = doc.tenantRegion;
    if (fw.loggingRegion === undefined || tenantRegion === undefined) {
      items.push({ id: 'region', variant: 'unknown', status: 'todo', args: { region: fw.loggingRegion ?? tenantRegion ?? '?' }, source: 'prepare-firewall' });
    } else {
      const same = fw.loggingRegion.trim().toLowerCase() === tenantRegion.trim().toLowerCase();
      items.push({ id: 'region', variant: same ? 'same' : 'differs', status: same ? 'ok' : 'warn', args: { region: fw.loggingRegion, tenant: tenantRegion }, source: 'prepare-firewall' });
    }

    const ifaces = usedInterfaces(fw, segs);
    const enforcedIfaces = new Set(segs.filter((s) => s.enforce && s.traffic?.firewall === fw).map((s) => s.traffic!.iface).filter((i): i is IfaceDoc => !!i));
    const zoneOf = (i: IfaceDoc): string | undefined => i.zone ?? i.name;
    const off = ifaces.filter((i) => i.deviceId === false);
    const unknown = ifaces.filter((i) => i.deviceId === undefined);
    if (!ifaces.length) items.push({ id: 'device-id', variant: 'none', status: 'todo', args: {}, source: 'prepare-firewall' });
    else if (off.length) items.push({ id: 'device-id', variant: 'off', status: off.some((i) => enforcedIfaces.has(i)) ? 'fail' : 'warn', args: { zones: names(off.map(zoneOf)) }, source: 'prepare-firewall' });
    else if (unknown.length) items.push({ id: 'device-id', variant: 'unknown', status: 'todo', args: { zones: names(unknown.map(zoneOf)) }, source: 'prepare-firewall' });
    else items.push({ id: 'device-id', variant: 'on', status: 'ok', args: { zones: names(ifaces.map(zoneOf)) }, source: 'prepare-firewall' });

    if (!erspanIfaces.length) items.push({ id: 'erspan', variant: 'na', status: 'na', args: {}, source: 'erspan' });
    else items.push({ id: 'erspan', variant: fw.erspanSupport === true ? 'on' : 'off', status: fw.erspanSupport === true ? 'ok' : 'fail', args: { interfaces: names(erspanIfaces.map((i) => i.name)) }, source: 'erspan' });

    // The tap zone's two rules, the ERSPAN tunnel's zone, DHCP Broadcast Session (prereqs-copy.ts).
    items.push(...copyItems(fw, segs, v));

    if (!v) items.push({ id: 'certificate', variant: 'unknown', status: 'todo', args: {}, source: 'prepare-firewall' });
    else if (below(v, '10.1')) items.push({ id: 'certificate', variant: fw.managedBy === 'panorama' ? 'panorama' : 'psk', status: 'todo', args: { panos: v.text }, source: 'prepare-firewall' });
    else {
      const model = (fw.model ?? '').trim();
      const auto = AUTO_CERT.some((a) => !below(v, a.from) && a.models.test(model));
      items.push({ id: 'certificate', variant: auto ? 'auto' : 'install', status: 'todo', args: { panos: v.text, model: model || '?' }, source: 'prepare-firewall' });
    }

    if (segs.some((s) => s.identity?.method === 'xsoar-snmp')) {
      const kind = doc.xsoarKind; const addon = doc.addon;
      if (kind === 'own') items.push({ id: 'addon', variant: 'own', status: 'ok', args: {}, source: 'xsoar-snmp' });
      else if (kind === 'cohosted') {
        const has = addon === 'basic' || addon === 'advanced';
        items.push({ id: 'addon', variant: has ? 'cohosted' : 'missing', status: has ? 'ok' : 'fail', args: { addon: addon ?? 'none' }, source: 'xsoar-snmp' });
      } else if (!doc.hasXsoar) items.push({ id: 'addon', variant: 'no-xsoar', status: 'fail', args: {}, source: 'xsoar-snmp' });
      else items.push({ id: 'addon', variant: 'unknown', status: 'todo', args: { addon: addon ?? 'none' }, source: 'xsoar-snmp' });
    }

    items.push({ id: 'license-keys', variant: 'todo', status: 'todo', args: {}, source: 'prepare-firewall' });
    items.push({ id: 'log-forwarding', variant: 'todo', status: 'todo', args: {}, source: 'prepare-firewall' });
    items.push({ id: 'openconfig', variant: 'todo', status: 'todo', args: {}, source: 'prepare-firewall' });
    return { fw, segments: segs, items };
  });
}
