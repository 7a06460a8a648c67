import { broadcastCopy } from '../rules/util';
import type { FixProvider } from './types';
import { at, firewallIndex, firewallIndexAt, makeFix, PATH, put, record, str } from './util';

/** `identity.dhcp-broadcast-session-off` → `dhcpBroadcastSession: true` on the firewall (payload `firewall`). */
export const identityDhcpBroadcastSessionOffFix: FixProvider = {
  codes: ['identity.dhcp-broadcast-session-off'],
  fixes(d, ctx) {
    const m = ctx.plan.model;
    const id = str(record(d.data).firewall);
    const i = id !== undefined ? firewallIndex(m, id) : firewallIndexAt(m, d.start);
    if (i < 0) return [];
    const fw = m.firewalls[i]!;
    // Turning the session on also covers this firewall's taps that read broadcast DHCP, where the
    // sources disagree: the title then asks for the day-1 check that identity.tap-broadcast-session names.
    const taps = m.segments.some((s) => broadcastCopy(s)?.firewall === fw);
    return makeFix(ctx, ctx.t(taps ? 'action.dhcp.session' : 'action.firewall.broadcast-session', { firewall: fw.id ?? '?' }), (dr) => put(dr, at.firewall(i), PATH.firewall, 'dhcpBroadcastSession', true), { preferred: true, safe: true });
  },
};
