import * as assert from 'node:assert/strict';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { expectAt, expectNone } from '../../helpers';

const CODE = 'panos.enforcement-version';
const { relatedText, assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };

const OLD = variant('panos: 11.1.3', 'panos: 9.1.0', CLEAN.split('enforce: true').join('«enforce: true»'));

describe('panos.enforcement-version', () => {
  it('fires on every enforce: true whose traffic firewall runs PAN-OS below 10.0', () => {
    const ds = expectAt(OLD, CODE, opts);
    assert.equal(ds.length, 2);
    assert.deepEqual(ds[0]!.data, { firewall: 'fw-osaka', minimum: '10.0' });
    assert.match(ds[0]!.message, /Segment `p1-scanners` enforces policy on firewall `fw-osaka`, which runs PAN-OS 9\.1\.0/);
  });

  it('relates to the PAN-OS version', () => {
    const [d] = expectAt(OLD, CODE, opts);
    assert.deepEqual(relatedText(OLD, d!), ['9.1.0']);
  });

  it('stays quiet from 10.0 on and for segments that do not enforce', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(variant('panos: 11.1.3', 'panos: 10.0.0'), CODE, opts);
    expectNone(variant('panos: 11.1.3', 'panos: 9.1.0', CLEAN.split('enforce: true').join('enforce: false')), CODE, opts);
  });

  it('renders in Japanese', () => {
    assertJapanese(OLD);
  });
});
