import * as assert from 'node:assert/strict';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { expectAt, expectNone, unmark } from '../../helpers';
import { expectFix } from '../editing/helpers';

const CODE = 'interface.copy-zone-shared';
const { relatedText, run, assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };

/** The clean plan's tap in the zone of the virtual wire. */
const SHARED = variant('        mode: tap\n        zone: mirror\n', '        mode: tap\n        zone: «iot»\n');

describe('interface.copy-zone-shared', () => {
  it('fires on the zone of a tap that shares it with an inline interface, relating to the other zone', () => {
    const [d] = expectAt(SHARED, CODE, opts);
    assert.deepEqual(d!.data, { interface: 'ethernet1/7', firewall: 'fw-osaka', zone: 'iot', kind: 'tap', others: ['ethernet1/1'] });
    assert.match(d!.message, /Tap interface `ethernet1\/7` of `fw-osaka` shares zone `iot` with `ethernet1\/1`; a tap needs a zone of its own/);
    assert.deepEqual(relatedText(SHARED, d!), ['iot']);
  });

  it('stays quiet for zones of their own, taps sharing a tap zone, and other firewalls\' zones', () => {
    expectNone(CLEAN, CODE, opts);
    const twoTaps = variant('      - name: ethernet1/7\n', '      - name: ethernet1/8\n        mode: tap\n        zone: mirror\n      - name: ethernet1/7\n');
    expectNone(twoTaps, CODE, opts);
  });

  it('is an added rule: info by default, warning under profile: strict', () => {
    assert.deepEqual(run(SHARED).map((d) => d.severity), ['info']);
    assert.deepEqual(run(SHARED, { profile: 'strict' }).map((d) => d.severity), ['warning']);
  });

  it('quick fix: a zone of its own, named so that it is not taken by another kind of interface', () => {
    expectFix(unmark(SHARED).text, CODE, 'zone of its own', CLEAN.replace('        mode: tap\n        zone: mirror\n', '        mode: tap\n        zone: tap\n'), CLEAN_FILES);
    const tapTaken = unmark(SHARED).text.replace('        zone: scanners\n', '        zone: tap\n');
    expectFix(tapTaken, CODE, 'own, `tap-2`', tapTaken.replace('        mode: tap\n        zone: iot\n', '        mode: tap\n        zone: tap-2\n'), CLEAN_FILES);
  });

  it('renders in Japanese', () => {
    assertJapanese(SHARED);
  });
});
