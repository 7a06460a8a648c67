/**
 * The document's words, as plain text: labels, table cells, path descriptions and checklist lines
 * in the chosen language. Both writers (markdown.ts, html.ts) take these and only add markup and
 * escaping, so the two formats always say the same thing.
 */
import { t, type Lang } from './catalog';
import type { CondState, DocModel, FirewallDoc, IfaceDoc, LicenseRow, PathDoc, SegmentDoc, SiteDoc } from './model';
import type { PrereqBlock, PrereqStatus } from './prereqs';
import { sourceById } from './sources';
import { isTrialOrEval, tenantLastDay } from './svg-timeline';
import { formatIsoDate } from '../dates';
import { isErspanTunnelDoc } from './prereqs-copy';

export const STATUS_MARK: Record<PrereqStatus, string> = { ok: '☑', todo: '☐', warn: '⚠', fail: '✗', na: '–' };
export const STATE_MARK: Record<CondState, string> = { met: '✓', warn: '!', unmet: '✗' };

const dash = '—';
const or = (v: string | undefined): string => (v === undefined || v === '' ? dash : v);

export function docTitle(doc: DocModel, lang: Lang): string {
  return doc.title ?? t(lang, 'render.untitled');
}

export function titleFacts(doc: DocModel, lang: Lang): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  rows.push([t(lang, 'render.title.customer'), or(doc.customer)]);
  const days = doc.startDay !== undefined && doc.endDay !== undefined ? doc.endDay - doc.startDay : undefined;
  rows.push([t(lang, 'render.title.poc'), doc.pocStart || doc.pocEnd
    ? `${or(doc.pocStart)} → ${or(doc.pocEnd)}${days !== undefined && days >= 0 ? ' ' + t(lang, 'render.days-paren', { days }) : ''}` : dash]);
  if (doc.observationDays !== undefined) rows.push([t(lang, 'render.title.observation'), t(lang, 'render.days', { days: doc.observationDays })]);
  rows.push([t(lang, 'render.title.tenant'), doc.tenantName !== undefined ? `${doc.tenantName}${doc.tenantRegion ? ` (${doc.tenantRegion})` : ''}` : dash]);
  if (doc.keepAfterPoc !== undefined) {
    const last = tenantLastDay(doc);
    rows.push([t(lang, 'render.title.keep'), doc.keepAfterPoc
      ? (last !== undefined ? t(lang, 'render.title.keep-yes-by', { date: formatIsoDate(last) }) : t(lang, 'render.yes'))
      : t(lang, 'render.no')]);
  }
  if (doc.prodLicenseDate !== undefined) rows.push([t(lang, 'render.title.prod-date'), doc.prodLicenseDate]);
  if (doc.addon !== undefined) rows.push([t(lang, 'render.title.addon'), doc.addon]);
  rows.push([t(lang, 'render.title.matrix'), doc.readingTitle]);
  rows.push([t(lang, 'render.title.plan'), doc.planFile]);
  return rows;
}

/** "1 error", "3 warnings" (the catalog has the singular and plural forms). */
export function countText(lang: Lang, kind: 'error' | 'warning' | 'note', n: number): string {
  return n === 1 ? t(lang, `render.n.${kind}`) : t(lang, `render.n.${kind}s`, { n });
}

export function statusLine(doc: DocModel, lang: Lang): string {
  const c = doc.counts;
  if (c.error) return t(lang, 'render.status.findings', { errors: countText(lang, 'error', c.error), warnings: countText(lang, 'warning', c.warning) });
  if (c.warning) return t(lang, 'render.status.warnings', { warnings: countText(lang, 'warning', c.warning) });
  return t(lang, 'render.status.clean');
}

export const LICENSE_HEAD = ['render.lic.firewall', 'render.lic.model', 'render.lic.fw-type', 'render.lic.license', 'render.lic.verdict', 'render.lic.source', 'render.lic.expires', 'render.lic.margin'];

export function marginText(days: number | undefined, lang: Lang): string {
  if (days === undefined) return dash;
  if (days >= 0) return t(lang, 'render.margin.after', { days });
  return t(lang, 'render.margin.before', { days: -days });
}

export function licenseCells(row: LicenseRow, lang: Lang): string[] {
  const fw = row.fw;
  const model = [fw.model, fw.sku].filter((x) => x !== undefined).join(' / ');
  const src = row.source ? `[${row.source.n}]${row.alsoSee ? ` ${t(lang, 'render.lic.also', { n: row.alsoSee.n })}` : ''}` : dash;
  return [or(fw.id), or(model), or(fw.type), or(fw.licenseType), t(lang, `render.verdict.${row.verdict}`), src, or(fw.expires), marginText(row.marginDays, lang)];
}

export function patternTitle(seg: SegmentDoc, lang: Lang): string {
  if (seg.pattern) return t(lang, `render.pattern.${seg.pattern}`);
  // Mirrored traffic with an identity method of its own: the article's fallback, valid and visibility-only.
  if (seg.traffic?.method === 'mirror' && seg.identity?.method) return t(lang, 'render.pattern.none-mirror', { identity: seg.identity.method });
  return t(lang, 'render.pattern.none', { identity: seg.identity?.method ?? '?', traffic: seg.traffic?.method ?? '?' });
}

export function patternShort(seg: SegmentDoc, lang: Lang): string {
  return seg.pattern ? t(lang, 'render.pattern.short', { id: seg.pattern }) : dash;
}

export const OVERVIEW_HEAD = ['render.ov.segment', 'render.ov.subnet', 'render.ov.pattern', 'render.ov.identity', 'render.ov.traffic', 'render.ov.cond-identity', 'render.ov.cond-traffic', 'render.ov.enforce', 'render.ov.findings'];

export function stateText(s: CondState, lang: Lang): string {
  return `${STATE_MARK[s]} ${t(lang, `render.state.${s}`)}`;
}

export function overviewCells(seg: SegmentDoc, lang: Lang): string[] {
  const worst = seg.findings.filter((f) => f.severity === 'error').length;
  const warn = seg.findings.filter((f) => f.severity === 'warning').length;
  return [
    or(seg.id), or(seg.subnet), patternShort(seg, lang), or(seg.identity?.method), or(seg.traffic?.method),
    stateText(seg.identityState, lang), stateText(seg.trafficState, lang), t(lang, seg.enforce ? 'render.yes' : 'render.no'),
    worst || warn ? [worst ? countText(lang, 'error', worst) : '', warn ? countText(lang, 'warning', warn) : ''].filter(Boolean).join(', ') : dash,
  ];
}

function ifaceText(iface: IfaceDoc | undefined, name: string | undefined, lang: Lang): string {
  if (!iface) return name !== undefined ? `${name} (${t(lang, 'render.dia.undefined')})` : '?';
  const bits = [isErspanTunnelDoc(iface) ? t(lang, 'render.dia.erspan-tunnel') : iface.mode, iface.zone !== undefined ? t(lang, 'render.dia.zone', { zone: iface.zone }) : undefined, iface.relay.length ? t(lang, 'render.path.relay', { servers: iface.relay.join(', ') }) : undefined, iface.dhcpServer ? t(lang, 'render.path.dhcp-server') : undefined].filter(Boolean);
  return `${iface.name ?? '?'}${bits.length ? ` (${bits.join(', ')})` : ''}`;
}

function fwText(fw: FirewallDoc | undefined, ref: string | undefined, lang: Lang): string {
  if (fw) return `${t(lang, 'render.dia.firewall')} ${fw.id ?? '?'}`;
  return ref !== undefined ? `${t(lang, 'render.dia.firewall')} ${ref} (${t(lang, 'render.dia.undefined')})` : t(lang, 'render.dia.firewall');
}

export interface PathText { intro: string; chain: string[] }

/** The identity and traffic paths as sentences plus a chain of hops (the diagram in words). */
export function pathTexts(seg: SegmentDoc, doc: DocModel, lang: Lang): { identity: PathText; traffic: PathText } {
  const id = seg.identity; const tr = seg.traffic;
  const devices = `${t(lang, 'render.dia.devices')}${seg.subnet ? ` ${seg.subnet}` : ''}`;
  // The devices' switch: the one a path names, else the one the other path names.
  const named = (p: PathDoc | undefined): string | undefined => (p?.switch ? p.switch.id ?? '?' : p?.switchId);
  const sw = (p: PathDoc | undefined): string => {
    const n = named(p) ?? named(p === id ? tr : id);
    return n !== undefined ? `${t(lang, 'render.dia.switch')} ${n}` : t(lang, 'render.dia.switch');
  };
  const sls = t(lang, 'render.dia.sls'); const cloud = t(lang, 'render.dia.cloud');
  const idFw = (p: PathDoc): string => fwText(p.firewall ?? (p.firewallId === undefined ? tr?.firewall : undefined), p.firewallId ?? tr?.firewallId, lang);
  const copy = (p: PathDoc | undefined): string => t(lang, p?.iface?.erspan ? 'render.dia.erspan' : 'render.dia.span');
  let identity: PathText;
  switch (id?.method) {
    case undefined: identity = { intro: t(lang, 'render.path.identity-missing'), chain: [] }; break;
    case 'inline-arp-dhcp': identity = { intro: t(lang, 'render.path.identity.inline-arp-dhcp'), chain: [devices, sw(tr), `${idFw(id)} ${ifaceText(id.iface, id.interfaceName, lang)}`, sls, cloud] }; break;
    case 'mirror': identity = { intro: t(lang, 'render.path.identity.mirror'), chain: [devices, sw(id), `${copy(id)}: ${idFw(id)} ${ifaceText(id.iface, id.interfaceName, lang)}`, sls, cloud] }; break;
    case 'dhcp-helper': identity = { intro: t(lang, 'render.path.identity.dhcp-helper'), chain: [devices, sw(id), `${t(lang, 'render.dia.helper')}: ${idFw(id)} ${ifaceText(id.iface, id.interfaceName, lang)}`, sls, cloud] }; break;
    case 'dhcp-syslog': identity = { intro: t(lang, 'render.path.identity.dhcp-syslog'), chain: [t(lang, 'render.dia.dhcp-server'), `syslog: ${idFw(id)}`, sls, cloud] }; break;
    case 'xsoar-snmp': identity = { intro: t(lang, 'render.path.identity.xsoar-snmp'), chain: [sw(id), `${t(lang, 'render.dia.snmp')}: Cortex XSOAR (${t(lang, `render.xsoar.${doc.xsoarKind === 'own' || doc.xsoarKind === 'cohosted' ? doc.xsoarKind : 'unknown'}`)})`, cloud] }; break;
    case 'csv': identity = { intro: t(lang, 'render.path.identity.csv'), chain: [`${t(lang, 'render.dia.csv')} ${id.csv ?? '?'}`, `${t(lang, 'render.dia.upload')}: ${cloud}`] }; break;
    default: identity = { intro: t(lang, 'render.path.unknown-method', { method: id!.method! }), chain: [] };
  }
  // A mixed segment's static-IP devices, learned from their own CSV list.
  if (seg.staticIdentity?.method === 'csv' && id?.method !== 'csv') {
    identity.intro = `${identity.intro} ${t(lang, 'render.path.identity.static-csv', { csv: seg.staticIdentity.csv ?? '?' })}`;
  }
  let traffic: PathText;
  switch (tr?.method) {
    case undefined: traffic = { intro: t(lang, 'render.path.traffic-missing'), chain: [] }; break;
    case 'inline': traffic = { intro: t(lang, seg.enforce ? 'render.path.traffic.inline-enforce' : 'render.path.traffic.inline'), chain: [devices, sw(tr), `${fwText(tr.firewall, tr.firewallId, lang)} ${ifaceText(tr.iface, tr.interfaceName, lang)}`, t(lang, 'render.dia.upstream')] }; break;
    case 'mirror': traffic = { intro: t(lang, 'render.path.traffic.mirror'), chain: [devices, sw(tr), `${copy(tr)}: ${fwText(tr.firewall, tr.firewallId, lang)} ${ifaceText(tr.iface, tr.interfaceName, lang)}`] }; break;
    default: traffic = { intro: t(lang, 'render.path.unknown-method', { method: tr!.method! }), chain: [] };
  }
  if (tr?.method === 'inline' || tr?.method === 'mirror') traffic.chain.push(`${t(lang, 'render.dia.logs')}: ${sls} → ${cloud}`);
  return { identity, traffic };
}

export interface PrereqLine { status: PrereqStatus; label: string; detail: string; source: number }

export function prereqLines(block: PrereqBlock, lang: Lang): PrereqLine[] {
  return block.items.map((it) => ({
    status: it.status,
    label: t(lang, `render.prereq.${it.id}`),
    detail: t(lang, `render.prereq.${it.id}.${it.variant}`, it.args),
    source: sourceById(it.source).n,
  }));
}

export function prereqHeading(block: PrereqBlock, lang: Lang): string {
  const fw = block.fw;
  return t(lang, fw.model ? 'render.prereq.heading-model' : 'render.prereq.heading', { firewall: fw.id ?? '?', model: fw.model ?? '' });
}

export function prereqServes(block: PrereqBlock, lang: Lang): string {
  if (!block.segments.length) return t(lang, 'render.prereq.serves-none');
  const ids = block.segments.map((s) => s.id ?? '?');
  const shown = ids.length > 12 ? `${ids.slice(0, 12).join(', ')} ${t(lang, 'render.and-more', { count: ids.length - 12 })}` : ids.join(', ');
  return t(lang, 'render.prereq.serves', { segments: shown });
}

export function siteHeading(site: SiteDoc, lang: Lang): string {
  const name = site.name ?? site.id ?? '?';
  return site.name !== undefined && site.id !== undefined && site.id !== site.name ? t(lang, 'render.site.heading-id', { name, id: site.id }) : t(lang, 'render.site.heading', { name });
}

export function segmentHeading(seg: SegmentDoc, lang: Lang): string {
  return t(lang, 'render.seg.heading', { id: seg.id ?? `#${seg.index + 1}` });
}

export function timelineFacts(doc: DocModel, lang: Lang): string[] {
  const out: string[] = [];
  if (doc.pocStart || doc.pocEnd) out.push(t(lang, 'render.tl.fact-poc', { start: or(doc.pocStart), end: or(doc.pocEnd) }));
  for (const fw of doc.firewalls) {
    if (fw.expires === undefined) continue;
    const margin = doc.endDay !== undefined && fw.expiresDay !== undefined ? fw.expiresDay - doc.endDay : undefined;
    out.push(t(lang, 'render.tl.fact-license', { firewall: fw.id ?? '?', type: fw.licenseType ?? '?', date: fw.expires, margin: marginText(margin, lang) }));
  }
  const last = tenantLastDay(doc);
  if (doc.keepAfterPoc && last !== undefined) out.push(t(lang, 'render.tl.fact-window', { date: formatIsoDate(last) }));
  if (doc.prodLicenseDate !== undefined) {
    const inside = !doc.keepAfterPoc || last === undefined || (doc.prodDay !== undefined && doc.prodDay <= last);
    out.push(t(lang, doc.keepAfterPoc && last !== undefined ? (inside ? 'render.tl.fact-prod-inside' : 'render.tl.fact-prod-outside') : 'render.tl.fact-prod', { date: doc.prodLicenseDate }));
  }
  if (!doc.firewalls.some((f) => isTrialOrEval(f.licenseType)) && doc.keepAfterPoc) out.push(t(lang, 'render.tl.fact-no-trial'));
  return out;
}

export const FINDINGS_HEAD = ['render.find.severity', 'render.find.code', 'render.find.message', 'render.find.where'];

export function severityText(s: string, lang: Lang): string {
  return t(lang, `render.severity.${s}`);
}
