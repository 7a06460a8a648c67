import { getPair } from '../tree';
import type { Rule } from './types';

/**
 * `traffic.tap-enforcement` — `enforce: true` but the segment's traffic is seen through a copy
 * (traffic.method mirror, or an interface in tap mode / fed by ERSPAN). A tap can watch, never
 * block. On `enforce`; related: the tap interface's definition.
 */
export const trafficTapEnforcement: Rule = {
  code: 'traffic.tap-enforcement',
  severity: 'error',
  basis: 'sourced',
  check(ctx) {
    for (const seg of ctx.plan.segments) {
      const tr = seg.traffic;
      if (!seg.enforce || !tr) continue;
      const viaTap = tr.method === 'mirror' || tr.iface?.mode === 'tap';
      if (!viaTap) continue;
      const enforce = getPair(seg.map, 'enforce')!;
      const related = [];
      if (tr.iface) related.push({ start: tr.iface.map.start, end: tr.iface.nameNode?.end ?? tr.iface.map.start + 1, messageId: 'related.tap-interface', args: { name: tr.iface.name ?? '?', firewall: tr.firewall?.id ?? '?' } });
      const inline = (tr.firewall?.interfaces ?? []).filter((i) => i.mode === 'virtual-wire' || i.mode === 'layer2' || i.mode === 'layer3').map((i) => i.name).filter((n): n is string => !!n);
      ctx.report({
        start: enforce.key.start, end: enforce.value?.end ?? enforce.key.end,
        args: { segment: seg.id ?? '?', interface: tr.interfaceName ?? '?' },
        related,
        data: { inlineInterfaces: inline, firewall: tr.firewall?.id },
      });
    }
  },
};
