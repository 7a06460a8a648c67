/**
 * Export xml → import, for every example plan (and a plan with every element): the same
 * interfaces with the same mode, zone, Device-ID, relay servers, DHCP server and multicast
 * firewalling (and ERSPAN, and the PAN-OS version). The expectation is read from the plan here,
 * not from the exporter: a key the plan leaves out is what PAN-OS defaults to (Device-ID off,
 * multicast firewalling off, no DHCP server), and only what PAN-OS can hold is expected back
 * (a relay only on layer 3). An ERSPAN feed comes back as the import says it: its tunnel
 * interface, layer3 with `erspan: true`. A plan that names the feed after its layer 3 endpoint
 * (the v1 tap, or a layer3 interface) gets that endpoint back as a plain layer 3 interface without
 * a zone (the plan gives none for it) beside the tunnel interface the export chose for it: the
 * first `tunnel.N` the plan does not use.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { exportPanos } from '../../../server/src/service/panos';
import { readConfig } from '../../../server/src/service/panos/config';
import { importConfig, interfaceData } from '../../../server/src/service/panos/fragment';
import type { PlanModel } from '../../../server/src/service/model';
import { asScalar, asSeq, get, getBool, getString } from '../../../server/src/service/tree';
import { dedent } from '../../helpers';
import { examplePlans, modelOf } from '../../panos-helpers';

const MODES = ['layer3', 'layer2', 'virtual-wire', 'tap'];
const NAMED = /^((?:ethernet\d+\/\d+|ae\d+)(?:\.\d+)?|tunnel\.\d+|vlan\.\d+)$/;

function expected(model: PlanModel, fwIndex: number): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const ifaces = model.firewalls[fwIndex]!.interfaces;
  const taken = new Set(ifaces.map((i) => i.name));
  for (const i of ifaces) {
    if (!i.name || !i.mode || !MODES.includes(i.mode) || !NAMED.test(i.name)) continue;
    const zone = getString(i.map, 'zone');
    const zoned = zone !== undefined ? { zone, deviceId: getBool(i.map, 'deviceId') === true } : {};
    if ((i.mode === 'tap' || i.mode === 'layer3') && getBool(i.map, 'erspan') === true) {
      let tunnel = i.name;
      if (!tunnel.startsWith('tunnel.')) {
        out.push({ name: i.name, mode: 'layer3' });
        let n = 1;
        while (taken.has(`tunnel.${n}`)) n++;
        tunnel = `tunnel.${n}`;
        taken.add(tunnel);
      }
      out.push({ name: tunnel, mode: 'layer3', ...zoned, erspan: true });
      continue;
    }
    const relay = asSeq(get(i.map, 'dhcpRelay'))?.items.map((x) => asScalar(x)?.value).filter((v): v is string => typeof v === 'string');
    out.push({
      name: i.name, mode: i.mode, ...zoned,
      ...(i.mode === 'virtual-wire' ? { multicastFirewalling: getBool(i.map, 'multicastFirewalling') === true } : {}),
      ...(i.mode === 'layer3' && relay?.length ? { dhcpRelay: relay } : {}),
      ...(getBool(i.map, 'dhcpServer') === true ? { dhcpServer: true } : {}),
    });
  }
  return out;
}

function roundTrip(text: string): void {
  const model = modelOf(text);
  model.firewalls.forEach((fw, k) => {
    if (fw.id === undefined) return;
    const xml = exportPanos(model, { format: 'xml', lang: 'en', plan: 'p', firewall: fw.id });
    assert.ok(xml.ok, JSON.stringify(xml));
    const read = readConfig(xml.text);
    assert.ok(read.ok, `the exported XML reads back: ${JSON.stringify(!read.ok && read.problem)}`);
    const back = importConfig(read.config).firewalls;
    assert.equal(back.length, 1);
    const want = expected(model, k);
    const planNames = new Set(want.map((w) => w.name));
    const got = back[0]!.interfaces.map(interfaceData);
    // A subinterface brings its parent along (PAN-OS holds units under it); nothing else is extra.
    const extra = got.filter((g) => !planNames.has(g.name as string));
    for (const e of extra) assert.ok([...planNames].some((n) => (n as string).startsWith(`${e.name as string}.`)), `unexpected ${JSON.stringify(e)}`);
    const byName = (a: Record<string, unknown>, b: Record<string, unknown>): number => String(a.name).localeCompare(String(b.name));
    assert.deepEqual(got.filter((g) => planNames.has(g.name as string)).sort(byName), [...want].sort(byName), `firewall ${fw.id}`);
    assert.equal(back[0]!.panos, fw.panos?.text, `firewall ${fw.id}: panos`);
  });
}

describe('export xml → import: the same interfaces', () => {
  for (const ex of examplePlans()) it(ex.name, () => roundTrip(fs.readFileSync(ex.file, 'utf8')));

  it('a plan with every element', () => roundTrip(dedent(`
    pocplan: 1
    firewalls:
      - id: fw
        panos: 10.2.4-h3
        interfaces:
          - { name: ethernet1/1, mode: layer3, zone: "iot cams", deviceId: true, dhcpRelay: [10.0.0.5, 10.0.0.6] }
          - { name: ethernet1/2.100, mode: layer3, zone: iot2, dhcpServer: true }
          - { name: ae1, mode: layer2, zone: l2, deviceId: false }
          - { name: ae1.5, mode: layer2, zone: l2 }
          - { name: ethernet1/3, mode: virtual-wire, zone: vw, multicastFirewalling: true }
          - { name: ethernet1/6, mode: virtual-wire }
          - { name: ethernet1/4, mode: tap, zone: copy, deviceId: true }
          - { name: tunnel.7, mode: tap, zone: remote, erspan: true }
          - { name: ethernet1/9, mode: tap, zone: remote2, erspan: true, deviceId: true }
          - { name: tunnel.8, mode: layer3, zone: tun }
          - { name: tunnel.2, mode: layer3, zone: remote3, erspan: true, deviceId: true }
          - { name: ethernet1/10.20, mode: layer3, zone: remote4, erspan: true }
          - { name: vlan.5, mode: layer3 }
  `)));

  it('ERSPAN: either plan form comes back as the tunnel interface; the v1 tap on an endpoint also as that endpoint', () => {
    const plan = (iface: string): Array<Record<string, unknown>> => {
      const model = modelOf(`pocplan: 1\nfirewalls:\n  - id: fw\n    interfaces:\n      - ${iface}\n`);
      const xml = exportPanos(model, { format: 'xml', lang: 'en', plan: 'p', firewall: 'fw' });
      assert.ok(xml.ok);
      const read = readConfig(xml.text);
      assert.ok(read.ok);
      return importConfig(read.config).firewalls[0]!.interfaces.map(interfaceData);
    };
    const feed = { name: 'tunnel.1', mode: 'layer3', zone: 'copy', deviceId: true, erspan: true };
    assert.deepEqual(plan('{ name: tunnel.1, mode: layer3, zone: copy, deviceId: true, erspan: true }'), [feed]);
    assert.deepEqual(plan('{ name: tunnel.1, mode: tap, zone: copy, deviceId: true, erspan: true }'), [feed]);
    assert.deepEqual(plan('{ name: ethernet1/5, mode: tap, zone: copy, deviceId: true, erspan: true }'), [{ name: 'ethernet1/5', mode: 'layer3' }, feed]);
    assert.deepEqual(plan('{ name: ethernet1/5, mode: layer3, zone: copy, deviceId: true, erspan: true }'), [{ name: 'ethernet1/5', mode: 'layer3' }, feed]);
  });
});
