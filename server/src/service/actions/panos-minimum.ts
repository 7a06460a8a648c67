import type { Fix, FixProvider } from './types';
import { upgradeBecause, upgradeTarget } from './upgrade';
import { at, firewallIndex, firewallIndexAt, makeFix, PATH, put, record, segmentIndexAt, str } from './util';

/**
 * Version rules → plan the minimum PAN-OS the payload names (`minimum`) on the firewall (payload
 * `firewall`, else the firewall holding the diagnostic). `panos.enforcement-version` can instead drop
 * enforcement; `panos.panorama-required` can instead put the firewall under Panorama. Upgrades are
 * real-world decisions: none of these is safe. The release planned is raised where the plan shows
 * that the bare minimum would add another finding (actions/upgrade.ts): `dhcp-syslog` on the
 * firewall takes 11.0 (both sources' minimum) rather than 10.2, and a firewall that relies on DHCP
 * Broadcast Session takes the first release of its train with that fix; the title says why.
 */
export const panosMinimumFix: FixProvider = {
  codes: ['identity.dhcp-syslog-version', 'panos.below-recommended', 'panos.dhcp-broadcast-version', 'panos.enforcement-version', 'panos.panorama-required'],
  fixes(d, ctx) {
    const m = ctx.plan.model;
    const data = record(d.data);
    const id = str(data.firewall);
    const i = id !== undefined ? firewallIndex(m, id) : firewallIndexAt(m, d.start);
    const minimum = str(data.minimum);
    const fw = m.firewalls[i];
    const out: Fix[] = [];
    const target = fw && minimum ? upgradeTarget(m, fw, minimum) : undefined;
    if (fw && target) {
      const title = ctx.t('action.panos.upgrade', { minimum: target.version, firewall: fw.id ?? '?' }) + upgradeBecause(ctx.t, target);
      out.push(...makeFix(ctx, title, (dr) => put(dr, at.firewall(i), PATH.firewall, 'panos', target.version), { preferred: true }));
    }
    if (d.code === 'panos.enforcement-version') {
      const k = segmentIndexAt(m, d.start);
      if (k >= 0) out.push(...makeFix(ctx, ctx.t('action.enforce.off'), (dr) => put(dr, at.segment(k), PATH.segment, 'enforce', false)));
    }
    if (d.code === 'panos.panorama-required' && fw) {
      out.push(...makeFix(ctx, ctx.t('action.firewall.panorama', { firewall: fw.id ?? '?' }), (dr) => put(dr, at.firewall(i), PATH.firewall, 'managedBy', 'panorama')));
    }
    return out;
  },
};
