import type { Rule } from './types';
import { inlineInterfaces, isErspanTunnel, label, related, valueSpan } from './util';

/**
 * `identity.helper-requires-layer3` (added; info, strict: error) — `identity.method: dhcp-helper`
 * (the seed article's variant of method 1: the relay agent's secondary DHCP helper points at the
 * firewall) names an interface that is not a plain layer3 interface. The helper sends each DHCP
 * message as unicast to an address of the firewall, and only a Layer 3 interface has one (PAN-OS
 * interface modes: Layer 3 interfaces have an IP address and a virtual router; tap, virtual-wire
 * and layer2 interfaces have none). An ERSPAN tunnel interface only takes the mirrored copy.
 * Range: the `identity.interface` value. Related: the interface's `mode` value.
 * data: `{ interface, firewall, layer3Interfaces }` — the firewall's other layer3 interfaces.
 */
export const identityHelperRequiresLayer3: Rule = {
  code: 'identity.helper-requires-layer3',
  severity: 'info',
  strictSeverity: 'error',
  basis: 'inferred',
  added: true,
  check(ctx) {
    for (const seg of ctx.plan.segments) {
      const id = seg.identity;
      if (id?.method !== 'dhcp-helper' || !id.iface) continue;
      const iface = id.iface;
      const mode = iface.mode;
      if (mode === undefined) continue;
      if (mode === 'layer3' && !isErspanTunnel(iface)) continue;
      const at = valueSpan(id.map, 'interface');
      if (!at) continue;
      const fw = iface.firewall;
      const layer3 = inlineInterfaces(fw).filter((n) => fw.interfaces.find((x) => x.name === n)?.mode === 'layer3');
      ctx.report({
        ...at,
        args: { segment: label(seg.id), interface: label(iface.name), firewall: label(fw.id), mode: isErspanTunnel(iface) ? 'ERSPAN' : mode },
        related: related(valueSpan(iface.map, 'mode'), 'related.interface-mode', { interface: label(iface.name), mode }),
        data: { interface: iface.name, firewall: fw.id, layer3Interfaces: layer3 },
      });
    }
  },
};
