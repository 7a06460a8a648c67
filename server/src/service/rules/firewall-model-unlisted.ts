import { getString } from '../tree';
import type { Rule } from './types';
import { label, valueSpan } from './util';

/** Models in the Device Associations hardware list for Device Security (facts.md §1.5), normalised. */
export const LISTED_MODELS: ReadonlySet<string> = new Set([
  'VM100', 'VM300', 'VM500', 'VM700',
  'PA200', 'PA220', 'PA220R',
  'PA410', 'PA410R', 'PA440', 'PA450', 'PA450R', 'PA460',
  'PA500',
  'PA820', 'PA850',
  'PA3020', 'PA3050', 'PA3060', 'PA3220', 'PA3250', 'PA3260', 'PA3410', 'PA3420', 'PA3430', 'PA3440',
  'PA7050', 'PA7080',
]);

/**
 * A model name in the list's form: upper case without spaces, dashes or underscores, with `PA`
 * for bare numbers. `PA-450`, `pa450`, `PA 450`, `450` → `PA450`; `VM-100`, `PA-VM-100` → `VM100`.
 */
export function normaliseModel(model: string): string {
  let s = model.toUpperCase().replace(/[\s_-]+/g, '');
  if (s.startsWith('PAVM')) s = s.slice(2);
  if (/^\d/.test(s)) s = `PA${s}`;
  return s;
}

/**
 * `firewall.model-unlisted` (added; info) — the firewall's `model` is not in the Device
 * Associations list of models that can be associated with Device Security. The list is probably
 * incomplete (it has no PA-1400/5400 entries that other pages mention), hence only an info.
 * Silent when `model` is absent.
 * Range: the `model` value. No related information.
 * data: `{ model, normalised }`.
 */
export const firewallModelUnlisted: Rule = {
  code: 'firewall.model-unlisted',
  severity: 'info',
  strictSeverity: 'info',
  basis: 'sourced',
  added: true,
  check(ctx) {
    for (const fw of ctx.plan.firewalls) {
      const model = getString(fw.map, 'model');
      const at = valueSpan(fw.map, 'model');
      if (model === undefined || !at || model.trim() === '') continue;
      const normalised = normaliseModel(model);
      if (LISTED_MODELS.has(normalised)) continue;
      ctx.report({ ...at, args: { model, firewall: label(fw.id) }, data: { model, normalised } });
    }
  },
};
