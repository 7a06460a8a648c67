import type { FixProvider } from './types';
import { at, interfaceAt, makeFix, PATH, put, remove } from './util';

/**
 * `identity.relay-requires-layer3` → make the interface layer3 (dropping `multicastFirewalling`,
 * which only a virtual wire has), or remove its `dhcpRelay`. Both change the design: neither is safe.
 */
export const identityRelayRequiresLayer3Fix: FixProvider = {
  codes: ['identity.relay-requires-layer3'],
  fixes(d, ctx) {
    const hit = interfaceAt(ctx.plan.model, d.start);
    if (!hit) return [];
    const { i, j, iface } = hit;
    const args = { interface: iface.name ?? '?' };
    return [
      ...makeFix(ctx, ctx.t('action.interface.layer3', args), (dr) => {
        put(dr, at.iface(i, j), PATH.iface, 'mode', 'layer3');
        remove(dr, at.iface(i, j), 'multicastFirewalling');
      }),
      ...makeFix(ctx, ctx.t('action.interface.remove-relay', args), (dr) => remove(dr, at.iface(i, j), 'dhcpRelay')),
    ];
  },
};
