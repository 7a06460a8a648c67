import type { Rule } from './types';
import { isMissing, label, paths, valueSpan } from './util';

/** The references each method needs (pocplan v1 key comments). */
const NEEDS: Record<'identity' | 'traffic', Record<string, readonly string[]>> = {
  identity: {
    'inline-arp-dhcp': ['firewall', 'interface'],
    mirror: ['firewall', 'interface'],
    'dhcp-syslog': ['firewall'],
    'xsoar-snmp': ['switch'],
    csv: ['csv'],
    'dhcp-helper': ['firewall', 'interface', 'switch'],
  },
  traffic: { inline: ['firewall', 'interface'], mirror: ['firewall', 'interface'] },
};

/**
 * `ref.missing` (added; info, strict: error) — a segment's `identity` or `traffic` lacks a reference
 * its method needs, so the checks that depend on it (license, version, interface mode) cannot run:
 * inline-arp-dhcp and mirror need `firewall` and `interface`; dhcp-syslog needs a firewall
 * (`identity.firewall`, or `traffic.firewall`, which receives the syslog when identity names none);
 * xsoar-snmp needs `switch`; csv needs `csv`; dhcp-helper needs `firewall`, `interface` and `switch`
 * (the relay agent); traffic needs `firewall` and `interface`.
 * One finding per missing key. Range: the `method` value. No related information.
 * data: `{ key }` — the missing key (inside `identity` or `traffic`, as the message says).
 */
export const refMissing: Rule = {
  code: 'ref.missing',
  severity: 'info',
  strictSeverity: 'error',
  basis: 'contract',
  added: true,
  check(ctx) {
    for (const seg of ctx.plan.segments) {
      for (const { which, path } of paths(seg)) {
        const needs = path.method !== undefined ? NEEDS[which][path.method] : undefined;
        const at = valueSpan(path.map, 'method');
        if (!needs || !at) continue;
        for (const key of needs) {
          if (!isMissing(path.map, key)) continue;
          if (which === 'identity' && path.method === 'dhcp-syslog' && key === 'firewall' && !isMissing(seg.traffic?.map, 'firewall')) continue;
          ctx.report({ ...at, args: { segment: label(seg.id), path: which, method: path.method!, key }, data: { key } });
        }
      }
    }
  },
};
