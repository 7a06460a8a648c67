import * as assert from 'node:assert/strict';
import { type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES,  } from '../../fixtures';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'segment.traffic-missing';
const opts = { files: CLEAN_FILES };

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
  sites:
    - id: s
      segments:
        - id: «line-a»
          identity: { method: csv, csv: a.csv }
        - id: «line-b»
          traffic:
        - «name»: unnamed
        - id: line-c
          traffic: { method: inline, firewall: fw, interface: e1 }
`;

describe('segment.traffic-missing', () => {
  it('fires on the id (or first key) of each segment without traffic', () => {
    expectAt(PLAN, CODE);
  });

  it('carries the segment id and names it', () => {
    const ds = expectAt(PLAN, CODE);
    assert.deepEqual(ds.map((d) => d.data), [{ segment: 'line-a' }, { segment: 'line-b' }, { segment: undefined }]);
    assert.match(ds[0]!.message, /Segment `line-a` has no `traffic`/);
    assert.deepEqual(ds[0]!.related, []);
  });

  it('stays quiet on the clean plan', () => {
    expectNone(CLEAN, CODE, opts);
  });

  it('renders in Japanese', () => {
    assertJapanese(PLAN);
  });
});
