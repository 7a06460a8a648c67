import { Draft } from '../language/draft';
import { ensureCsv } from '../templates/resources';
import type { InterfaceM } from '../model';
import { isInline, receivesCopy } from '../rules/util';
import { getBool } from '../tree';
import type { Fix, FixProvider } from './types';
import { at, makeFix, PATH, pathAt, putIn, record, segmentIndexAt, str, withoutNewProblems } from './util';

const MAX = 5;

/**
 * `ref.missing` → set the missing reference (payload `key`) to each id that fits: the firewall the
 * other path names first; interfaces of that firewall whose mode suits the method (taps for mirror,
 * inline otherwise); switches that can mirror or have SNMP; for `csv`, a file named after the
 * segment (created when missing). A firewall must have the interface the path already names, and
 * no candidate is offered that adds an error or warning. Safe when exactly one id fits.
 */
export const refMissingFix: FixProvider = {
  codes: ['ref.missing'],
  fixes(d, ctx) {
    const m = ctx.plan.model;
    const key = str(record(d.data).key);
    const k = segmentIndexAt(m, d.start);
    const seg = m.segments[k];
    const which = seg ? pathAt(seg, d.start) : undefined;
    const path = seg && which ? seg[which] : undefined;
    if (!seg || !which || !path || !key) return [];
    const other = which === 'identity' ? seg.traffic : seg.identity;
    let candidates: string[] = [];
    if (key === 'firewall') {
      // A path that already names its interface needs a firewall that has it.
      const named = path.interfaceName;
      const fws = [other?.firewall, ...m.firewalls].filter((f) => f && (named === undefined || f.interfaces.some((x) => x.name === named)));
      candidates = fws.map((f) => f?.id).filter((x): x is string => x !== undefined);
    } else if (key === 'interface') {
      const fw = path.firewall ?? other?.firewall;
      const fits = (x: InterfaceM): boolean => (path.method === 'mirror' ? receivesCopy(x) : isInline(x));
      candidates = (fw?.interfaces ?? []).filter(fits).map((x) => x.name).filter((x): x is string => x !== undefined);
    } else if (key === 'switch') {
      const fits = path.method === 'xsoar-snmp' ? (s: (typeof m.switches)[number]) => s.map.pairs.some((p) => p.key.value === 'snmp')
        : (s: (typeof m.switches)[number]) => getBool(s.map, 'span') === true || getBool(s.map, 'erspan') === true;
      candidates = m.switches.filter(fits).map((s) => s.id).filter((x): x is string => x !== undefined);
    } else if (key === 'csv') {
      const d0 = new Draft(ctx.plan.text, ctx.plan.root, ctx.plan.model);
      const name = ensureCsv(d0, { planUri: ctx.plan.uri, host: ctx.host }, seg);
      putIn(d0, at.segment(k), PATH.segment, [which, 'csv'], name);
      const edit = d0.toEdit();
      return [{ title: ctx.t(edit.createFiles ? 'action.ref.new-csv' : 'action.ref.set', { key, value: name }), edit }];
    }
    // Each candidate that does not trade this problem for another (an interface on the wrong zone,
    // a switch that cannot serve the method…): tried for the lightbulb; *Fix all* takes the one
    // candidate, when there is exactly one and it adds nothing.
    const unique = [...new Set(candidates)];
    if (ctx.onlySafe && unique.length !== 1) return [];
    const out: Fix[] = [];
    for (const value of unique.slice(0, MAX)) {
      out.push(...withoutNewProblems({ ...ctx, onlySafe: false }, makeFix(ctx, ctx.t('action.ref.set', { key, value }), (dr) => putIn(dr, at.segment(k), PATH.segment, [which, key], value), { preferred: !out.length })));
    }
    if (unique.length === 1 && out.length === 1) out[0]!.safe = true;
    return out;
  },
};
