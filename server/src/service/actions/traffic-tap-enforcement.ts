import { getBool } from '../tree';
import type { Fix, FixProvider } from './types';
import { at, makeFix, PATH, put, putMany, record, segmentIndexAt, str, strs } from './util';

/**
 * `traffic.tap-enforcement` → route the segment's traffic inline through each virtual-wire, layer2
 * or layer3 interface of its firewall (payload `inlineInterfaces`), or keep the copy and set
 * `enforce: false`. The interface with Device-ID on is preferred; with no inline interface,
 * `enforce: false` is the only (safe) fix.
 */
export const trafficTapEnforcementFix: FixProvider = {
  codes: ['traffic.tap-enforcement'],
  fixes(d, ctx) {
    const m = ctx.plan.model;
    const k = segmentIndexAt(m, d.start);
    const seg = m.segments[k];
    if (!seg) return [];
    const data = record(d.data);
    const fw = seg.traffic?.firewall ?? (str(data.firewall) !== undefined ? m.firewallById.get(str(data.firewall)!) : undefined);
    const names = strs(data.inlineInterfaces);
    const out: Fix[] = [];
    for (const name of names) {
      const iface = fw?.interfaces.find((x) => x.name === name);
      const deviceIdOff = getBool(iface?.map, 'deviceId') === false;
      const entries: Array<readonly [string, string]> = [['method', 'inline'], ...(fw?.id !== undefined ? [['firewall', fw.id] as const] : []), ['interface', name]];
      out.push(...makeFix(ctx, ctx.t('action.traffic.route-inline', { interface: name, mode: iface?.mode ?? '?' }), (dr) => putMany(dr, at.traffic(k), PATH.traffic, entries), { preferred: !deviceIdOff && !out.some((f) => f.preferred) }));
    }
    out.push(...makeFix(ctx, ctx.t('action.enforce.off'), (dr) => put(dr, at.segment(k), PATH.segment, 'enforce', false), { preferred: !out.some((f) => f.preferred) }));
    if (out.length === 1) out[0]!.safe = true;
    return out;
  },
};
