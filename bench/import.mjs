#!/usr/bin/env node
// `pocplan import panos` on a 50 MB firewall configuration (issue #14: under 2 s).
//
//   npm run build && node bench/import.mjs [--mb 50] [--runs 3] [--json]
//
// data        bench/.data/panos-<mb>mb.xml, generated once, deterministically (seeded, no
//             Math.random): a firewall configuration whose bulk is what real large configurations
//             hold — address objects and groups, services, security rules, tags — around 400
//             interfaces with zones, DHCP relays and servers, virtual wires and an ERSPAN tunnel.
// end to end  `node dist/cli.js import panos --format json FILE`, spawn to exit: process start,
//             reading 50 MB, XML validation, the parse, the mapping, printing. The target (< 2 s).
//             The JSON must hold the generated firewall and its interfaces, so a run that read
//             nothing cannot pass.
// in-process  readConfig + importConfig from the tsc output (out/), and, on the same text in the
//             same process, the baselines: fast-xml-parser's plain parse of the whole file
//             (XMLParser with attributes, nothing skipped) and its XMLValidator alone. Ratios are
//             ours / baseline, measured round robin so each ratio compares the same machine load.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatTable, fmtMs, stats } from './measure.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(HERE, '..');
const require = createRequire(import.meta.url);
export const IMPORT_GOAL_MS = 2000;
const round = (x) => (x == null ? null : Math.round(x * 100) / 100);

/** sfc32: the same stream on every machine. */
function rng(seed) {
  let a = 0x9e3779b9, b = 0x243f6a88, c = 0xb7e15162, d = seed >>> 0;
  return () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (a + b) | 0; a = b ^ (b >>> 9); b = (c + (c << 3)) | 0; c = (c << 21) | (c >>> 11); d = (d + 1) | 0;
    const r = (t + d) | 0; c = (c + r) | 0;
    return (r >>> 0) / 4294967296;
  };
}

/** A firewall configuration of about `mb` megabytes. */
export function generateConfig(mb) {
  const rand = rng(14);
  const pick = (n) => Math.floor(rand() * n);
  const out = ['<?xml version="1.0"?>\n<config version="11.1.0" urldb="paloaltonetworks" detail-version="11.1.4">\n  <devices>\n    <entry name="localhost.localdomain">\n      <network>\n        <interface>\n          <ethernet>\n'];
  const modes = ['layer3', 'layer3', 'layer3', 'virtual-wire', 'layer2', 'tap'];
  const ifaces = [];
  for (let slot = 1; slot <= 4; slot++) for (let port = 1; port <= 100; port++) {
    const name = `ethernet${slot}/${port}`;
    const mode = modes[(slot * 100 + port) % modes.length];
    ifaces.push({ name, mode });
    const units = mode === 'layer3' && port % 10 === 0 ? `<units>${Array.from({ length: 4 }, (_, k) => `<entry name="${name}.${10 + k}"><tag>${10 + k}</tag></entry>`).join('')}</units>` : '';
    out.push(`            <entry name="${name}"><${mode}>${mode === 'layer3' ? `<ip><entry name="10.${slot}.${port}.1/24"/></ip>` : ''}${units}</${mode}></entry>\n`);
  }
  out.push('          </ethernet>\n          <tunnel><units><entry name="tunnel.1"/></units></tunnel>\n        </interface>\n');
  out.push('        <tunnel><gre><entry name="erspan-remote"><erspan>yes</erspan><local-address><interface>ethernet4/100</interface></local-address><tunnel-interface>tunnel.1</tunnel-interface></entry></gre></tunnel>\n');
  out.push('        <dhcp><interface>\n');
  for (const i of ifaces.filter((x) => x.mode === 'layer3').slice(0, 60)) {
    out.push(i.name.endsWith('0') ? `          <entry name="${i.name}"><server><mode>auto</mode></server></entry>\n`
      : `          <entry name="${i.name}"><relay><ip><enabled>yes</enabled><server><member>10.200.0.${1 + pick(200)}</member></server></ip></relay></entry>\n`);
  }
  out.push('        </interface></dhcp>\n        <virtual-wire>\n');
  const wires = ifaces.filter((x) => x.mode === 'virtual-wire');
  for (let k = 0; k + 1 < wires.length; k += 2) out.push(`          <entry name="vw${k}"><interface1>${wires[k].name}</interface1><interface2>${wires[k + 1].name}</interface2><multicast-firewalling><enable>${k % 4 ? 'no' : 'yes'}</enable></multicast-firewalling></entry>\n`);
  out.push('        </virtual-wire>\n      </network>\n      <deviceconfig><system><hostname>fw-bench</hostname></system></deviceconfig>\n      <vsys>\n        <entry name="vsys1">\n          <zone>\n');
  for (let z = 0; z < 40; z++) {
    const members = ifaces.filter((_, k) => k % 40 === z);
    const type = members[0].mode;
    out.push(`            <entry name="zone-${z}"><enable-device-identification>${z % 3 ? 'yes' : 'no'}</enable-device-identification><network><${type}>${members.filter((m) => m.mode === type).map((m) => `<member>${m.name}</member>`).join('')}</${type}></network></entry>\n`);
  }
  out.push('          </zone>\n');
  // The bulk: objects and rules, which the bridge never reads.
  let size = out.reduce((n, s) => n + s.length, 0);
  const target = mb * 1024 * 1024;
  const bulk = [['address', (n) => `<entry name="host-${n}"><ip-netmask>10.${pick(256)}.${pick(256)}.${pick(256)}/32</ip-netmask><description>asset ${n} &amp; its owner</description><tag><member>site-${pick(40)}</member></tag></entry>`],
    ['address-group', (n) => `<entry name="grp-${n}"><static>${Array.from({ length: 8 }, () => `<member>host-${pick(100000)}</member>`).join('')}</static></entry>`],
    ['service', (n) => `<entry name="svc-${n}"><protocol><tcp><port>${1024 + pick(60000)}</port></tcp></protocol></entry>`],
    ['rulebase', (n) => `<security><rules>${Array.from({ length: 5 }, (_, k) => `<entry name="rule-${n}-${k}" uuid="${(n * 5 + k).toString(16).padStart(8, '0')}-0000-4000-8000-000000000000"><from><member>zone-${pick(40)}</member></from><to><member>zone-${pick(40)}</member></to><source><member>grp-${pick(5000)}</member></source><destination><member>any</member></destination><application><member>web-browsing</member><member>ssl</member></application><service><member>application-default</member></service><action>allow</action><log-setting>default</log-setting></entry>`).join('')}</rules></security>`]];
  let n = 0;
  const sections = bulk.map(() => []);
  while (size < target) {
    for (let s = 0; s < bulk.length && size < target; s++) {
      const piece = bulk[s][1](n);
      sections[s].push(piece, '\n');
      size += piece.length + 1;
    }
    n++;
  }
  bulk.forEach(([tag], s) => {
    if (tag === 'rulebase') out.push(`          <rulebase>${sections[s].join('').replace(/<\/rules><\/security>\n<security><rules>/g, '')}</rulebase>\n`);
    else out.push(`          <${tag}>\n${sections[s].join('')}          </${tag}>\n`);
  });
  out.push('        </entry>\n      </vsys>\n    </entry>\n  </devices>\n</config>\n');
  return out.join('');
}

export function dataFile(mb) {
  const dir = join(REPO_ROOT, 'bench', '.data');
  const file = join(dir, `panos-${mb}mb.xml`);
  if (!existsSync(file)) { mkdirSync(dir, { recursive: true }); writeFileSync(file, generateConfig(mb)); }
  return file;
}

function endToEnd(cli, file) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [cli, 'import', 'panos', '--format', 'json', file], { encoding: 'utf8', maxBuffer: 1 << 28, timeout: 120000 });
  const ms = performance.now() - t;
  if (r.error || r.status !== 0) throw new Error(`pocplan import panos exited ${r.status}: ${r.error?.message ?? r.stderr.trim().split('\n')[0]}`);
  const j = JSON.parse(r.stdout);
  const fw = j.firewalls[0];
  if (!fw || fw.id !== 'fw-bench' || fw.interfaces.length < 400) throw new Error('the import did not return the generated firewall and its interfaces');
  return ms;
}

/**
 * @returns {{ status, mb, bytes, endToEnd: { ms, runs }, inProcess: { oursMs, parseMs, validateMs, ratioToParse, ratioToValidate } }}
 */
export function measureImport({ mb = 50, runs = 3, cli = join(REPO_ROOT, 'dist', 'cli.js') } = {}) {
  if (!existsSync(cli)) return { status: 'skipped', reason: `${cli} not found (npm run build)` };
  const outDir = join(REPO_ROOT, 'out', 'server', 'src', 'service', 'panos');
  if (!existsSync(join(outDir, 'config.js'))) return { status: 'skipped', reason: `${outDir} not found (npm run build runs tsc -b)` };
  try {
    const file = dataFile(mb);
    const text = readFileSync(file, 'utf8');
    const { readConfig } = require(join(outDir, 'config.js'));
    const { importConfig } = require(join(outDir, 'fragment.js'));
    const { XMLParser, XMLValidator } = require('fast-xml-parser');
    const ours = () => { const t = performance.now(); const r = readConfig(text); if (!r.ok) throw new Error(JSON.stringify(r.problem)); importConfig(r.config); return performance.now() - t; };
    const parse = () => { const t = performance.now(); new XMLParser({ ignoreAttributes: false }).parse(text); return performance.now() - t; };
    const validate = () => { const t = performance.now(); if (XMLValidator.validate(text) !== true) throw new Error('invalid'); return performance.now() - t; };
    const e2e = [], o = [], p = [], v = [];
    for (let i = 0; i < runs; i++) { e2e.push(endToEnd(cli, file)); o.push(ours()); p.push(parse()); v.push(validate()); }
    const med = (xs) => stats(xs).median;
    return {
      status: 'ok', mb, bytes: statSync(file).size, goalMs: IMPORT_GOAL_MS,
      endToEnd: { ms: round(med(e2e)), runs: e2e.map(round) },
      inProcess: { oursMs: round(med(o)), parseMs: round(med(p)), validateMs: round(med(v)), ratioToParse: round(med(o) / med(p)), ratioToValidate: round(med(o) / med(v)) },
    };
  } catch (e) {
    return { status: 'error', error: { message: e.message } };
  }
}

export function importRows(r) {
  if (r.status !== 'ok') return [['pocplan import panos', 'status'], ['', `${r.status}: ${r.reason ?? r.error?.message}`]];
  const i = r.inProcess;
  return [
    [`pocplan import panos, ${(r.bytes / 1048576).toFixed(1)} MB configuration`, 'wall ms', 'ratio'],
    [`end to end, one process (median of ${r.endToEnd.runs.length}) [goal < ${r.goalMs} ms]`, fmtMs(r.endToEnd.ms), r.endToEnd.ms < r.goalMs ? 'PASS' : 'FAIL'],
    ['in-process: validate + parse (skipping unread subtrees) + mapping', fmtMs(i.oursMs), '1.00'],
    ['baseline: fast-xml-parser plain parse of the whole file', fmtMs(i.parseMs), `${i.ratioToParse.toFixed(2)} (ours / this)`],
    ['baseline: fast-xml-parser XMLValidator alone', fmtMs(i.validateMs), `${i.ratioToValidate.toFixed(2)} (ours / this)`],
  ];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (n, d) => (args.includes(`--${n}`) ? args[args.indexOf(`--${n}`) + 1] : d);
  const r = measureImport({ mb: Number(opt('mb', '50')), runs: Number(opt('runs', '3')) });
  if (args.includes('--json')) console.log(JSON.stringify(r, null, 1));
  else console.log(formatTable(importRows(r)));
  process.exitCode = r.status === 'ok' && r.endToEnd.ms < IMPORT_GOAL_MS ? 0 : 1;
}
