import { interfacePairs } from '../panos/drift';
import { closest } from '../suggest';
import type { Rule } from './types';
import { interfaceSpan, label } from './util';

/**
 * `config.interface-missing` (added; info, strict: warning) — a plan interface that the firewall's
 * running configuration does not have at all (no Ethernet, aggregate, tunnel or VLAN interface of
 * that name). The segments that name it cannot work as planned on this firewall.
 * Range: the interface's `name` value. data: `{ firewall, interface, suggestion? }` (a configured
 * interface with a close name, for the rename fix).
 */
export const configInterfaceMissing: Rule = {
  code: 'config.interface-missing',
  severity: 'info',
  strictSeverity: 'warning',
  basis: 'inferred',
  added: true,
  check(ctx) {
    for (const p of interfacePairs(ctx)) {
      if (p.cfg || p.raw) continue;
      const names = p.report.view!.interfaces.map((i) => i.name).filter((n) => !p.fw.interfaces.some((x) => x.name === n));
      const suggestion = closest(p.name, names);
      ctx.report({
        ...interfaceSpan(p.iface), messageId: suggestion ? 'config.interface-missing/suggest' : 'config.interface-missing',
        args: { interface: p.name, firewall: label(p.fw.id), path: p.report.path, ...(suggestion ? { suggestion } : {}) },
        data: { firewall: p.fw.id, interface: p.name, ...(suggestion ? { suggestion } : {}) },
      });
    }
  },
};
