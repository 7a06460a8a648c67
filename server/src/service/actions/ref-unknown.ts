import { flow, type Value } from '../edit';
import { addFirewall, addInterface, addSwitch, vwire } from '../templates/resources';
import { getBool, getString } from '../tree';
import type { Fix, FixProvider } from './types';
import { interfaceAt, makeFix, pathAt, record, segmentIndexAt, setHere, str, strs } from './util';

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const MAX_CANDIDATES = 5;

/**
 * `ref.unknown` → the closest existing id (payload `suggestion`; safe), the other ids that exist
 * (`candidates`), or the missing definition: a firewall, an interface on the firewall named beside
 * the reference (a tap fed by the segment's switch for mirror paths, else a virtual wire that logs
 * DHCP), or a switch (with read-only SNMP when XSOAR polls it, ERSPAN when an ERSPAN tap uses it).
 */
export const refUnknownFix: FixProvider = {
  codes: ['ref.unknown'],
  fixes(d, ctx) {
    const m = ctx.plan.model;
    const data = record(d.data);
    const kind = str(data.kind);
    const value = str(data.value);
    const suggestion = str(data.suggestion);
    const out: Fix[] = [];
    if (suggestion) out.push(...makeFix(ctx, ctx.t('action.set-value', { value: suggestion }), (dr) => setHere(dr, d.start, suggestion), { preferred: true, safe: true }));
    for (const c of strs(data.candidates).filter((x) => x !== suggestion).slice(0, MAX_CANDIDATES)) {
      out.push(...makeFix(ctx, ctx.t('action.set-value', { value: c }), (dr) => setHere(dr, d.start, c)));
    }
    if (value === undefined || !ID.test(value) && kind !== 'interface') return out;
    const k = segmentIndexAt(m, d.start);
    const seg = m.segments[k];
    const which = seg ? pathAt(seg, d.start) : undefined;
    const path = seg && which ? seg[which] : undefined;
    if (kind === 'firewall') {
      out.push(...makeFix(ctx, ctx.t('action.ref.add-firewall', { id: value }), (dr) => { addFirewall(dr, value); }));
    } else if (kind === 'interface' && path?.firewall) {
      const fw = path.firewall;
      let iface: { [key: string]: Value } = vwire(value) as { [key: string]: Value };
      if (path.method === 'mirror') {
        const sw = getString(seg!.identity?.map, 'switch') ?? m.switches.find((s) => getBool(s.map, 'span') === true || getBool(s.map, 'erspan') === true)?.id;
        iface = sw !== undefined ? { name: value, mode: 'tap', zone: 'tap', mirrorFrom: sw } : { name: value, mode: 'tap', zone: 'tap' };
      }
      out.push(...makeFix(ctx, ctx.t('action.ref.add-interface', { name: value, firewall: fw.id ?? '?' }), (dr) => { addInterface(dr, fw.index, iface); }));
    } else if (kind === 'switch') {
      const sw: { [key: string]: Value } = { id: value, span: true };
      if (path?.method === 'xsoar-snmp') { delete sw.span; sw.snmp = flow({ version: 'v3', readOnly: true }); }
      const tap = interfaceAt(m, d.start);
      if (tap && getBool(tap.iface.map, 'erspan') === true) sw.erspan = true;
      out.push(...makeFix(ctx, ctx.t('action.ref.add-switch', { id: value }), (dr) => addSwitch(dr, sw)));
    }
    return out;
  },
};
