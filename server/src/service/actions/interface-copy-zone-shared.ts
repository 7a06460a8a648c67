import { interfaceAt, makeFix, setHere } from './util';
import { copyKind } from '../rules/interface-copy-zone-shared';
import type { FixProvider } from './types';
import { dedicatedZone } from './interface-tap-no-zone';

/** `interface.copy-zone-shared` → give the tap (or ERSPAN tunnel) interface a zone of its own (a name to adjust); safe. */
export const interfaceCopyZoneSharedFix: FixProvider = {
  codes: ['interface.copy-zone-shared'],
  fixes(d, ctx) {
    const hit = interfaceAt(ctx.plan.model, d.start);
    const kind = hit ? copyKind(hit.iface) : undefined;
    if (!hit || !kind) return [];
    const zone = dedicatedZone(hit.iface.firewall, kind);
    return makeFix(ctx, ctx.t('action.interface.zone-own', { interface: hit.iface.name ?? '?', zone }), (dr) => setHere(dr, d.start, zone), { preferred: true, safe: true });
  },
};
