import { setValueFix, str } from './util';

/** `logging.disabled` → the key that is `false` turned on (the diagnostic is on that value). */
export const loggingDisabledFix = setValueFix('logging.disabled', (data) => ({
  value: true, title: 'action.logging.enable', args: { key: str(data.key) ?? '?' },
}));
