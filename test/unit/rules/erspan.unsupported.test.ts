import * as assert from 'node:assert/strict';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'erspan.unsupported';
const { relatedText, assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };

const SETTING = variant('erspanSupport: true', 'erspanSupport: false', variant('mirrorFrom: sw-core', 'mirrorFrom: sw-core\n        erspan: «true»'));
const VERSION = variant('panos: 11.1.3', 'panos: 10.1.9', variant('mirrorFrom: sw-core', 'mirrorFrom: sw-core\n        erspan: «true»'));

describe('erspan.unsupported', () => {
  it('fires on the interface erspan value when ERSPAN support is off', () => {
    const [d] = expectAt(SETTING, CODE, opts);
    assert.deepEqual(d!.data, { reason: 'setting', firewall: 'fw-osaka' });
    assert.deepEqual(relatedText(SETTING, d!), ['false']);
    assert.match(d!.message, /Interface `ethernet1\/7` of `fw-osaka` takes an ERSPAN feed, but ERSPAN support is not on/);
  });

  it('counts an absent erspanSupport as off and then points at the firewall', () => {
    const plan = variant('    erspanSupport: false\n', '', SETTING);
    const [d] = expectAt(plan, CODE, opts);
    assert.deepEqual(relatedText(plan, d!), ['fw-osaka']);
  });

  it('fires when PAN-OS is below 10.2, relating to the version', () => {
    const [d] = expectAt(VERSION, CODE, opts);
    assert.deepEqual(d!.data, { reason: 'version', firewall: 'fw-osaka' });
    assert.deepEqual(relatedText(VERSION, d!), ['10.1.9']);
  });

  it('stays quiet on 10.2+ with ERSPAN support, and without ERSPAN', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(unmark(SETTING).text.replace('erspanSupport: false', 'erspanSupport: true'), CODE, opts);
    expectNone(variant('erspanSupport: true', 'erspanSupport: false'), CODE, opts);
  });

  it('renders in Japanese', () => {
    assertJapanese(SETTING);
    assertJapanese(VERSION);
  });
});
