import type { FirewallM } from '../model';
import { copyKind } from '../rules/interface-copy-zone-shared';
import { getString } from '../tree';
import type { FixProvider } from './types';
import { at, interfaceAt, makeFix, PATH, put } from './util';

/**
 * A zone name for a copy interface of `kind` on `fw`: `tap` (or `erspan` for an ERSPAN tunnel
 * interface) unless another kind of interface of the firewall already uses it, then `tap-2`, … —
 * so the zone stays dedicated (`interface.copy-zone-shared` does not follow the fix).
 */
export function dedicatedZone(fw: FirewallM, kind: 'tap' | 'erspan'): string {
  const taken = new Set<string>();
  for (const i of fw.interfaces) {
    const z = getString(i.map, 'zone')?.trim();
    if (z && copyKind(i) !== kind) taken.add(z);
  }
  if (!taken.has(kind)) return kind;
  let n = 2;
  while (taken.has(`${kind}-${n}`)) n++;
  return `${kind}-${n}`;
}

/** `interface.tap-no-zone` → put the tap (or ERSPAN tunnel) interface in a zone of its own: `tap` / `erspan` (a name to adjust). */
export const interfaceTapNoZoneFix: FixProvider = {
  codes: ['interface.tap-no-zone'],
  fixes(d, ctx) {
    const hit = interfaceAt(ctx.plan.model, d.start);
    if (!hit) return [];
    const zone = dedicatedZone(hit.iface.firewall, copyKind(hit.iface) ?? 'tap');
    return makeFix(ctx, ctx.t('action.interface.zone', { interface: hit.iface.name ?? '?', zone }), (dr) => put(dr, at.iface(hit.i, hit.j), PATH.iface, 'zone', zone), { preferred: true });
  },
};
