import * as assert from 'node:assert/strict';
import { CONFIG, driftCheck, expectDriftAt, PLAN, planVariant, relatedConfigText } from '../../drift-helpers';

const CODE = 'config.multicast-firewalling';
const OFF_IN_FILE = CONFIG.replace('<enable>yes</enable>', '<enable>no</enable>');
const MARKED = planVariant('multicastFirewalling: true', 'multicastFirewalling: «true»');

describe(CODE, () => {
  it('fires when the plan says on and the virtual wire has it off, pointing at the virtual wire', () => {
    const [d] = expectDriftAt(MARKED, CODE, OFF_IN_FILE);
    assert.match(d!.message, /multicast firewalling is on for `ethernet1\/1` .* virtual wire `vw1` has it off/);
    assert.deepEqual(relatedConfigText(d!, OFF_IN_FILE), ['<entry name="vw1">']);
    assert.deepEqual(d!.data, { firewall: 'fw-osaka', interface: 'ethernet1/1', key: 'multicastFirewalling', value: false });
  });

  it('and the other way round', () => {
    const [d] = expectDriftAt(planVariant('multicastFirewalling: true', 'multicastFirewalling: «false»'), CODE);
    assert.match(d!.message, /is off .* has it on/);
  });

  it('stays quiet when they agree, the plan says nothing, or the interface is in no virtual wire', () => {
    assert.deepEqual(driftCheck(PLAN).diagnostics.filter((d) => d.code === CODE), []);
    assert.deepEqual(driftCheck(planVariant('        multicastFirewalling: true\n', ''), OFF_IN_FILE).diagnostics.filter((d) => d.code === CODE), []);
    const noWire = CONFIG.replace(/<virtual-wire>\n<entry name="vw1">.*?<\/virtual-wire>/s, '');
    assert.deepEqual(driftCheck(MARKED, noWire).diagnostics.filter((d) => d.code === CODE), []);
  });

  it('info by default, warning when strict; Japanese', () => {
    assert.equal(driftCheck(MARKED, OFF_IN_FILE).diagnostics.find((d) => d.code === CODE)!.severity, 'info');
    assert.equal(driftCheck(MARKED, OFF_IN_FILE, { settings: { profile: 'strict' } }).diagnostics.find((d) => d.code === CODE)!.severity, 'warning');
    assert.match(driftCheck(MARKED, OFF_IN_FILE, { settings: { lang: 'ja' } }).diagnostics.find((d) => d.code === CODE)!.message, /マルチキャストファイアウォーリングが有効ですが/);
  });
});
