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
    return makeFix(ctx, ctx.t('action.firewall.broadcast-session', { firewall: m.firewalls[i]!.id ?? '?' }), (dr) => put(dr, at.firewall(i), PATH.firewall, 'dhcpBroadcastSession', true), { preferred: true, safe: true });
  },
};
