/**
 * One segment's topology diagram as inline SVG (layout in topology-layout.ts). Traffic is a solid
 * blue line; identity (how the MAC/IP binding reaches IoT Security) an orange double line; a
 * SPAN/ERSPAN copy is dashed in either colour. The two visibility conditions are marked met or not
 * under the picture, with a legend, so a printed page reads without colour too.
 */
import { hasMessage, t, type Lang } from './catalog';
import type { CondState, FirewallDoc, SegmentDoc } from './model';
import { fitText, polyline, rect, svgRoot, text, textWidth, wrap } from './svg';
import { COL, layoutSegment, W, type Box, type Edge, type FwBox, type Port } from './topology-layout';
import { isErspanTunnelDoc, receivesCopyDoc } from './prereqs-copy';

export const COLORS = {
  traffic: '#1d4ed8', identity: '#c2410c', ok: '#15803d', warn: '#b45309', bad: '#b91c1c',
  box: '#ffffff', boxStroke: '#6b7280', cloud: '#eef2ff', fw: '#fff7ed', port: '#f3f4f6', muted: '#4b5563',
} as const;
const STATE_FILL: Record<CondState, [string, string]> = { met: ['#dcfce7', COLORS.ok], warn: ['#fef3c7', COLORS.warn], unmet: ['#fee2e2', COLORS.bad] };
const STATE_MARK: Record<CondState, string> = { met: '✓', warn: '!', unmet: '✗' };


function markers(p: string): string {
  const m = (id: string, color: string): string =>
    `<marker id="${p}-${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="10" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="${color}"/></marker>`;
  return `<defs>${m('at', COLORS.traffic)}${m('ai', COLORS.identity)}</defs>`;
}

/**
 * A line of the given kind; identity is drawn as a cased (double) line so it differs without
 * colour. Line styles are stylesheet classes (css.ts: `.et` traffic, `.ei` identity, `.ec` its
 * white core, `.dz` dashed copy); only the arrowhead is an attribute (its id is per diagram).
 */
export function edgeSvg(e: Pick<Edge, 'kind' | 'copy' | 'points' | 'arrow'>, prefix: string): string {
  const dz = e.copy ? ' dz' : '';
  if (e.kind === 'traffic') return polyline(e.points, `class="et${dz}"${e.arrow ? ` marker-end="url(#${prefix}-at)"` : ''}`);
  // The white core stops short of the arrowhead, which it would otherwise cut in two.
  return polyline(e.points, `class="ei${dz}"${e.arrow ? ` marker-end="url(#${prefix}-ai)"` : ''}`)
    + polyline(e.arrow ? shorten(e.points, 9) : e.points, `class="ec${dz}"`);
}

function shorten(points: ReadonlyArray<readonly [number, number]>, by: number): Array<[number, number]> {
  const out = points.map((p) => [p[0], p[1]] as [number, number]);
  const n = out.length;
  if (n < 2) return out;
  const [x0, y0] = out[n - 2]!; const [x1, y1] = out[n - 1]!;
  const len = Math.hypot(x1 - x0, y1 - y0);
  if (len <= by) return out;
  out[n - 1] = [x1 - ((x1 - x0) / len) * by, y1 - ((y1 - y0) / len) * by];
  return out;
}

function boxWithLines(b: Box, lines: Array<{ s: string; bold?: boolean; size?: number; fill?: string }>, o: { fill?: string; stroke?: string; dash?: string }): string {
  const pad = 8;
  let out = rect(b.x, b.y, b.w, b.h, { fill: o.fill ?? COLORS.box, stroke: o.stroke ?? COLORS.boxStroke, ...(o.dash ? { dash: o.dash } : {}) });
  const heights = lines.map((l) => (l.size ?? 11) + 4);
  const total = heights.reduce((a, b2) => a + b2, 0);
  let y = b.y + (b.h - total) / 2;
  lines.forEach((l, i) => {
    y += heights[i]!;
    out += fitText(b.x + b.w / 2, y - 4, l.s, b.w - 2 * pad, { size: l.size ?? 11, bold: l.bold, anchor: 'middle', fill: l.fill ?? '#111827' });
  });
  return out;
}

function wrapped(lang: Lang, id: string, width: number, size: number, bold: boolean, lines = 2): Array<{ s: string; bold: boolean; size: number }> {
  return wrap(t(lang, id), width, size, lines, bold).map((s) => ({ s, bold, size }));
}

const onOff = (lang: Lang, v: boolean | undefined): string => t(lang, v === true ? 'render.on' : v === false ? 'render.off' : 'render.unknown');

function portSvg(lang: Lang, p: Port): string {
  const b = p.box;
  if (p.roles[0] === 'syslog') {
    return rect(b.x, b.y, b.w, b.h, { fill: COLORS.port, stroke: COLORS.identity, rx: 4, width: 1 })
      + fitText(b.x + 8, b.y + 14, t(lang, 'render.dia.syslog-row'), b.w - 16, { size: 11.5, bold: true })
      + fitText(b.x + 8, b.y + 28, t(lang, 'render.dia.syslog-row-detail'), b.w - 16, { size: 10, fill: COLORS.muted });
  }
  const i = p.iface;
  const missing = !i;
  const name = p.name ?? i?.name ?? '?';
  // An ERSPAN tunnel interface is layer3 on the firewall, but what the reader needs is that it only receives a copy.
  const head = missing ? `${name} · ${t(lang, 'render.dia.undefined')}` : `${name} · ${isErspanTunnelDoc(i) ? t(lang, 'render.dia.erspan-tunnel') : i.mode ?? '?'}`;
  const detail = missing ? '' : [i.zone !== undefined ? t(lang, 'render.dia.zone', { zone: i.zone }) : '', `Device-ID ${onOff(lang, i.deviceId)}`].filter(Boolean).join(' · ');
  return rect(b.x, b.y, b.w, b.h, { fill: COLORS.port, stroke: missing ? COLORS.bad : '#9ca3af', rx: 4, width: 1, ...(missing ? { dash: '4 3' } : {}) })
    + fitText(b.x + 8, b.y + 14, head, b.w - 16, { size: 11.5, bold: true })
    + (detail ? fitText(b.x + 8, b.y + 28, detail, b.w - 16, { size: 10, fill: COLORS.muted }) : '');
}

function fwSvg(lang: Lang, f: FwBox, seg: SegmentDoc): string {
  const fw: FirewallDoc | undefined = f.fw;
  const undefinedRef = !fw && f.ref !== undefined;
  const stroke = fw ? '#9a3412' : COLORS.bad;
  let out = rect(f.x, f.y, f.w, f.h, { fill: COLORS.fw, stroke, width: 2, ...(fw ? {} : { dash: '6 4' }) });
  // The id first: it is what the reader looks for. The kind is a tag in the corner, the model below;
  // a long id takes the tag's room (the kind moves down), then a smaller size, before it is cut.
  const kind = t(lang, 'render.dia.fw-kind');
  const room = f.w - 20;
  const kindW = textWidth(kind, 10.5, true) + 8;
  const title = fw ? fw.id ?? '?' : undefinedRef ? f.ref! : t(lang, 'render.dia.no-firewall');
  const tagged = textWidth(title, 13, true) <= room - kindW;
  const size = tagged || textWidth(title, 13, true) <= room ? 13 : 11.5;
  const details = fw
    ? [fw.model, fw.panos !== undefined ? `PAN-OS ${fw.panos}` : undefined].filter(Boolean).join(' · ')
    : t(lang, undefinedRef ? 'render.dia.undefined' : 'render.dia.no-firewall-detail');
  const sub = tagged ? details : `${kind} · ${details}`;
  if (tagged) out += text(f.x + f.w - 10, f.y + 17, kind, { size: 10.5, bold: true, anchor: 'end', fill: '#9a3412' });
  out += fitText(f.x + 10, f.y + 18, title, tagged ? room - kindW : room, { size, bold: true });
  out += fitText(f.x + 10, f.y + 34, sub, room, { size: 11, fill: COLORS.muted });
  for (const p of f.ports) out += portSvg(lang, p);
  if (f.kind === 'main' && fw && seg.traffic) {
    // A copy can be watched, never blocked: enforcement asked on one is called out, not drawn as done.
    const onCopy = seg.traffic.method === 'mirror' || receivesCopyDoc(seg.traffic.iface);
    if (seg.enforce && onCopy) out += fitText(f.x + 10, f.y + f.h - 7, t(lang, 'render.dia.enforce-on-copy'), f.w - 20, { size: 10.5, bold: true, fill: COLORS.bad });
    else out += fitText(f.x + 10, f.y + f.h - 7, t(lang, seg.enforce ? 'render.dia.enforces' : 'render.dia.visibility-only'), f.w - 20, { size: 10.5, fill: COLORS.muted });
  } else if (f.kind === 'main' && !seg.traffic) {
    out += fitText(f.x + 10, f.y + f.h - 7, t(lang, 'render.dia.no-traffic'), f.w - 20, { size: 10.5, bold: true, fill: COLORS.bad });
  }
  return out;
}

/** Parts that are the same in every diagram of a language (legend, cloud boxes), made once. */
const cache = new Map<string, string>();
function cached(key: string, make: () => string): string {
  let v = cache.get(key);
  if (v === undefined) { v = make(); cache.set(key, v); }
  return v;
}

/** The conditions met or not, and the legend; drawn at y = 0 and moved into place. */
function legendSvg(lang: Lang, seg: SegmentDoc, y: number): string {
  const inner = cached(`legend|${lang}|${seg.identityState}|${seg.trafficState}`, () => legendAt0(lang, seg));
  return `<g transform="translate(0 ${y})">${inner}</g>`;
}

function legendAt0(lang: Lang, seg: SegmentDoc): string {
  const y = 0;
  let out = '';
  let x = COL.dev.x;
  const pill = (label: string, state: CondState): void => {
    const s = `${STATE_MARK[state]} ${label}: ${t(lang, `render.state.${state}`)}`;
    const w = textWidth(s, 11.5, true) + 20;
    const [fill, ink] = STATE_FILL[state];
    out += rect(x, y - 15, w, 22, { fill, stroke: ink, rx: 11, width: 1.2 }) + text(x + 10, y, s, { size: 11.5, bold: true, fill: ink });
    x += w + 12;
  };
  pill(t(lang, 'render.cond.identity'), seg.identityState);
  pill(t(lang, 'render.cond.traffic'), seg.trafficState);
  x = COL.dev.x;
  const ly = y + 28;
  const item = (e: Pick<Edge, 'kind' | 'copy'>, label: string): void => {
    out += edgeSvg({ ...e, points: [[x, ly - 4], [x + 34, ly - 4]], arrow: false }, '');
    out += text(x + 40, ly, label, { size: 11 });
    x += 40 + textWidth(label, 11) + 18;
  };
  item({ kind: 'traffic', copy: false }, t(lang, 'render.legend.traffic'));
  item({ kind: 'identity', copy: false }, t(lang, 'render.legend.identity'));
  item({ kind: 'traffic', copy: true }, t(lang, 'render.legend.copy'));
  return out;
}

/** The catalog's words for an enum value; an unknown value (the schema reports it) is shown as written. */
export function tEnum(lang: Lang, prefix: string, value: string): string {
  return hasMessage(lang, `${prefix}.${value}`) ? t(lang, `${prefix}.${value}`) : value;
}

function devicesLines(lang: Lang, seg: SegmentDoc): Array<{ s: string; bold?: boolean; size?: number; fill?: string }> {
  const lines: Array<{ s: string; bold?: boolean; size?: number; fill?: string }> = [{ s: t(lang, 'render.dia.devices'), bold: true, size: 12.5 }];
  lines.push({ s: seg.subnet ?? t(lang, 'render.dia.no-subnet') });
  if (seg.addressing) lines.push({ s: tEnum(lang, 'render.addressing', seg.addressing), fill: COLORS.muted });
  if (seg.csv && !seg.csv.unreadable) lines.push({ s: t(lang, 'render.dia.csv-count', { count: seg.csv.total }), fill: COLORS.muted });
  else if (seg.dhcp) lines.push({ s: tEnum(lang, 'render.dhcp', seg.dhcp), fill: COLORS.muted });
  return lines;
}

/** The diagram of one segment; `prefix` makes its ids unique in the document (from indices only). */
export function topologySvg(lang: Lang, seg: SegmentDoc, prefix: string, xsoar: { present: boolean; kind: string | undefined }): string {
  const xsoarKind = xsoar.kind;
  const L = layoutSegment(seg);
  // Concatenated, not joined: the segment's article copies it out once, with the rest of its parts (html.ts).
  let body = markers(prefix);
  const add = (part: string): void => { body += '\n' + part; };
  // Edges first, boxes over their ends, labels last.
  for (const e of L.edges) add(edgeSvg(e, prefix));
  add(cached(`cloud|${lang}|${L.cloud.y}`, () => boxWithLines(L.cloud, wrapped(lang, 'render.dia.cloud', L.cloud.w - 16, 12.5, true), { fill: COLORS.cloud, stroke: '#4338ca' })));
  add(cached(`sls|${lang}|${L.sls.y}`, () => boxWithLines(L.sls, wrapped(lang, 'render.dia.sls', L.sls.w - 14, 11.5, true, 3), { fill: COLORS.cloud, stroke: '#4338ca' })));
  add(boxWithLines(L.devices, devicesLines(lang, seg), {}));
  if (L.sw) {
    const d = L.sw.doc;
    const mirrors = seg.identity?.method === 'mirror' || seg.traffic?.method === 'mirror';
    const flags = seg.identity?.method === 'xsoar-snmp'
      ? (d?.snmpVersion ? `SNMP ${d.snmpVersion}${d.snmpReadOnly ? ' ' + t(lang, 'render.dia.read-only') : ''}` : '')
      : mirrors ? [d?.span ? 'SPAN' : '', d?.erspan ? 'ERSPAN' : ''].filter(Boolean).join(' · ') : '';
    // The id first, as for the firewall; the kind is a caption above the box.
    const lines = d
      ? [...wrap(d.id ?? '?', L.sw.w - 16, 12, 2, true).map((s) => ({ s, bold: true, size: 12 })), ...(d.model ? [{ s: d.model }] : []), ...(flags ? [{ s: flags, fill: COLORS.muted, size: 10.5 }] : [])]
      : [{ s: t(lang, 'render.dia.switch-generic'), bold: true, size: 12 }, { s: t(lang, 'render.dia.switch-unnamed'), fill: COLORS.muted, size: 10.5 }];
    add(boxWithLines(L.sw, lines, d ? {} : { dash: '5 4' }));
    if (d) add(text(L.sw.x + 2, L.sw.y - 6, t(lang, 'render.dia.switch'), { size: 10.5, bold: true, fill: COLORS.muted }));
  }
  for (const f of L.fws) add(fwSvg(lang, f, seg));
  if (L.xsoar) {
    add(boxWithLines(L.xsoar, [
      { s: 'Cortex XSOAR', bold: true, size: 12 },
      xsoar.present
        ? { s: t(lang, `render.xsoar.${xsoarKind === 'own' || xsoarKind === 'cohosted' ? xsoarKind : 'unknown'}`), size: 10.5, fill: COLORS.muted }
        : { s: t(lang, 'render.xsoar.missing'), size: 10.5, fill: COLORS.bad },
    ], xsoar.present ? { fill: '#f5f3ff', stroke: '#6d28d9' } : { fill: '#f5f3ff', stroke: COLORS.bad, dash: '6 4' }));
  }
  if (L.csv) {
    add(boxWithLines(L.csv, [
      { s: t(lang, 'render.dia.csv'), bold: true, size: 12 },
      { s: (seg.identity?.method === 'csv' ? seg.identity.csv : seg.staticIdentity?.csv) ?? '?', size: 10.5, fill: COLORS.muted },
    ], { fill: '#f0fdf4', stroke: '#15803d' }));
  }
  if (L.dhcp) add(boxWithLines(L.dhcp, [{ s: t(lang, 'render.dia.dhcp-server'), bold: true, size: 12 }, { s: t(lang, 'render.dia.dhcp-server-detail'), size: 10.5, fill: COLORS.muted }], {}));
  if (L.upstream) add(boxWithLines(L.upstream, wrapped(lang, 'render.dia.upstream', L.upstream.w - 16, 11, false), { fill: '#f9fafb', dash: '3 3' }));
  for (const e of L.edges) {
    if (!e.label) continue;
    add(text(e.label.x, e.label.y, t(lang, e.label.id), { size: 10.5, anchor: e.label.anchor ?? 'middle', fill: e.kind === 'traffic' ? COLORS.traffic : COLORS.identity, halo: true, bold: true }));
  }
  add(legendSvg(lang, seg, L.legendY));
  const label = t(lang, 'render.dia.aria', { segment: seg.id ?? '?' });
  return svgRoot(`${prefix}-svg`, W, L.height, label, body, 'topology');
}
