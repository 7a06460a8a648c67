/**
 * The PoC timeline as inline SVG: the PoC period (with its observation days), each license expiry
 * (firewalls sharing a license type and date share a lane), the 30-day window after a trial/eval
 * expiry within which production licenses keep the tenant, and the planned production-license
 * date, green inside every window, red outside. Day numbers come from dates.ts (UTC days).
 */
import { formatIsoDate } from '../dates';
import { t, type Lang } from './catalog';
import type { DocModel } from './model';
import { fit, fitText, rect, svgRoot, text, textWidth } from './svg';
import { COLORS } from './svg-topology';

export const TENANT_WINDOW = 30;
const W = 800;
const X0 = 168;
const X1 = 770;
const LANE = 32;
const MAX_LANES = 12;

export interface LicenseLane { label: string; type: string | undefined; day: number; date: string; count: number }

/** Firewalls grouped by license type and expiry, in plan order of their first firewall. */
export function licenseLanes(doc: DocModel): LicenseLane[] {
  const lanes: LicenseLane[] = [];
  const byKey = new Map<string, { lane: LicenseLane; ids: string[] }>();
  for (const fw of doc.firewalls) {
    if (fw.expiresDay === undefined) continue;
    const key = `${fw.licenseType ?? ''}|${fw.expiresDay}`;
    let g = byKey.get(key);
    if (!g) {
      g = { lane: { label: '', type: fw.licenseType, day: fw.expiresDay, date: formatIsoDate(fw.expiresDay), count: 0 }, ids: [] };
      byKey.set(key, g);
      lanes.push(g.lane);
    }
    g.ids.push(fw.id ?? '?');
    g.lane.count++;
  }
  for (const g of byKey.values()) g.lane.label = g.ids.length > 2 ? `${g.ids.slice(0, 2).join(', ')} +${g.ids.length - 2}` : g.ids.join(', ');
  return lanes;
}

export const isTrialOrEval = (type: string | undefined): boolean => type === 'trial' || type === 'eval';

/**
 * The day the observation period is over: `poc.start` + `observationDays` (the first day with that
 * many whole days of traffic behind it). Undefined without a start, or with a count outside 1–3649.
 * The timeline draws it and the calendar (calendar/) puts it in the engineer's calendar.
 */
export function observationEnd(doc: DocModel): number | undefined {
  const n = doc.observationDays;
  return doc.startDay !== undefined && n !== undefined && Number.isInteger(n) && n > 0 && n < 3650 ? doc.startDay + n : undefined;
}

/** The last day production licenses keep the tenant: the earliest trial/eval expiry + 30 days. */
export function tenantLastDay(doc: DocModel): number | undefined {
  const days = doc.firewalls.filter((f) => isTrialOrEval(f.licenseType) && f.expiresDay !== undefined).map((f) => f.expiresDay!);
  return days.length ? Math.min(...days) + TENANT_WINDOW : undefined;
}

function monthTicks(d0: number, d1: number): number[] {
  const first = new Date(d0 * 86_400_000);
  let y = first.getUTCFullYear(); let m = first.getUTCMonth() + 1;
  const months = Math.ceil((d1 - d0) / 30) + 1;
  const step = months <= 14 ? 1 : months <= 28 ? 2 : months <= 42 ? 3 : months <= 84 ? 6 : 12 * Math.ceil(months / 144);
  const out: number[] = [];
  for (let i = 0; i < 400 && out.length < 16; i++) {
    if (m > 12) { y += Math.floor((m - 1) / 12); m = ((m - 1) % 12) + 1; }
    const day = Math.round(Date.UTC(y, m - 1, 1) / 86_400_000);
    if (day > d1) break;
    if (day >= d0 && (m - 1) % step === 0) out.push(day);
    m += 1;
  }
  return out;
}

export function timelineSvg(doc: DocModel, lang: Lang): string {
  const lanes = licenseLanes(doc);
  const shown = lanes.slice(0, MAX_LANES);
  const keep = doc.keepAfterPoc === true;
  const obsEnd = observationEnd(doc);
  const days = [doc.startDay, doc.endDay, doc.prodDay, obsEnd, ...shown.map((l) => l.day), ...shown.filter((l) => keep && isTrialOrEval(l.type)).map((l) => l.day + TENANT_WINDOW)].filter((d): d is number => d !== undefined);
  if (!days.length) return '';
  let d0 = Math.min(...days); let d1 = Math.max(...days);
  const pad = Math.max(4, Math.round((d1 - d0) * 0.04));
  d0 -= pad; d1 += pad;
  const x = (d: number): number => X0 + ((d - d0) / Math.max(1, d1 - d0)) * (X1 - X0);

  const rows = 2 + shown.length + (lanes.length > shown.length ? 1 : 0);
  const top = 10;
  const axisY = top + rows * LANE + 8;
  const H = axisY + 34;
  let body = '';
  // Month grid and axis.
  for (const d of monthTicks(d0, d1)) {
    body += `<line x1="${x(d).toFixed(1)}" y1="${top}" x2="${x(d).toFixed(1)}" y2="${axisY}" stroke="#e5e7eb" stroke-width="1"/>`;
    body += text(x(d), axisY + 16, formatIsoDate(d).slice(0, 7), { size: 10.5, anchor: 'middle', fill: COLORS.muted });
  }
  body += `<line x1="${X0}" y1="${axisY}" x2="${X1}" y2="${axisY}" stroke="#9ca3af" stroke-width="1"/>`;
  const laneLabel = (row: number, s: string): void => { body += fitText(8, top + row * LANE + 20, s, X0 - 16, { size: 11.5, bold: true }); };
  const marker = (px: number, y: number, s: string, fill: string): void => {
    const right = px + 10 + textWidth(s, 10.5) < X1 + 24;
    body += text(right ? px + 9 : px - 9, y + 4, s, { size: 10.5, anchor: right ? 'start' : 'end', fill, halo: true, bold: true });
  };

  // Row 0: the PoC.
  laneLabel(0, t(lang, 'render.tl.poc'));
  const y0 = top + 8;
  if (doc.startDay !== undefined && doc.endDay !== undefined && doc.endDay >= doc.startDay) {
    body += rect(x(doc.startDay), y0, Math.max(2, x(doc.endDay) - x(doc.startDay)), 16, { fill: '#dbeafe', stroke: COLORS.traffic, rx: 3, width: 1 });
    if (obsEnd !== undefined) body += rect(x(doc.startDay), y0 + 4, Math.max(2, x(Math.min(obsEnd, doc.endDay)) - x(doc.startDay)), 8, { fill: COLORS.traffic, stroke: COLORS.traffic, rx: 2, width: 0.5 });
  }
  for (const d of [doc.startDay, doc.endDay]) {
    if (d === undefined) continue;
    body += `<line x1="${x(d).toFixed(1)}" y1="${top}" x2="${x(d).toFixed(1)}" y2="${axisY}" stroke="${COLORS.traffic}" stroke-width="1" stroke-dasharray="3 3"/>`;
  }
  const pocText = [doc.pocStart, doc.pocEnd].filter(Boolean).join(' → ');
  if (doc.startDay !== undefined && doc.endDay !== undefined) {
    const mid = (x(doc.startDay) + x(doc.endDay)) / 2;
    const s = obsEnd !== undefined ? `${pocText} · ${t(lang, 'render.tl.observation', { days: doc.observationDays! })}` : pocText;
    body += text(mid, y0 + 28, fit(s, X1 - X0, 10.5), { size: 10.5, anchor: 'middle', fill: COLORS.traffic, halo: true });
  }

  // License lanes.
  const last = tenantLastDay(doc);
  shown.forEach((l, i) => {
    const row = 1 + i;
    const y = top + row * LANE + 16;
    laneLabel(row, l.label);
    if (keep && isTrialOrEval(l.type)) {
      const wx = x(l.day); const ww = x(l.day + TENANT_WINDOW) - wx;
      body += rect(wx, y - 8, ww, 16, { fill: '#dcfce7', stroke: COLORS.ok, rx: 3, width: 1, dash: '4 2' });
      body += text(wx + ww - 4, y + 4, fit(t(lang, 'render.tl.window'), Math.max(0, ww - 8), 10), { size: 10, anchor: 'end', fill: COLORS.ok });
    }
    const px = x(l.day);
    const late = doc.endDay !== undefined && l.day < doc.endDay;
    body += `<path d="M${px.toFixed(1)},${y - 7} l7,7 l-7,7 l-7,-7 z" fill="${late ? COLORS.bad : COLORS.warn}"/>`;
    const s = t(lang, 'render.tl.expires', { type: l.type ?? '?', date: l.date });
    const leftRoom = px - X0 - 10 > textWidth(s, 10.5);
    body += text(leftRoom ? px - 10 : px + 10, y + 4, s, { size: 10.5, anchor: leftRoom ? 'end' : 'start', fill: late ? COLORS.bad : '#92400e', halo: true, bold: true });
  });
  if (lanes.length > shown.length) laneLabel(1 + shown.length, t(lang, 'render.tl.more', { count: lanes.length - shown.length }));

  // Production licenses.
  const prow = rows - 1;
  laneLabel(prow, t(lang, 'render.tl.prod'));
  if (doc.prodDay !== undefined) {
    const y = top + prow * LANE + 16;
    const inside = !keep || last === undefined || doc.prodDay <= last;
    const color = inside ? COLORS.ok : COLORS.bad;
    body += `<circle cx="${x(doc.prodDay).toFixed(1)}" cy="${y}" r="7" fill="${color}"/>`;
    marker(x(doc.prodDay), y, `${doc.prodLicenseDate ?? ''}${keep && last !== undefined ? ' · ' + t(lang, inside ? 'render.tl.inside' : 'render.tl.outside') : ''}`, color);
  }
  return svgRoot('timeline-svg', W, H, t(lang, 'render.tl.aria'), body.replace(/\/>(?=<)|<\/text>(?=<)|<\/marker>(?=<)/g, '$&\n'), 'timeline');
}
