import { allowedFirewalls, allowedLicenses } from '../license/matrix';
import { typeFromSku } from '../rules/firewall-sku-type-mismatch';
import { getString } from '../tree';
import type { Fix, FixProvider } from './types';
import { at, firewallIndexAt, makeFix, PATH, put, record, strs } from './util';

/**
 * `license.incompatible` → change the license type to each type the matrix allows on this firewall
 * (payload `allowed`; trial preferred, the PoC license of the seed article), or change the firewall
 * type when the SKU says the declared type is the mistake (payload `firewallTypes`); without a SKU,
 * each firewall type the license is allowed on is offered after the license types.
 */
export const licenseIncompatibleFix: FixProvider = {
  codes: ['license.incompatible'],
  fixes(d, ctx) {
    const m = ctx.plan.model;
    const i = firewallIndexAt(m, d.start);
    const fw = m.firewalls[i];
    if (!fw) return [];
    const data = record(d.data);
    const license = getString(fw.license, 'type');
    const allowed = strs(data.allowed).length ? strs(data.allowed) : fw.type ? allowedLicenses(ctx.settings.licenseMatrix, fw.type) : [];
    const fwTypes = strs(data.firewallTypes).length ? strs(data.firewallTypes) : license ? allowedFirewalls(ctx.settings.licenseMatrix, license) : [];
    const sku = getString(fw.map, 'sku');
    const skuType = sku !== undefined ? typeFromSku(sku) : undefined;
    const skuSays = skuType !== undefined && skuType !== fw.type && fwTypes.includes(skuType) ? skuType : undefined;
    const preferredLicense = allowed.includes('trial') ? 'trial' : allowed[0];
    const out: Fix[] = [];
    if (skuSays) {
      out.push(...makeFix(ctx, ctx.t('action.firewall.type-from-sku', { type: skuSays }), (dr) => put(dr, at.firewall(i), PATH.firewall, 'type', skuSays), { preferred: true }));
    }
    for (const lic of allowed) {
      out.push(...makeFix(ctx, ctx.t('action.license.type', { value: lic }), (dr) => put(dr, at.license(i), PATH.license, 'type', lic), { preferred: !skuSays && lic === preferredLicense }));
    }
    if (sku === undefined) {
      for (const t of fwTypes) out.push(...makeFix(ctx, ctx.t('action.firewall.type', { value: t }), (dr) => put(dr, at.firewall(i), PATH.firewall, 'type', t)));
    }
    if (out.length === 1) out[0]!.safe = true;
    return out;
  },
};
