import { cell, allowedLicenses, readingTitle, type MatrixReading } from '../license/matrix';
import { valueRange } from '../model';
import { getPair, getString } from '../tree';
import type { Rule } from './types';

/**
 * `license.incompatible` — the firewall's `type` and its `iotLicense.type` are not allowed
 * together by the license matrix (in the reading the user chose). On the license type's value;
 * related: the firewall type. Fix payload: the license types the matrix allows for that firewall.
 */
export const licenseIncompatible: Rule = {
  code: 'license.incompatible',
  severity: 'error',
  basis: 'sourced-conflict',
  check(ctx) {
    for (const fw of ctx.plan.firewalls) {
      if (!fw.license) continue;
      const licType = getString(fw.license, 'type');
      const c = cell(ctx.matrix, licType, fw.type);
      if (!c || c.allowed) continue;
      const other: MatrixReading = ctx.matrix === 'strict' ? 'device-associations' : 'strict';
      const otherCell = cell(other, licType, fw.type);
      const typePair = getPair(fw.map, 'type');
      const allowed = allowedLicenses(ctx.matrix, fw.type!);
      ctx.report({
        ...valueRange(fw.license, 'type'),
        messageId: otherCell?.allowed ? 'license.incompatible/conflict' : 'license.incompatible',
        args: {
          license: licType!, firewallType: fw.type!, firewall: fw.id ?? '?', allowed: allowed.join(', '),
          reading: readingTitle(ctx.matrix, ctx.settings.lang), source: c.source.url, sourceDate: c.source.date,
          otherReading: readingTitle(other, ctx.settings.lang), otherSource: otherCell?.source.url ?? '',
        },
        related: typePair?.value ? [{ start: typePair.value.start, end: typePair.value.end, messageId: 'related.firewall-type', args: { firewall: fw.id ?? '?', type: fw.type! } }] : [],
        data: { allowed, firewallType: fw.type, license: licType },
      });
    }
  },
};
