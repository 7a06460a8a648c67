import * as assert from 'node:assert/strict';
import { CLEAN, CLEAN_FILES,  } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { expectAt, expectNone } from '../../helpers';

const CODE = 'segment.identity-missing';
const { assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };

const PLAN = `
  pocplan: 1
  sites:
    - id: s
      segments:
        - id: «line-a»
          traffic: { method: inline, firewall: fw, interface: e1 }
        - id: «line-b»
          identity:
          traffic: { method: inline, firewall: fw, interface: e1 }
        - «subnet»: 10.0.0.0/24
        - id: line-c
          identity: { method: csv, csv: a.csv }
`;

describe('segment.identity-missing', () => {
  it('fires on the id (or first key) of each segment without identity', () => {
    expectAt(PLAN, CODE);
  });

  it('carries the segment id and names it', () => {
    const ds = expectAt(PLAN, CODE);
    assert.deepEqual(ds.map((d) => d.data), [{ segment: 'line-a' }, { segment: 'line-b' }, { segment: undefined }]);
    assert.match(ds[0]!.message, /Segment `line-a` has no `identity`/);
    assert.equal(ds[0]!.severity, 'error');
    assert.deepEqual(ds[0]!.related, []);
  });

  it('stays quiet on the clean plan', () => {
    expectNone(CLEAN, CODE, opts);
  });

  it('renders in Japanese', () => {
    assertJapanese(PLAN);
  });
});
