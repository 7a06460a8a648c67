/**
 * What a new plan is made from (the answers of *New Plan…* and `pocplan init`), their defaults and
 * their validation. A problem is a catalog message in the user's language, tied to the answer it
 * is about, so each front end can re-ask (terminal), re-open a quick pick (editor) or exit 2 (flags).
 */
import { formatIsoDate, parseIsoDate } from '../dates';
import { t, type Lang } from '../l10n';
import { allowedLicenses, cell, FIREWALL_TYPES, LICENSE_TYPES, readingTitle, type MatrixReading } from '../license/matrix';
import { PATTERNS, type PatternId } from '../model';
import './catalog';

export type FirewallType = typeof FIREWALL_TYPES[number];
export type LicenseType = typeof LICENSE_TYPES[number];

export interface SiteAnswer { name: string; pattern: PatternId }

export interface InitAnswers {
  /** The plan's `locale:` and the language of every message about it. */
  lang: Lang;
  customer?: string;
  /** Default: "<customer> IoT Security PoC". */
  title?: string;
  /** ISO dates. */
  start: string;
  end: string;
  /** Default: 14, within the PoC. */
  observationDays?: number;
  firewallModel: string;
  firewallType: FirewallType;
  licenseType: LicenseType;
  /** One segment per site, configured as the site's pattern. */
  sites: SiteAnswer[];
  tenantName?: string;
  region?: string;
  /** Default: true for a trial or eval license (the PoC's tenant becomes the customer's). */
  keepTenant?: boolean;
  /** Default, when the tenant is kept: the day after the PoC ends. */
  prodLicenseDate?: string;
}

/** Which answer a problem is about (the flag or question to re-ask). */
export type AnswerField = 'customer' | 'title' | 'start' | 'end' | 'observationDays' | 'firewallModel' | 'firewallType' | 'licenseType' | 'sites' | 'tenantName' | 'region' | 'prodLicenseDate';

export interface AnswerProblem { field: AnswerField; message: string }

export const PATTERN_IDS: readonly PatternId[] = PATTERNS.map((p) => p.id);
export const DEFAULT_MODEL = 'PA-440';
export const DEFAULT_OBSERVATION_DAYS = 14;
export const MAX_TEXT = 200;

/**
 * Dates of a PoC that starts soon: the Monday at least a week after `today` (a UTC day number),
 * ending on the Friday six weeks later (39 days), the length of the examples' PoCs.
 */
export function defaultDates(today: number): { start: string; end: string } {
  const weekday = (today + 4) % 7; // 1970-01-01 was a Thursday: 0 = Sunday
  const start = today + 7 + ((8 - weekday) % 7);
  return { start: formatIsoDate(start), end: defaultEnd(formatIsoDate(start)) };
}

/** Six weeks from a start date, to the Friday when it starts on a Monday (start + 39 days). */
export function defaultEnd(start: string): string {
  return formatIsoDate(parseIsoDate(start)! + 39);
}

/** The first license the reading allows on the firewall type (trial on prod/eval/lab, nfr on nfr). */
export function defaultLicense(reading: MatrixReading, firewallType: string): LicenseType {
  return (allowedLicenses(reading, firewallType)[0] ?? 'trial') as LicenseType;
}

export const isTrialOrEval = (l: string): boolean => l === 'trial' || l === 'eval';

export function licenseName(l: string, lang: Lang): string {
  return (LICENSE_TYPES as readonly string[]).includes(l) ? t(lang, `init.name.license.${l}`) : l;
}

export function firewallTypeName(f: string, lang: Lang): string {
  return (FIREWALL_TYPES as readonly string[]).includes(f) ? t(lang, `init.name.fw.${f}`) : f;
}

/** The problem with a license choice under `reading`, or undefined when the matrix allows it. */
export function licenseProblem(reading: MatrixReading, licenseType: string, firewallType: string, lang: Lang): string | undefined {
  if (cell(reading, licenseType, firewallType)?.allowed) return undefined;
  const sep = lang === 'ja' ? '、' : ', ';
  return t(lang, 'init.error.license', {
    license: licenseName(licenseType, lang), type: firewallTypeName(firewallType, lang), reading: readingTitle(reading, lang),
    allowed: allowedLicenses(reading, firewallType).map((l) => licenseName(l, lang)).join(sep),
  });
}

/** A date answer's problem, if any. */
export function dateProblem(value: string, lang: Lang): string | undefined {
  return parseIsoDate(value) === undefined ? t(lang, 'init.error.date', { value }) : undefined;
}

/** A free-text answer's problem (too long), if any. */
export function textProblem(value: string | undefined, lang: Lang): string | undefined {
  return value !== undefined && value.length > MAX_TEXT ? t(lang, 'init.error.too-long', { max: MAX_TEXT }) : undefined;
}

/** Every problem with a set of answers; an empty list means a plan can be made from them. */
export function validateAnswers(a: InitAnswers, reading: MatrixReading): AnswerProblem[] {
  const L = a.lang;
  const out: AnswerProblem[] = [];
  const add = (field: AnswerField, message: string | undefined): void => { if (message) out.push({ field, message }); };
  add('customer', textProblem(a.customer, L));
  add('title', textProblem(a.title, L));
  add('tenantName', textProblem(a.tenantName, L));
  add('region', textProblem(a.region, L));
  add('firewallModel', a.firewallModel.trim() ? textProblem(a.firewallModel, L) : t(L, 'init.error.empty'));
  add('start', dateProblem(a.start, L));
  add('end', dateProblem(a.end, L));
  if (a.prodLicenseDate !== undefined) add('prodLicenseDate', dateProblem(a.prodLicenseDate, L));
  const s = parseIsoDate(a.start); const e = parseIsoDate(a.end);
  if (s !== undefined && e !== undefined && e < s) add('end', t(L, 'init.error.end-before-start', { start: a.start, end: a.end }));
  if (a.observationDays !== undefined && !(Number.isInteger(a.observationDays) && a.observationDays >= 1 && a.observationDays <= 3650)) add('observationDays', t(L, 'init.error.days'));
  if (!(FIREWALL_TYPES as readonly string[]).includes(a.firewallType)) add('firewallType', t(L, 'init.error.choice', { n: FIREWALL_TYPES.length }));
  else if (!(LICENSE_TYPES as readonly string[]).includes(a.licenseType)) add('licenseType', t(L, 'init.error.choice', { n: LICENSE_TYPES.length }));
  else add('licenseType', licenseProblem(reading, a.licenseType, a.firewallType, L));
  if (!a.sites.length) add('sites', t(L, 'init.error.no-sites'));
  const seen = new Set<string>();
  for (const site of a.sites) {
    if (!site.name.trim()) add('sites', t(L, 'init.error.empty'));
    else add('sites', textProblem(site.name, L));
    if (!PATTERN_IDS.includes(site.pattern)) add('sites', t(L, 'init.error.choice', { n: PATTERN_IDS.length }));
    const key = site.name.trim().toLowerCase();
    if (key && seen.has(key)) add('sites', t(L, 'init.error.site-name', { name: site.name.trim() }));
    seen.add(key);
  }
  return out;
}

/**
 * Answers with the defaults filled in (what `pocplan init --yes` and a programmatic *New Plan* use):
 * a PoC starting the Monday at least a week after `today` (a UTC day number) for six weeks, a
 * PA-440 production firewall with the first license the reading allows, one site with pattern 1.
 */
export function completeAnswers(given: Partial<InitAnswers> & { lang: Lang }, reading: MatrixReading, today: number): InitAnswers {
  const start = given.start ?? defaultDates(today).start;
  const firewallType = given.firewallType ?? 'prod';
  return {
    ...given,
    start,
    end: given.end ?? (parseIsoDate(start) !== undefined ? defaultEnd(start) : start),
    firewallModel: given.firewallModel ?? DEFAULT_MODEL,
    firewallType,
    licenseType: given.licenseType ?? defaultLicense(reading, firewallType),
    sites: given.sites?.length ? given.sites : [{ name: t(given.lang, 'init.site.default'), pattern: '1' }],
  };
}
