import { getString } from '../tree';
import { below } from '../version';
import type { Rule } from './types';
import { label, panosText, related, valueSpan } from './util';

/**
 * `panos.panorama-required` (added; info, strict: error) — a firewall runs PAN-OS 8.1 to 9.0.2 and
 * is not managed by Panorama (`managedBy` absent counts as `local`, its default). The legacy IoT
 * Security prerequisites: 8.1–9.0.2 only with Panorama; 9.0.3 and later with or without it.
 * Range: the `panos` value. Related: the `managedBy` value when present.
 * data: `{ firewall, minimum: '9.0.3' }` — the version that no longer needs Panorama.
 */
export const panosPanoramaRequired: Rule = {
  code: 'panos.panorama-required',
  severity: 'info',
  strictSeverity: 'error',
  basis: 'sourced',
  added: true,
  check(ctx) {
    for (const fw of ctx.plan.firewalls) {
      const at = valueSpan(fw.map, 'panos');
      if (!fw.panos || !at || below(fw.panos, '8.1') || !below(fw.panos, '9.0.3')) continue;
      const managedBy = getString(fw.map, 'managedBy');
      if (managedBy === 'panorama') continue;
      ctx.report({
        ...at,
        args: { firewall: label(fw.id), panos: panosText(fw) },
        related: related(valueSpan(fw.map, 'managedBy'), 'related.managed-by', { firewall: label(fw.id), managedBy: managedBy ?? '' }),
        data: { firewall: fw.id, minimum: '9.0.3' },
      });
    }
  },
};
