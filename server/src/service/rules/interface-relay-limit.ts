import { asSeq, get } from '../tree';
import type { Rule } from './types';
import { label } from './util';

export const MAX_RELAY_SERVERS = 8;

/**
 * `interface.relay-limit` (added; info, strict: error) — an interface lists more than 8 `dhcpRelay`
 * servers; PAN-OS relays to at most 8 IPv4 (and 8 IPv6) DHCP servers per interface.
 * Range: from the 9th server to the last (the entries to remove). No related information.
 * data: `{ max: 8, count }`.
 */
export const interfaceRelayLimit: Rule = {
  code: 'interface.relay-limit',
  severity: 'info',
  strictSeverity: 'error',
  basis: 'sourced',
  added: true,
  check(ctx) {
    for (const fw of ctx.plan.firewalls) {
      for (const iface of fw.interfaces) {
        const seq = asSeq(get(iface.map, 'dhcpRelay'));
        const items = (seq?.items ?? []).filter((i) => i !== null);
        if (items.length <= MAX_RELAY_SERVERS) continue;
        ctx.report({
          start: items[MAX_RELAY_SERVERS]!.start, end: items[items.length - 1]!.end,
          args: { interface: label(iface.name), firewall: label(fw.id), count: items.length, max: MAX_RELAY_SERVERS },
          data: { max: MAX_RELAY_SERVERS, count: items.length },
        });
      }
    }
  },
};
