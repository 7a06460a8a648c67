import { cell, allowedFirewalls, allowedLicenses, readingTitle, type MatrixReading } from '../license/matrix';
import { valueRange } from '../model';
import { getPair, getString } from '../tree';
import type { Rule } from './types';

/**
 * `license.incompatible` — the firewall's `type` and its `iotLicense.type` are not allowed
 * together by the license matrix (in the reading the user chose, `licenseMatrix` setting). The
 * message names the reading and the cell's source; when the other reading allows the pair
 * (eval licenses, facts.md §1.1) the `/conflict` variant names that one too.
 * Range: the license type's value. Related: the firewall's `type` value.
 * data: `{ allowed, firewallType, license, firewallTypes }` — the license types the matrix allows on
 * this firewall type, and the firewall types this license type is allowed on (the other way to fix it,
 * when the declared firewall type is the mistake).
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
      const firewallTypes = allowedFirewalls(ctx.matrix, licType!);
      ctx.report({
        ...valueRange(fw.license, 'type'),
        messageId: otherCell?.allowed ? 'license.incompatible/conflict' : 'license.incompatible',
        args: {
          license: licType!, firewallType: fw.type!, firewall: fw.id ?? '?', allowed: allowed.map((a) => `\`${a}\``).join(', '),
          firewallTypes: firewallTypes.map((a) => `\`${a}\``).join(', '),
          reading: readingTitle(ctx.matrix, ctx.settings.lang), source: c.source.url, sourceDate: c.source.date,
          otherReading: readingTitle(other, ctx.settings.lang), otherSource: otherCell?.source.url ?? '',
        },
        related: typePair?.value ? [{ start: typePair.value.start, end: typePair.value.end, messageId: 'related.firewall-type', args: { firewall: fw.id ?? '?', type: fw.type! } }] : [],
        data: { allowed, firewallType: fw.type, license: licType, firewallTypes },
      });
    }
  },
};
