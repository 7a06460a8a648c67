import type { Rule } from './types';
import { isMissing, label, polledSwitches, switchSpan } from './util';

/**
 * `identity.snmp-missing` (added; info, strict: warning) — a switch polled by `xsoar-snmp` identity
 * has no `snmp` settings. The XSOAR integration polls each entry switch with SNMPv2c or v3 and
 * read-only credentials; the plan should say which.
 * One finding per switch. Range: the switch's `id` value. Related: the segments' `identity.switch`.
 * data: `{ switch }`.
 */
export const identitySnmpMissing: Rule = {
  code: 'identity.snmp-missing',
  severity: 'info',
  strictSeverity: 'warning',
  basis: 'inferred',
  added: true,
  check(ctx) {
    for (const [sw, rel] of polledSwitches(ctx.plan)) {
      if (!isMissing(sw.map, 'snmp')) continue;
      ctx.report({ ...switchSpan(sw), args: { switch: label(sw.id) }, related: rel, data: { switch: sw.id } });
    }
  },
};
