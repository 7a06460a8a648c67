import { asSeq, get } from '../tree';
import type { FixProvider } from './types';
import { at, interfaceAt, makeFix, PATH, put, record } from './util';

/** `interface.relay-limit` → keep the first `max` DHCP servers (payload `max`). Drops data: not safe. */
export const interfaceRelayLimitFix: FixProvider = {
  codes: ['interface.relay-limit'],
  fixes(d, ctx) {
    const hit = interfaceAt(ctx.plan.model, d.start);
    const max = record(d.data).max;
    if (!hit || typeof max !== 'number') return [];
    const items = (asSeq(get(hit.iface.map, 'dhcpRelay'))?.items ?? []).flatMap((x) => (x?.kind === 'scalar' ? [String(x.value)] : []));
    return makeFix(ctx, ctx.t('action.relay.trim', { max }), (dr) => put(dr, at.iface(hit.i, hit.j), PATH.iface, 'dhcpRelay', items.slice(0, max)));
  },
};
