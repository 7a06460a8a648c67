import { setValueFix, str } from './util';

/** `identity.snmp-read-only` → `readOnly: true`. */
export const identitySnmpReadOnlyFix = setValueFix('identity.snmp-read-only', (data) => ({
  value: true, title: 'action.snmp.read-only', args: { switch: str(data.switch) ?? '?' },
}));
