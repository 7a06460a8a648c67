import * as assert from 'node:assert/strict';
import { type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES,  } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'interface.relay-limit';
const { assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };
/** This rule's diagnostics for a plan (markers removed) under extra settings. */
function run(marked: string, settings: PartialSettings = {}): PlanDiagnostic[] {
  return check(unmark(dedent(marked)).text, { files: CLEAN_FILES, settings }).diagnostics.filter((d) => d.code === CODE);
}

const relays = (n: number): string[] => Array.from({ length: n }, (_, i) => `10.0.0.${i + 1}`);
const plan = (n: number): string => {
  const list = relays(n);
  const marked = n > 8 ? [...list.slice(0, 8), `«${list.slice(8).join(', ')}»`] : list;
  return `
    pocplan: 1
    firewalls:
      - id: fw
        interfaces:
          - name: ethernet1/3
            mode: layer3
            dhcpRelay: [${marked.join(', ')}]
  `;
};

describe('interface.relay-limit', () => {
  it('fires on the servers past the eighth', () => {
    const [d] = expectAt(plan(10), CODE);
    assert.deepEqual(d!.data, { max: 8, count: 10 });
    assert.match(d!.message, /Interface `ethernet1\/3` of `fw` relays to 10 DHCP servers; PAN-OS relays to at most 8/);
    assert.deepEqual(d!.related, []);
    expectAt(plan(9), CODE);
  });

  it('covers block lists too', () => {
    expectAt(`
      pocplan: 1
      firewalls:
        - id: fw
          interfaces:
            - name: e1
              mode: layer3
              dhcpRelay:
                - 10.0.0.1
                - 10.0.0.2
                - 10.0.0.3
                - 10.0.0.4
                - 10.0.0.5
                - 10.0.0.6
                - 10.0.0.7
                - 10.0.0.8
                - «10.0.0.9»
    `, CODE);
  });

  it('stays quiet up to eight servers', () => {
    expectNone(unmark(plan(8)).text, CODE);
    expectNone(CLEAN, CODE, opts);
  });

  it('is an added rule: info by default, error under profile: strict', () => {
    assert.deepEqual(run(plan(9)).map((d) => d.severity), run(plan(9)).map(() => 'info'));
    const strict = run(plan(9), { profile: 'strict' });
    assert.ok(strict.length > 0);
    for (const d of strict) assert.equal(d.severity, 'error');
  });

  it('renders in Japanese', () => {
    assertJapanese(plan(9));
  });
});
