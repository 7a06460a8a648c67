import * as assert from 'node:assert/strict';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { expectAt, expectNone } from '../../helpers';

const CODE = 'subnet.invalid';
const { assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };

const HOST = variant('subnet: 10.1.20.0/24', 'subnet: «10.1.20.5/24»');
const BAD = variant('subnet: 10.1.21.0/24', 'subnet: «10.1.21.0/33»');

describe('subnet.invalid', () => {
  it('fires on a subnet with host bits, offering the network', () => {
    const [d] = expectAt(HOST, CODE, opts);
    assert.deepEqual(d!.data, { canonical: '10.1.20.0/24' });
    assert.match(d!.message, /Subnet `10\.1\.20\.5\/24` of segment `p1-scanners` has host bits set; its network is `10\.1\.20\.0\/24`/);
    assert.deepEqual(d!.related, []);
  });

  it('fires on malformed subnets without a fix', () => {
    const [d] = expectAt(BAD, CODE, opts);
    assert.deepEqual(d!.data, {});
    expectAt(variant('subnet: 10.1.21.0/24', 'subnet: «10.1.21.0»'), CODE, opts);
    expectAt(variant('subnet: 10.1.21.0/24', 'subnet: «lab network»'), CODE, opts);
  });

  it('stays quiet on valid subnets and when subnet is absent', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(variant('        subnet: 10.1.20.0/24\n', ''), CODE, opts);
  });

  it('renders in Japanese', () => {
    assertJapanese(HOST);
    assertJapanese(BAD);
  });
});
