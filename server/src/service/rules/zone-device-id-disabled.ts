import type { RelatedFinding } from '../diagnostics';
import type { InterfaceM } from '../model';
import { getBool, getPair, getString } from '../tree';
import type { Rule } from './types';
import { label, nameList, pairSpan, valueSpan } from './util';

/**
 * `zone.device-id-disabled` — a segment enforces policy (`enforce: true`) through a traffic
 * interface whose zone has Device-ID explicitly off (`deviceId: false`). The firewall-preparation
 * checklist: enable Device-ID on every zone with devices you want to monitor or protect; Device-ID
 * policy cannot match devices in a zone without it. Absent `deviceId` is not reported.
 * One finding per interface. Range: its `deviceId` value. Related: each enforcing segment's `enforce`.
 * data: `{ interface, firewall }`.
 */
export const zoneDeviceIdDisabled: Rule = {
  code: 'zone.device-id-disabled',
  severity: 'error',
  basis: 'sourced',
  check(ctx) {
    const byIface = new Map<InterfaceM, { segments: string[]; related: RelatedFinding[] }>();
    for (const seg of ctx.plan.segments) {
      const iface = seg.traffic?.iface;
      if (!seg.enforce || !iface || getBool(iface.map, 'deviceId') !== false) continue;
      let u = byIface.get(iface);
      if (!u) { u = { segments: [], related: [] }; byIface.set(iface, u); }
      if (seg.id !== undefined) u.segments.push(seg.id);
      u.related.push({ ...pairSpan(getPair(seg.map, 'enforce')!), messageId: 'related.enforce', args: { segment: label(seg.id) } });
    }
    for (const [iface, u] of byIface) {
      const zone = getString(iface.map, 'zone');
      ctx.report({
        ...valueSpan(iface.map, 'deviceId')!,
        messageId: zone !== undefined ? 'zone.device-id-disabled' : 'zone.device-id-disabled/no-zone',
        args: { interface: label(iface.name), firewall: label(iface.firewall.id), zone: zone ?? '', segments: nameList(u.segments) },
        related: u.related,
        data: { interface: iface.name, firewall: iface.firewall.id },
      });
    }
  },
};
