import * as assert from 'node:assert/strict';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { expectAt, expectNone } from '../../helpers';

const CODE = 'panos.below-recommended';
const { assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };

const OLD = variant('panos: 11.1.3', 'panos: «10.1.5»');

describe('panos.below-recommended', () => {
  it('fires on panos below 10.2', () => {
    const [d] = expectAt(OLD, CODE, opts);
    assert.equal(d!.severity, 'warning');
    assert.deepEqual(d!.data, { minimum: '10.2' });
    assert.match(d!.message, /Firewall `fw-osaka` runs PAN-OS 10\.1\.5/);
    assert.deepEqual(d!.related, []);
  });

  it('stays quiet from 10.2 on and for unparsable versions', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(variant('panos: 11.1.3', 'panos: 10.2'), CODE, opts);
    expectNone(variant('panos: 11.1.3', 'panos: latest'), CODE, opts);
  });

  it('renders in Japanese', () => {
    assertJapanese(OLD);
  });
});
