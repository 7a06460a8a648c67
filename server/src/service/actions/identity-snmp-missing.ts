import { flow } from '../edit';
import type { FixProvider } from './types';
import { at, makeFix, PATH, put, record, str, switchIndex, switchIndexAt } from './util';

/** `identity.snmp-missing` → read-only SNMPv3 settings on the polled switch (payload `switch`). */
export const identitySnmpMissingFix: FixProvider = {
  codes: ['identity.snmp-missing'],
  fixes(d, ctx) {
    const m = ctx.plan.model;
    const id = str(record(d.data).switch);
    const k = id !== undefined ? switchIndex(m, id) : switchIndexAt(m, d.start);
    if (k < 0) return [];
    return makeFix(ctx, ctx.t('action.snmp.add', { switch: m.switches[k]!.id ?? '?' }), (dr) => put(dr, at.switch(k), PATH.switch, 'snmp', flow({ version: 'v3', readOnly: true })), { preferred: true, safe: true });
  },
};
