import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exportPanos } from '../../../server/src/service/panos';
import { ROOT } from '../../cli-harness';
import { familiesOf, GRAMMAR } from '../../panos-grammar';
import { dedent } from '../../helpers';
import { examplePlans, modelOf } from '../../panos-helpers';

const GOLDEN = path.join(ROOT, 'test', 'golden', 'panos');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function golden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (UPDATE) { fs.mkdirSync(GOLDEN, { recursive: true }); fs.writeFileSync(file, actual); return; }
  assert.ok(fs.existsSync(file), `missing golden file ${path.relative(ROOT, file)}; run UPDATE_GOLDEN=1 npx mocha and review it`);
  assert.equal(actual, fs.readFileSync(file, 'utf8'), `${name} (UPDATE_GOLDEN=1 rewrites it; review the diff)`);
}

const set = (text: string, opts: { lang?: 'en' | 'ja'; logProfile?: string; firewall?: string } = {}): string => {
  const r = exportPanos(modelOf(text), { format: 'set', lang: opts.lang ?? 'en', plan: 'plan.pocplan.yaml', ...opts });
  assert.ok(r.ok, JSON.stringify(r));
  return r.text;
};
const commands = (text: string): string[] => text.split('\n').filter((l) => l.startsWith('set '));

describe('export panos: set commands (golden, every example plan)', () => {
  for (const ex of examplePlans()) {
    it(ex.name, () => {
      const r = exportPanos(modelOf(fs.readFileSync(ex.file, 'utf8')), { format: 'set', lang: 'en', plan: ex.shown });
      assert.ok(r.ok);
      golden(`${ex.name}.set`, r.text);
    });
  }
  it('pattern-2-span-identity in Japanese: the comments in Japanese, the commands the same', () => {
    const text = fs.readFileSync(path.join(ROOT, 'examples', 'pattern-2-span-identity.pocplan.yaml'), 'utf8');
    const ja = exportPanos(modelOf(text), { format: 'set', lang: 'ja', plan: 'examples/pattern-2-span-identity.pocplan.yaml' });
    const en = exportPanos(modelOf(text), { format: 'set', lang: 'en', plan: 'examples/pattern-2-span-identity.pocplan.yaml' });
    assert.ok(ja.ok && en.ok);
    golden('pattern-2-span-identity.ja.set', ja.text);
    assert.deepEqual(commands(ja.text), commands(en.text));
    for (const l of ja.text.split('\n').filter((x) => x.startsWith('# ') && !x.startsWith('# 出典: '))) assert.match(l, /[\u3040-\u30ff\u4e00-\u9fff]/, l);
    assert.ok(ja.text.includes('# 出典: https://'));
  });
});

describe('export panos: every command line follows the sourced syntax', () => {
  const texts: Array<[string, string]> = examplePlans().map((ex) => [ex.name, set(fs.readFileSync(ex.file, 'utf8'))]);
  texts.push(['every element', set(dedent(`
    pocplan: 1
    firewalls:
      - id: fw
        panos: 11.1.2
        dhcpBroadcastSession: true
        interfaces:
          - { name: ethernet1/1, mode: layer3, zone: "iot cams", deviceId: true, dhcpRelay: [10.0.0.5, 10.0.0.6] }
          - { name: ethernet1/2.100, mode: layer3, zone: iot2, dhcpServer: true }
          - { name: ae1, mode: layer2, zone: l2 }
          - { name: ae1.5, mode: layer2, zone: l2 }
          - { name: ethernet1/3, mode: virtual-wire, zone: vw, multicastFirewalling: true }
          - { name: ethernet1/4, mode: tap, zone: copy }
          - { name: tunnel.7, mode: tap, zone: remote, erspan: true }
          - { name: ethernet1/9, mode: tap, zone: remote2, erspan: true }
          - { name: tunnel.8, mode: layer3, zone: tun }
          - { name: tunnel.2, mode: layer3, zone: remote3, erspan: true }
          - { name: ae3, mode: layer3, zone: remote4, erspan: true }
          - { name: vlan.5, mode: layer3, zone: v }
  `), { logProfile: 'IoT Profile' })]);
  for (const [name, text] of texts) {
    it(name, () => {
      const lines = text.split('\n').filter((l) => l !== '');
      for (const l of lines) {
        if (l.startsWith('#')) continue;
        assert.equal(familiesOf(l).length, 1, `not exactly one sourced command family: ${l}`);
      }
    });
  }
  it('the element plan exercises every family of the grammar', () => {
    const used = new Set(commands(texts[texts.length - 1]![1]).flatMap((l) => familiesOf(l).map((g) => g.id)));
    for (const g of GRAMMAR) assert.ok(used.has(g.id), g.id);
  });
});

describe('export panos: what each plan key becomes', () => {
  const plan = (ifaces: string[], extra: string[] = []): string =>
    ['pocplan: 1', 'firewalls:', '  - id: fw', '    panos: 11.1.2', ...extra.map((l) => `    ${l}`), '    interfaces:', ...ifaces.map((l) => `      - ${l}`)].join('\n') + '\n';

  it('a subinterface sets its parent\'s mode and its tag, and says the tag is its number', () => {
    const t = set(plan(['{ name: ethernet1/2.100, mode: layer3 }']));
    assert.deepEqual(commands(t), ['set network interface ethernet ethernet1/2 layer3 units ethernet1/2.100 tag 100']);
    assert.match(t, /# ethernet1\/2\.100: VLAN tag 100, the subinterface's number/);
  });

  it('zones: members per interface, Device-ID once per zone, conflicts said and not set', () => {
    const t = set(plan(['{ name: ethernet1/1, mode: layer3, zone: iot, deviceId: true }', '{ name: ethernet1/2, mode: layer3, zone: iot, deviceId: false }', '{ name: ethernet1/3, mode: layer2, zone: iot }']));
    assert.deepEqual(commands(t).filter((c) => c.startsWith('set zone')), ['set zone iot network layer3 ethernet1/1', 'set zone iot enable-device-identification yes', 'set zone iot network layer3 ethernet1/2']);
    assert.match(t, /# Zone `iot`: ethernet1\/2 and ethernet1\/1 disagree on Device-ID/);
    assert.match(t, /# Zone `iot` already holds layer3 interfaces .*ethernet1\/3 needs a zone of its own/);
  });

  it('a zone name PAN-OS cannot take is a comment, and quoting keeps spaces', () => {
    assert.match(set(plan(['{ name: ethernet1/1, mode: layer3, zone: "a;b" }'])), /# `a;b` cannot be a PAN-OS zone name/);
    assert.ok(commands(set(plan(['{ name: ethernet1/1, mode: layer3, zone: "iot cams" }']))).includes('set zone "iot cams" network layer3 ethernet1/1'));
  });

  it('Device-ID absent on a zone a segment enforces through: advice, no command', () => {
    const t = set(dedent(`
      pocplan: 1
      firewalls:
        - id: fw
          interfaces: [{ name: ethernet1/1, mode: virtual-wire, zone: iot, multicastFirewalling: true }]
      sites:
        - id: s
          segments:
            - id: cams
              identity: { method: inline-arp-dhcp, firewall: fw, interface: ethernet1/1 }
              traffic: { method: inline, firewall: fw, interface: ethernet1/1 }
              enforce: true
    `));
    assert.ok(!commands(t).some((c) => c.includes('enable-device-identification')));
    assert.match(t, /# Zone `iot`: the plan does not say whether Device-ID is on, and segment `cams` enforces through it/);
    assert.match(t, /# Segment `cams` \(pattern 1\): learns device identities and sees traffic here\./);
  });

  it('DHCP relay on layer3 only; a DHCP server gets its mode and a by-hand note', () => {
    assert.deepEqual(commands(set(plan(['{ name: ethernet1/1, mode: layer3, dhcpRelay: [10.0.0.5] }']))), [
      'set network interface ethernet ethernet1/1 layer3', 'set network dhcp interface ethernet1/1 relay ip enabled yes', 'set network dhcp interface ethernet1/1 relay ip server 10.0.0.5']);
    const vw = set(plan(['{ name: ethernet1/1, mode: virtual-wire, dhcpRelay: [10.0.0.5] }']));
    assert.ok(!vw.includes('relay ip'));
    assert.match(vw, /PAN-OS relays only on layer 3 interfaces/);
    const srv = set(plan(['{ name: ethernet1/1, mode: layer3, dhcpServer: true }']));
    assert.ok(commands(srv).includes('set network dhcp interface ethernet1/1 server mode enabled'));
    assert.match(srv, /address pools, gateway and DNS servers by hand/);
  });

  it('virtual wire: one object per interface, multicast firewalling as the plan says, the other port by hand', () => {
    const t = set(plan(['{ name: ethernet1/3, mode: virtual-wire, multicastFirewalling: false }']));
    assert.deepEqual(commands(t).slice(1), ['set network virtual-wire vw-ethernet1-3 interface1 ethernet1/3', 'set network virtual-wire vw-ethernet1-3 multicast-firewalling enable no']);
    assert.match(set(plan(['{ name: ethernet1/3, mode: virtual-wire }'])), /does not say whether multicast firewalling is on/);
  });

  it('tap: the tap zone\'s two rules, with the log profile when given', () => {
    const t = set(plan(['{ name: ethernet1/4, mode: tap, zone: copy }']), { logProfile: 'IoT Profile' });
    assert.deepEqual(commands(t).slice(2), [
      'set rulebase security rules iot-tap-copy-dhcp from copy to copy source any destination any application dhcp service application-default action allow log-setting "IoT Profile"',
      'set rulebase security rules iot-tap-copy-drop from copy to copy source any destination any application any service any action drop',
    ]);
    assert.match(set(plan(['{ name: ethernet1/4, mode: tap, zone: copy }'])), /IoT Security default log forwarding profile/);
  });

  it('ERSPAN on a tunnel interface (layer3, erspan: true): the tunnel interface in the plan\'s zone and the GRE tunnel with ERSPAN on; its local interface by hand', () => {
    const t = set(plan(['{ name: tunnel.1, mode: layer3, zone: erspan, deviceId: true, erspan: true, mirrorFrom: sw-remote }']));
    assert.deepEqual(commands(t), [
      'set network interface tunnel units tunnel.1',
      'set zone erspan network layer3 tunnel.1',
      'set zone erspan enable-device-identification yes',
      'set network tunnel gre erspan-tunnel.1 erspan yes',
      'set network tunnel gre erspan-tunnel.1 tunnel-interface tunnel.1',
      'set rulebase security rules iot-tap-erspan-dhcp from erspan to erspan source any destination any application dhcp service application-default action allow',
      'set rulebase security rules iot-tap-erspan-drop from erspan to erspan source any destination any application any service any action drop',
    ]);
    assert.match(t, /# tunnel\.1 receives ERSPAN in the plan: on PAN-OS the copy arrives through a GRE tunnel with ERSPAN enabled/);
    assert.match(t, /# GRE tunnel `erspan-tunnel\.1`: the plan names only its tunnel interface\. Set by hand its local interface \(the layer 3 interface that `sw-remote` sends/);
    assert.match(t, /# Set by hand: Device > Setup > Session > ERSPAN Support, on/, 'the session note counts the layer3 form too');
    assert.match(set(plan(['{ name: tunnel.1, mode: layer3, zone: erspan, erspan: true }'], ['erspanSupport: false'])), /ERSPAN Support, on/);
    assert.doesNotMatch(set(plan(['{ name: tunnel.1, mode: layer3, zone: vpn }'])), /ERSPAN|tunnel gre/, 'a tunnel interface without erspan is a plain layer 3 interface');
  });

  it('ERSPAN named after its layer 3 endpoint (the v1 tap, or layer3): the endpoint outside the copy\'s zone, a tunnel interface of its own, the GRE tunnel\'s local interface', () => {
    const v1 = set(plan(['{ name: ethernet1/5, mode: tap, zone: copy, erspan: true, mirrorFrom: sw-remote }', '{ name: tunnel.1, mode: layer3, zone: vpn }']));
    const l3 = set(plan(['{ name: ethernet1/5, mode: layer3, zone: copy, erspan: true, mirrorFrom: sw-remote }', '{ name: tunnel.1, mode: layer3, zone: vpn }']));
    assert.deepEqual(commands(l3), commands(v1));
    assert.deepEqual(commands(v1).slice(0, 6), [
      'set network interface ethernet ethernet1/5 layer3',
      'set network interface tunnel units tunnel.2',
      'set zone copy network layer3 tunnel.2',
      'set network tunnel gre erspan-ethernet1-5 erspan yes',
      'set network tunnel gre erspan-ethernet1-5 tunnel-interface tunnel.2',
      'set network tunnel gre erspan-ethernet1-5 local-address interface ethernet1/5',
    ]);
    assert.match(v1, /# ethernet1\/5 terminates the ERSPAN \(GRE\) tunnel from `sw-remote` as a layer 3 interface: give it the address the switch sends to, a virtual router and a layer 3 zone by hand; not the zone of the decapsulated copy/);
    assert.match(v1, /# GRE tunnel `erspan-ethernet1-5`: set its peer address/);
    assert.match(set(plan(['{ name: port5, mode: layer3, erspan: true }'])), /# port5 \(layer3\): its name does not say what kind of interface it is/);
  });

  it('session settings the plan asks for are by-hand comments, never guessed commands', () => {
    const t = set(plan(['{ name: ethernet1/4, mode: tap, zone: copy }'], ['dhcpBroadcastSession: true', 'erspanSupport: true']));
    assert.match(t, /# Set by hand: Device > Setup > Session > DHCP Broadcast Session/);
    assert.match(t, /# Set by hand: Device > Setup > Session > ERSPAN Support/);
    assert.ok(!commands(t).some((c) => c.includes('deviceconfig')));
  });

  it('names that say no interface type and interfaces without a mode are comments', () => {
    const t = set(plan(['{ name: port7, mode: layer3 }', '{ name: ethernet1/5 }']));
    assert.deepEqual(commands(t), []);
    assert.match(t, /# port7 \(layer3\): its name does not say what kind of interface it is/);
    assert.match(t, /# The plan gives ethernet1\/5 no mode/);
  });

  it('--firewall picks one; xml needs exactly one; a plan without firewalls exports nothing', () => {
    const two = dedent(`
      pocplan: 1
      firewalls:
        - { id: a, interfaces: [{ name: ethernet1/1, mode: tap }] }
        - { id: b, interfaces: [{ name: ethernet1/2, mode: tap }] }
    `);
    assert.deepEqual(exportPanos(modelOf(two), { format: 'set', lang: 'en', plan: 'plan.pocplan.yaml' }), { ok: true, text: set(two), firewalls: ['a', 'b'] });
    assert.ok(!set(two, { firewall: 'b' }).includes('ethernet1/1'));
    assert.deepEqual(exportPanos(modelOf(two), { format: 'xml', lang: 'en', plan: 'p' }), { ok: false, reason: 'xml-needs-one', ids: ['a', 'b'] });
    assert.deepEqual(exportPanos(modelOf(two), { format: 'set', lang: 'en', plan: 'p', firewall: 'c' }), { ok: false, reason: 'unknown-firewall', ids: ['a', 'b'] });
    assert.deepEqual(exportPanos(modelOf('pocplan: 1\n'), { format: 'set', lang: 'en', plan: 'p' }), { ok: false, reason: 'no-firewalls', ids: [] });
  });
});

describe('export panos under random plans', () => {
  it('never throws, and every line it emits is a comment or a sourced command', function () {
    this.timeout(60_000);
    const base = fs.readFileSync(path.join(ROOT, 'examples', 'mistakes-visibility.pocplan.yaml'), 'utf8');
    const edit = fc.tuple(fc.nat(base.length), fc.nat(12), fc.constantFrom('', ' ', '\n', ':', '- ', 'tap', 'layer3', 'virtual-wire', 'ethernet1/9.7', 'tunnel.3', 'ae2', '"a b"', '`', '#', '[10.0.0.1]', 'erspan: true', 'zone: x y'));
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => {
      let text = base;
      for (const [at, del, ins] of edits) { const i = Math.min(at, text.length); text = text.slice(0, i) + ins + text.slice(i + del); }
      const r = exportPanos(modelOf(text), { format: 'set', lang: 'en', plan: 'p' });
      if (!r.ok) return;
      for (const l of r.text.split('\n')) if (l !== '' && !l.startsWith('#')) assert.equal(familiesOf(l).length, 1, l);
    }), { seed: 14, numRuns: 300 });
  });
});
