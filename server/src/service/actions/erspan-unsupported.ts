import { isErspanTunnel } from '../rules/util';
import { getBool } from '../tree';
import type { Fix, FixProvider } from './types';
import { upgradeBecause, upgradeTarget } from './upgrade';
import { at, firewallIndex, interfaceAt, makeFix, PATH, put, record, setHere, str } from './util';

const ERSPAN_MINIMUM = '10.2';

/**
 * `erspan.unsupported` → reason `setting`: `erspanSupport: true` on the firewall (inserted when
 * absent; safe). Reason `version`: plan PAN-OS 10.2 (raised as actions/upgrade.ts says) with ERSPAN
 * support on. Either way a tap can instead take a local SPAN copy (`erspan: false` on the
 * interface); an ERSPAN tunnel interface (`layer3`) cannot, so it is not offered there.
 */
export const erspanUnsupportedFix: FixProvider = {
  codes: ['erspan.unsupported'],
  fixes(d, ctx) {
    const m = ctx.plan.model;
    const data = record(d.data);
    const hit = interfaceAt(m, d.start);
    const i = hit?.i ?? firewallIndex(m, str(data.firewall));
    const fw = m.firewalls[i];
    if (!fw) return [];
    const target = upgradeTarget(m, fw, ERSPAN_MINIMUM);
    const args = { firewall: fw.id ?? '?', interface: hit?.iface.name ?? '?', minimum: target?.version ?? ERSPAN_MINIMUM };
    const out: Fix[] = [];
    if (str(data.reason) === 'version' && target) {
      out.push(...makeFix(ctx, ctx.t('action.erspan.upgrade', args) + upgradeBecause(ctx.t, target), (dr) => {
        put(dr, at.firewall(i), PATH.firewall, 'panos', target.version);
        if (getBool(fw.map, 'erspanSupport') !== true) put(dr, at.firewall(i), PATH.firewall, 'erspanSupport', true);
      }, { preferred: true }));
    } else if (str(data.reason) !== 'version') {
      out.push(...makeFix(ctx, ctx.t('action.erspan.enable', args), (dr) => put(dr, at.firewall(i), PATH.firewall, 'erspanSupport', true), { preferred: true, safe: true }));
    }
    if (!isErspanTunnel(hit?.iface)) out.push(...makeFix(ctx, ctx.t('action.erspan.local-span', args), (dr) => setHere(dr, d.start, false)));
    return out;
  },
};
