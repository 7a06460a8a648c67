import type { Value } from '../edit';
import type { FixProvider } from './types';
import { at, interfaceAt, makeFix, record, remove, setHere, str } from './util';

/** The config.* codes whose payload carries the running configuration's value for the plan key under the diagnostic. */
export const CONFIG_VALUE_CODES = ['config.mode', 'config.zone', 'config.device-id', 'config.dhcp-relay', 'config.dhcp-server', 'config.multicast-firewalling', 'config.version'] as const;

function configValue(v: unknown): Value | undefined {
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (Array.isArray(v) && v.length && v.every((x) => typeof x === 'string')) return v as string[];
  return undefined;
}

/**
 * "Take the value from the running configuration": the plan key the diagnostic is on gets the
 * configuration's value (`data.value`), or is removed when the configuration has none (a relay
 * list it does not have, a zone it does not set). Never safe: the difference can as well be fixed
 * on the firewall, so fix-all leaves it to the user.
 */
export const configTakeValueFix: FixProvider = {
  codes: CONFIG_VALUE_CODES,
  fixes(d, ctx) {
    const data = record(d.data);
    const key = str(data.key);
    if (!key) return [];
    const value = configValue(data.value);
    if (value !== undefined) {
      const shown = Array.isArray(value) ? value.join(', ') : String(value);
      return makeFix(ctx, ctx.t('action.config.take', { key, value: shown }), (dr) => setHere(dr, d.start, value), { preferred: true });
    }
    const hit = interfaceAt(ctx.plan.model, d.start);
    if (!hit) return [];
    return makeFix(ctx, ctx.t('action.config.take-remove', { key }), (dr) => remove(dr, at.iface(hit.i, hit.j), key), { preferred: true });
  },
};

/** `config.interface-missing` with a close name in the running configuration → rename the plan's interface. */
export const configInterfaceRenameFix: FixProvider = {
  codes: ['config.interface-missing'],
  fixes(d, ctx) {
    const suggestion = str(record(d.data).suggestion);
    return suggestion ? makeFix(ctx, ctx.t('action.config.rename', { name: suggestion }), (dr) => setHere(dr, d.start, suggestion), { preferred: true }) : [];
  },
};
