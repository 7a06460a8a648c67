/**
 * Export xml → import, for every example plan (and a plan with every element): the same
 * interfaces with the same mode, zone, Device-ID, relay servers, DHCP server and multicast
 * firewalling (and ERSPAN, and the PAN-OS version). The expectation is read from the plan here,
 * not from the exporter: a key the plan leaves out is what PAN-OS defaults to (Device-ID off,
 * multicast firewalling off, no DHCP server), and only what PAN-OS can hold is expected back
 * (a relay only on layer 3).
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
  for (const i of model.firewalls[fwIndex]!.interfaces) {
    if (!i.name || !i.mode || !MODES.includes(i.mode) || !NAMED.test(i.name)) continue;
    const zone = getString(i.map, 'zone');
    const erspan = i.mode === 'tap' && getBool(i.map, 'erspan') === true;
    const relay = asSeq(get(i.map, 'dhcpRelay'))?.items.map((x) => asScalar(x)?.value).filter((v): v is string => typeof v === 'string');
    out.push({
      name: i.name, mode: i.mode,
      ...(zone !== undefined ? { zone, deviceId: getBool(i.map, 'deviceId') === true } : {}),
      ...(i.mode === 'virtual-wire' ? { multicastFirewalling: getBool(i.map, 'multicastFirewalling') === true } : {}),
      ...(i.mode === 'layer3' && relay?.length ? { dhcpRelay: relay } : {}),
      ...(getBool(i.map, 'dhcpServer') === true && !erspan ? { dhcpServer: true } : {}),
      ...(erspan ? { erspan: true } : {}),
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
          - { name: vlan.5, mode: layer3 }
  `)));
});
