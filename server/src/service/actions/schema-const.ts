import { setValueFix } from './util';

/** `schema.const` → the one value the schema allows (`pocplan: 1`). */
export const schemaConstFix = setValueFix('schema.const', (data) => {
  const v = data.expected;
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? { value: v, title: 'action.set-value', args: { value: String(v) } } : undefined;
});
