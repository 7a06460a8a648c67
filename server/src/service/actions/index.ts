/**
 * Every quick fix, in one list, selected by diagnostic code; plus the actions that are not tied to
 * one code: "Disable <code> for this line", the pattern and "Add …" templates, and
 * `source.fixAll.pocplan`, which applies every safe fix (the one unambiguous fix of a diagnostic),
 * re-checking after each so that no fix works on stale offsets.
 * Add a fix: write actions/<code>.ts exporting a `FixProvider`, list it here, add its titles to
 * l10n/{en,ja}/actions.json, and test it before → after in test/unit/editing/.
 */
import { checkPlan, parsePlan, type CheckResult, type ParsedPlan } from '../check';
import { applyEdits, type PlanEdit, type TextEdit } from '../edit';
import { diffEdits } from '../language/draft';
import { KIND_ADD, KIND_PATTERN, resolveTemplate, templateActions, templateData, type TemplateData } from '../templates';
import { configInterfaceRenameFix, configTakeValueFix } from './config-take-value';
import { csvMissingFileFix } from './csv-missing-file';
import { disableFix } from './disable-line';
import { erspanUnsupportedFix } from './erspan-unsupported';
import { firewallSkuTypeMismatchFix } from './firewall-sku-type-mismatch';
import { idDuplicateFix } from './id-duplicate';
import { identityBroadcastDhcpUnseenFix } from './identity-broadcast-dhcp-unseen';
import { identityCsvRequiresStaticFix } from './identity-csv-requires-static';
import { identityDhcpBroadcastSessionOffFix } from './identity-dhcp-broadcast-session-off';
import { identityDhcpPathUnsetFix } from './identity-dhcp-path-unset';
import { identityHelperRequiresLayer3Fix } from './identity-helper-requires-layer3';
import { identityMirrorRequiresTapFix } from './identity-mirror-requires-tap';
import { identityRelayRequiresLayer3Fix } from './identity-relay-requires-layer3';
import { identitySnmpMissingFix } from './identity-snmp-missing';
import { identitySnmpReadOnlyFix } from './identity-snmp-read-only';
import { identityXsoarEngineOsFix } from './identity-xsoar-engine-os';
import { identityXsoarRequiresIntegrationFix } from './identity-xsoar-requires-integration';
import { interfaceCopyZoneSharedFix } from './interface-copy-zone-shared';
import { interfaceRelayLimitFix } from './interface-relay-limit';
import { interfaceTapNoZoneFix } from './interface-tap-no-zone';
import { licenseExpiresBeforePocEndFix } from './license-expires-before-poc-end';
import { licenseIncompatibleFix } from './license-incompatible';
import { licenseTenantWindowFix } from './license-tenant-window';
import { loggingDisabledFix } from './logging-disabled';
import { loggingRegionMismatchFix } from './logging-region-mismatch';
import { panosMinimumFix } from './panos-minimum';
import { pocDatesInvertedFix } from './poc-dates-inverted';
import { pocObservationShortFix } from './poc-observation-short';
import { refMissingFix } from './ref-missing';
import { refUnknownFix } from './ref-unknown';
import { schemaConstFix } from './schema-const';
import { schemaEnumFix } from './schema-enum';
import { schemaRequiredFix } from './schema-required';
import { schemaUnknownKeyFix } from './schema-unknown-key';
import { segmentPatternFix } from './segment-pattern';
import { segmentStaticIdentityAddressingFix } from './segment-static-identity-addressing';
import { subnetInvalidFix } from './subnet-invalid';
import { subnetOverlapFix } from './subnet-overlap';
import { suppressionFix } from './suppression';
import { trafficInlineOnTapFix } from './traffic-inline-on-tap';
import { trafficTapEnforcementFix } from './traffic-tap-enforcement';
import { yamlBidiControlFix } from './yaml-bidi-control';
import { zoneDeviceIdDisabledFix } from './zone-device-id-disabled';
import type { DiagnosticRef, Fix, FixContext, FixProvider } from './types';

export type { DiagnosticRef, Fix, FixContext, FixProvider } from './types';

export const FIX_PROVIDERS: readonly FixProvider[] = [
  configInterfaceRenameFix,
  configTakeValueFix,
  csvMissingFileFix,
  erspanUnsupportedFix,
  firewallSkuTypeMismatchFix,
  idDuplicateFix,
  identityBroadcastDhcpUnseenFix,
  identityCsvRequiresStaticFix,
  identityDhcpBroadcastSessionOffFix,
  identityDhcpPathUnsetFix,
  identityHelperRequiresLayer3Fix,
  identityMirrorRequiresTapFix,
  identityRelayRequiresLayer3Fix,
  identitySnmpMissingFix,
  identitySnmpReadOnlyFix,
  identityXsoarEngineOsFix,
  identityXsoarRequiresIntegrationFix,
  interfaceCopyZoneSharedFix,
  interfaceRelayLimitFix,
  interfaceTapNoZoneFix,
  licenseExpiresBeforePocEndFix,
  licenseIncompatibleFix,
  licenseTenantWindowFix,
  loggingDisabledFix,
  loggingRegionMismatchFix,
  panosMinimumFix,
  pocDatesInvertedFix,
  pocObservationShortFix,
  refMissingFix,
  refUnknownFix,
  schemaConstFix,
  schemaEnumFix,
  schemaRequiredFix,
  schemaUnknownKeyFix,
  segmentPatternFix,
  segmentStaticIdentityAddressingFix,
  subnetInvalidFix,
  subnetOverlapFix,
  suppressionFix,
  trafficInlineOnTapFix,
  trafficTapEnforcementFix,
  yamlBidiControlFix,
  zoneDeviceIdDisabledFix,
];

const byCode = new Map<string, FixProvider[]>();
for (const p of FIX_PROVIDERS) for (const c of p.codes) (byCode.get(c) ?? byCode.set(c, []).get(c)!).push(p);

/** Codes that have at least one quick fix (beyond "Disable for this line"). */
export function fixableCodes(): string[] {
  return [...byCode.keys()].sort();
}

export const KIND_QUICKFIX = 'quickfix';
export const KIND_FIX_ALL = 'source.fixAll.pocplan';
export { KIND_ADD, KIND_PATTERN };

/**
 * The fixes for one diagnostic; a provider that throws offers nothing rather than breaking the
 * lightbulb, and a fix whose edits leave the text or overlap is never offered (it could only fail,
 * or land somewhere the user did not see).
 */
export function fixesFor(d: DiagnosticRef, ctx: FixContext): Fix[] {
  const out: Fix[] = [];
  for (const p of byCode.get(d.code) ?? []) {
    try { out.push(...p.fixes(d, ctx).filter((f) => !f.edit || editsValid(f.edit.edits, ctx.plan.text.length))); } catch { /* a fix bug must not hide the others */ }
  }
  return out;
}

function editsValid(edits: readonly TextEdit[], length: number): boolean {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let pos = 0;
  for (const e of sorted) {
    if (!Number.isInteger(e.start) || !Number.isInteger(e.end) || e.start < pos || e.end < e.start || e.end > length) return false;
    pos = e.end;
  }
  return true;
}

export interface ActionRequest {
  /** Offsets of the selection. */
  start: number;
  end: number;
  /** The diagnostics the editor sent with the request (code, offsets, payload). */
  diagnostics: readonly DiagnosticRef[];
  /** Kinds the editor asked for (LSP `only`); all when absent. */
  only?: readonly string[];
}

export interface PlanAction {
  title: string;
  kind: string;
  /** The edit, or `data` to compute it with `resolveAction` when the user picks the action. */
  edit?: PlanEdit;
  data?: TemplateData;
  /** Indices into the request's diagnostics that this action fixes. */
  diagnostics?: number[];
  preferred?: boolean;
  /** See `Fix.keepsDiagnostic`: the title says what is left to do. */
  keepsDiagnostic?: boolean;
  /** See `Fix.reveals`: the value of a renamed key now counts. */
  reveals?: boolean;
}

const wants = (only: readonly string[] | undefined, kind: string): boolean => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));

/** Code actions for a selection: quick fixes of its diagnostics, suppressions, templates, fix-all. */
export function codeActions(ctx: FixContext, req: ActionRequest): PlanAction[] {
  const out: PlanAction[] = [];
  const fixedSegments = new Set<number>();
  if (wants(req.only, KIND_QUICKFIX)) {
    req.diagnostics.forEach((d, i) => {
      for (const f of fixesFor(d, ctx)) {
        out.push({ title: f.title, kind: KIND_QUICKFIX, ...(f.edit ? { edit: f.edit } : {}), ...(f.data ? { data: f.data } : {}), diagnostics: [i], ...(f.preferred ? { preferred: true } : {}), ...(f.keepsDiagnostic ? { keepsDiagnostic: true } : {}), ...(f.reveals ? { reveals: true } : {}) });
      }
      if (d.code.startsWith('segment.')) fixedSegments.add(d.start);
    });
    req.diagnostics.forEach((d, i) => {
      let f: Fix | undefined;
      try { f = disableFix(d, ctx); } catch { f = undefined; }
      if (f?.edit) out.push({ title: f.title, kind: KIND_QUICKFIX, edit: f.edit, diagnostics: [i] });
    });
  }
  if (wants(req.only, KIND_PATTERN) || wants(req.only, KIND_ADD)) {
    const seg = ctx.plan.model.segments.find((s) => req.start >= s.map.start && req.start <= s.map.end);
    const patternsShown = !!seg && [...fixedSegments].some((o) => o >= seg.map.start && o <= seg.map.end);
    let templates: ReturnType<typeof templateActions> = [];
    try { templates = templateActions(ctx.plan, req.start, ctx.t); } catch { /* a template bug must not hide the fixes */ }
    for (const a of templates) {
      if (a.kind === KIND_PATTERN && (patternsShown || !wants(req.only, KIND_PATTERN))) continue;
      if (a.kind === KIND_ADD && !wants(req.only, KIND_ADD)) continue;
      out.push({ title: a.title, kind: a.kind, data: a.data });
    }
  }
  if (req.only && wants(req.only, KIND_FIX_ALL) && req.only.some((o) => KIND_FIX_ALL.startsWith(o))) {
    const edit = fixAll(ctx);
    if (edit) out.push({ title: ctx.t('action.fix-all'), kind: KIND_FIX_ALL, edit });
  }
  return out;
}

/** The edit of an action listed with `data` (a template); undefined when it no longer applies. */
export function resolveAction(ctx: FixContext, data: unknown): PlanEdit | undefined {
  const t = templateData(data);
  return t ? resolveTemplate(ctx.plan, t, { planUri: ctx.plan.uri, host: ctx.host }) : undefined;
}

const MAX_ROUNDS = 50;

const touches = (a: TextEdit, b: TextEdit): boolean => a.start <= b.end && b.start <= a.end;
const same = (a: TextEdit, b: TextEdit): boolean => a.start === b.start && a.end === b.end && a.newText === b.newText;

/**
 * Applies every safe fix: check, take each diagnostic's only safe fix whose edits stay clear of
 * the fixes already taken this round (an identical edit counts as done), apply them together, and
 * check again, until no safe fix is left. Fixes that are each right can still clash when applied
 * together (a key renamed to `id` and a missing `id` added to the same map): when a round's
 * result has an error or warning the plan did not have, that round takes its first fix alone.
 * Fixes that create files are left to the lightbulb. Undefined when nothing changes.
 */
export function fixAll(ctx: FixContext): PlanEdit | undefined {
  const original = ctx.plan.text;
  const check = (plan: ParsedPlan): CheckResult => checkPlan(plan, { settings: ctx.settings, host: ctx.host, docsBase: '' });
  let text = original;
  let plan = ctx.plan;
  let result = check(plan);
  const seen = new Set<string>([text]);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const next = { ...ctx, plan, onlySafe: true };
    const groups: TextEdit[][] = [];
    const taken: TextEdit[] = [];
    for (const d of result.diagnostics) {
      if (d.uri !== plan.uri) continue;
      const safe = fixesFor(d, next).filter((f) => f.safe);
      const edit = safe.length === 1 ? safe[0]!.edit : undefined;
      if (!edit || edit.createFiles?.length || !edit.edits.length) continue;
      const fresh = edit.edits.filter((e) => !taken.some((t) => same(t, e)));
      if (fresh.some((e) => taken.some((t) => touches(t, e)))) continue;
      if (fresh.length) groups.push(fresh);
      taken.push(...fresh);
    }
    if (!taken.length) break;
    let after = applyEdits(text, taken);
    let afterPlan = parsePlan(ctx.plan.uri, after);
    let afterResult = check(afterPlan);
    if (groups.length > 1 && addsLoud(result, afterResult)) {
      after = applyEdits(text, groups[0]!);
      afterPlan = parsePlan(ctx.plan.uri, after);
      afterResult = check(afterPlan);
    }
    if (seen.has(after)) break;
    seen.add(after);
    text = after;
    plan = afterPlan;
    result = afterResult;
  }
  return text === original ? undefined : { edits: diffEdits(original, text) };
}

/** True when `after` has an error or warning (code and message) more often than `before`. */
function addsLoud(before: CheckResult, after: CheckResult): boolean {
  const count = new Map<string, number>();
  for (const d of before.diagnostics) if (d.severity === 'error' || d.severity === 'warning') count.set(`${d.code}|${d.message}`, (count.get(`${d.code}|${d.message}`) ?? 0) + 1);
  for (const d of after.diagnostics) {
    if (d.severity !== 'error' && d.severity !== 'warning') continue;
    const k = `${d.code}|${d.message}`;
    const n = count.get(k) ?? 0;
    if (n === 0) return true;
    count.set(k, n - 1);
  }
  return false;
}
