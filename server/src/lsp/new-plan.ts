/**
 * *New Plan…*: `pocplan/newPlanChoices` (what to offer, in the user's language) and
 * `pocplan/newPlan` (the plan's text and the CSV stubs it needs, for a target uri). The client
 * asks, writes the files (never over one: node/safe-write.ts `createOnly`) and opens the plan.
 * The reading of the license matrix is the one the target's folder uses (`.pocplanrc.yaml`, settings).
 */
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { createPlanService, type Settings } from '../service';
import { readReferencedFile } from '../service/files';
import { buildPlan, completeAnswers, initChoices, validateAnswers, type InitAnswers } from '../service/init';
import { normalizeLang, t } from '../service/l10n';
import {
  NEW_PLAN_CHOICES_REQUEST, NEW_PLAN_REQUEST,
  type NewPlanAnswers, type NewPlanChoicesParams, type NewPlanChoicesResult, type NewPlanParams, type NewPlanResult,
} from '../protocol';
import { guardedRequest, type Feature, type ServerContext } from './context';

const today = (): number => Math.floor(Date.now() / 86_400_000);

async function settingsAt(ctx: ServerContext, uri: string | undefined): Promise<Settings> {
  return ctx.settingsFor(uri ?? ctx.folders[0] ?? 'file:///');
}

/** Answers from the client: only the fields and types a plan is made from (anything else is dropped). */
function readAnswers(x: NewPlanAnswers | undefined, fallbackLang: 'en' | 'ja'): Partial<InitAnswers> & { lang: 'en' | 'ja' } {
  const a = (x && typeof x === 'object' ? x : {}) as Record<string, unknown>;
  const s = (k: string): string | undefined => (typeof a[k] === 'string' ? a[k] as string : undefined);
  const out: Partial<InitAnswers> & { lang: 'en' | 'ja' } = { lang: a.lang === 'ja' || a.lang === 'en' ? a.lang : fallbackLang };
  for (const k of ['customer', 'title', 'start', 'end', 'firewallModel', 'tenantName', 'region', 'prodLicenseDate'] as const) { const v = s(k); if (v !== undefined) out[k] = v; }
  const fw = s('firewallType'); if (fw !== undefined) out.firewallType = fw as InitAnswers['firewallType'];
  const lic = s('licenseType'); if (lic !== undefined) out.licenseType = lic as InitAnswers['licenseType'];
  if (typeof a.observationDays === 'number') out.observationDays = a.observationDays;
  if (typeof a.keepTenant === 'boolean') out.keepTenant = a.keepTenant;
  if (Array.isArray(a.sites)) {
    out.sites = a.sites.filter((v): v is { name: string; pattern: string } => !!v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string' && typeof (v as { pattern?: unknown }).pattern === 'string')
      .map((v) => ({ name: v.name, pattern: v.pattern as InitAnswers['sites'][number]['pattern'] }));
  }
  return out;
}

export async function newPlanChoices(ctx: ServerContext, params: NewPlanChoicesParams): Promise<NewPlanChoicesResult> {
  const lang = normalizeLang(params?.lang);
  const { licenseMatrix: reading } = await settingsAt(ctx, params?.uri);
  const c = initChoices(lang, reading);
  const defaults = completeAnswers({ lang }, reading, today());
  return { ...c, defaults: { ...defaults, sites: defaults.sites.map((s) => ({ ...s })) } };
}

export async function newPlan(ctx: ServerContext, params: NewPlanParams): Promise<NewPlanResult> {
  if (!params || typeof params.uri !== 'string' || !/\.pocplan\.ya?ml$/i.test(params.uri)) {
    throw new ResponseError(ErrorCodes.InvalidParams, 'pocplan/newPlan needs { uri: "…/NAME.pocplan.yaml", answers }');
  }
  const settings = await settingsAt(ctx, params.uri);
  const answers = completeAnswers(readAnswers(params.answers, settings.lang), settings.licenseMatrix, today());
  const problems = validateAnswers(answers, settings.licenseMatrix);
  const none = { errors: 0, warnings: 0, infos: 0 };
  if (problems.length) return { text: '', files: [], problems, counts: none, notes: [] };
  const host = ctx.service.host;
  const plan = buildPlan(answers, { planUri: params.uri, host });
  // Checked as it will be once its files exist.
  const created = new Map(plan.files.map((f) => [f.uri, f.text]));
  const service = createPlanService({
    host: {
      ...host,
      readFile: (u) => created.get(u) ?? host.readFile(u),
      readFileResult: (u) => { const text = created.get(u); return text !== undefined ? { status: 'ok', text } : readReferencedFile(host, u); },
    },
  });
  const r = service.check(params.uri, plan.text, { ...settings, lang: answers.lang });
  const counts = { ...none };
  for (const d of r.diagnostics) if (d.severity === 'error') counts.errors++; else if (d.severity === 'warning') counts.warnings++; else counts.infos++;
  const notes = plan.files.map((f) => {
    const name = f.uri.slice(f.uri.lastIndexOf('/') + 1);
    return t(answers.lang, 'init.created-csv', { file: decodeURIComponent(name), segment: decodeURIComponent(name).replace(/\.csv$/i, '') });
  });
  return { text: plan.text, files: plan.files, problems: [], counts, notes };
}

export const newPlanFeature: Feature = {
  register(ctx) {
    ctx.connection.onRequest(NEW_PLAN_CHOICES_REQUEST, guardedRequest(ctx, 'pocplan/newPlanChoices', (p: NewPlanChoicesParams) => newPlanChoices(ctx, p)));
    ctx.connection.onRequest(NEW_PLAN_REQUEST, guardedRequest(ctx, 'pocplan/newPlan', (p: NewPlanParams) => newPlan(ctx, p)));
  },
};
