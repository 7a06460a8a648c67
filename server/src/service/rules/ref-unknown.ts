import { closest } from '../suggest';
import { getString } from '../tree';
import type { Rule } from './types';
import { firewallSpan, label, nameList, paths, related, valueSpan } from './util';

/**
 * `ref.unknown` — a reference to something the plan does not define:
 * - `identity.firewall` / `traffic.firewall` that is not a firewall `id`;
 * - `identity.interface` / `traffic.interface` that is not an interface `name` of the firewall named
 *   beside it (checked only when that firewall resolves);
 * - `identity.switch` or an interface's `mirrorFrom` that is not a switch `id`.
 * Range: the reference's value. Related: for interfaces, the firewall's `id`.
 * Messages: `ref.unknown/<kind>` and `ref.unknown/<kind>-suggest` ("did you mean").
 * data: `{ kind: 'firewall'|'interface'|'switch', value, suggestion?, candidates: string[] }` —
 * candidates are the ids (or the firewall's interface names) that exist; suggestion via `closest`.
 */
export const refUnknown: Rule = {
  code: 'ref.unknown',
  severity: 'error',
  basis: 'contract',
  check(ctx) {
    const { plan } = ctx;
    const firewallIds = plan.firewalls.map((f) => f.id).filter((s): s is string => s !== undefined);
    const switchIds = plan.switches.map((s) => s.id).filter((s): s is string => s !== undefined);

    const report = (kind: 'firewall' | 'interface' | 'switch', value: string, at: { start: number; end: number }, candidates: string[], extra: { firewall?: string; rel?: ReturnType<typeof related> } = {}): void => {
      if (value.trim() === '') return; // an empty reference is missing, not unknown (ref.missing)
      const suggestion = closest(value, candidates);
      ctx.report({
        ...at,
        messageId: `ref.unknown/${kind}${suggestion !== undefined ? '-suggest' : ''}`,
        args: { value, suggestion: suggestion ?? '', candidates: nameList(candidates), firewall: extra.firewall ?? '' },
        related: extra.rel ?? [],
        data: { kind, value, ...(suggestion !== undefined ? { suggestion } : {}), candidates },
      });
    };

    for (const seg of plan.segments) {
      for (const { path } of paths(seg)) {
        const fwAt = valueSpan(path.map, 'firewall');
        if (path.firewallId !== undefined && fwAt && !path.firewall) report('firewall', path.firewallId, fwAt, firewallIds);
        const ifAt = valueSpan(path.map, 'interface');
        if (path.firewall && path.interfaceName !== undefined && ifAt && !path.iface) {
          const fw = path.firewall;
          const names = fw.interfaces.map((i) => i.name).filter((s): s is string => s !== undefined);
          report('interface', path.interfaceName, ifAt, names, {
            firewall: label(fw.id),
            rel: related(firewallSpan(fw), 'related.firewall', { firewall: label(fw.id) }),
          });
        }
      }
      const id = seg.identity;
      const sw = getString(id?.map, 'switch');
      const swAt = valueSpan(id?.map, 'switch');
      if (sw !== undefined && swAt && !plan.switchById.has(sw)) report('switch', sw, swAt, switchIds);
    }

    for (const fw of plan.firewalls) {
      for (const iface of fw.interfaces) {
        const from = getString(iface.map, 'mirrorFrom');
        const at = valueSpan(iface.map, 'mirrorFrom');
        if (from !== undefined && at && !plan.switchById.has(from)) report('switch', from, at, switchIds);
      }
    }
  },
};
