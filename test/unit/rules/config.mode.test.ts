import * as assert from 'node:assert/strict';
import { check } from '../../helpers';
import { CONFIG, driftCheck, ERSPAN_CONFIG, expectDriftAt, PLAN, planVariant, planWith, relatedConfigText, WITHOUT_CONFIG } from '../../drift-helpers';
import { exportPanos } from '../../../server/src/service/panos';
import { ethernet, modelOf } from '../../panos-helpers';

const CODE = 'config.mode';
const TAP = planVariant('        mode: layer3\n        zone: lab', '        mode: «tap»\n        zone: lab');

describe(CODE, () => {
  it('fires on the plan\'s mode when the running configuration has another, pointing at the interface in the file', () => {
    const [d] = expectDriftAt(TAP, CODE);
    assert.match(d!.message, /`ethernet1\/4` of firewall `fw-osaka` is `tap` in the plan but `layer3` in its running configuration `configs\/fw-osaka\.xml`/);
    assert.deepEqual(relatedConfigText(d!), ['<entry name="ethernet1/4">']);
    assert.deepEqual(d!.data, { firewall: 'fw-osaka', interface: 'ethernet1/4', key: 'mode', value: 'layer3' });
  });

  it('a mode the plan cannot say (HA) is a difference too, without a value to take', () => {
    const ha = PLAN.replace('    interfaces:\n', '    interfaces:\n      - name: ethernet1/7\n        mode: «layer3»\n');
    const [d] = expectDriftAt(ha, CODE);
    assert.match(d!.message, /`layer3` in the plan but `ha`/);
    assert.deepEqual(d!.data, { firewall: 'fw-osaka', interface: 'ethernet1/7', key: 'mode' });
    const none = CONFIG.replace('<entry name="ethernet1/4"><layer3/></entry>', '<entry name="ethernet1/4"/>').replace(/<entry name="ethernet1\/4"><server>.*?<\/entry>/, '');
    const [n] = expectDriftAt(planVariant('        mode: layer3\n        zone: lab', '        mode: «layer3»\n        zone: lab'), CODE, none);
    assert.match(n!.message, /has no interface type in its running configuration/);
  });

  it('compares ERSPAN through the import\'s mapping: a GRE endpoint with ERSPAN and no tunnel interface is the plan\'s ERSPAN feed, in either form', () => {
    const xml = CONFIG.replace('<entry name="ethernet1/8"><tap/></entry>', '<entry name="ethernet1/8"><layer3/></entry>')
      .replace('</interface></dhcp>', '</interface></dhcp><tunnel><gre><entry name="g"><erspan>yes</erspan><local-address><interface>ethernet1/8</interface></local-address></entry></gre></tunnel>');
    const erspan = planVariant('        zone: span-copy\n', '        zone: span-copy\n        erspan: true\n');
    assert.deepEqual(driftCheck(erspan, xml).diagnostics.filter((d) => d.code.startsWith('config.')), []);
    assert.deepEqual(driftCheck(planVariant('        mode: tap\n        zone: span-copy\n', '        mode: layer3\n        zone: span-copy\n        erspan: true\n'), xml).diagnostics.filter((d) => d.code.startsWith('config.')), []);
  });

  describe('an ERSPAN GRE tunnel in the running configuration (local interface ethernet1/5, tunnel interface tunnel.1)', () => {
    const drift = (plan: string): string[] => driftCheck(plan, ERSPAN_CONFIG).diagnostics.map((d) => d.code).filter((c) => c.startsWith('config.'));
    const FEED = ['zone: erspan', 'deviceId: true', 'erspan: true'];

    it('the plan\'s form, the tunnel interface layer3 with erspan: true, agrees with it: no drift at all', () => {
      assert.deepEqual(drift(planWith('tunnel.1', 'mode: layer3', ...FEED)), []);
      assert.deepEqual(drift(planWith('ethernet1/5', 'mode: layer3', 'zone: office', 'deviceId: false')), [], 'the local interface is an ordinary layer 3 interface');
    });

    it('the v1 form, a tap with erspan: true named after the local interface, describes the same feed: no drift', () => {
      assert.deepEqual(drift(planWith('ethernet1/5', 'mode: tap', ...FEED)), []);
      assert.deepEqual(drift(planWith('ethernet1/5', 'mode: layer3', ...FEED)), [], 'layer3 with erspan: true on the local interface too');
      assert.deepEqual(drift(planWith('tunnel.1', 'mode: tap', ...FEED)), [], 'a v1 tap named after the tunnel interface');
    });

    it('what the plan exports (pocplan export panos --format xml), read back as its running configuration, is no drift in either form', () => {
      for (const plan of [planWith('tunnel.3', 'mode: layer3', ...FEED), planWith('ethernet1/5', 'mode: tap', ...FEED), planWith('ae2', 'mode: layer3', ...FEED)]) {
        const xml = exportPanos(modelOf(plan.replace(/[«»]/g, '')), { format: 'xml', lang: 'en', plan: 'p', firewall: 'fw-osaka' });
        assert.ok(xml.ok);
        assert.deepEqual(driftCheck(plan, xml.text).diagnostics.map((d) => d.code).filter((c) => c.startsWith('config.') && c !== 'config.version'), [], plan);
      }
    });

    it('a tap without erspan: true on the local interface is a tap, and the file has a layer 3 interface there', () => {
      const [d] = expectDriftAt(planWith('ethernet1/5', 'mode: «tap»', 'zone: office'), CODE, ERSPAN_CONFIG);
      assert.match(d!.message, /`tap` in the plan but `layer3`/);
      assert.deepEqual(d!.data, { firewall: 'fw-osaka', interface: 'ethernet1/5', key: 'mode', value: 'layer3' });
    });

    it('when the plan lists the tunnel interface itself, a v1 tap on the local interface is that interface again: layer3 in the file', () => {
      const tunnel = ['      - name: tunnel.1', '        mode: layer3', ...FEED.map((k) => `        ${k}`)].join('\n');
      const both = planWith('ethernet1/5', 'mode: «tap»', 'zone: office', 'erspan: true').replace('    interfaces:\n', `    interfaces:\n${tunnel}\n`);
      expectDriftAt(both, CODE, ERSPAN_CONFIG);
    });
  });

  it('stays quiet when they agree, without runningConfig, and for interfaces the file does not have', () => {
    assert.deepEqual(driftCheck(PLAN).diagnostics.map((d) => d.code), []);
    assert.deepEqual(check(WITHOUT_CONFIG(TAP.replace(/[«»]/g, ''))).diagnostics.filter((d) => d.code.startsWith('config.')), []);
    const missing = CONFIG.replace(ethernet('', '').slice(0, 0), '').replace('<entry name="ethernet1/4"><layer3/></entry>', '');
    assert.deepEqual(driftCheck(TAP, missing).diagnostics.filter((d) => d.code === CODE), []);
  });

  it('is an added rule: info by default, warning under profile: strict; Japanese message', () => {
    assert.equal(driftCheck(TAP).diagnostics.find((d) => d.code === CODE)!.severity, 'info');
    assert.equal(driftCheck(TAP, CONFIG, { settings: { profile: 'strict' } }).diagnostics.find((d) => d.code === CODE)!.severity, 'warning');
    const ja = driftCheck(TAP, CONFIG, { settings: { lang: 'ja' } }).diagnostics.find((d) => d.code === CODE)!;
    assert.match(ja.message, /プランでは `tap` ですが、稼働中の構成/);
    assert.match(ja.related[0]!.message, /稼働中の構成/);
  });
});
