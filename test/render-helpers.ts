/**
 * Helpers for the plan-document tests: render a plan held in memory or on disk, and generate
 * large plans (many segments, many lines) deterministically.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createPlanService, mergeSettings, type PartialSettings } from '../server/src/service';
import { renderLang, renderPlan, type RenderOptions } from '../server/src/service/render';
import { createNodeHost, pathToUri } from '../server/src/node/host';
import { PLAN_URI, WS } from './helpers';

export const FIXTURES = path.join(__dirname, '..', '..', 'test', 'fixtures');

/**
 * The calendar link's DTSTAMP in rendered test documents (2026-11-02T08:30:00Z): an exported HTML
 * document carries its deadlines as an .ics link, as `pocplan render` and *Export* make it.
 * `calendar: false` renders without the link.
 */
export const DOC_NOW = Date.UTC(2026, 10, 2, 8, 30, 0);

export interface RenderOpts {
  format?: 'md' | 'html'; lang?: string; files?: Record<string, string>; uri?: string; settings?: PartialSettings; preview?: RenderOptions['preview'];
  calendar?: RenderOptions['calendar'] | false;
}

function calendarOption(o: RenderOpts): Pick<RenderOptions, 'calendar'> {
  if (o.calendar === false || o.preview || (o.format ?? 'html') !== 'html') return {};
  return { calendar: o.calendar ?? { now: DOC_NOW, remindDays: 7 } };
}

/** Renders a plan held in memory; `files` are other files of the workspace by relative path. */
export function renderText(text: string, o: RenderOpts = {}): string {
  const files = new Map(Object.entries(o.files ?? {}).map(([k, v]) => [WS + k, v]));
  const service = createPlanService({ host: { readFile: (u) => files.get(u), workspaceFolder: () => WS } });
  const uri = o.uri ?? PLAN_URI;
  const parsed = service.parse(uri, text);
  const lang = renderLang(parsed, o.lang);
  const settings = mergeSettings(o.settings, { lang });
  const result = service.check(uri, text, settings);
  return renderPlan(parsed, result, { format: o.format ?? 'html', lang, matrix: settings.licenseMatrix, ...(o.preview ? { preview: o.preview } : {}), ...calendarOption(o) });
}

/** Renders a plan file from disk, reading its CSV lists beside it (the workspace is its folder). */
export function renderFile(file: string, o: RenderOpts = {}): string {
  const host = createNodeHost();
  const service = createPlanService({ host: { ...host, workspaceFolder: () => pathToUri(path.dirname(file)) + '/' } });
  const text = fs.readFileSync(file, 'utf8');
  const uri = pathToUri(file);
  const parsed = service.parse(uri, text);
  const lang = renderLang(parsed, o.lang);
  const settings = mergeSettings(o.settings, { lang });
  const result = service.check(uri, text, settings);
  return renderPlan(parsed, result, { format: o.format ?? 'html', lang, matrix: settings.licenseMatrix, ...(o.preview ? { preview: o.preview } : {}), ...calendarOption(o) });
}

/** Check and render (HTML) times of a plan held in memory, in ms; the render is the first one of this text. */
export function timeRender(text: string, fileMap: Record<string, string>): { check: number; render: number } {
  const files = new Map(Object.entries(fileMap).map(([k, v]) => [WS + k, v]));
  const service = createPlanService({ host: { readFile: (u) => files.get(u), workspaceFolder: () => WS } });
  const parsed = service.parse(PLAN_URI, text);
  const lang = renderLang(parsed);
  const t0 = process.hrtime.bigint();
  const result = service.check(PLAN_URI, text, mergeSettings({ lang }));
  const t1 = process.hrtime.bigint();
  renderPlan(parsed, result, { format: 'html', lang });
  const t2 = process.hrtime.bigint();
  return { check: Number(t1 - t0) / 1e6, render: Number(t2 - t1) / 1e6 };
}

const PATTERN_SEGMENTS = [
  (i: number) => `
      - id: seg-${i}
        subnet: ${net(i)}
        addressing: dhcp
        dhcp: relayed
        identity: { method: inline-arp-dhcp, firewall: fw-FW, interface: ethernet1/3 }
        traffic: { method: inline, firewall: fw-FW, interface: ethernet1/3 }
        enforce: true`,
  (i: number) => `
      - id: seg-${i}
        subnet: ${net(i)}
        addressing: dhcp
        dhcp: relayed
        identity: { method: mirror, firewall: fw-FW, interface: ethernet1/7, switch: sw-core }
        traffic: { method: inline, firewall: fw-FW, interface: ethernet1/1 }
        enforce: true`,
  (i: number) => `
      - id: seg-${i}
        subnet: ${net(i)}
        addressing: dhcp
        identity: { method: dhcp-syslog, firewall: fw-FW }
        traffic: { method: inline, firewall: fw-FW, interface: ethernet1/1 }
        enforce: false`,
  (i: number) => `
      - id: seg-${i}
        subnet: ${net(i)}
        addressing: mixed
        identity: { method: xsoar-snmp, switch: sw-core }
        traffic: { method: inline, firewall: fw-FW, interface: ethernet1/1 }
        enforce: false`,
  (i: number) => `
      - id: seg-${i}
        subnet: ${net(i)}
        addressing: static
        identity: { method: csv, csv: devices-${i}.csv }
        traffic: { method: mirror, firewall: fw-FW, interface: ethernet1/7 }
        enforce: false`,
];

function net(i: number): string {
  return `10.${(Math.floor(i / 250) % 250) + 1}.${i % 250}.0/24`;
}

function firewall(n: number): string {
  return `
  - id: fw-${n}
    model: PA-450
    type: prod
    panos: 11.1.3
    iotLicense: { type: trial, expires: 2027-03-10 }
    logging: { cloudLogging: true, enhancedApplicationLogs: true, region: japan }
    erspanSupport: true
    interfaces:
      - { name: ethernet1/1, mode: virtual-wire, zone: iot, deviceId: true, multicastFirewalling: true }
      - { name: ethernet1/3, mode: layer3, zone: scanners, deviceId: true, dhcpRelay: [10.1.0.10] }
      - { name: ethernet1/7, mode: tap, zone: mirror, deviceId: true, mirrorFrom: sw-core }`;
}

/** A valid plan with `segments` segments over `sites` sites and `firewalls` firewalls, every pattern in turn. */
export function generatePlan(segments: number, opts: { sites?: number; firewalls?: number } = {}): { text: string; files: Record<string, string> } {
  const sites = opts.sites ?? 1; const fws = opts.firewalls ?? 1;
  const files: Record<string, string> = {};
  let text = `pocplan: 1
title: Generated plan with ${segments} segments
customer: Example Generated
locale: en
poc: { start: 2027-01-11, end: 2027-02-19, observationDays: 14 }
tenant: { name: example-gen, region: japan, keepAfterPoc: true, prodLicenseDate: 2027-03-01, thirdPartyAddon: basic }
firewalls:${Array.from({ length: fws }, (_, n) => firewall(n)).join('')}
switches:
  - { id: sw-core, model: Catalyst 9300, span: true, erspan: true, snmp: { version: v3, readOnly: true } }
xsoar: { kind: cohosted, engineOs: linux }
sites:`;
  const perSite = Math.ceil(segments / sites);
  for (let s = 0, i = 0; s < sites; s++) {
    text += `\n  - id: site-${s}\n    name: Site ${s}\n    segments:`;
    for (let k = 0; k < perSite && i < segments; k++, i++) {
      const kind = i % PATTERN_SEGMENTS.length;
      text += PATTERN_SEGMENTS[kind]!(i).replace(/fw-FW/g, `fw-${i % fws}`);
      if (kind === 4) files[`devices-${i}.csv`] = `ip,mac,vendor,model\n${net(i).replace('.0/24', '.5')},00:0a:95:9d:68:16,Trane,Tracer SC\n`;
    }
  }
  return { text: text + '\n', files };
}
