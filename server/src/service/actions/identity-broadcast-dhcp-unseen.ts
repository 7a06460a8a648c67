import { relayServer } from '../templates/resources';
import { addRelay, enableMulticast, enableSession, serveDhcp, type DhcpTarget } from './dhcp-edits';
import type { Fix, FixProvider } from './types';
import { upgradeTarget } from './upgrade';
import { at, firewallIndex, interfaceIndex, makeFix, PATH, put, record, segmentIndexAt, str, strs } from './util';

/**
 * `identity.broadcast-dhcp-unseen` → each fix the payload lists (`fixes`, in order of preference):
 * `enable-session` (a tap or ERSPAN copy: DHCP Broadcast Session on the firewall, with the day-1
 * check the sources' disagreement calls for in its title), `add-relay` (layer3: relay DHCP on the
 * interface, to a DHCP server the plan already relays to, or a documentation address to replace),
 * `enable-multicast` (virtual wire: multicast firewalling), `enable-broadcast-session` (the firewall
 * serves DHCP there, with DHCP Broadcast Session on) and `set-relayed` (the segment's DHCP already
 * arrives relayed). A fix that turns DHCP Broadcast Session on also plans the first PAN-OS release
 * with its fix when the firewall's is older, and says so in its title (`panos.dhcp-broadcast-version`
 * would otherwise appear).
 */
export const identityBroadcastDhcpUnseenFix: FixProvider = {
  codes: ['identity.broadcast-dhcp-unseen'],
  fixes(d, ctx) {
    const m = ctx.plan.model;
    const k = segmentIndexAt(m, d.start);
    const data = record(d.data);
    const i = firewallIndex(m, str(data.firewall));
    const fw = m.firewalls[i];
    const j = fw ? interfaceIndex(fw, str(data.interface)) : -1;
    if (k < 0) return [];
    const args = { interface: str(data.interface) ?? '?', firewall: str(data.firewall) ?? '?' };
    const upgrade = fw ? upgradeTarget(m, fw, undefined, { enablesBroadcastSession: true }) : undefined;
    const x: DhcpTarget = { i, j, upgrade };
    const withUpgrade: Record<string, string> = upgrade ? { version: upgrade.version } : {};
    const out: Fix[] = [];
    for (const kind of strs(data.fixes)) {
      const first = !out.length;
      if (kind === 'enable-session' && fw) {
        out.push(...makeFix(ctx, ctx.t(upgrade ? 'action.dhcp.session-upgrade' : 'action.dhcp.session', { ...args, ...withUpgrade }), (dr) => enableSession(dr, x), { preferred: first }));
      } else if (kind === 'add-relay' && j >= 0) {
        const server = relayServer(m);
        out.push(...makeFix(ctx, ctx.t('action.dhcp.add-relay', { ...args, server }), (dr) => addRelay(dr, x, server), { preferred: first }));
      } else if (kind === 'enable-multicast' && j >= 0) {
        out.push(...makeFix(ctx, ctx.t('action.dhcp.multicast', args), (dr) => enableMulticast(dr, x), { preferred: first }));
      } else if (kind === 'enable-broadcast-session' && j >= 0) {
        out.push(...makeFix(ctx, ctx.t(upgrade ? 'action.dhcp.server-upgrade' : 'action.dhcp.server', { ...args, ...withUpgrade }), (dr) => serveDhcp(dr, x), { preferred: first }));
      } else if (kind === 'set-relayed') {
        out.push(...makeFix(ctx, ctx.t('action.dhcp.relayed'), (dr) => put(dr, at.segment(k), PATH.segment, 'dhcp', 'relayed'), { preferred: first }));
      }
    }
    if (out.length === 1) out[0]!.safe = true;
    return out;
  },
};
