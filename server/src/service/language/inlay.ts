/**
 * Inlay hints: the recognised pattern after each segment id, the days of margin between each
 * license's `expires` and the PoC end, and the tenant window's last day after `prodLicenseDate`.
 */
import type { ParsedPlan } from '../check';
import { formatIsoDate, parseIsoDate } from '../dates';
import { t, type Lang } from '../l10n';
import { patternOf, type PlanModel } from '../model';
import { TENANT_WINDOW_DAYS } from '../rules/license-tenant-window';
import { getPair, getString } from '../tree';

export interface PlanInlayHint {
  /** Where the hint goes (just after the value it describes). */
  offset: number;
  label: string;
  tooltip?: string;
}

/** The last day that keeps the tenant: the earliest trial/eval expiry + 30 days. */
export function tenantWindowEnd(m: PlanModel): number | undefined {
  const days = m.firewalls
    .filter((f) => ['trial', 'eval'].includes(getString(f.license, 'type') ?? ''))
    .map((f) => parseIsoDate(getString(f.license, 'expires')))
    .filter((x): x is number => x !== undefined);
  return days.length ? Math.min(...days) + TENANT_WINDOW_DAYS : undefined;
}

export function inlayHints(plan: ParsedPlan, start: number, end: number, lang: Lang): PlanInlayHint[] {
  const m = plan.model;
  const out: PlanInlayHint[] = [];
  const add = (offset: number, label: string, tooltip?: string): void => {
    if (offset >= start && offset <= end) out.push({ offset, label, ...(tooltip ? { tooltip } : {}) });
  };
  for (const seg of m.segments) {
    const pattern = patternOf(seg);
    if (pattern && seg.idNode) add(seg.idNode.end, t(lang, 'inlay.pattern', { pattern }), t(lang, `pattern.${pattern}`));
  }
  const pocEndText = getString(m.poc, 'end');
  const pocEnd = parseIsoDate(pocEndText);
  if (pocEnd !== undefined) {
    for (const fw of m.firewalls) {
      const node = getPair(fw.license, 'expires')?.value;
      const day = parseIsoDate(getString(fw.license, 'expires'));
      if (!node || day === undefined) continue;
      const margin = day - pocEnd;
      add(node.end, t(lang, margin >= 0 ? 'inlay.margin' : 'inlay.short', { days: Math.abs(margin) }), t(lang, 'inlay.margin.tooltip', { end: pocEndText! }));
    }
  }
  const prod = getPair(m.tenant, 'prodLicenseDate')?.value;
  const windowEnd = tenantWindowEnd(m);
  if (prod && windowEnd !== undefined) add(prod.end, t(lang, 'inlay.window', { date: formatIsoDate(windowEnd) }), t(lang, 'inlay.window.tooltip'));
  return out.sort((a, b) => a.offset - b.offset);
}
