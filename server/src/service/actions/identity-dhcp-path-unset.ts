import { relayServer } from '../templates/resources';
import { addRelay, enableMulticast, enableSession, serveDhcp, type DhcpTarget } from './dhcp-edits';
import type { Fix, FixProvider } from './types';
import { upgradeTarget } from './upgrade';
import { at, firewallIndex, interfaceIndex, makeFix, PATH, put, record, segmentIndexAt, str } from './util';

/**
 * `identity.dhcp-path-unset` → answer the question: `dhcp: relayed` (a relay sends it as unicast), or
 * `dhcp: broadcast` together with what the interface then needs to log it (payload `broadcast`:
 * DHCP Broadcast Session on the firewall, a relay, the firewall as DHCP server, multicast
 * firewalling), in one edit, as the title says. On a tap that already has the session, `broadcast`
 * alone, with the day-1 check the sources' disagreement asks for. A question about the network:
 * neither is safe.
 */
export const identityDhcpPathUnsetFix: FixProvider = {
  codes: ['identity.dhcp-path-unset'],
  fixes(d, ctx) {
    const m = ctx.plan.model;
    const k = segmentIndexAt(m, d.start);
    if (k < 0) return [];
    const data = record(d.data);
    const i = firewallIndex(m, str(data.firewall));
    const fw = m.firewalls[i];
    const j = fw ? interfaceIndex(fw, str(data.interface)) : -1;
    const args = { interface: str(data.interface) ?? '?', firewall: str(data.firewall) ?? '?' };
    const setDhcp = (value: string) => (dr: Parameters<typeof put>[0]): void => { put(dr, at.segment(k), PATH.segment, 'dhcp', value); };
    const out: Fix[] = [...makeFix(ctx, ctx.t('action.dhcp-path.relayed', args), setDhcp('relayed'))];
    if (!fw || j < 0) return out;
    const upgrade = upgradeTarget(m, fw, undefined, { enablesBroadcastSession: true });
    const x: DhcpTarget = { i, j, upgrade };
    const withUpgrade: Record<string, string> = upgrade ? { version: upgrade.version } : {};
    const broadcast = setDhcp('broadcast');
    switch (str(data.broadcast)) {
      case 'session':
        out.push(...makeFix(ctx, ctx.t(upgrade ? 'action.dhcp-path.broadcast-session-upgrade' : 'action.dhcp-path.broadcast-session', { ...args, ...withUpgrade }), (dr) => { broadcast(dr); enableSession(dr, x); }));
        break;
      case 'tap':
        out.push(...makeFix(ctx, ctx.t('action.dhcp-path.broadcast-tap', args), broadcast));
        break;
      case 'relay': {
        const server = relayServer(m);
        out.push(...makeFix(ctx, ctx.t('action.dhcp-path.broadcast-relay', { ...args, server }), (dr) => { broadcast(dr); addRelay(dr, x, server); }));
        break;
      }
      case 'server':
        out.push(...makeFix(ctx, ctx.t(upgrade ? 'action.dhcp-path.broadcast-server-upgrade' : 'action.dhcp-path.broadcast-server', { ...args, ...withUpgrade }), (dr) => { broadcast(dr); serveDhcp(dr, x); }));
        break;
      case 'multicast':
        out.push(...makeFix(ctx, ctx.t('action.dhcp-path.broadcast-multicast', args), (dr) => { broadcast(dr); enableMulticast(dr, x); }));
        break;
      default:
    }
    return out;
  },
};
