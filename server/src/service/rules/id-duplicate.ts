import type { YScalar } from '../tree';
import type { Rule } from './types';
import { label, spanOf } from './util';

type Kind = 'firewall' | 'switch' | 'site' | 'segment' | 'interface';

/**
 * `id.duplicate` — two firewalls, switches, sites or segments share an `id` (segments plan-wide,
 * across sites), or two interfaces of one firewall share a `name`. References resolve to the first
 * definition, so the later one is silently ignored.
 * Range: each later duplicate's id/name value. Related: the first definition.
 * Messages: `id.duplicate/<kind>`.
 * data: `{ kind, id, suggestion }` — suggestion is a free id of that kind: `<id>-2`, `<id>-3`, …
 */
export const idDuplicate: Rule = {
  code: 'id.duplicate',
  severity: 'error',
  basis: 'contract',
  check(ctx) {
    const { plan } = ctx;
    const scan = (kind: Kind, items: Array<{ id: string | undefined; node: YScalar | undefined }>, firewall?: string): void => {
      const taken = new Set(items.map((i) => i.id).filter((s): s is string => s !== undefined));
      const first = new Map<string, YScalar>();
      for (const { id, node } of items) {
        if (id === undefined || !node) continue;
        const prev = first.get(id);
        if (!prev) { first.set(id, node); continue; }
        let n = 2;
        while (taken.has(`${id}-${n}`)) n++;
        const suggestion = `${id}-${n}`;
        taken.add(suggestion);
        ctx.report({
          ...spanOf(node),
          messageId: `id.duplicate/${kind}`,
          args: { id, suggestion, firewall: firewall ?? '' },
          related: [{ ...spanOf(prev), messageId: 'related.first-definition', args: { id } }],
          data: { kind, id, suggestion },
        });
      }
    };
    scan('firewall', plan.firewalls.map((f) => ({ id: f.id, node: f.idNode })));
    scan('switch', plan.switches.map((s) => ({ id: s.id, node: s.idNode })));
    scan('site', plan.sites.map((s) => ({ id: s.id, node: s.idNode })));
    scan('segment', plan.segments.map((s) => ({ id: s.id, node: s.idNode })));
    for (const fw of plan.firewalls) scan('interface', fw.interfaces.map((i) => ({ id: i.name, node: i.nameNode })), label(fw.id));
  },
};
