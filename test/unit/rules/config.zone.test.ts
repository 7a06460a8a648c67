import * as assert from 'node:assert/strict';
import { CONFIG, driftCheck, ERSPAN_CONFIG, expectDriftAt, PLAN, planVariant, planWith, relatedConfigText } from '../../drift-helpers';

const CODE = 'config.zone';
const MOVED = planVariant('zone: office', 'zone: «guest»');

describe(CODE, () => {
  it('fires on the plan\'s zone when the file puts the interface in another, pointing at that zone', () => {
    const [d] = expectDriftAt(MOVED, CODE);
    assert.match(d!.message, /`ethernet1\/3` of firewall `fw-osaka` is in zone `guest` in the plan but in zone `office`/);
    assert.deepEqual(relatedConfigText(d!), ['<entry name="office">']);
    assert.deepEqual(d!.data, { firewall: 'fw-osaka', interface: 'ethernet1/3', key: 'zone', value: 'office' });
  });

  it('says so when the file has the interface in no zone', () => {
    const noZone = CONFIG.replace('<member>ethernet1/3</member>', '');
    const [d] = expectDriftAt(planVariant('zone: office', 'zone: «office»'), CODE, noZone);
    assert.match(d!.message, /in no zone in its running configuration/);
    assert.deepEqual(d!.data, { firewall: 'fw-osaka', interface: 'ethernet1/3', key: 'zone' });
  });

  it('an ERSPAN feed is compared by the zone of its tunnel interface, in either plan form', () => {
    for (const [name, mode] of [['tunnel.1', 'layer3'], ['ethernet1/5', 'tap']] as const) {
      const [d] = expectDriftAt(planWith(name, `mode: ${mode}`, 'zone: «copy»', 'deviceId: true', 'erspan: true'), CODE, ERSPAN_CONFIG);
      assert.match(d!.message, new RegExp(`\`${name.replace('.', '\\.')}\` of firewall \`fw-osaka\` is in zone \`copy\` in the plan but in zone \`erspan\``));
      assert.deepEqual(relatedConfigText(d!, ERSPAN_CONFIG), ['<entry name="erspan">']);
      assert.deepEqual(d!.data, { firewall: 'fw-osaka', interface: name, key: 'zone', value: 'erspan' });
    }
  });

  it('stays quiet when they agree or the plan gives no zone', () => {
    assert.deepEqual(driftCheck(PLAN).diagnostics.filter((d) => d.code === CODE), []);
    assert.deepEqual(driftCheck(planVariant('        zone: office\n', '')).diagnostics.filter((d) => d.code === CODE), []);
  });

  it('info by default, warning when strict; Japanese', () => {
    assert.equal(driftCheck(MOVED).diagnostics.find((d) => d.code === CODE)!.severity, 'info');
    assert.equal(driftCheck(MOVED, CONFIG, { settings: { profile: 'strict' } }).diagnostics.find((d) => d.code === CODE)!.severity, 'warning');
    assert.match(driftCheck(MOVED, CONFIG, { settings: { lang: 'ja' } }).diagnostics.find((d) => d.code === CODE)!.message, /ゾーン `office` です/);
  });
});
