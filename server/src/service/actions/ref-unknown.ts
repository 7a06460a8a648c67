import { flow, type Value } from '../edit';
import { addFirewall, addInterface, addSwitch, vwire } from '../templates/resources';
import { getBool, getString } from '../tree';
import type { Fix, FixProvider } from './types';
import { interfaceAt, makeFix, pathAt, record, segmentIndexAt, setHere, str, strs, withoutNewProblems } from './util';

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const MAX_CANDIDATES = 5;
/** An interface name worth writing into a new firewall (no control characters, no line breaks). */
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const ID_OR_IFACE = /^[^\s\x00-\x1f]{1,64}$/;

/**
 * `ref.unknown` → the closest existing id (payload `suggestion`; safe), the other ids that exist
 * (`candidates`), or the missing definition: a firewall, an interface on the firewall named beside
 * the reference (a tap fed by the segment's switch for mirror paths, else a virtual wire that logs
 * DHCP), or a switch (with read-only SNMP when XSOAR polls it, ERSPAN when an ERSPAN tap uses it).
 * None is offered that adds an error or warning (an id whose firewall lacks the named interface).
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
    if (ctx.onlySafe) return withoutNewProblems(ctx, out);
    for (const c of strs(data.candidates).filter((x) => x !== suggestion).slice(0, MAX_CANDIDATES)) {
      out.push(...makeFix(ctx, ctx.t('action.set-value', { value: c }), (dr) => setHere(dr, d.start, c)));
    }
    if (value === undefined || !ID.test(value) && kind !== 'interface') return withoutNewProblems(ctx, out);
    const k = segmentIndexAt(m, d.start);
    const seg = m.segments[k];
    const which = seg ? pathAt(seg, d.start) : undefined;
    const path = seg && which ? seg[which] : undefined;
    /** The interface a path needs: a tap fed by the segment's switch for mirror paths, else a virtual wire that logs DHCP. */
    const ifaceFor = (name: string): { [key: string]: Value } => {
      if (path?.method !== 'mirror') return vwire(name) as { [key: string]: Value };
      const sw = getString(seg!.identity?.map, 'switch') ?? m.switches.find((s) => getBool(s.map, 'span') === true || getBool(s.map, 'erspan') === true)?.id;
      return sw !== undefined ? { name, mode: 'tap', zone: 'tap', mirrorFrom: sw } : { name, mode: 'tap', zone: 'tap' };
    };
    if (kind === 'firewall') {
      // The new firewall gets the interface the path names too (it would be unknown otherwise), and the title says so.
      const named = path?.interfaceName !== undefined && ID_OR_IFACE.test(path.interfaceName) && path.interfaceName !== 'ethernet1/1' ? path.interfaceName : undefined;
      const title = named ? ctx.t('action.ref.add-firewall-with', { id: value, interface: named }) : ctx.t('action.ref.add-firewall', { id: value });
      out.push(...makeFix(ctx, title, (dr) => {
        const i = addFirewall(dr, value);
        if (named && i >= 0) addInterface(dr, i, ifaceFor(named));
      }));
    } else if (kind === 'interface' && path?.firewall) {
      const fw = path.firewall;
      out.push(...makeFix(ctx, ctx.t('action.ref.add-interface', { name: value, firewall: fw.id ?? '?' }), (dr) => { addInterface(dr, fw.index, ifaceFor(value)); }));
    } else if (kind === 'switch') {
      const sw: { [key: string]: Value } = { id: value, span: true };
      if (path?.method === 'xsoar-snmp') { delete sw.span; sw.snmp = flow({ version: 'v3', readOnly: true }); }
      const tap = interfaceAt(m, d.start);
      if (tap && getBool(tap.iface.map, 'erspan') === true) sw.erspan = true;
      out.push(...makeFix(ctx, ctx.t('action.ref.add-switch', { id: value }), (dr) => addSwitch(dr, sw)));
    }
    return withoutNewProblems(ctx, out);
  },
};
