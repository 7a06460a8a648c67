import { getString } from '../tree';
import type { Rule } from './types';
import { label, related, valueSpan } from './util';

/** The firewall type a SKU names: `-E60` eval, `-LAB` lab, otherwise prod (NFR has no known suffix). */
export function typeFromSku(sku: string): 'eval' | 'lab' | 'prod' {
  const s = sku.trim().toUpperCase();
  if (s.endsWith('-E60')) return 'eval';
  if (s.endsWith('-LAB')) return 'lab';
  return 'prod';
}

/**
 * `firewall.sku-type-mismatch` — the SKU suffix disagrees with the declared `type`. The Device
 * Associations page derives the firewall type from the SKU: `-E60` (eval + 60 days) = eval, `-LAB` =
 * lab, the bare model = prod. The NFR suffix is not documented, so `type: nfr` is never checked.
 * Range: the `sku` value. Related: the `type` value.
 * data: `{ expectedType }` — the type the SKU implies.
 */
export const firewallSkuTypeMismatch: Rule = {
  code: 'firewall.sku-type-mismatch',
  severity: 'warning',
  basis: 'sourced',
  check(ctx) {
    for (const fw of ctx.plan.firewalls) {
      const sku = getString(fw.map, 'sku');
      const at = valueSpan(fw.map, 'sku');
      if (sku === undefined || !at || !fw.type || fw.type === 'nfr') continue;
      if (fw.type !== 'prod' && fw.type !== 'eval' && fw.type !== 'lab') continue;
      const expectedType = typeFromSku(sku);
      if (expectedType === fw.type) continue;
      ctx.report({
        ...at,
        args: { sku, expectedType, type: fw.type, firewall: label(fw.id) },
        related: related(valueSpan(fw.map, 'type'), 'related.firewall-type', { firewall: label(fw.id), type: fw.type }),
        data: { expectedType },
      });
    }
  },
};
