import * as assert from 'node:assert/strict';
import { CLEAN, CLEAN_FILES,  } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { expectAt, expectNone } from '../../helpers';

const CODE = 'id.duplicate';
const { relatedText, assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };

const PLAN = `
  pocplan: 1
  firewalls:
    - id: fw-a
      interfaces:
        - name: ethernet1/1
        - name: «ethernet1/1»
    - id: «fw-a»
    - id: fw-a-2
  switches:
    - id: sw
    - id: «sw»
  sites:
    - id: osaka
      segments:
        - id: line-a
    - id: «osaka»
      segments:
        - id: «line-a»
`;

describe('id.duplicate', () => {
  it('fires on every later duplicate of a firewall, switch, site, segment or interface', () => {
    expectAt(PLAN, CODE);
  });

  it('relates each duplicate to the first definition', () => {
    const ds = expectAt(PLAN, CODE);
    for (const d of ds) {
      const id = (d.data as { id: string }).id;
      assert.deepEqual(relatedText(PLAN, d), [id]);
      assert.ok(d.related[0]!.range.start.line < d.range.start.line, 'the first definition comes earlier');
    }
  });

  it('suggests a free id of the same kind', () => {
    const ds = expectAt(PLAN, CODE);
    const fw = ds.find((d) => (d.data as { kind: string }).kind === 'firewall')!;
    assert.deepEqual(fw.data, { kind: 'firewall', id: 'fw-a', suggestion: 'fw-a-3' });
    assert.match(fw.message, /Firewall id `fw-a` is already used/);
    const seg = ds.find((d) => (d.data as { kind: string }).kind === 'segment')!;
    assert.deepEqual(seg.data, { kind: 'segment', id: 'line-a', suggestion: 'line-a-2' });
    const ifc = ds.find((d) => (d.data as { kind: string }).kind === 'interface')!;
    assert.match(ifc.message, /Firewall `fw-a` already has an interface named `ethernet1\/1`/);
  });

  it('allows the same interface name on different firewalls, and ids of different kinds to match', () => {
    expectNone(`
      pocplan: 1
      firewalls:
        - id: osaka
          interfaces: [{ name: ethernet1/1 }]
        - id: kobe
          interfaces: [{ name: ethernet1/1 }]
      switches:
        - id: osaka
      sites:
        - id: osaka
          segments:
            - id: osaka
    `, CODE);
    expectNone(CLEAN, CODE, opts);
  });

  it('renders in Japanese', () => {
    assertJapanese(PLAN);
  });
});
