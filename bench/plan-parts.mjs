// Building blocks of the benchmark plans: the seeded PRNG, the vocabulary, and the builders and
// emitters of firewalls, switches, segments and CSV device lists. generate.mjs assembles them.

// ---------------------------------------------------------------------------------------------
// PRNG: xmur3 string hash -> sfc32. Small, fast, good enough statistical quality, deterministic.
export function xmur3(str) {
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
export const MODELS = ['PA-440', 'PA-450', 'PA-460', 'PA-820', 'PA-850', 'PA-3220', 'PA-3410', 'PA-3420', 'PA-3430', 'PA-3440'];
export const SWITCH_MODELS = ['Catalyst 9300', 'Catalyst 9500', 'Catalyst 9200', 'Nexus 9300', 'Aruba CX 6300', 'Catalyst 6500'];
export const CITIES = ['Osaka', 'Sakai', 'Kobe', 'Kyoto', 'Nagoya', 'Yokohama', 'Sendai', 'Sapporo', 'Fukuoka', 'Hiroshima',
  'Okayama', 'Kanazawa', 'Niigata', 'Shizuoka', 'Hamamatsu', 'Kumamoto', 'Kagoshima', 'Naha', 'Chiba', 'Saitama'];
export const SITE_KINDS = ['plant', 'warehouse', 'distribution centre', 'office', 'lab', 'hospital wing', 'depot'];
export const VENDORS = [['Trane', 'Tracer SC'], ['Zebra', 'TC52'], ['Axis', 'P3245'], ['Siemens', 'S7-1200'], ['Honeywell', 'CT50'],
  ['Hikvision', 'DS-2CD2'], ['Rockwell', 'CompactLogix'], ['Schneider', 'M221'], ['HP', 'LaserJet M507'], ['Mitsubishi', 'FX5U']];
export const SEG_WORDS = ['line', 'scanners', 'cameras', 'hvac', 'plc', 'printers', 'badge', 'lighting', 'robots', 'meters', 'kiosk', 'pumps'];

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

export const pad = (n, w = 4) => String(n).padStart(w, '0');
export const hex2 = (n) => n.toString(16).padStart(2, '0');

// ---------------------------------------------------------------------------------------------
// Model builders. Each element keeps the emitted lines so totals are exact; faults mutate the
// model and the element is re-emitted (faults never change an element's line count).

export function buildFirewall(rng, idx, switchId, opts) {
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

export function emitFirewall(fw) {
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

export function buildSwitch(rng, idx, small = false) {
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

export function emitSwitch(sw) {
  const L = [`  - id: ${sw.id}`, `    model: ${sw.model}`, `    span: ${sw.span}`, `    erspan: ${sw.erspan}`];
  if (sw.flow) L.push(`    snmp: { version: ${sw.snmp.version}, readOnly: ${sw.snmp.readOnly} }`);
  else L.push('    snmp:', `      version: ${sw.snmp.version}`, `      readOnly: ${sw.snmp.readOnly}`);
  return L;
}

export function ifaceOf(fw, mode, rng) {
  const c = fw.interfaces.filter((i) => i.mode === mode);
  return c.length ? rng.pick(c) : null;
}

// Build one segment of the given pattern, served by firewall `fw` (whose taps mirror from `sw`).
export function buildSegment(rng, pattern, id, subnet, fw, sw, csvDir, small = false) {
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

export function emitSegment(s) {
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

export function emitSiteHeader(site) {
  const L = [];
  if (site.comment) L.push(`  # ${site.comment}`);
  L.push(`  - id: ${site.id}`, `    name: ${site.name}`, '    segments:');
  return L;
}

export function csvFor(rng, subnet, n) {
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

