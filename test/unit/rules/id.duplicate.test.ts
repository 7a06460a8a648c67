import * as assert from 'node:assert/strict';
import { LineIndex, type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES,  } from '../../fixtures';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'id.duplicate';
const opts = { files: CLEAN_FILES };

/** The plan text under each related location of `d` (the plan given with «» markers). */
function relatedText(marked: string, d: PlanDiagnostic): string[] {
  const { text } = unmark(dedent(marked));
  const li = new LineIndex(text);
  return d.related.map((r) => text.slice(li.offsetAt(r.range.start), li.offsetAt(r.range.end)));
}

/** This rule's diagnostics for a plan (markers removed) under extra settings. */
function run(marked: string, settings: PartialSettings = {}): PlanDiagnostic[] {
  return check(unmark(dedent(marked)).text, { files: CLEAN_FILES, settings }).diagnostics.filter((d) => d.code === CODE);
}

/** Japanese messages render completely: no `{placeholder}` left, and the text is Japanese. */
function assertJapanese(marked: string): void {
  const ds = run(marked, { lang: 'ja' });
  assert.ok(ds.length > 0, 'fires in Japanese too');
  for (const d of ds) {
    for (const m of [d.message, ...d.related.map((r) => r.message)]) assert.doesNotMatch(m, /\{\w+\}/, m);
    assert.match(d.message, /[\u3040-\u30ff\u4e00-\u9fff]/, d.message);
  }
}

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
