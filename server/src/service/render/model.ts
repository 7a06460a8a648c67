/**
 * The document model: everything the plan document shows, read once from the plan model and the
 * check result. The Markdown and HTML writers and the SVG layouts only format this; they never
 * look at the YAML tree. Plan strings stay raw here (they are escaped where they are written).
 */
import { URI, Utils } from 'vscode-uri';
import type { CheckResult, ParsedPlan } from '../check';
import type { CsvDevice, CsvReport } from '../csv';
import { parseIsoDate } from '../dates';
import type { PlanDiagnostic, Severity } from '../diagnostics';
import type { Lang } from '../l10n';
import { cell, readingTitle, type MatrixReading, type MatrixSource } from '../license/matrix';
import { patternOf, type FirewallM, type InterfaceM, type PatternId, type SwitchM } from '../model';
import { asMap, asScalar, asSeq, get, getBool, getNumber, getString } from '../tree';
import { attribute, type CondState } from './attribute';
import { configurationDocs, type ConfigDoc } from './configuration';
import { buildPrereqs, type PrereqBlock } from './prereqs';
import { sourceList, type SourceRef } from './sources';

export type { CondState } from './attribute';

/** A place in a file: 0-based line (as in LSP), and the file as the document names it. */
export interface Loc { file: string; line: number; plan: boolean }

export interface FindingRow { code: string; severity: Severity; message: string; loc: Loc; href: string | undefined }

export interface IfaceDoc {
  name: string | undefined; mode: string | undefined; zone: string | undefined; deviceId: boolean | undefined;
  erspan: boolean; multicast: boolean | undefined; relay: string[]; dhcpServer: boolean; mirrorFrom: string | undefined; line: number;
}

export interface FirewallDoc {
  index: number; id: string | undefined; model: string | undefined; sku: string | undefined; type: string | undefined;
  panos: string | undefined; managedBy: string | undefined;
  licenseType: string | undefined; expires: string | undefined; expiresDay: number | undefined;
  cloudLogging: boolean | undefined; eal: boolean | undefined; loggingRegion: string | undefined;
  erspanSupport: boolean | undefined; dhcpBroadcastSession: boolean | undefined;
  interfaces: IfaceDoc[]; line: number; m: FirewallM;
}

export interface SwitchDoc {
  id: string | undefined; model: string | undefined; span: boolean | undefined; erspan: boolean | undefined;
  snmpVersion: string | undefined; snmpReadOnly: boolean | undefined; line: number;
}

export interface PathDoc {
  method: string | undefined;
  firewallId: string | undefined; firewall: FirewallDoc | undefined;
  interfaceName: string | undefined; iface: IfaceDoc | undefined;
  switchId: string | undefined; switch: SwitchDoc | undefined;
  csv: string | undefined; line: number;
}

export interface CsvDoc { path: string; unreadable: boolean; total: number; devices: CsvDevice[] }

export interface SegmentDoc {
  key: string; siteIndex: number; index: number;
  id: string | undefined; subnet: string | undefined; addressing: string | undefined; dhcp: string | undefined;
  enforce: boolean; pattern: PatternId | undefined;
  identity: PathDoc | undefined; traffic: PathDoc | undefined;
  /** `staticIdentity`: the CSV list of a mixed segment's static-IP devices. */
  staticIdentity: PathDoc | undefined;
  identityState: CondState; trafficState: CondState;
  findings: FindingRow[]; csv: CsvDoc | undefined; line: number;
}

export interface SiteDoc { key: string; index: number; id: string | undefined; name: string | undefined; segments: SegmentDoc[]; line: number }

export interface LicenseRow {
  fw: FirewallDoc; verdict: 'allowed' | 'blocked' | 'unknown';
  source: SourceRef | undefined; alsoSee: SourceRef | undefined; marginDays: number | undefined;
}

export interface DocModel {
  lang: Lang;
  planFile: string;
  title: string | undefined; customer: string | undefined;
  pocStart: string | undefined; pocEnd: string | undefined; startDay: number | undefined; endDay: number | undefined;
  observationDays: number | undefined;
  tenantName: string | undefined; tenantRegion: string | undefined; keepAfterPoc: boolean | undefined;
  prodLicenseDate: string | undefined; prodDay: number | undefined; addon: string | undefined;
  hasXsoar: boolean; xsoarKind: string | undefined; xsoarEngineOs: string | undefined;
  reading: MatrixReading; readingTitle: string;
  firewalls: FirewallDoc[]; switches: SwitchDoc[]; licenses: LicenseRow[]; sites: SiteDoc[];
  prereqs: PrereqBlock[]; findings: FindingRow[];
  /** Per firewall, the set commands that configure it for the PoC (configuration.ts). */
  configuration: ConfigDoc[];
  counts: Record<Severity, number>;
  sources: SourceRef[];
}

/** Devices listed per CSV in the document; the rest are counted. */
export const CSV_ROWS_SHOWN = 20;

function fileName(uri: string): string {
  try { return Utils.basename(URI.parse(uri)) || uri; } catch { return uri; }
}

/** A CSV's name relative to the plan's folder when it is below it, else its file name. */
function relativeName(planUri: string, uri: string): string {
  try {
    const dir = Utils.dirname(URI.parse(planUri)).path.replace(/\/?$/, '/');
    const p = URI.parse(uri).path;
    return p.startsWith(dir) ? p.slice(dir.length) : fileName(uri);
  } catch { return uri; }
}

export function buildDocModel(parsed: ParsedPlan, result: CheckResult, lang: Lang, reading: MatrixReading): DocModel {
  const plan = parsed.model;
  const lineOf = (node: { start: number } | undefined): number => (node ? parsed.lines.lineAt(node.start) : 0);
  const root = plan.root;
  const poc = plan.poc;
  const tenant = plan.tenant;
  const sources = sourceList();

  const ifaceDoc = (i: InterfaceM): IfaceDoc => ({
    name: i.name, mode: i.mode, zone: getString(i.map, 'zone'), deviceId: getBool(i.map, 'deviceId'),
    erspan: getBool(i.map, 'erspan') === true, multicast: getBool(i.map, 'multicastFirewalling'),
    relay: (asSeq(get(i.map, 'dhcpRelay'))?.items ?? []).map((n) => asScalar(n)).filter((s) => s && s.value !== null).map((s) => String(s!.value)),
    dhcpServer: getBool(i.map, 'dhcpServer') === true, mirrorFrom: getString(i.map, 'mirrorFrom'), line: lineOf(i.map),
  });
  const fwDocs = new Map<FirewallM, FirewallDoc>();
  const firewalls = plan.firewalls.map((f) => {
    const lic = f.license; const log = f.logging;
    const doc: FirewallDoc = {
      index: f.index, id: f.id, model: getString(f.map, 'model'), sku: getString(f.map, 'sku'), type: f.type,
      panos: getString(f.map, 'panos'), managedBy: getString(f.map, 'managedBy'),
      licenseType: getString(lic, 'type'), expires: getString(lic, 'expires'), expiresDay: parseIsoDate(getString(lic, 'expires')),
      cloudLogging: getBool(log, 'cloudLogging'), eal: getBool(log, 'enhancedApplicationLogs'), loggingRegion: getString(log, 'region'),
      erspanSupport: getBool(f.map, 'erspanSupport'), dhcpBroadcastSession: getBool(f.map, 'dhcpBroadcastSession'),
      interfaces: f.interfaces.map(ifaceDoc), line: lineOf(f.map), m: f,
    };
    fwDocs.set(f, doc);
    return doc;
  });
  const swDoc = (s: SwitchM): SwitchDoc => {
    const snmp = asMap(get(s.map, 'snmp'));
    return {
      id: s.id, model: getString(s.map, 'model'), span: getBool(s.map, 'span'), erspan: getBool(s.map, 'erspan'),
      snmpVersion: getString(snmp, 'version'), snmpReadOnly: getBool(snmp, 'readOnly'), line: lineOf(s.map),
    };
  };
  const switchDocs = new Map<SwitchM, SwitchDoc>(plan.switches.map((s) => [s, swDoc(s)]));
  const switchById = (id: string | undefined): SwitchDoc | undefined => {
    const s = id !== undefined ? plan.switchById.get(id) : undefined;
    return s ? switchDocs.get(s) : undefined;
  };

  const findingRow = (d: PlanDiagnostic): FindingRow => ({
    code: d.code, severity: d.severity, message: d.message,
    loc: { file: d.uri === result.uri ? fileName(result.uri) : relativeName(result.uri, d.uri), line: d.range.start.line, plan: d.uri === result.uri },
    href: /^https:\/\//.test(d.href) ? d.href : undefined,
  });

  const perSegment = attribute(plan, result.diagnostics, result.uri, parsed.lines);
  const rowsByDiag = new Map<PlanDiagnostic, FindingRow>();
  const rowOf = (d: PlanDiagnostic): FindingRow => {
    let r = rowsByDiag.get(d);
    if (!r) { r = findingRow(d); rowsByDiag.set(d, r); }
    return r;
  };

  // The CSV report per path (the first, as a search in list order would find it).
  const csvReports = new Map<string, CsvReport>();
  for (const r of result.csv) if (!csvReports.has(r.path)) csvReports.set(r.path, r);

  let segCounter = 0;
  const sites: SiteDoc[] = plan.sites.map((site, si) => ({
    key: `site-${si + 1}`, index: si, id: site.id, name: getString(site.map, 'name'), line: lineOf(site.idNode ?? site.map),
    segments: site.segments.map((seg, gi) => {
      const attributed = perSegment[segCounter++]!;
      const path = (p: typeof seg.identity): PathDoc | undefined => {
        if (!p) return undefined;
        const fw = p.firewall ? fwDocs.get(p.firewall) : undefined;
        const iface = fw && p.iface ? fw.interfaces[p.firewall!.interfaces.indexOf(p.iface)] : undefined;
        const sw = switchById(getString(p.map, 'switch')) ?? switchById(iface?.mirrorFrom);
        return {
          method: p.method, firewallId: p.firewallId, firewall: fw, interfaceName: p.interfaceName, iface,
          switchId: getString(p.map, 'switch') ?? iface?.mirrorFrom, switch: sw, csv: getString(p.map, 'csv'), line: lineOf(p.map),
        };
      };
      const identity = path(seg.identity);
      const staticIdentity = path(seg.staticIdentity);
      const csvPath = identity?.method === 'csv' ? identity.csv : staticIdentity?.method === 'csv' ? staticIdentity.csv : undefined;
      const report = csvPath !== undefined ? csvReports.get(csvPath) : undefined;
      return {
        key: `seg-${si + 1}-${gi + 1}`, siteIndex: si, index: gi, id: seg.id,
        subnet: getString(seg.map, 'subnet'), addressing: getString(seg.map, 'addressing'), dhcp: getString(seg.map, 'dhcp'),
        enforce: seg.enforce, pattern: patternOf(seg), identity, traffic: path(seg.traffic), staticIdentity,
        identityState: attributed.identity, trafficState: attributed.traffic,
        findings: attributed.all.map(rowOf), line: lineOf(seg.idNode ?? seg.map),
        csv: report ? { path: report.path, unreadable: report.unreadable, total: report.devices.length, devices: report.devices.slice(0, CSV_ROWS_SHOWN) } : undefined,
      };
    }),
  }));

  const matrixRef = (s: MatrixSource | undefined): SourceRef | undefined => (s ? sources.find((x) => x.id === s.id) : undefined);
  const endDay = parseIsoDate(getString(poc, 'end'));
  const licenses: LicenseRow[] = firewalls.map((fw) => {
    const c = cell(reading, fw.licenseType, fw.type);
    return {
      fw, verdict: c ? (c.allowed ? 'allowed' : 'blocked') : 'unknown',
      source: matrixRef(c?.source), alsoSee: matrixRef(c?.alsoSee),
      marginDays: fw.expiresDay !== undefined && endDay !== undefined ? fw.expiresDay - endDay : undefined,
    };
  });

  const findings: FindingRow[] = result.diagnostics.map(rowOf);
  for (const [, list] of result.csvDiagnostics) findings.push(...list.map(rowOf));
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of findings) counts[f.severity]++;

  const xsoar = plan.xsoar;
  const model: DocModel = {
    lang, planFile: fileName(result.uri),
    title: getString(root, 'title'), customer: getString(root, 'customer'),
    pocStart: getString(poc, 'start'), pocEnd: getString(poc, 'end'),
    startDay: parseIsoDate(getString(poc, 'start')), endDay,
    observationDays: getNumber(poc, 'observationDays'),
    tenantName: getString(tenant, 'name'), tenantRegion: getString(tenant, 'region'), keepAfterPoc: getBool(tenant, 'keepAfterPoc'),
    prodLicenseDate: getString(tenant, 'prodLicenseDate'), prodDay: parseIsoDate(getString(tenant, 'prodLicenseDate')),
    addon: getString(tenant, 'thirdPartyAddon'),
    hasXsoar: !!xsoar, xsoarKind: getString(xsoar, 'kind'), xsoarEngineOs: getString(xsoar, 'engineOs'),
    reading, readingTitle: readingTitle(reading, lang),
    firewalls, switches: [...switchDocs.values()], licenses, sites, prereqs: [], findings, counts, sources,
    configuration: configurationDocs(plan, lang, fileName(result.uri), parsed.lines),
  };
  model.prereqs = buildPrereqs(model);
  return model;
}

/** All segments of the document, in plan order. */
export function allSegments(doc: DocModel): SegmentDoc[] {
  return doc.sites.flatMap((s) => s.segments);
}
