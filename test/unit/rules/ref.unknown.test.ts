import * as assert from 'node:assert/strict';
import { type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES,  } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'ref.unknown';
const { relatedText, assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };
/** This rule's diagnostics for a plan (markers removed) under extra settings. */
function run(marked: string, settings: PartialSettings = {}): PlanDiagnostic[] {
  return check(unmark(dedent(marked)).text, { files: CLEAN_FILES, settings }).diagnostics.filter((d) => d.code === CODE);
}

const PLAN = `
  pocplan: 1
  firewalls:
    - id: fw-osaka
      interfaces:
        - name: ethernet1/1
          mode: virtual-wire
        - name: ethernet1/7
          mode: tap
          mirrorFrom: «sw-kore»
  switches:
    - id: sw-core
      span: true
  sites:
    - id: s
      segments:
        - id: a
          identity:
            method: mirror
            firewall: «fw-oosaka»
            interface: ethernet1/7
            switch: «sw-cor»
          traffic:
            method: inline
            firewall: fw-osaka
            interface: «ethernet1/2»
`;

describe('ref.unknown', () => {
  it('fires on each unknown firewall, interface and switch reference', () => {
    expectAt(PLAN, CODE);
  });

  it('suggests the closest id and lists the candidates in data', () => {
    const ds = expectAt(PLAN, CODE);
    const byValue = new Map(ds.map((d) => [(d.data as { value: string }).value, d]));
    assert.deepEqual(byValue.get('fw-oosaka')!.data, { kind: 'firewall', value: 'fw-oosaka', suggestion: 'fw-osaka', candidates: ['fw-osaka'] });
    assert.deepEqual(byValue.get('sw-cor')!.data, { kind: 'switch', value: 'sw-cor', suggestion: 'sw-core', candidates: ['sw-core'] });
    assert.deepEqual(byValue.get('sw-kore')!.data, { kind: 'switch', value: 'sw-kore', suggestion: 'sw-core', candidates: ['sw-core'] });
    assert.deepEqual(byValue.get('ethernet1/2')!.data, { kind: 'interface', value: 'ethernet1/2', suggestion: 'ethernet1/1', candidates: ['ethernet1/1', 'ethernet1/7'] });
    assert.match(byValue.get('fw-oosaka')!.message, /Firewall `fw-oosaka` is not defined — did you mean `fw-osaka`\?/);
    assert.match(byValue.get('ethernet1/2')!.message, /Firewall `fw-osaka` has no interface `ethernet1\/2` — did you mean `ethernet1\/1`\?/);
  });

  it('relates an unknown interface to its firewall', () => {
    const d = expectAt(PLAN, CODE).find((x) => (x.data as { kind: string }).kind === 'interface')!;
    assert.deepEqual(relatedText(PLAN, d), ['fw-osaka']);
    assert.match(d.related[0]!.message, /fw-osaka/);
    const others = expectAt(PLAN, CODE).filter((x) => (x.data as { kind: string }).kind !== 'interface');
    for (const o of others) assert.deepEqual(o.related, []);
  });

  it('without a close match, lists what exists (or says there is nothing)', () => {
    const [d] = expectAt(`
      pocplan: 1
      firewalls:
        - id: fw-osaka
      sites:
        - id: s
          segments:
            - id: a
              identity: { method: xsoar-snmp, switch: «core-switch-1» }
              traffic: { method: inline, firewall: «zzzzzz», interface: eth }
    `, CODE).sort((a, b) => a.start - b.start);
    assert.equal(d!.message, 'Switch `core-switch-1` is not defined. Defined switches: none. Fix the id, or add the switch under `switches`.');
    assert.deepEqual(d!.data, { kind: 'switch', value: 'core-switch-1', candidates: [] });
  });

  it('checks an interface only when its firewall resolves', () => {
    const [d] = expectAt(`
      pocplan: 1
      firewalls:
        - id: fw-osaka
      sites:
        - id: s
          segments:
            - id: a
              traffic: { method: inline, firewall: «fw-kobe», interface: ethernet1/9 }
    `, CODE);
    assert.match(d!.message, /Defined firewalls: `fw-osaka`/);
  });

  it('stays quiet on the clean plan and on half-written references', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(`
      pocplan: 1
      sites:
        - id: s
          segments:
            - id: a
              identity: { method: mirror, firewall: , interface: [x], switch: '' }
              traffic: 3
    `, CODE);
  });

  it('renders in Japanese', () => {
    assertJapanese(PLAN);
    assert.match(run(PLAN, { lang: 'ja' })[0]!.message, /誤りではありませんか/);
  });
});
