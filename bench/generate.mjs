#!/usr/bin/env node
// Deterministic generator of large, VALID `*.pocplan.yaml` files for benchmarks
// (spec: /work/shared/spec/pocplan-v1.md), plus "-faults" variants with classic mistakes.
//
//   node bench/generate.mjs [--out bench/.data] [--seed 1] [--sizes 1k,10k,100k] [--small 200]
//
// Library API:
//   generatePlan({ lines, faults, seed })       -> text (string)
//   generatePlanFiles({ lines, faults, seed, csvDir, title, small })
//        -> { text, lines, csvFiles: [{ path, content }], faults: [{ kind, code, line, id }], stats }
//   generateSmallPlans(n, { seed, lines })     -> [{ name, text, csvFiles, ... }]
//   writeBenchData({ outDir, seed, sizes, small }) -> summary (what the CLI does)
//
// No Math.random: everything comes from a seeded PRNG, so the same options always give the
// same bytes (the benchmark compares servers on identical inputs across machines and runs).

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------------------------------------
// PRNG: xmur3 string hash -> sfc32. Small, fast, good enough statistical quality, deterministic.
function xmur3(str) {
  let h = 1779033703 ^ str.length;
  for (let i = 0; i < str.length; i++) {
    h = Math.imul(h ^ str.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  return () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return (h ^= h >>> 16) >>> 0;
  };
}

export function makeRng(seed) {
  const s = xmur3(String(seed));
  let a = s(), b = s(), c = s(), d = s();
  const next = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)), // inclusive
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
  };
}

// ---------------------------------------------------------------------------------------------
// Vocabulary
// only models on the Device Security association list (facts.md §1.5), so no info about them
const MODELS = ['PA-440', 'PA-450', 'PA-460', 'PA-820', 'PA-850', 'PA-3220', 'PA-3410', 'PA-3420', 'PA-3430', 'PA-3440'];
const SWITCH_MODELS = ['Catalyst 9300', 'Catalyst 9500', 'Catalyst 9200', 'Nexus 9300', 'Aruba CX 6300', 'Catalyst 6500'];
const CITIES = ['Osaka', 'Sakai', 'Kobe', 'Kyoto', 'Nagoya', 'Yokohama', 'Sendai', 'Sapporo', 'Fukuoka', 'Hiroshima',
  'Okayama', 'Kanazawa', 'Niigata', 'Shizuoka', 'Hamamatsu', 'Kumamoto', 'Kagoshima', 'Naha', 'Chiba', 'Saitama'];
const SITE_KINDS = ['plant', 'warehouse', 'distribution centre', 'office', 'lab', 'hospital wing', 'depot'];
const VENDORS = [['Trane', 'Tracer SC'], ['Zebra', 'TC52'], ['Axis', 'P3245'], ['Siemens', 'S7-1200'], ['Honeywell', 'CT50'],
  ['Hikvision', 'DS-2CD2'], ['Rockwell', 'CompactLogix'], ['Schneider', 'M221'], ['HP', 'LaserJet M507'], ['Mitsubishi', 'FX5U']];
const SEG_WORDS = ['line', 'scanners', 'cameras', 'hvac', 'plc', 'printers', 'badge', 'lighting', 'robots', 'meters', 'kiosk', 'pumps'];

// The six patterns of the seed article (spec table).
export const PATTERNS = ['1', '2', '3', '4', '5-1', '5-2'];

// Fault kinds: where they are injected, and the diagnostic code the spec says they produce.
export const FAULT_KINDS = {
  'eval-license-on-prod': { on: 'firewall', code: 'license.incompatible' },
  'typo-key-iotLicence': { on: 'firewall', code: 'schema.unknown-key' },
  'bad-enum-trail': { on: 'firewall', code: 'schema.enum' },
  'enforce-on-mirror': { on: 'segment', code: 'traffic.tap-enforcement' },
  'csv-on-dhcp': { on: 'segment', code: 'identity.csv-requires-static' },
  'unknown-interface': { on: 'segment', code: 'ref.unknown' },
};

const pad = (n, w = 4) => String(n).padStart(w, '0');
const hex2 = (n) => n.toString(16).padStart(2, '0');

// ---------------------------------------------------------------------------------------------
// Model builders. Each element keeps the emitted lines so totals are exact; faults mutate the
// model and the element is re-emitted (faults never change an element's line count).

function buildFirewall(rng, idx, switchId, opts) {
  const model = rng.pick(MODELS);
  const nL3 = opts.small ? 1 : rng.int(1, 2);
  const nVw = opts.small ? 1 : rng.int(1, 2);
  const nTap = opts.small ? 1 : 2;
  const withL2 = !opts.small && rng.chance(0.35);
  const interfaces = [];
  let port = 1;
  const slot = rng.chance(0.2) ? 2 : 1;
  const name = () => `ethernet${slot}/${port++}`;
  for (let i = 0; i < nL3; i++) {
    const relays = [];
    const nRelay = rng.int(1, 2);
    for (let r = 0; r < nRelay; r++) relays.push(`10.0.${(idx * 2 + r) % 250}.${rng.int(2, 250)}`);
    interfaces.push({ name: name(), mode: 'layer3', zone: `l3-${rng.pick(['users', 'iot', 'ot', 'infra'])}-${i + 1}`, deviceId: true, dhcpRelay: relays, dhcpServer: false });
  }
  for (let i = 0; i < nVw; i++) {
    interfaces.push({ name: name(), mode: 'virtual-wire', zone: `vw-${rng.pick(['ot', 'bms', 'med', 'cams'])}-${i + 1}`, deviceId: true, multicastFirewalling: true });
  }
  for (let i = 0; i < nTap; i++) {
    // first tap: local SPAN; second tap: ERSPAN (GRE) from the same switch
    interfaces.push({ name: name(), mode: 'tap', zone: `tap-${i + 1}`, deviceId: true, mirrorFrom: switchId, erspan: i === 1 });
  }
  if (withL2) interfaces.push({ name: name(), mode: 'layer2', zone: 'l2-floor', deviceId: true });
  // trial term: 60 days from the PoC start (2026-12-01) = 2027-01-30 at most; not before poc.end (01-20)
  const day = rng.int(22, 30);
  return {
    kind: 'firewall',
    id: `fw-${pad(idx)}`,
    model,
    sku: `PAN-${model}`,
    type: 'prod',
    panos: `11.1.${rng.int(0, 6)}`,
    managedBy: rng.chance(0.4) ? 'panorama' : 'local',
    licenseKey: 'iotLicense',
    license: { type: 'trial', expires: `2027-01-${day}` },
    logging: { cloudLogging: true, enhancedApplicationLogs: true, region: 'japan' },
    erspanSupport: true,
    dhcpBroadcastSession: rng.chance(0.5),
    interfaces,
    comment: !opts.small && rng.chance(0.3) ? `${rng.pick(CITIES)} area firewall (${rng.pick(['HA pair primary', 'branch edge', 'core DC', 'plant edge'])})` : null,
    trailingLicenseComment: !opts.small && rng.chance(0.25),
    flow: opts.small || rng.chance(0.1), // flow-style mappings ({ ... }) for licence, logging, interfaces
  };
}

function emitFirewall(fw) {
  const L = [];
  if (fw.comment) L.push(`  # ${fw.comment}`);
  L.push(`  - id: ${fw.id}`);
  L.push(`    model: ${fw.model}`);
  L.push(`    sku: ${fw.sku}`);
  L.push(`    type: ${fw.type}`);
  L.push(`    panos: ${fw.panos}`);
  L.push(`    managedBy: ${fw.managedBy}`);
  if (fw.flow) {
    L.push(`    ${fw.licenseKey}: { type: ${fw.license.type}, expires: ${fw.license.expires} }`);
    L.push(`    logging: { cloudLogging: ${fw.logging.cloudLogging}, enhancedApplicationLogs: ${fw.logging.enhancedApplicationLogs}, region: ${fw.logging.region} }`);
  } else {
    L.push(`    ${fw.licenseKey}:`);
    L.push(`      type: ${fw.license.type}${fw.trailingLicenseComment ? '          # production unit -> trial license' : ''}`);
    L.push(`      expires: ${fw.license.expires}`);
    L.push('    logging:');
    L.push(`      cloudLogging: ${fw.logging.cloudLogging}`);
    L.push(`      enhancedApplicationLogs: ${fw.logging.enhancedApplicationLogs}`);
    L.push(`      region: ${fw.logging.region}`);
  }
  L.push(`    erspanSupport: ${fw.erspanSupport}`);
  L.push(`    dhcpBroadcastSession: ${fw.dhcpBroadcastSession}`);
  L.push('    interfaces:');
  for (const it of fw.interfaces) {
    if (fw.flow) {
      const extra = it.mode === 'layer3' ? `, dhcpRelay: [${it.dhcpRelay.join(', ')}], dhcpServer: ${it.dhcpServer}`
        : it.mode === 'virtual-wire' ? `, multicastFirewalling: ${it.multicastFirewalling}`
          : it.mode === 'tap' ? `, mirrorFrom: ${it.mirrorFrom}, erspan: ${it.erspan}` : '';
      L.push(`      - { name: ${it.name}, mode: ${it.mode}, zone: ${it.zone}, deviceId: ${it.deviceId}${extra} }`);
      continue;
    }
    L.push(`      - name: ${it.name}`);
    L.push(`        mode: ${it.mode}`);
    L.push(`        zone: ${it.zone}`);
    L.push(`        deviceId: ${it.deviceId}`);
    if (it.mode === 'layer3') {
      L.push(`        dhcpRelay: [${it.dhcpRelay.join(', ')}]`);
      L.push(`        dhcpServer: ${it.dhcpServer}`);
    } else if (it.mode === 'virtual-wire') {
      L.push(`        multicastFirewalling: ${it.multicastFirewalling}`);
    } else if (it.mode === 'tap') {
      L.push(`        mirrorFrom: ${it.mirrorFrom}${it.erspan ? '   # ERSPAN (GRE) from the remote switch' : ''}`);
      L.push(`        erspan: ${it.erspan}`);
    }
  }
  return L;
}

function buildSwitch(rng, idx, small = false) {
  const v3 = rng.chance(0.7);
  return {
    kind: 'switch',
    id: `sw-${pad(idx)}`,
    model: rng.pick(SWITCH_MODELS),
    span: true,
    erspan: true,
    snmp: { version: v3 ? 'v3' : 'v2c', readOnly: true },
    flow: small || rng.chance(0.5),
  };
}

function emitSwitch(sw) {
  const L = [`  - id: ${sw.id}`, `    model: ${sw.model}`, `    span: ${sw.span}`, `    erspan: ${sw.erspan}`];
  if (sw.flow) L.push(`    snmp: { version: ${sw.snmp.version}, readOnly: ${sw.snmp.readOnly} }`);
  else L.push('    snmp:', `      version: ${sw.snmp.version}`, `      readOnly: ${sw.snmp.readOnly}`);
  return L;
}

function ifaceOf(fw, mode, rng) {
  const c = fw.interfaces.filter((i) => i.mode === mode);
  return c.length ? rng.pick(c) : null;
}

// Build one segment of the given pattern, served by firewall `fw` (whose taps mirror from `sw`).
function buildSegment(rng, pattern, id, subnet, fw, sw, csvDir, small = false) {
  const l3 = () => ifaceOf(fw, 'layer3', rng);
  const vw = () => ifaceOf(fw, 'virtual-wire', rng);
  const tap = () => ifaceOf(fw, 'tap', rng);
  const inlineIface = () => {
    const r = rng.next();
    const l2 = ifaceOf(fw, 'layer2', rng);
    if (l2 && r < 0.15) return l2;
    return r < 0.6 ? vw() : l3();
  };
  const seg = { kind: 'segment', id, subnet, pattern, comment: null, trailing: {} };
  switch (pattern) {
    case '1': { // inline ARP/DHCP through a layer3 relay interface
      const i = l3();
      seg.addressing = 'dhcp';
      seg.dhcp = 'relayed';
      seg.identity = { method: 'inline-arp-dhcp', firewall: fw.id, interface: i.name };
      seg.traffic = { method: 'inline', firewall: fw.id, interface: i.name };
      seg.enforce = true;
      break;
    }
    case '2': { // SPAN/ERSPAN -> tap for identity, traffic inline
      const t = tap();
      seg.addressing = 'dhcp';
      seg.dhcp = 'relayed';
      seg.identity = { method: 'mirror', firewall: fw.id, interface: t.name, switch: t.mirrorFrom };
      seg.traffic = { method: 'inline', firewall: fw.id, interface: vw().name };
      seg.enforce = rng.chance(0.5);
      break;
    }
    case '3': { // DHCP server syslog (PAN-OS 10.2+)
      seg.addressing = rng.chance(0.7) ? 'dhcp' : 'mixed';
      seg.identity = { method: 'dhcp-syslog', firewall: fw.id };
      seg.traffic = { method: 'inline', firewall: fw.id, interface: inlineIface().name };
      seg.enforce = rng.chance(0.5);
      break;
    }
    case '4': { // XSOAR SNMP polling of a switch
      seg.addressing = rng.pick(['dhcp', 'mixed', 'static']);
      seg.identity = { method: 'xsoar-snmp', switch: sw.id };
      seg.traffic = { method: 'inline', firewall: fw.id, interface: inlineIface().name };
      seg.enforce = rng.chance(0.5);
      break;
    }
    case '5-1': { // CSV (static IPs), traffic inline
      seg.addressing = 'static';
      seg.identity = { method: 'csv', csv: `${csvDir}/${id}.csv` };
      seg.traffic = { method: 'inline', firewall: fw.id, interface: inlineIface().name };
      seg.enforce = rng.chance(0.5);
      break;
    }
    case '5-2': { // CSV (static IPs), traffic mirrored to a tap: visibility only
      seg.addressing = 'static';
      seg.identity = { method: 'csv', csv: `${csvDir}/${id}.csv` };
      seg.traffic = { method: 'mirror', firewall: fw.id, interface: tap().name };
      seg.enforce = false;
      break;
    }
    default:
      throw new Error(`unknown pattern ${pattern}`);
  }
  seg.flow = small || rng.chance(0.1); // identity/traffic as flow mappings
  if (!small && rng.chance(0.12)) seg.comment = `pattern ${pattern}: ${rng.pick(['agreed with the customer', 'see network diagram rev B', 'owner: facilities team', 'confirm VLAN with the site engineer'])}`;
  if (!small && rng.chance(0.08)) seg.trailing.subnet = rng.pick(['VLAN ' + rng.int(100, 3999), 'from IPAM export']);
  return seg;
}

function emitSegment(s) {
  const L = [];
  if (s.comment) L.push(`      # ${s.comment}`);
  L.push(`      - id: ${s.id}`);
  L.push(`        subnet: ${s.subnet}${s.trailing.subnet ? `   # ${s.trailing.subnet}` : ''}`);
  L.push(`        addressing: ${s.addressing}`);
  if (s.dhcp) L.push(`        dhcp: ${s.dhcp}`);
  const keys = { identity: ['method', 'firewall', 'interface', 'switch', 'csv'], traffic: ['method', 'firewall', 'interface'] };
  for (const part of ['identity', 'traffic']) {
    const ks = keys[part].filter((k) => s[part][k] !== undefined);
    if (s.flow) {
      L.push(`        ${part}: { ${ks.map((k) => `${k}: ${s[part][k]}`).join(', ')} }`);
    } else {
      L.push(`        ${part}:`);
      for (const k of ks) L.push(`          ${k}: ${s[part][k]}`);
    }
  }
  L.push(`        enforce: ${s.enforce}`);
  return L;
}

function emitSiteHeader(site) {
  const L = [];
  if (site.comment) L.push(`  # ${site.comment}`);
  L.push(`  - id: ${site.id}`, `    name: ${site.name}`, '    segments:');
  return L;
}

function csvFor(rng, subnet, n) {
  const base = subnet.replace(/\.0\/24$/, '');
  const rows = ['ip,mac,vendor,model'];
  const forms = [
    (b) => b.map(hex2).join(':'),
    (b) => b.map(hex2).join('-').toUpperCase(),
    (b) => b.map(hex2).join(''),
    (b) => b.map(hex2).join('.'),
    (b) => b.map(hex2).join(' ').toUpperCase(),
  ];
  // accepted MAC forms (facts.md §5): aa:bb:.., aa.bb.., aa-bb-.., "aa bb ..", aabbcc001122; any case
  let host = 9;
  for (let i = 0; i < n; i++) {
    const mac = [0x00, 0x0a, 0x95, rng.int(0, 255), rng.int(0, 255), rng.int(0, 255)];
    const [vendor, model] = rng.pick(VENDORS);
    host += rng.int(1, 3); // strictly increasing: no duplicate IPs
    rows.push(`${base}.${host},${rng.pick(forms)(mac)},${vendor},${model}`);
  }
  return rows.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------

/**
 * Build the plan model and emit it. See the header comment for the returned shape.
 * @param {object} o
 * @param {number} o.lines   target line count (the result is within one site/firewall of it)
 * @param {boolean} [o.faults=false]  inject ~1% classic mistakes (at least one of each kind)
 * @param {number|string} [o.seed=1]
 * @param {string} [o.csvDir]  directory of the CSVs, relative to the plan file
 * @param {boolean} [o.small=false] smaller firewalls (3 interfaces), for ~60-line plans
 */
export function generatePlanFiles({ lines, faults = false, seed = 1, csvDir = 'csv', title, small = false } = {}) {
  if (!(lines > 0)) throw new Error('generatePlanFiles: lines must be > 0');
  const rng = makeRng(`pocplan-bench:${seed}`);
  const header = [];
  const title0 = title ?? `Benchmark IoT Security PoC (${lines} lines, seed ${seed})`;
  // Header lines are fixed-count; the "# expect:" line is filled in after fault injection.
  header.push('# Generated by bench/generate.mjs - do not edit; regenerate with `node bench/generate.mjs`.');
  header.push(`# ${faults ? 'Plan WITH injected mistakes (~1% of firewalls and segments).' : 'A valid plan: every reference resolves, no rule should fire.'}`);
  header.push('# expect:'); // index 2, patched below
  header.push('pocplan: 1');
  header.push(`title: ${title0}`);
  header.push(`customer: Example Manufacturing ${rng.int(1, 99)}`);
  header.push('locale: ja');
  header.push('poc:');
  header.push('  start: 2026-12-01');
  header.push('  end: 2027-01-20');
  header.push(`  observationDays: ${rng.int(7, 21)}   # days of traffic before judging results`);
  header.push('tenant:');
  header.push(`  name: bench-iot-${seed}`);
  header.push('  region: japan');
  header.push('  keepAfterPoc: true');
  header.push('  prodLicenseDate: 2027-02-10   # within 30 days of every trial expiry');
  header.push('  thirdPartyAddon: none');
  const xsoarLines = ['xsoar:', '  kind: own          # a full XSOAR of our own: no add-on needed', '  engineOs: linux'];

  const firewalls = [];
  const switches = [];
  const sites = []; // { header, segments: [] }
  const csvFiles = [];
  const fixed = header.length + 1 /* firewalls: */ + 1 /* switches: */ + xsoarLines.length + 1 /* sites: */;
  let total = fixed;
  let subnetCounter = 0;
  let patternCursor = rng.int(0, PATTERNS.length - 1);
  let fw = null, sw = null, sitesLeftForFw = 0, site = null, segsLeftForSite = 0;
  let segCount = 0;

  while (total < lines || segCount === 0) {
    if (!site || segsLeftForSite === 0) {
      if (!fw || sitesLeftForFw === 0) {
        const n = firewalls.length + 1;
        sw = buildSwitch(rng, n, small);
        fw = buildFirewall(rng, n, sw.id, { small });
        fw.lines = emitFirewall(fw);
        sw.lines = emitSwitch(sw);
        firewalls.push(fw);
        switches.push(sw);
        total += fw.lines.length + sw.lines.length;
        sitesLeftForFw = small ? 1 : rng.int(1, 3);
      }
      const sn = sites.length + 1;
      site = {
        id: `site-${pad(sn)}`,
        name: `${rng.pick(CITIES)} ${rng.pick(SITE_KINDS)} ${sn}`,
        comment: rng.chance(0.2) ? `served by ${fw.id}; mirror ports on ${sw.id}` : null,
        segments: [],
      };
      site.lines = emitSiteHeader(site);
      sites.push(site);
      total += site.lines.length;
      sitesLeftForFw--;
      segsLeftForSite = small ? 3 : rng.int(4, 8);
    }
    const k = subnetCounter++;
    if (k >= 255 * 256) throw new Error('generatePlanFiles: ran out of unique 10.x.y.0/24 subnets');
    const subnet = `10.${1 + Math.floor(k / 256)}.${k % 256}.0/24`;
    const pattern = PATTERNS[patternCursor++ % PATTERNS.length];
    const segId = `${site.id.replace('site-', 's')}-${rng.pick(SEG_WORDS)}-${site.segments.length + 1}`;
    const seg = buildSegment(rng, pattern, segId, subnet, fw, sw, csvDir, small);
    seg.lines = emitSegment(seg);
    if (seg.identity.method === 'csv') {
      csvFiles.push({ path: seg.identity.csv, content: csvFor(rng, subnet, rng.int(2, 5)) });
    }
    site.segments.push(seg);
    total += seg.lines.length;
    segsLeftForSite--;
    segCount++;
  }

  // --- fault injection (separate PRNG stream, so the faults plan has the same structure) ---
  const injected = [];
  if (faults) {
    const frng = makeRng(`pocplan-bench-faults:${seed}`);
    const allSegs = sites.flatMap((s) => s.segments);
    const pickSpread = (items, count, filter) => {
      const cand = items.filter(filter);
      if (!cand.length) return [];
      const out = [];
      const step = cand.length / count;
      for (let i = 0; i < count; i++) {
        const lo = Math.floor(i * step), hi = Math.max(lo, Math.floor((i + 1) * step) - 1);
        const c = cand[frng.int(lo, Math.min(hi, cand.length - 1))];
        if (!out.includes(c)) out.push(c);
      }
      return out;
    };
    const fwKinds = ['eval-license-on-prod', 'typo-key-iotLicence', 'bad-enum-trail'];
    const nFw = Math.max(fwKinds.length, Math.round(firewalls.length * 0.01));
    // Small plans have few firewalls: fault the same firewall at most once per kind set.
    const fwTargets = pickSpread(firewalls, Math.min(nFw, firewalls.length), () => true);
    fwTargets.forEach((f, i) => {
      const kind = fwKinds[i % fwKinds.length];
      if (kind === 'eval-license-on-prod') f.license.type = 'eval';
      if (kind === 'typo-key-iotLicence') f.licenseKey = 'iotLicence';
      if (kind === 'bad-enum-trail') f.license.type = 'trail';
      f.fault = kind;
    });
    // When a plan has fewer firewalls than firewall fault kinds, stack the remaining kinds on
    // firewalls that are still clean-compatible (typo key + bad enum can share one firewall).
    if (fwTargets.length < fwKinds.length && firewalls.length) {
      const f = firewalls[0];
      for (const kind of fwKinds.slice(fwTargets.length)) {
        if (kind === 'typo-key-iotLicence') f.licenseKey = 'iotLicence';
        else if (kind === 'bad-enum-trail' && f.license.type === 'trial') f.license.type = 'trail';
        else continue;
        injected.push({ kind, code: FAULT_KINDS[kind].code, id: f.id, el: f });
      }
    }
    for (const f of fwTargets) injected.push({ kind: f.fault, code: FAULT_KINDS[f.fault].code, id: f.id, el: f });

    const segKinds = ['enforce-on-mirror', 'csv-on-dhcp', 'unknown-interface'];
    const nSeg = Math.max(segKinds.length, Math.round(allSegs.length * 0.01));
    const perKind = Math.ceil(nSeg / segKinds.length);
    const used = new Set();
    for (const kind of segKinds) {
      const filter = {
        'enforce-on-mirror': (s) => s.traffic.method === 'mirror',
        'csv-on-dhcp': (s) => s.identity.method === 'csv',
        'unknown-interface': (s) => !!s.traffic.interface,
      }[kind];
      for (const s of pickSpread(allSegs, perKind, (s) => filter(s) && !used.has(s))) {
        used.add(s);
        if (kind === 'enforce-on-mirror') s.enforce = true;
        if (kind === 'csv-on-dhcp') s.addressing = 'dhcp';
        if (kind === 'unknown-interface') s.traffic.interface = 'ethernet1/99';
        injected.push({ kind, code: FAULT_KINDS[kind].code, id: s.id, el: s });
      }
    }
    for (const f of firewalls) if (injected.some((x) => x.el === f)) f.lines = emitFirewall(f);
    for (const s of allSegs) if (injected.some((x) => x.el === s)) s.lines = emitSegment(s);
  }

  // --- assemble, tracking 0-based line numbers of faulted elements ---
  const codes = [...new Set(injected.map((x) => x.code))].sort();
  header[2] = `# expect:${codes.length ? ' ' + codes.join(' ') : ''}`;
  const out = [...header];
  const lineOf = new Map();
  const push = (el, L) => {
    const start = out.length;
    for (const l of L) out.push(l);
    if (el) lineOf.set(el, start + (L[0].trimStart().startsWith('#') ? 1 : 0));
  };
  out.push('firewalls:');
  for (const f of firewalls) push(f, f.lines);
  out.push('switches:');
  for (const s of switches) push(s, s.lines);
  for (const l of xsoarLines) out.push(l);
  out.push('sites:');
  for (const site of sites) {
    push(site, site.lines);
    for (const seg of site.segments) push(seg, seg.lines);
  }
  const text = out.join('\n') + '\n';
  const faultList = injected.map(({ kind, code, id, el }) => {
    const start = lineOf.get(el);
    // the line that carries the mistake (0-based, LSP style)
    const needle = {
      'eval-license-on-prod': /\btype: eval\b/, 'bad-enum-trail': /\btype: trail\b/,
      'typo-key-iotLicence': /\biotLicence:/, 'enforce-on-mirror': /\benforce: true/,
      'csv-on-dhcp': /\baddressing: dhcp/, 'unknown-interface': /\binterface: ethernet1\/99\b/,
    }[kind];
    let line = start;
    for (let i = start; i < out.length; i++) if (needle.test(out[i])) { line = i; break; }
    return { kind, code, id, line };
  }).sort((a, b) => a.line - b.line);

  const allSegs = sites.flatMap((s) => s.segments);
  const stats = {
    lines: out.length,
    firewalls: firewalls.length,
    switches: switches.length,
    sites: sites.length,
    segments: allSegs.length,
    patterns: Object.fromEntries(PATTERNS.map((p) => [p, allSegs.filter((s) => s.pattern === p).length])),
    csvFiles: csvFiles.length,
    faults: faultList.length,
  };
  return { text, lines: out.length, csvFiles, faults: faultList, stats };
}

/** @returns {string} the plan text */
export function generatePlan({ lines, faults = false, seed = 1, csvDir = 'csv' } = {}) {
  return generatePlanFiles({ lines, faults, seed, csvDir }).text;
}

/** n small (~60-line) valid plans, each with its own seed; CSVs live in `csv/` next to them. */
export function generateSmallPlans(n = 200, { seed = 1, lines = 60 } = {}) {
  const plans = [];
  for (let i = 0; i < n; i++) {
    const name = `small-${pad(i + 1, 3)}`;
    const r = generatePlanFiles({ lines, seed: `${seed}-small-${i}`, csvDir: `csv/${name}`, small: true, title: `Small PoC plan ${i + 1}` });
    plans.push({ name, file: `${name}.pocplan.yaml`, ...r });
  }
  return plans;
}

export const SIZES = { '1k': 1000, '10k': 10000, '100k': 100000 };

/** Write the benchmark data set (what the CLI does). Returns a summary object. */
export function writeBenchData({ outDir = DEFAULT_OUT, seed = 1, sizes = Object.keys(SIZES), small = 200 } = {}) {
  mkdirSync(outDir, { recursive: true });
  const summary = { outDir, seed, plans: [] };
  const writeCsvs = (dir, csvFiles) => {
    for (const c of csvFiles) {
      const p = join(dir, c.path);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, c.content);
    }
  };
  for (const size of sizes) {
    const lines = SIZES[size] ?? Number(size);
    if (!lines) throw new Error(`unknown size ${size}`);
    for (const faults of [false, true]) {
      const name = `plan-${size}${faults ? '-faults' : ''}`;
      // both variants share one CSV directory (same structure, same seed)
      const r = generatePlanFiles({ lines, faults, seed, csvDir: `csv/plan-${size}` });
      const file = join(outDir, `${name}.pocplan.yaml`);
      writeFileSync(file, r.text);
      if (!faults) writeCsvs(outDir, r.csvFiles);
      writeFileSync(join(outDir, `${name}.faults.json`), JSON.stringify(r.faults, null, 1) + '\n');
      summary.plans.push({ name, file, bytes: Buffer.byteLength(r.text), ...r.stats });
    }
  }
  if (small > 0) {
    const dir = join(outDir, 'small');
    mkdirSync(dir, { recursive: true });
    const plans = generateSmallPlans(small, { seed });
    let totalLines = 0;
    for (const p of plans) {
      writeFileSync(join(dir, p.file), p.text);
      writeCsvs(dir, p.csvFiles);
      totalLines += p.lines;
    }
    summary.small = { dir, count: plans.length, avgLines: Math.round(totalLines / plans.length) };
  }
  return summary;
}

const HERE = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_OUT = join(HERE, '.data');

// ---------------------------------------------------------------------------------------------
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, def) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : def;
  };
  if (args.includes('--help')) {
    console.log('usage: node bench/generate.mjs [--out DIR] [--seed N] [--sizes 1k,10k,100k] [--small 200]');
    process.exit(0);
  }
  const t0 = performance.now();
  const s = writeBenchData({
    outDir: resolve(opt('out', DEFAULT_OUT)),
    seed: opt('seed', '1'),
    sizes: opt('sizes', Object.keys(SIZES).join(',')).split(',').filter(Boolean),
    small: Number(opt('small', '200')),
  });
  for (const p of s.plans) {
    console.log(`${p.name.padEnd(18)} ${String(p.lines).padStart(7)} lines ${String((p.bytes / 1024).toFixed(0)).padStart(6)} KiB  fw=${p.firewalls} sw=${p.switches} sites=${p.sites} segments=${p.segments} csv=${p.csvFiles} faults=${p.faults}`);
  }
  if (s.small) console.log(`small/             ${s.small.count} plans, avg ${s.small.avgLines} lines`);
  console.log(`wrote ${s.outDir} in ${(performance.now() - t0).toFixed(0)} ms`);
}
