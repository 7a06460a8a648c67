/**
 * Which findings concern which segment, and which of its two visibility conditions (identity:
 * MAC/IP learned; traffic: seen by the firewall). The document marks a condition met or not from
 * these, so a segment's diagram agrees with the findings list.
 *
 * A finding concerns a segment when it (or one of its related places) lies inside the segment, or
 * on the interface, switch or XSOAR definition the segment uses. Inside `identity:` it is about
 * identity, inside `traffic:` about traffic. Elsewhere in the segment, and on shared definitions,
 * the code's area decides (`identity.*`, `csv.*` identity; `traffic.*` traffic), else every
 * condition that uses the place. Enforcement findings (`enforce: true` on a tap, Device-ID off, an
 * old PAN-OS) are listed with the segment but do not touch the visibility conditions.
 */
import type { PlanDiagnostic } from '../diagnostics';
import type { PlanModel, SegmentM } from '../model';
import type { LineIndex } from '../text';
import { getString, type YMap } from '../tree';

export type Aspect = 'identity' | 'traffic' | 'segment';
export type CondState = 'met' | 'warn' | 'unmet';

export interface SegmentFindings {
  /** Diagnostics concerning the segment, in the order of the check result. */
  all: PlanDiagnostic[];
  identity: CondState;
  traffic: CondState;
}

const ENFORCEMENT = new Set(['traffic.tap-enforcement', 'zone.device-id-disabled', 'panos.enforcement-version']);

interface Span { start: number; end: number }
const inside = (off: number, s: Span | undefined): boolean => !!s && off >= s.start && off < s.end;

function byCode(code: string): Aspect | undefined {
  if (ENFORCEMENT.has(code)) return 'segment';
  if (code === 'segment.identity-missing' || code.startsWith('identity.') || code.startsWith('csv.')) return 'identity';
  if (code === 'segment.traffic-missing' || code.startsWith('traffic.')) return 'traffic';
  return undefined;
}

interface SegmentPlaces {
  seg: SegmentM;
  identity: Span | undefined;
  traffic: Span | undefined;
  /** Definitions the segment's identity / traffic path relies on (interfaces, switches, XSOAR). */
  identityShared: Span[];
  trafficShared: Span[];
}

function placesOf(plan: PlanModel, seg: SegmentM): SegmentPlaces {
  const identityShared: Span[] = [];
  const trafficShared: Span[] = [];
  const id = seg.identity;
  if (id?.iface) identityShared.push(id.iface.map);
  const idSwitch = id ? getString(id.map, 'switch') : undefined;
  const swMap = (sid: string | undefined): YMap | undefined => (sid !== undefined ? plan.switchById.get(sid)?.map : undefined);
  const sw = swMap(idSwitch) ?? swMap(id?.iface ? getString(id.iface.map, 'mirrorFrom') : undefined);
  if (sw) identityShared.push(sw);
  if (id?.method === 'xsoar-snmp' && plan.xsoar) identityShared.push(plan.xsoar);
  const tr = seg.traffic;
  if (tr?.iface) trafficShared.push(tr.iface.map);
  const trSw = swMap(tr?.iface ? getString(tr.iface.map, 'mirrorFrom') : undefined);
  if (trSw && tr?.method === 'mirror') trafficShared.push(trSw);
  return { seg, identity: id?.map, traffic: tr?.map, identityShared, trafficShared };
}

/** The aspects of `places`' segment that a diagnostic concerns (empty: not this segment). */
function aspectsFor(d: PlanDiagnostic, offsets: number[], p: SegmentPlaces): Set<Aspect> {
  const out = new Set<Aspect>();
  const code = byCode(d.code);
  for (const off of offsets) {
    if (inside(off, p.identity)) out.add(code === 'segment' ? 'segment' : 'identity');
    else if (inside(off, p.traffic)) out.add(code === 'segment' ? 'segment' : 'traffic');
    else if (inside(off, p.seg.map)) out.add(code ?? 'segment');
    else {
      const onId = p.identityShared.some((s) => inside(off, s));
      const onTr = p.trafficShared.some((s) => inside(off, s));
      if (!onId && !onTr) continue;
      if (code) { if ((code === 'identity' && onId) || (code === 'traffic' && onTr) || code === 'segment') out.add(code); continue; }
      if (onId) out.add('identity');
      if (onTr) out.add('traffic');
    }
  }
  return out;
}

function stateOf(list: PlanDiagnostic[]): CondState {
  if (list.some((d) => d.severity === 'error')) return 'unmet';
  if (list.some((d) => d.severity === 'warning')) return 'warn';
  return 'met';
}

/** Per segment (in model order): its findings and the state of its two conditions. */
export function attribute(plan: PlanModel, diagnostics: readonly PlanDiagnostic[], planUri: string, lines: LineIndex): SegmentFindings[] {
  const places = plan.segments.map((s) => placesOf(plan, s));
  const buckets = places.map(() => ({ all: [] as PlanDiagnostic[], identity: [] as PlanDiagnostic[], traffic: [] as PlanDiagnostic[] }));
  for (const d of diagnostics) {
    if (d.uri !== planUri) continue;
    const offsets = [d.start];
    // Related places are only compared for findings anchored outside every segment (a firewall's
    // `logging` naming the segments it serves); a finding inside one segment stays with it.
    const related = d.related.length && !places.some((q) => inside(d.start, q.seg.map)) ? relatedOffsets(d, planUri, lines) : [];
    places.forEach((p, i) => {
      let aspects = aspectsFor(d, offsets, p);
      if (!aspects.size && related.length) aspects = aspectsFor(d, related, p);
      if (!aspects.size) return;
      const b = buckets[i]!;
      b.all.push(d);
      if (aspects.has('identity')) b.identity.push(d);
      if (aspects.has('traffic')) b.traffic.push(d);
    });
  }
  return places.map((p, i) => {
    const b = buckets[i]!;
    const idMethod = p.seg.identity?.method;
    const trMethod = p.seg.traffic?.method;
    return {
      all: b.all,
      identity: idMethod ? stateOf(b.identity) : 'unmet',
      traffic: trMethod ? stateOf(b.traffic) : 'unmet',
    };
  });
}

/** Related places are LSP positions; back to offsets in the plan's text. */
function relatedOffsets(d: PlanDiagnostic, planUri: string, lines: LineIndex): number[] {
  return d.related.filter((r) => r.uri === planUri).map((r) => lines.offsetAt(r.range.start));
}
