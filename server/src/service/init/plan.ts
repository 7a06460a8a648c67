/**
 * A new plan from the answers, built with the same functions as the editor's templates: the
 * firewall is `addFirewall` (templates/resources.ts, with its expiry that covers the PoC and keeps
 * the tenant) given the chosen model and types, and each site's segment is configured by
 * `applyPattern` (templates/patterns.ts), which adds whatever the pattern needs (an inline or tap
 * interface, a mirroring or SNMP switch, the `xsoar` section, a CSV stub). A fix to a template is
 * therefore a fix to every new plan. The result checks clean for every combination the license
 * matrix allows (test/unit/init.test.ts).
 */
import type { CreateFile, EditStyle, Value } from '../edit';
import { mapLines } from '../edit';
import { formatIsoDate, parseIsoDate } from '../dates';
import { t } from '../l10n';
import { Draft } from '../language/draft';
import { at, PATH, put, putIn } from '../actions/util';
import { nextFreeSubnet } from '../templates';
import { applyPattern } from '../templates/patterns';
import { addFirewall, type TemplateEnv } from '../templates/resources';
import { DEFAULT_OBSERVATION_DAYS, isTrialOrEval, type InitAnswers } from './answers';

/** Two-space maps, lists indented under their key: the examples' layout. */
const STYLE: EditStyle = { unit: 2, seqIndent: 2, itemIndent: 2, eol: '\n' };

export interface NewPlan {
  /** The plan's text. */
  text: string;
  /** Files the plan refers to that do not exist yet (the CSV stubs of patterns 5-1 and 5-2). */
  files: CreateFile[];
}

/** `Osaka plant` → `osaka-plant`; what is left of a name in another script is empty. */
export function slug(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
}

function ids(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name, i) => {
    let id = slug(name) || `site-${i + 1}`;
    for (let n = 2; taken.has(id); n++) id = `${slug(name) || 'site'}-${n}`;
    taken.add(id);
    return id;
  });
}

/** The plan's observation period: the answer, else 14 days or the whole PoC when shorter (never below 2). */
function observationDays(a: InitAnswers): number {
  if (a.observationDays !== undefined) return a.observationDays;
  const length = parseIsoDate(a.end)! - parseIsoDate(a.start)! + 1;
  return Math.max(2, Math.min(DEFAULT_OBSERVATION_DAYS, length));
}

/** The production-license date when the tenant is kept: the answer, else the day after the PoC. */
function prodDate(a: InitAnswers): string | undefined {
  const keep = a.keepTenant ?? isTrialOrEval(a.licenseType);
  if (!keep) return undefined;
  return a.prodLicenseDate ?? formatIsoDate(parseIsoDate(a.end)! + 1);
}

/**
 * The plan for valid answers (validateAnswers returned nothing). `env.planUri` is where the plan
 * will be written: CSV stubs are made next to it unless a file of that name is already there.
 */
export function buildPlan(a: InitAnswers, env: TemplateEnv): NewPlan {
  const customer = a.customer?.trim() || undefined;
  const title = a.title?.trim() || (customer ? t(a.lang, 'init.title', { customer }) : t(a.lang, 'init.title/none'));
  const keep = a.keepTenant ?? isTrialOrEval(a.licenseType);
  const prod = prodDate(a);
  const tenant: { [key: string]: Value } = {};
  if (a.tenantName?.trim()) tenant.name = a.tenantName.trim();
  if (a.region?.trim()) tenant.region = a.region.trim();
  tenant.keepAfterPoc = keep;
  if (prod !== undefined) tenant.prodLicenseDate = prod;
  const siteIds = ids(a.sites.map((s) => s.name));
  const base: { [key: string]: Value } = {
    pocplan: 1,
    title,
    ...(customer ? { customer } : {}),
    locale: a.lang,
    poc: { start: a.start, end: a.end, observationDays: observationDays(a) },
    tenant,
    sites: a.sites.map((s, i) => ({ id: siteIds[i]!, name: s.name.trim(), segments: [] })),
  };
  const d = new Draft(`${mapLines(base, 0, STYLE).join('\n')}\n`);

  // The firewall: the templates' new firewall (logging on, a virtual wire, an expiry that covers
  // the PoC and the tenant window), with the chosen model and types.
  const fw = addFirewall(d, 'fw-1');
  put(d, at.firewall(fw), PATH.firewall, 'model', a.firewallModel.trim());
  put(d, at.firewall(fw), PATH.firewall, 'type', a.firewallType);
  putIn(d, at.firewall(fw), PATH.firewall, ['iotLicense', 'type'], a.licenseType);

  // One segment per site, then each configured as its pattern (in order: later ones reuse what
  // earlier ones added, such as the tap and its switch).
  a.sites.forEach((_, i) => {
    const m = d.model;
    put(d, at.site(i), PATH.site, 'segments', [{ id: `${siteIds[i]}-iot`, subnet: nextFreeSubnet(m), addressing: 'dhcp' }]);
  });
  a.sites.forEach((s, i) => applyPattern(d, i, s.pattern, env));

  const edit = d.toEdit();
  return { text: d.text, files: edit.createFiles ?? [] };
}
