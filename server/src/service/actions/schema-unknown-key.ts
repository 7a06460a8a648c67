import { removePair, setScalar } from '../edit';
import { locate } from '../language/cursor';
import { schemaAt, schemaPath, typeOf, type SchemaNode } from '../language/schema-nav';
import { deref, type YNode } from '../tree';
import type { Fix, FixProvider } from './types';
import { hasKey, makeFix, record, str } from './util';

/**
 * `schema.unknown-key` → rename the key to the "did you mean" key (payload `suggestion`; safe),
 * unless the map already has that key or the value does not fit it (`swtches: none` is not made
 * `switches: none`, a type error in place of a typo); or remove the key (the one under the
 * diagnostic, and its duplicates) and its value, keeping its comments.
 */
export const schemaUnknownKeyFix: FixProvider = {
  codes: ['schema.unknown-key'],
  fixes(d, ctx) {
    const data = record(d.data);
    const key = str(data.key);
    const suggestion = str(data.suggestion);
    const loc = locate(ctx.plan.text, ctx.plan.root, d.start);
    if (!key || !loc.map || loc.on !== 'key') return [];
    const out: Fix[] = [];
    const target = suggestion !== undefined ? schemaAt(schemaPath([...loc.path.slice(0, -1), suggestion])) : undefined;
    if (suggestion && !hasKey(loc.map, suggestion) && fits(loc.pair?.value, target)) {
      out.push(...makeFix(ctx, ctx.t('action.key.rename', { key, suggestion }), (dr) => dr.run((doc) => {
        const l = locate(doc.text, doc.root, d.start);
        return l.pair ? [setScalar(doc, l.pair.key, suggestion)] : [];
      }), { preferred: true, safe: true, reveals: true }));
    }
    // Every pair of the map with that key (a duplicated unknown key would surface again), last
    // first, so the offsets of the ones still to remove never move.
    const offsets = loc.map.pairs.filter((p) => String(p.key.value) === key).map((p) => p.key.start).sort((a, b) => b - a);
    out.push(...makeFix(ctx, ctx.t('action.key.remove', { key }), (dr) => {
      for (const at of offsets) {
        dr.run((doc) => {
          const l = locate(doc.text, doc.root, at);
          return l.map && l.pair && l.on === 'key' && String(l.pair.key.value) === key ? removePair(doc, l.map, l.pair) : [];
        });
      }
    }));
    return out;
  },
};

/** True unless the value clearly breaks the schema of the key it would be renamed to (its type, enum or const). */
function fits(value: YNode | null | undefined, schema: SchemaNode | undefined): boolean {
  if (!schema) return true;
  const v = deref(value);
  const kind = typeOf(schema);
  if (kind === 'object') return v?.kind === 'map';
  if (kind === 'array') return v?.kind === 'seq';
  if (!v || v.kind !== 'scalar') return false;
  if (schema.const !== undefined) return v.value === schema.const;
  if (schema.enum) return schema.enum.includes(v.value);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const is = (t: string): boolean => (t === 'string' ? typeof v.value === 'string' : t === 'integer' ? Number.isInteger(v.value) : t === 'number' ? typeof v.value === 'number' : t === 'boolean' ? typeof v.value === 'boolean' : t === 'null' ? v.value === null : false);
  return !types.length || types.some(is);
}
