import { asMap, get, getBool } from '../tree';
import type { Rule } from './types';
import { label, polledSwitches, valueSpan } from './util';

/**
 * `identity.snmp-read-only` (added; info, strict: error) — a switch polled by `xsoar-snmp` identity
 * has `snmp.readOnly: false`. The XSOAR network-discovery integration asks for a read-only SNMP
 * community (v2c) or user (v3); polling never needs write access.
 * One finding per switch. Range: the `readOnly` value. Related: the segments' `identity.switch`.
 * data: `{ switch }`.
 */
export const identitySnmpReadOnly: Rule = {
  code: 'identity.snmp-read-only',
  severity: 'info',
  strictSeverity: 'error',
  basis: 'sourced',
  added: true,
  check(ctx) {
    for (const [sw, rel] of polledSwitches(ctx.plan)) {
      const snmp = asMap(get(sw.map, 'snmp'));
      if (getBool(snmp, 'readOnly') !== false) continue;
      ctx.report({ ...valueSpan(snmp, 'readOnly')!, args: { switch: label(sw.id) }, related: rel, data: { switch: sw.id } });
    }
  },
};
