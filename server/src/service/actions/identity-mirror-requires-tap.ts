import { isErspanTunnel } from '../rules/util';
import { freeInterfaceName } from '../templates/resources';
import { getString } from '../tree';
import type { Fix, FixProvider } from './types';
import { append, at, firewallIndex, makeFix, PATH, put, record, segmentIndexAt, setHere, str, strs, switchIndex } from './util';

/**
 * `identity.mirror-requires-tap` → by `reason`: `not-tap`, point the path at each tap interface of
 * the firewall (payload `tapInterfaces`), or add one fed by the segment's switch; `switch-cannot-mirror`,
 * turn SPAN on at the switch (safe); `switch-no-erspan`, turn ERSPAN on at the switch or feed the tap
 * from a local SPAN port.
 */
export const identityMirrorRequiresTapFix: FixProvider = {
  codes: ['identity.mirror-requires-tap'],
  fixes(d, ctx) {
    const m = ctx.plan.model;
    const data = record(d.data);
    const reason = str(data.reason);
    const i = firewallIndex(m, str(data.firewall));
    const fw = m.firewalls[i];
    const out: Fix[] = [];
    if (reason === 'not-tap') {
      for (const name of strs(data.tapInterfaces)) out.push(...makeFix(ctx, ctx.t('action.mirror.use-tap', { interface: name }), (dr) => setHere(dr, d.start, name), { preferred: !out.length }));
      const seg = m.segments[segmentIndexAt(m, d.start)];
      const sw = getString(seg?.identity?.map, 'switch') ?? m.switches.find((s) => s.id !== undefined)?.id;
      if (fw && !out.length && sw !== undefined) {
        const name = freeInterfaceName(fw);
        out.push(...makeFix(ctx, ctx.t('action.mirror.add-tap', { interface: name, switch: sw, firewall: fw.id ?? '?' }), (dr) => {
          append(dr, at.firewall(i), PATH.firewall, 'interfaces', { name, mode: 'tap', zone: 'tap', mirrorFrom: sw });
          setHere(dr, d.start, name);
        }, { preferred: true }));
      }
      return out;
    }
    const loc = ctx.plan.text.slice(d.start, d.end).replace(/^["']|["']$/g, '');
    const k = switchIndex(m, loc);
    if (k < 0) return [];
    const args = { switch: loc, interface: str(data.interface) ?? '?' };
    if (reason === 'switch-cannot-mirror') {
      return makeFix(ctx, ctx.t('action.switch.span', args), (dr) => put(dr, at.switch(k), PATH.switch, 'span', true), { preferred: true, safe: true });
    }
    if (reason === 'switch-no-erspan') {
      out.push(...makeFix(ctx, ctx.t('action.switch.erspan', args), (dr) => put(dr, at.switch(k), PATH.switch, 'erspan', true), { preferred: true }));
      const j = fw ? fw.interfaces.findIndex((x) => x.name === str(data.interface)) : -1;
      if (j >= 0 && !isErspanTunnel(fw!.interfaces[j])) out.push(...makeFix(ctx, ctx.t('action.erspan.local-span', args), (dr) => put(dr, at.iface(i, j), PATH.iface, 'erspan', false)));
    }
    return out;
  },
};
