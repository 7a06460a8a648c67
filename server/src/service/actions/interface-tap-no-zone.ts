import type { FixProvider } from './types';
import { at, interfaceAt, makeFix, PATH, put } from './util';

const TAP_ZONE = 'tap';

/** `interface.tap-no-zone` → put the tap interface in a zone named `tap` (a name to adjust). */
export const interfaceTapNoZoneFix: FixProvider = {
  codes: ['interface.tap-no-zone'],
  fixes(d, ctx) {
    const hit = interfaceAt(ctx.plan.model, d.start);
    if (!hit) return [];
    return makeFix(ctx, ctx.t('action.interface.zone', { interface: hit.iface.name ?? '?', zone: TAP_ZONE }), (dr) => put(dr, at.iface(hit.i, hit.j), PATH.iface, 'zone', TAP_ZONE), { preferred: true });
  },
};
