import { getBool, getString } from '../tree';
import type { Rule } from './types';
import { interfaceSpan, isErspanTunnel, isMissing, label, logsBroadcastDhcp, receivesCopy, related, valueSpan } from './util';

/** What answering "broadcast" needs besides `dhcp: broadcast`, the first fix of `identity.broadcast-dhcp-unseen`. */
export type BroadcastNeed = 'session' | 'tap' | 'relay' | 'server' | 'multicast';

/**
 * `identity.dhcp-path-unset` (added; info, strict: info; inferred) — a segment whose devices get
 * addresses by DHCP (`addressing: dhcp` or `mixed`) learns identities from the DHCP an interface
 * sees (`inline-arp-dhcp`, `mirror`), that interface would not log the devices' own broadcast DHCP
 * as the plan stands (a tap or ERSPAN copy, layer2 without `dhcpServer`, layer3 without relay or
 * server, a virtual wire without multicast firewalling), and the segment has no `dhcp` key. Whether
 * the identity works then hangs on the unanswered question of how the DHCP reaches the interface:
 * relayed as unicast (logged on every mode) or the devices' broadcast (`identity.broadcast-dhcp-unseen`
 * says what that needs). Writing `broadcast` honestly gives an error; leaving it out should not
 * silently pass, so this info asks.
 * Range: the segment's `addressing` value. Related: the identity interface.
 * data: `{ interface, firewall, mode, broadcast }` — `broadcast`: what answering "broadcast" also
 * needs (`session`: DHCP Broadcast Session on the firewall; `tap`: nothing more, the session is on
 * and the sources' disagreement applies; `relay`, `server`, `multicast`: as in that rule's fixes).
 */
export const identityDhcpPathUnset: Rule = {
  code: 'identity.dhcp-path-unset',
  severity: 'info',
  strictSeverity: 'info',
  basis: 'inferred',
  added: true,
  check(ctx) {
    for (const seg of ctx.plan.segments) {
      const id = seg.identity;
      if (!id || (id.method !== 'inline-arp-dhcp' && id.method !== 'mirror') || !id.iface) continue;
      const addressing = getString(seg.map, 'addressing');
      if ((addressing !== 'dhcp' && addressing !== 'mixed') || !isMissing(seg.map, 'dhcp')) continue;
      const iface = id.iface;
      if (logsBroadcastDhcp(iface) !== false) continue;
      const at = valueSpan(seg.map, 'addressing');
      if (!at) continue;
      const fw = iface.firewall;
      let broadcast: BroadcastNeed;
      if (receivesCopy(iface)) broadcast = getBool(fw.map, 'dhcpBroadcastSession') === true ? 'tap' : 'session';
      else broadcast = iface.mode === 'layer3' ? 'relay' : iface.mode === 'layer2' ? 'server' : 'multicast';
      const mode = isErspanTunnel(iface) ? 'erspan' : iface.mode!;
      ctx.report({
        ...at,
        ...(receivesCopy(iface) ? { messageId: 'identity.dhcp-path-unset/copy' } : {}),
        args: { segment: label(seg.id), interface: label(iface.name), firewall: label(fw.id), mode },
        related: related(interfaceSpan(iface), 'related.interface', { interface: label(iface.name), firewall: label(fw.id) }),
        data: { interface: iface.name, firewall: fw.id, mode: iface.mode, broadcast },
      });
    }
  },
};
