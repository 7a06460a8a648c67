import * as assert from 'node:assert/strict';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { expectAt, expectNone } from '../../helpers';

const CODE = 'subnet.overlap';
const { relatedText, assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };

const ONE = variant('subnet: 10.1.21.0/24', 'subnet: «10.1.20.0/23»');

describe('subnet.overlap', () => {
  it('fires on the later of two overlapping subnets', () => {
    const [d] = expectAt(ONE, CODE, opts);
    assert.equal(d!.severity, 'warning');
    assert.deepEqual(d!.data, { overlaps: [{ segment: 'p1-scanners', subnet: '10.1.20.0/24' }] });
    assert.match(d!.message, /Subnet `10\.1\.20\.0\/23` of segment `p2-cameras` overlaps `10\.1\.20\.0\/24` of segment `p1-scanners`/);
  });

  it('relates to the earlier subnet', () => {
    const [d] = expectAt(ONE, CODE, opts);
    assert.deepEqual(relatedText(ONE, d!), ['10.1.20.0/24']);
  });

  it('reports once per later segment, relating to all it overlaps', () => {
    const plan = variant('subnet: 10.1.40.0/24', 'subnet: «10.1.20.0/23»');
    const [d] = expectAt(plan, CODE, opts);
    assert.deepEqual(relatedText(plan, d!), ['10.1.20.0/24', '10.1.21.0/24']);
    assert.match(d!.message, /overlaps the subnets of `p1-scanners` \(10\.1\.20\.0\/24\), `p2-cameras` \(10\.1\.21\.0\/24\)/);
  });

  it('stays quiet for adjacent subnets and skips invalid ones', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(variant('subnet: 10.1.21.0/24', 'subnet: 10.1.20.5/24'), CODE, opts);
  });

  it('renders in Japanese', () => {
    assertJapanese(ONE);
  });
});
