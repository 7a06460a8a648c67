import * as assert from 'node:assert/strict';
import { CONFIG, driftCheck, expectDriftAt, PLAN, planVariant, relatedConfigText } from '../../drift-helpers';

const CODE = 'config.device-id';
const ON = planVariant('        zone: office\n        deviceId: false', '        zone: office\n        deviceId: «true»');

describe(CODE, () => {
  it('fires when the plan says Device-ID is on and the zone has it off (absent counts as off)', () => {
    const [d] = expectDriftAt(ON, CODE);
    assert.match(d!.message, /Device-ID is on for `ethernet1\/3` of firewall `fw-osaka`, but its zone `office` has it off/);
    assert.deepEqual(relatedConfigText(d!), ['<entry name="office">']);
    assert.deepEqual(d!.data, { firewall: 'fw-osaka', interface: 'ethernet1/3', key: 'deviceId', value: false });
    expectDriftAt(planVariant('        zone: lab\n', '        zone: lab\n        deviceId: «true»\n'), CODE);
  });

  it('and the other way round', () => {
    const [d] = expectDriftAt(planVariant('        zone: iot\n        deviceId: true', '        zone: iot\n        deviceId: «false»'), CODE);
    assert.match(d!.message, /Device-ID is off .* has it on/);
  });

  it('stays quiet when they agree, when the plan says nothing, and leaves a zone mismatch to config.zone', () => {
    assert.deepEqual(driftCheck(PLAN).diagnostics.filter((d) => d.code === CODE), []);
    const noZone = CONFIG.replace('<member>ethernet1/3</member>', '');
    assert.deepEqual(driftCheck(ON.replace(/[«»]/g, ''), noZone).diagnostics.filter((d) => d.code === CODE), []);
  });

  it('info by default, warning when strict; Japanese', () => {
    assert.equal(driftCheck(ON).diagnostics.find((d) => d.code === CODE)!.severity, 'info');
    assert.equal(driftCheck(ON, CONFIG, { settings: { profile: 'strict' } }).diagnostics.find((d) => d.code === CODE)!.severity, 'warning');
    assert.match(driftCheck(ON, CONFIG, { settings: { lang: 'ja' } }).diagnostics.find((d) => d.code === CODE)!.message, /Device-ID が無効です/);
  });
});
