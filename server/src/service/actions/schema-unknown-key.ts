import { removePair, setScalar } from '../edit';
import { locate } from '../language/cursor';
import type { Fix, FixProvider } from './types';
import { hasKey, makeFix, record, str } from './util';

/**
 * `schema.unknown-key` → rename the key to the "did you mean" key (payload `suggestion`; safe, unless
 * the map already has that key), or remove the key and its value.
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
    if (suggestion && !hasKey(loc.map, suggestion)) {
      out.push(...makeFix(ctx, ctx.t('action.key.rename', { key, suggestion }), (dr) => dr.run((doc) => {
        const l = locate(doc.text, doc.root, d.start);
        return l.pair ? [setScalar(doc, l.pair.key, suggestion)] : [];
      }), { preferred: true, safe: true }));
    }
    out.push(...makeFix(ctx, ctx.t('action.key.remove', { key }), (dr) => dr.run((doc) => {
      const l = locate(doc.text, doc.root, d.start);
      return l.map ? removePair(doc, l.map, key) : [];
    })));
    return out;
  },
};
