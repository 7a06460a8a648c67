import type { Value } from '../edit';
import { enumValues, keysAt, placeholderOf, schemaAt, schemaPath } from '../language/schema-nav';
import { freeId, freeInterfaceName } from '../templates/resources';
import { asMap, nodeAtPath } from '../tree';
import type { Fix, FixProvider } from './types';
import { makeFix, record } from './util';
import { putPair } from '../edit';

const ID_PREFIX: Record<string, string> = { firewalls: 'fw', switches: 'sw', sites: 'site', segments: 'segment' };

/**
 * `schema.required` → insert the missing key (payload `key`, in the map at `path`) with a
 * placeholder: a free id, the next free interface name, the schema's const, default or example.
 * An enum key gets one fix per value (a choice, so not safe); the others are safe.
 */
export const schemaRequiredFix: FixProvider = {
  codes: ['schema.required'],
  fixes(d, ctx) {
    const data = record(d.data);
    const key = typeof data.key === 'string' ? data.key : undefined;
    const path = Array.isArray(data.path) ? data.path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number') : undefined;
    if (!key || !path) return [];
    const at = nodeAtPath(ctx.plan.root, path);
    if (at.depth !== path.length || !asMap(at.node)) return [];
    const m = ctx.plan.model;
    const node = schemaAt([...schemaPath(path), key]);
    const owner = path.length >= 2 ? path[path.length - 2] : undefined;
    let values: Value[];
    const choices = enumValues(node, ctx.lang).map((e) => e.value);
    if (key === 'id' && typeof owner === 'string' && ID_PREFIX[owner]) {
      const taken = owner === 'firewalls' ? m.firewalls.map((f) => f.id) : owner === 'switches' ? m.switches.map((s) => s.id) : owner === 'sites' ? m.sites.map((s) => s.id) : m.segments.map((s) => s.id);
      values = [freeId(ID_PREFIX[owner]!, taken)];
    } else if (key === 'name' && owner === 'interfaces') {
      values = [freeInterfaceName(m.firewalls[typeof path[1] === 'number' ? path[1] : -1])];
    } else if (choices.length) {
      values = choices;
    } else {
      const p = placeholderOf(node);
      values = [p === undefined ? '' : p];
    }
    const out: Fix[] = [];
    for (const value of values) {
      out.push(...makeFix(ctx, ctx.t('action.key.add', { key, value: String(value) }), (dr) => dr.run((doc) => {
        const map = asMap(nodeAtPath(doc.root, path).node);
        return map ? putPair(doc, map, key, value, keysAt(schemaPath(path))) : [];
      }), { preferred: values.length === 1, safe: values.length === 1 }));
    }
    return out;
  },
};
