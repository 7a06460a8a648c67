import { getPair } from '../tree';
import type { Rule } from './types';
import { inlineInterfaces, isErspanTunnel, receivesCopy } from './util';

/**
 * `traffic.tap-enforcement` — `enforce: true` but the segment's traffic is seen through a copy
 * (traffic.method mirror, or an interface in tap mode, or an ERSPAN tunnel interface: `layer3` with
 * `erspan: true`, whose decapsulated copy the firewall inspects like tap traffic). A tap can watch,
 * never block. On `enforce`; related: the tap (or ERSPAN tunnel) interface's definition.
 * data: `{ inlineInterfaces, firewall }` — the firewall's interfaces the traffic could pass through.
 */
export const trafficTapEnforcement: Rule = {
  code: 'traffic.tap-enforcement',
  severity: 'error',
  basis: 'sourced',
  check(ctx) {
    for (const seg of ctx.plan.segments) {
      const tr = seg.traffic;
      if (!seg.enforce || !tr) continue;
      const viaTap = tr.method === 'mirror' || receivesCopy(tr.iface);
      if (!viaTap) continue;
      const enforce = getPair(seg.map, 'enforce')!;
      const related = [];
      if (tr.iface) related.push({ start: tr.iface.map.start, end: tr.iface.nameNode?.end ?? tr.iface.map.start + 1, messageId: isErspanTunnel(tr.iface) ? 'related.erspan-interface' : 'related.tap-interface', args: { name: tr.iface.name ?? '?', firewall: tr.firewall?.id ?? '?' } });
      const inline = inlineInterfaces(tr.firewall);
      ctx.report({
        start: enforce.key.start, end: enforce.value?.end ?? enforce.key.end,
        args: { segment: seg.id ?? '?', interface: tr.interfaceName ?? '?' },
        related,
        data: { inlineInterfaces: inline, firewall: tr.firewall?.id },
      });
    }
  },
};
