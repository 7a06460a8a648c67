/**
 * The plan model: the tree read as firewalls, interfaces, switches, sites and segments, with
 * indexes for references. It never fails: a missing or mistyped key is simply absent here (the
 * schema reports it), so rules can run on half-written plans.
 */
import { asMap, asScalar, asSeq, get, getPair, getString, type YMap, type YNode, type YPair, type YScalar } from './tree';
import { parseVersion, type PanosVersion } from './version';

export interface FirewallM {
  map: YMap;
  index: number;
  id: string | undefined;
  idNode: YScalar | undefined;
  type: string | undefined;
  panos: PanosVersion | undefined;
  license: YMap | undefined;
  logging: YMap | undefined;
  interfaces: InterfaceM[];
}

export interface InterfaceM {
  map: YMap;
  firewall: FirewallM;
  name: string | undefined;
  nameNode: YScalar | undefined;
  mode: string | undefined;
}

export interface SwitchM { map: YMap; id: string | undefined; idNode: YScalar | undefined }

export interface SiteM { map: YMap; id: string | undefined; idNode: YScalar | undefined; segments: SegmentM[] }

/** `identity` or `traffic` of a segment, with the references it makes. */
export interface PathM {
  map: YMap;
  method: string | undefined;
  firewallId: string | undefined;
  interfaceName: string | undefined;
  firewall: FirewallM | undefined;
  iface: InterfaceM | undefined;
}

export interface SegmentM {
  map: YMap;
  site: SiteM;
  id: string | undefined;
  idNode: YScalar | undefined;
  identity: PathM | undefined;
  /** `staticIdentity`: the second identity method of a mixed segment, for its static-IP devices (a CSV list). */
  staticIdentity: PathM | undefined;
  traffic: PathM | undefined;
  enforce: boolean;
}

export interface PlanModel {
  root: YMap | undefined;
  poc: YMap | undefined;
  tenant: YMap | undefined;
  xsoar: YMap | undefined;
  firewalls: FirewallM[];
  switches: SwitchM[];
  sites: SiteM[];
  segments: SegmentM[];
  firewallById: Map<string, FirewallM>;
  switchById: Map<string, SwitchM>;
}

function idOf(map: YMap, key = 'id'): { id: string | undefined; idNode: YScalar | undefined } {
  const s = asScalar(get(map, key));
  if (!s || s.value === null || typeof s.value === 'boolean') return { id: undefined, idNode: undefined };
  return { id: typeof s.value === 'string' ? s.value : s.source, idNode: s };
}

function mapsOf(node: YNode | undefined): YMap[] {
  const seq = asSeq(node);
  if (!seq) return [];
  const out: YMap[] = [];
  for (const it of seq.items) { const m = asMap(it); if (m) out.push(m); }
  return out;
}

export function findInterface(fw: FirewallM | undefined, name: string | undefined): InterfaceM | undefined {
  if (!fw || name === undefined) return undefined;
  return fw.interfaces.find((i) => i.name === name);
}

export function buildModel(root: YNode | null): PlanModel {
  const rootMap = asMap(root);
  const firewalls: FirewallM[] = [];
  const firewallById = new Map<string, FirewallM>();
  mapsOf(get(rootMap, 'firewalls')).forEach((map, index) => {
    const { id, idNode } = idOf(map);
    const fw: FirewallM = {
      map, index, id, idNode,
      type: getString(map, 'type'),
      panos: parseVersion(getString(map, 'panos')),
      license: asMap(get(map, 'iotLicense')),
      logging: asMap(get(map, 'logging')),
      interfaces: [],
    };
    for (const im of mapsOf(get(map, 'interfaces'))) {
      const n = idOf(im, 'name');
      fw.interfaces.push({ map: im, firewall: fw, name: n.id, nameNode: n.idNode, mode: getString(im, 'mode') });
    }
    firewalls.push(fw);
    if (id !== undefined && !firewallById.has(id)) firewallById.set(id, fw);
  });

  const switches: SwitchM[] = [];
  const switchById = new Map<string, SwitchM>();
  for (const map of mapsOf(get(rootMap, 'switches'))) {
    const sw = { map, ...idOf(map) };
    switches.push(sw);
    if (sw.id !== undefined && !switchById.has(sw.id)) switchById.set(sw.id, sw);
  }

  const pathOf = (m: YMap | undefined): PathM | undefined => {
    if (!m) return undefined;
    const firewallId = getString(m, 'firewall');
    const interfaceName = getString(m, 'interface');
    const firewall = firewallId !== undefined ? firewallById.get(firewallId) : undefined;
    return { map: m, method: getString(m, 'method'), firewallId, interfaceName, firewall, iface: findInterface(firewall, interfaceName) };
  };

  const sites: SiteM[] = [];
  const segments: SegmentM[] = [];
  for (const map of mapsOf(get(rootMap, 'sites'))) {
    const site: SiteM = { map, ...idOf(map), segments: [] };
    for (const sm of mapsOf(get(map, 'segments'))) {
      const enforce = asScalar(get(sm, 'enforce'));
      const seg: SegmentM = {
        map: sm, site, ...idOf(sm),
        identity: pathOf(asMap(get(sm, 'identity'))),
        staticIdentity: pathOf(asMap(get(sm, 'staticIdentity'))),
        traffic: pathOf(asMap(get(sm, 'traffic'))),
        enforce: enforce?.value === true,
      };
      site.segments.push(seg);
      segments.push(seg);
    }
    sites.push(site);
  }

  return {
    root: rootMap,
    poc: asMap(get(rootMap, 'poc')),
    tenant: asMap(get(rootMap, 'tenant')),
    xsoar: asMap(get(rootMap, 'xsoar')),
    firewalls, switches, sites, segments, firewallById, switchById,
  };
}

/** The seed article's configuration patterns, from the two methods. */
export type PatternId = '1' | '2' | '3' | '4' | '5-1' | '5-2';
export const PATTERNS: ReadonlyArray<{ id: PatternId; identity: string; traffic: string }> = [
  { id: '1', identity: 'inline-arp-dhcp', traffic: 'inline' },
  { id: '2', identity: 'mirror', traffic: 'inline' },
  { id: '3', identity: 'dhcp-syslog', traffic: 'inline' },
  { id: '4', identity: 'xsoar-snmp', traffic: 'inline' },
  { id: '5-1', identity: 'csv', traffic: 'inline' },
  { id: '5-2', identity: 'csv', traffic: 'mirror' },
];

/**
 * Identity methods that are a variant of a pattern's method: `dhcp-helper` (the relay agent's
 * secondary DHCP helper pointing at the firewall) is the seed article's own variant of method 1.
 */
export const METHOD_VARIANT_OF: Readonly<Record<string, string>> = { 'dhcp-helper': 'inline-arp-dhcp' };

export function patternOf(seg: SegmentM): PatternId | undefined {
  const m = seg.identity?.method; const t = seg.traffic?.method;
  const i = m !== undefined ? METHOD_VARIANT_OF[m] ?? m : undefined;
  return PATTERNS.find((p) => p.identity === i && p.traffic === t)?.id;
}

/** Where to point at a key: the key itself when present, else the map's first line. */
export function keyRange(map: YMap, key: string): { start: number; end: number } {
  const p = getPair(map, key);
  if (p) return { start: p.key.start, end: p.key.end };
  return { start: map.start, end: Math.min(map.end, map.start + 1) };
}

/** The value of a key when present, else the key, else the map's start. */
export function valueRange(map: YMap, key: string): { start: number; end: number } {
  const p: YPair | undefined = getPair(map, key);
  if (p?.value) return { start: p.value.start, end: p.value.end };
  return keyRange(map, key);
}
