/**
 * Hover: what a key means (schema title and description, en/ja); what an enum value means; on a
 * license, whether the matrix allows it on that firewall (with the source), the days between the
 * PoC end and the expiry and the tenant window's last day; on a reference, what it points at; on a
 * suppression comment's code, what the rule checks.
 */
import type { ParsedPlan } from '../check';
import { codeMeta } from '../codes';
import type { Settings } from '../config';
import { formatIsoDate, parseIsoDate } from '../dates';
import { hasMessage, t, type Lang } from '../l10n';
import { cell, readingTitle } from '../license/matrix';
import { patternOf, type FirewallM } from '../model';
import { TENANT_WINDOW_DAYS } from '../rules/license-tenant-window';
import { getBool, getString } from '../tree';
import { locate } from './cursor';
import { tenantWindowEnd } from './inlay';
import { targetAt } from './navigation';
import { descriptionOf, enumValues, methodNote, schemaAt, schemaPath, titleOf } from './schema-nav';
import { firewallSummary, interfaceSummary, switchSummary } from './summaries';

export interface PlanHover { markdown: string; start: number; end: number }

function schemaDoc(path: ReadonlyArray<string | number>, lang: Lang): string | undefined {
  const node = schemaAt(schemaPath(path));
  const title = titleOf(node, lang);
  const desc = descriptionOf(node, lang);
  if (!title && !desc) return undefined;
  return [title ? `**${title}**` : undefined, desc].filter(Boolean).join('\n\n');
}

/** The license facts of a firewall: matrix cell and source, margin to the PoC end, tenant window. */
export function licenseFacts(plan: ParsedPlan, fw: FirewallM, settings: Settings): string[] {
  const lang = settings.lang;
  const m = plan.model;
  const out: string[] = [];
  const type = getString(fw.license, 'type');
  const c = cell(settings.licenseMatrix, type, fw.type);
  if (c) {
    out.push(t(lang, c.allowed ? 'hover.license.allowed' : 'hover.license.denied', { license: type!, type: fw.type!, reading: readingTitle(settings.licenseMatrix, lang) }));
    out.push(t(lang, 'hover.license.source', { title: c.source.title, url: c.source.url, date: c.source.date }));
    if (c.alsoSee) out.push(t(lang, 'hover.license.also-see', { title: c.alsoSee.title, url: c.alsoSee.url, date: c.alsoSee.date }));
  }
  const expiresText = getString(fw.license, 'expires');
  const expires = parseIsoDate(expiresText);
  const endText = getString(m.poc, 'end');
  const end = parseIsoDate(endText);
  if (expires !== undefined && end !== undefined) {
    const days = expires - end;
    out.push(t(lang, days >= 0 ? 'hover.license.after-end' : 'hover.license.before-end', { days: Math.abs(days), end: endText! }));
  }
  if (expires !== undefined && (type === 'trial' || type === 'eval')) {
    out.push(t(lang, 'hover.license.window', { date: formatIsoDate(expires + TENANT_WINDOW_DAYS), days: TENANT_WINDOW_DAYS }));
  }
  return out;
}

function prodDateFacts(plan: ParsedPlan, lang: Lang): string[] {
  const m = plan.model;
  const end = tenantWindowEnd(m);
  if (end === undefined) return [];
  const prod = parseIsoDate(getString(m.tenant, 'prodLicenseDate'));
  const keep = getBool(m.tenant, 'keepAfterPoc') === true;
  const lines = [t(lang, 'hover.window.end', { date: formatIsoDate(end), days: TENANT_WINDOW_DAYS })];
  if (prod !== undefined && keep) lines.push(t(lang, prod <= end ? 'hover.window.inside' : 'hover.window.outside', { days: Math.abs(end - prod) }));
  return lines;
}

function suppressionHover(plan: ParsedPlan, offset: number, lang: Lang): PlanHover | undefined {
  for (const s of plan.suppressions) {
    const c = s.codes.find((x) => offset >= x.start && offset <= x.end);
    if (!c) continue;
    const meta = codeMeta(c.code);
    const doc = hasMessage(lang, `doc.${c.code}`) || hasMessage('en', `doc.${c.code}`) ? t(lang, `doc.${c.code}`) : t(lang, meta ? 'hover.code.no-doc' : 'hover.code.unknown');
    const sev = meta ? t(lang, 'hover.code.severity', { severity: t(lang, `severity.${meta.severity}`) }) : undefined;
    return { markdown: [`**${c.code}**`, doc, sev].filter(Boolean).join('\n\n'), start: c.start, end: c.end };
  }
  return undefined;
}

export function hover(plan: ParsedPlan, offset: number, settings: Settings): PlanHover | undefined {
  const lang = settings.lang;
  const sup = suppressionHover(plan, offset, lang);
  if (sup) return sup;
  const loc = locate(plan.text, plan.root, offset);
  if (!loc.scalar || loc.on === 'none') return undefined;
  const span = { start: loc.scalar.start, end: loc.scalar.end };
  const path = loc.path;
  const parts: string[] = [];
  const m = plan.model;
  const key = path[path.length - 1];

  if (loc.on === 'value') {
    const hit = targetAt(plan, offset);
    const isReference = hit && !(path.length === 3 || (path[2] === 'interfaces' && key === 'name') || (path[2] === 'segments' && key === 'id'));
    if (hit && isReference) {
      const { target } = hit;
      if (target.kind === 'firewall') { const f = m.firewallById.get(target.id); parts.push(f ? firewallSummary(f, lang) : t(lang, 'hover.ref.undefined', { value: target.id })); }
      else if (target.kind === 'switch') { const s = m.switchById.get(target.id); parts.push(s ? switchSummary(s, lang) : t(lang, 'hover.ref.undefined', { value: target.id })); }
      else if (target.kind === 'interface') {
        const i = m.firewallById.get(target.firewall ?? '')?.interfaces.find((x) => x.name === target.id);
        parts.push(i ? interfaceSummary(i, lang) : t(lang, 'hover.ref.undefined', { value: target.id }));
      }
      return { markdown: parts.join('\n\n---\n\n'), ...span };
    }
    const node = schemaAt(schemaPath(path));
    const v = enumValues(node, lang).find((e) => e.value === String(loc.scalar!.value));
    if (v) {
      const note = key === 'method' ? methodNote(schemaAt(schemaPath(path.slice(0, -1))), v.value, lang) : undefined;
      parts.push([`**${titleOf(node, lang) ?? String(key)}: \`${v.value}\`**`, v.description, note].filter(Boolean).join('\n\n'));
    }
  }
  if (!parts.length) { const d = schemaDoc(path, lang); if (d) parts.push(d); }
  if (path[0] === 'firewalls' && typeof path[1] === 'number' && path[2] === 'iotLicense') {
    const fw = m.firewalls[path[1]];
    if (fw) parts.push(licenseFacts(plan, fw, settings).join('\n\n'));
  }
  if (path[0] === 'tenant' && key === 'prodLicenseDate') parts.push(prodDateFacts(plan, lang).join('\n\n'));
  if (path[0] === 'sites' && path[2] === 'segments' && key === 'id' && loc.on === 'value') {
    const seg = m.segments.find((s) => s.idNode === loc.scalar);
    const pattern = seg ? patternOf(seg) : undefined;
    parts.push(pattern ? t(lang, 'hover.segment.pattern', { pattern, name: t(lang, `pattern.${pattern}`) }) : t(lang, 'hover.segment.no-pattern'));
  }
  const markdown = parts.filter((p) => p.trim()).join('\n\n---\n\n');
  return markdown ? { markdown, ...span } : undefined;
}
