import type { Rule } from './types';
import { inlineInterfaces, isErspanTunnel, label, receivesCopy, related, valueSpan } from './util';

/**
 * `traffic.inline-on-tap` (added; info, strict: error) — `traffic.method: inline` names an interface
 * in tap mode, or an ERSPAN tunnel interface (`layer3` with `erspan: true`; message `/erspan`). Either
 * only receives a copy: the traffic does not pass through the firewall, so the plan's "inline" is
 * not true (and enforcement would be impossible).
 * Range: the `traffic.interface` value. Related: the interface's `mode` value (its `erspan` value
 * for an ERSPAN tunnel).
 * data: `{ interface, firewall, inlineInterfaces }` — the firewall's virtual-wire/layer2/layer3 interfaces.
 */
export const trafficInlineOnTap: Rule = {
  code: 'traffic.inline-on-tap',
  severity: 'info',
  strictSeverity: 'error',
  basis: 'inferred',
  added: true,
  check(ctx) {
    for (const seg of ctx.plan.segments) {
      const tr = seg.traffic;
      if (tr?.method !== 'inline' || !receivesCopy(tr.iface)) continue;
      const at = valueSpan(tr.map, 'interface');
      if (!at) continue;
      const iface = tr.iface!;
      const fw = iface.firewall;
      const inline = inlineInterfaces(fw);
      ctx.report({
        ...at,
        ...(isErspanTunnel(iface) ? { messageId: 'traffic.inline-on-tap/erspan' } : {}),
        args: { segment: label(seg.id), interface: label(iface.name), firewall: label(fw.id), inlineInterfaces: inline.length ? inline.map((n) => `\`${n}\``).join(', ') : '@list.none' },
        related: related(valueSpan(iface.map, isErspanTunnel(iface) ? 'erspan' : 'mode'), isErspanTunnel(iface) ? 'related.interface-erspan' : 'related.interface-mode', { interface: label(iface.name), mode: 'tap' }),
        data: { interface: iface.name, firewall: fw.id, inlineInterfaces: inline },
      });
    }
  },
};
