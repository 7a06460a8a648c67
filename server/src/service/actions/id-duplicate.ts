import { setValueFix, str } from './util';

/** `id.duplicate` → the later duplicate renamed to the free id in the payload (`suggestion`). */
export const idDuplicateFix = setValueFix('id.duplicate', (data) => {
  const suggestion = str(data.suggestion);
  return suggestion ? { value: suggestion, title: 'action.id.rename', args: { suggestion } } : undefined;
});
