import { getPair } from '../tree';
import type { Rule } from './types';
import { label, related, relayCount, valueSpan } from './util';

/**
 * `identity.relay-requires-layer3` — an interface lists `dhcpRelay` servers but its `mode` is not
 * `layer3`. PAN-OS runs a DHCP relay only on a Layer 3 Ethernet or Layer 3 VLAN interface with a
 * virtual router and a zone, so tap, virtual-wire and layer2 interfaces cannot relay. Silent when
 * `mode` is absent.
 * Range: the `dhcpRelay` key. Related: the interface's `mode` value.
 * data: `{ interface, firewall, mode }`.
 */
export const identityRelayRequiresLayer3: Rule = {
  code: 'identity.relay-requires-layer3',
  severity: 'error',
  basis: 'sourced',
  check(ctx) {
    for (const fw of ctx.plan.firewalls) {
      for (const iface of fw.interfaces) {
        if (iface.mode === undefined || iface.mode === 'layer3' || relayCount(iface) === 0) continue;
        const key = getPair(iface.map, 'dhcpRelay')!.key;
        ctx.report({
          start: key.start, end: key.end,
          args: { interface: label(iface.name), firewall: label(fw.id), mode: iface.mode },
          related: related(valueSpan(iface.map, 'mode'), 'related.interface-mode', { interface: label(iface.name), mode: iface.mode }),
          data: { interface: iface.name, firewall: fw.id, mode: iface.mode },
        });
      }
    }
  },
};
