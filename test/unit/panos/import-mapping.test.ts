/**
 * One test per configuration element the import reads: the element, where it is, and what the
 * plan gets from it. Paths as in server/src/service/panos/config.ts (PATHS).
 */
import * as assert from 'node:assert/strict';
import { importConfig, interfaceData } from '../../../server/src/service/panos/fragment';
import { ethernet, firewallXml, importOne, read, vsys, zone } from '../../panos-helpers';

const ids = (fw: { notes: Array<{ id: string }> }): string[] => fw.notes.map((n) => n.id);
const iface = (fw: ReturnType<typeof importOne>, name: string): Record<string, unknown> | undefined => {
  const i = fw.interfaces.find((x) => x.name === name);
  return i ? interfaceData(i) : undefined;
};

describe('import panos: one element at a time', () => {
  it('id: deviceconfig/system/hostname', () => {
    assert.equal(importOne(firewallXml('<deviceconfig><system><hostname>fw-osaka</hostname></system></deviceconfig>')).id, 'fw-osaka');
  });

  it('id: a hostname the plan cannot take is cleaned and said so; none gives firewall-1', () => {
    const fw = importOne(firewallXml('<deviceconfig><system><hostname>{{hostname}}</hostname></system></deviceconfig>'));
    assert.equal(fw.id, 'hostname');
    assert.ok(ids(fw).includes('panos.import.hostname-changed'));
    const none = importOne(firewallXml(''));
    assert.equal(none.id, 'firewall-1');
    assert.ok(ids(none).includes('panos.import.hostname-missing'));
  });

  it('panos: <config detail-version>, else <config version> with a note, else nothing', () => {
    assert.equal(importOne(firewallXml('')).panos, '11.1.2');
    const schemaOnly = importConfig(read(firewallXml('', 'version="10.1.0"')));
    assert.equal(schemaOnly.firewalls[0]!.panos, '10.1.0');
    assert.ok(schemaOnly.notes.some((n) => n.id === 'panos.import.version-schema'));
    const none = importConfig(read(firewallXml('', 'urldb="paloaltonetworks"')));
    assert.equal(none.firewalls[0]!.panos, undefined);
    assert.ok(none.notes.some((n) => n.id === 'panos.import.version-missing'));
  });

  it('mode: network/interface/ethernet/entry/{layer3,layer2,virtual-wire,tap}', () => {
    const fw = importOne(firewallXml(ethernet(
      '<entry name="ethernet1/1"><layer3/></entry><entry name="ethernet1/2"><layer2/></entry>' +
      '<entry name="ethernet1/3"><virtual-wire/></entry><entry name="ethernet1/4"><tap/></entry>')));
    assert.deepEqual(fw.interfaces.map((i) => [i.name, i.mode]), [['ethernet1/1', 'layer3'], ['ethernet1/2', 'layer2'], ['ethernet1/3', 'virtual-wire'], ['ethernet1/4', 'tap']]);
  });

  it('modes the plan cannot say are listed in a note, not imported', () => {
    const fw = importOne(firewallXml(ethernet(
      '<entry name="ethernet1/5"><ha/></entry><entry name="ethernet1/6"><decrypt-mirror/></entry>' +
      '<entry name="ethernet1/7"><aggregate-group>ae1</aggregate-group></entry><entry name="ethernet1/8"/>')));
    assert.deepEqual(fw.interfaces, []);
    const notes = fw.notes.map((n) => `${n.id} ${JSON.stringify(n.args ?? {})}`).join('\n');
    assert.match(notes, /skipped-mode \{"interface":"ethernet1\/5","mode":"ha"\}/);
    assert.match(notes, /skipped-mode \{"interface":"ethernet1\/6","mode":"decrypt-mirror"\}/);
    assert.match(notes, /skipped-member \{"interface":"ethernet1\/7","group":"ae1"\}/);
    assert.match(notes, /skipped-unset \{"interfaces":"ethernet1\/8"\}/);
  });

  it('subinterfaces: <mode>/units/entry, in their parent\'s mode', () => {
    const fw = importOne(firewallXml(ethernet(
      '<entry name="ethernet1/1"><layer3><units><entry name="ethernet1/1.10"><tag>10</tag></entry></units></layer3></entry>' +
      '<entry name="ethernet1/2"><layer2><units><entry name="ethernet1/2.20"><tag>20</tag></entry></units></layer2></entry>' +
      '<entry name="ethernet1/3"><virtual-wire><units><entry name="ethernet1/3.30"><tag>30</tag></entry></units></virtual-wire></entry>')));
    assert.deepEqual(fw.interfaces.map((i) => [i.name, i.mode]), [
      ['ethernet1/1', 'layer3'], ['ethernet1/1.10', 'layer3'], ['ethernet1/2', 'layer2'], ['ethernet1/2.20', 'layer2'],
      ['ethernet1/3', 'virtual-wire'], ['ethernet1/3.30', 'virtual-wire'],
    ]);
  });

  it('aggregate interfaces: network/interface/aggregate-ethernet/entry and its units', () => {
    const fw = importOne(firewallXml('<network><interface><aggregate-ethernet><entry name="ae1"><layer3><units><entry name="ae1.10"/></units></layer3></entry></aggregate-ethernet></interface></network>'));
    assert.deepEqual(fw.interfaces.map((i) => [i.name, i.mode]), [['ae1', 'layer3'], ['ae1.10', 'layer3']]);
  });

  it('tunnel and VLAN interfaces: …/tunnel/units and …/vlan/units, layer 3 with a note; loopbacks are not listed', () => {
    const fw = importOne(firewallXml('<network><interface><tunnel><units><entry name="tunnel.1"/></units></tunnel><vlan><units><entry name="vlan.5"/></units></vlan><loopback><units><entry name="loopback.1"/></units></loopback></interface></network>'));
    assert.deepEqual(fw.interfaces.map((i) => [i.name, i.mode, i.notes.map((n) => n.id)]), [
      ['tunnel.1', 'layer3', ['panos.import.mapped-tunnel']], ['vlan.5', 'layer3', ['panos.import.mapped-vlan']],
    ]);
    assert.ok(ids(fw).includes('panos.import.skipped-loopback'));
  });

  it('zone: vsys/entry/zone/entry/network/<type>/member', () => {
    const fw = importOne(firewallXml(ethernet('<entry name="ethernet1/1"><layer3/></entry><entry name="ethernet1/2"><layer3/></entry>') + vsys(zone('iot', 'layer3', ['ethernet1/1']))));
    assert.equal(iface(fw, 'ethernet1/1')!.zone, 'iot');
    assert.equal(iface(fw, 'ethernet1/2')!.zone, undefined);
    assert.equal(iface(fw, 'ethernet1/2')!.deviceId, undefined, 'no zone, no Device-ID');
  });

  it('deviceId: the zone\'s enable-device-identification (yes, no, absent = off)', () => {
    const fw = importOne(firewallXml(
      ethernet('<entry name="ethernet1/1"><layer3/></entry><entry name="ethernet1/2"><layer3/></entry><entry name="ethernet1/3"><layer3/></entry>') +
      vsys(zone('a', 'layer3', ['ethernet1/1'], 'yes') + zone('b', 'layer3', ['ethernet1/2'], 'no') + zone('c', 'layer3', ['ethernet1/3']))));
    assert.deepEqual(['ethernet1/1', 'ethernet1/2', 'ethernet1/3'].map((n) => iface(fw, n)!.deviceId), [true, false, false]);
  });

  it('multi-vsys: each interface takes the zone of its own vsys, with a note', () => {
    const fw = importOne(firewallXml(
      ethernet('<entry name="ethernet1/1"><layer3/></entry><entry name="ethernet1/2"><layer3/></entry>') +
      `<vsys><entry name="vsys1"><zone>${zone('iot', 'layer3', ['ethernet1/1'], 'yes')}</zone></entry><entry name="vsys2"><zone>${zone('iot', 'layer3', ['ethernet1/2'], 'no')}</zone></entry></vsys>`));
    assert.deepEqual([iface(fw, 'ethernet1/1'), iface(fw, 'ethernet1/2')].map((i) => [i!.zone, i!.deviceId]), [['iot', true], ['iot', false]]);
    assert.ok(ids(fw).includes('panos.import.multi-vsys'));
  });

  it('dhcpRelay: network/dhcp/interface/entry/relay/ip/server/member', () => {
    const fw = importOne(firewallXml(ethernet('<entry name="ethernet1/1"><layer3/></entry>',
      '<dhcp><interface><entry name="ethernet1/1"><relay><ip><enabled>yes</enabled><server><member>10.0.0.5</member><member>10.0.0.6</member></server></ip></relay></entry></interface></dhcp>')));
    assert.deepEqual(iface(fw, 'ethernet1/1')!.dhcpRelay, ['10.0.0.5', '10.0.0.6']);
  });

  it('dhcpRelay: a disabled relay or a server that is not IPv4 is not imported, and said so', () => {
    const fw = importOne(firewallXml(ethernet('<entry name="ethernet1/1"><layer3/></entry><entry name="ethernet1/2"><layer3/></entry>',
      '<dhcp><interface><entry name="ethernet1/1"><relay><ip><enabled>no</enabled><server><member>10.0.0.5</member></server></ip></relay></entry>' +
      '<entry name="ethernet1/2"><relay><ip><server><member>dhcp.example.com</member><member>10.0.0.7</member></server></ip></relay></entry></interface></dhcp>')));
    assert.equal(iface(fw, 'ethernet1/1')!.dhcpRelay, undefined);
    assert.deepEqual(fw.interfaces[0]!.notes.map((n) => n.id), ['panos.import.relay-disabled']);
    assert.deepEqual(iface(fw, 'ethernet1/2')!.dhcpRelay, ['10.0.0.7']);
    assert.deepEqual(fw.interfaces[1]!.notes.map((n) => n.id), ['panos.import.relay-invalid']);
  });

  it('dhcpServer: network/dhcp/interface/entry/server, unless its mode is disabled', () => {
    const fw = importOne(firewallXml(ethernet('<entry name="ethernet1/1"><layer3/></entry><entry name="ethernet1/2"><layer3/></entry><entry name="ethernet1/3"><layer3/></entry>',
      '<dhcp><interface><entry name="ethernet1/1"><server><mode>auto</mode><ip-pool><member>10.1.1.10-10.1.1.99</member></ip-pool></server></entry>' +
      '<entry name="ethernet1/2"><server><mode>disabled</mode></server></entry></interface></dhcp>')));
    assert.deepEqual(['ethernet1/1', 'ethernet1/2', 'ethernet1/3'].map((n) => iface(fw, n)!.dhcpServer), [true, false, undefined]);
  });

  it('multicastFirewalling: network/virtual-wire/entry/multicast-firewalling/enable of the wire holding the interface', () => {
    const fw = importOne(firewallXml(ethernet(
      '<entry name="ethernet1/1"><virtual-wire/></entry><entry name="ethernet1/2"><virtual-wire/></entry><entry name="ethernet1/3"><virtual-wire/></entry><entry name="ethernet1/4"><virtual-wire/></entry><entry name="ethernet1/5"><virtual-wire/></entry>',
      '<virtual-wire><entry name="vw1"><interface1>ethernet1/1</interface1><interface2>ethernet1/2</interface2><multicast-firewalling><enable>yes</enable></multicast-firewalling></entry>' +
      '<entry name="vw2"><interface1>ethernet1/3</interface1><interface2>ethernet1/4</interface2></entry></virtual-wire>')));
    assert.deepEqual(['ethernet1/1', 'ethernet1/2', 'ethernet1/3', 'ethernet1/4', 'ethernet1/5'].map((n) => iface(fw, n)!.multicastFirewalling), [true, true, false, false, undefined]);
    assert.deepEqual(fw.interfaces[4]!.notes.map((n) => n.id), ['panos.import.vwire-none']);
  });

  it('ERSPAN: network/tunnel/gre/entry with erspan yes → its tunnel interface, layer3 with erspan: true; the local interface stays what it is', () => {
    const fw = importOne(firewallXml(
      '<network><interface><ethernet><entry name="ethernet1/9"><layer3/></entry></ethernet><tunnel><units><entry name="tunnel.1"/></units></tunnel></interface>' +
      '<tunnel><gre><entry name="erspan-a"><erspan>yes</erspan><local-address><interface>ethernet1/9</interface></local-address><tunnel-interface>tunnel.1</tunnel-interface></entry></gre></tunnel></network>' +
      vsys(zone('untrust', 'layer3', ['ethernet1/9']) + zone('erspan-copy', 'layer3', ['tunnel.1'], 'yes'))));
    assert.deepEqual(fw.interfaces.map(interfaceData), [
      { name: 'ethernet1/9', mode: 'layer3', zone: 'untrust', deviceId: false },
      { name: 'tunnel.1', mode: 'layer3', zone: 'erspan-copy', deviceId: true, erspan: true },
    ]);
    assert.deepEqual(fw.interfaces[1]!.notes, [{ id: 'panos.import.erspan', args: { interface: 'tunnel.1', gre: 'erspan-a', endpoint: 'ethernet1/9' } }]);
    assert.equal(fw.interfaces[1]!.endpoint, 'ethernet1/9');
    assert.deepEqual(fw.interfaces[0]!.notes, []);
  });

  it('ERSPAN: an endpoint in the tunnel\'s own zone is still listed on its own (not folded, not a tap); a GRE tunnel without ERSPAN is not a feed', () => {
    const fw = importOne(firewallXml(
      '<network><interface><ethernet><entry name="ethernet1/1"><layer3/></entry></ethernet><tunnel><units><entry name="tunnel.4"/><entry name="tunnel.5"/></units></tunnel></interface>' +
      '<tunnel><gre><entry name="g"><erspan>yes</erspan><local-address><interface>ethernet1/1</interface></local-address><tunnel-interface>tunnel.4</tunnel-interface></entry>' +
      '<entry name="plain"><local-address><interface>ethernet1/1</interface></local-address><tunnel-interface>tunnel.5</tunnel-interface></entry></gre></tunnel></network>' +
      vsys(zone('copy', 'layer3', ['ethernet1/1', 'tunnel.4']) + zone('vpn', 'layer3', ['tunnel.5']))));
    assert.deepEqual(fw.interfaces.map(interfaceData), [
      { name: 'ethernet1/1', mode: 'layer3', zone: 'copy', deviceId: false },
      { name: 'tunnel.4', mode: 'layer3', zone: 'copy', deviceId: false, erspan: true },
      { name: 'tunnel.5', mode: 'layer3', zone: 'vpn', deviceId: false },
    ]);
    assert.deepEqual(fw.interfaces[2]!.notes.map((n) => n.id), ['panos.import.mapped-tunnel']);
  });

  it('ERSPAN: a GRE tunnel without a tunnel interface (none named, or one the file lacks) is said on its endpoint, layer3 with erspan: true', () => {
    for (const tunnel of ['', '<tunnel-interface>tunnel.9</tunnel-interface>']) {
      const fw = importOne(firewallXml(
        '<network><interface><ethernet><entry name="ethernet1/9"><layer3/></entry></ethernet></interface>' +
        `<tunnel><gre><entry name="g"><erspan>yes</erspan><local-address><interface>ethernet1/9</interface></local-address>${tunnel}</entry></gre></tunnel></network>` +
        vsys(zone('erspan-copy', 'layer3', ['ethernet1/9'], 'yes'))));
      assert.deepEqual(fw.interfaces.map(interfaceData), [{ name: 'ethernet1/9', mode: 'layer3', zone: 'erspan-copy', deviceId: true, erspan: true }]);
      assert.deepEqual(fw.interfaces[0]!.notes, [{ id: 'panos.import.erspan-endpoint', args: { interface: 'ethernet1/9', gre: 'g', tunnel: tunnel ? 'tunnel.9' : '-' } }]);
    }
  });

  it('reads a configuration wrapped in an XML API answer (<response><result><config>)', () => {
    const xml = `<response status="success"><result>${firewallXml('<deviceconfig><system><hostname>fw-api</hostname></system></deviceconfig>').replace('<?xml version="1.0"?>\n', '')}</result></response>`;
    assert.equal(importOne(xml).id, 'fw-api');
  });
});

describe('import panos: Panorama', () => {
  const tpl = (name: string, body: string): string => `<entry name="${name}"><config><devices><entry name="localhost.localdomain">${body}</entry></devices></config></entry>`;
  const panorama = (templates: string, stacks = ''): string =>
    `<config version="11.1.0" detail-version="11.1.3"><devices><entry name="localhost.localdomain"><template>${templates}</template>${stacks ? `<template-stack>${stacks}</template-stack>` : ''}</entry></devices></config>`;

  it('one firewall per template: template/entry/config/devices/entry/…, managed by Panorama, version not taken from Panorama', () => {
    const r = importConfig(read(panorama(tpl('branch', ethernet('<entry name="ethernet1/1"><layer3/></entry>') + vsys(zone('iot', 'layer3', ['ethernet1/1'], 'yes'))))));
    assert.equal(r.firewalls.length, 1);
    const fw = r.firewalls[0]!;
    assert.deepEqual([fw.id, fw.managedBy, fw.panos], ['branch', 'panorama', undefined]);
    assert.deepEqual(interfaceData(fw.interfaces[0]!), { name: 'ethernet1/1', mode: 'layer3', zone: 'iot', deviceId: true });
    assert.deepEqual(ids(fw).slice(0, 2), ['panos.import.from-template', 'panos.import.version-panorama']);
  });

  it('template stacks: one firewall per stack, its own config over its templates in order; templates in a stack are not listed again', () => {
    const r = importConfig(read(panorama(
      tpl('base', ethernet('<entry name="ethernet1/1"><layer2/></entry><entry name="ethernet1/2"><tap/></entry>')) +
      tpl('site', ethernet('<entry name="ethernet1/1"><layer3/></entry>')) + tpl('lonely', ethernet('<entry name="ethernet1/3"><tap/></entry>')),
      '<entry name="osaka"><templates><member>site</member><member>base</member><member>gone</member></templates><devices><entry name="0123456789"/></devices>' +
      '<config><devices><entry name="localhost.localdomain"><deviceconfig><system><hostname>fw-osaka</hostname></system></deviceconfig></entry></devices></config></entry>')));
    assert.deepEqual(r.firewalls.map((f) => f.id), ['fw-osaka', 'lonely']);
    assert.deepEqual(r.firewalls[0]!.interfaces.map((i) => [i.name, i.mode]), [['ethernet1/1', 'layer3'], ['ethernet1/2', 'tap']]);
    assert.deepEqual(r.firewalls[0]!.notes[0], { id: 'panos.import.from-stack', args: { stack: 'osaka', templates: 'site, base, gone', devices: '0123456789' } });
    assert.ok(r.notes.some((n) => n.id === 'panos.import.template-missing' && n.args?.template === 'gone'));
  });
});
